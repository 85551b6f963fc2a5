"""Sheets and notes as deal desks paste them: a proposed structure keyed on a line, a PTU true-up of units and the
tokens they served, a load's p100 and mean in rows, a console's cache read and write calls for a named month, parts
counted in a quantity column ("9bn"), numbered lines for a quarter, a row of words between rows of figures, a
workday week; and what a rep types: "2.50 a unit hr", "peak hour is 1.15x the average", "able to serve", "wat do i
pitch", "5 day wk"."""

from __future__ import annotations

from bot import router
from bot.reply import Reply


def answer(text: str) -> Reply:
    return router.answer(text, rate_cards={})


def test_a_proposed_structure_keyed_on_a_line_is_no_choice_to_make() -> None:
    reply = answer("deal sheet:\nstructure_proposed: provisioned_throughput\ndiscount_vs_on_demand: 20pct\n"
                   "forecast_sustained_util: 0.85\nbreak-even utilization, and the cost vs on-demand at 85%?")
    # 1 − 20% = 80%; (1 − 20%) ÷ 85% = 0.9412×
    assert reply.intent == "break_even"
    assert "*80%*" in reply.text


def test_a_true_up_of_units_and_the_tokens_they_served() -> None:
    text = answer("PTU true-up, last month (730 hrs)\nmetric,planned,actual\nunits,10,10\nusd_per_unit_hour,2.00,2.00\n"
                  "tokens_served,20bn,12bn\non_demand_usd_per_mtok_blended,1.00,1.00\ndid the commit beat on-demand "
                  "on actuals?").text
    # 10 × $2 × 730 = $14,600; actual on-demand 12,000 × $1 = $12,000: $2,600 more
    assert "*$2,600.00 a month more*" in text


def test_a_loads_peak_and_mean_in_rows() -> None:
    text = answer("dashboard, tokens per minute:\nstat              TPM\np99 (peak)        300,000\nmean              "
                  "100,000\nsized to the peak at 35% off: utilization and cost vs on-demand?").text
    # PAR 3: 33.33%; (1 − 35%) × 3 = 1.95×
    assert "*3*" in text
    assert "1.95×" in text


def test_cache_read_and_write_calls_for_a_named_month() -> None:
    text = answer("console export for Mar (no, for Apr), prefix 4,000 tokens\nmetric,value\ninput_rate_per_mtok,3.00\n"
                  "cache_read_rate_per_mtok,0.30\ncache_write_rate_per_mtok,3.75\ncache_read_calls,50000\n"
                  "cache_write_calls,1000\nnet saving this month?").text
    # 50,000 × 4,000 × $2.70/1M = $540; 1,000 × 4,000 × $0.75/1M = $3; net $537
    assert "*$537.00* net" in text


def test_parts_counted_in_a_quantity_column_with_scales() -> None:
    text = answer("one month (730h):\nitem\tqty\tunit_price\nmodel_units_reserved\t1\t$20.00 per unit-hour\n"
                  "input_tokens_served\t4bn\t$2.00 per MTok on-demand\noutput_tokens_served\t0.5bn\t$8.00 per MTok "
                  "on-demand\ndid the reservation beat on-demand?").text
    # 1 × $20 × 730 = $14,600 against 4,000 × $2 + 500 × $8 = $12,000: $2,600 more
    assert "*$12,000.00* a month" in text
    assert "*$2,600.00 a month more*" in text


def test_numbered_lines_for_a_quarter() -> None:
    text = answer("Azure vs direct for Q2:\nline 1   direct_api_equivalent_spend   $50,000.00\n"
                  "line 2   azure_list_markup             20%\nline 3   ea_discount_on_azure          10%\n"
                  "effective markup, and Q2 on Azure?").text
    # (1.2 × 0.9) − 1 = 8%; $50,000 × 1.08 = $54,000 a quarter
    assert "*$54,000.00* a quarter" in text


def test_a_row_of_words_between_rows_of_figures_is_kept() -> None:
    reply = answer("two quotes:\nfield          per_token_quote     per_call_quote\n"
                   "input          $0.50 / MTok        n/a\nper call fee   n/a                 TBD (next week)\n"
                   "avg tokens     4,000 in / 500 out  same docs\nwill per-call be cheaper?")
    assert reply.intent == "per_call"
    assert "fee per call" in reply.text.split("tell me:")[-1]


def test_rows_over_a_workday_week_and_their_total() -> None:
    text = answer("| workload | cached_prefix_tokens | calls_per_business_day |\n|---|---|---|\n| bot-a | 2,000 | "
                  "10,000 |\n| bot-b | 10,000 | 1,000 |\ninput $2/MTok, cached input $0.20/MTok, no write surcharge. "
                  "every call a hit. weekly ceiling for a 5-business-day week?").text
    # a: 2,000 × $1.80/1M × 10,000 × 5 = $180; b: 10,000 × $1.80/1M × 1,000 × 5 = $90; together $270
    assert "= *$270.00*" in text


def test_phone_shorthand_for_prices_peaks_throughput_and_questions() -> None:
    assert "*$5,760.00* a month" in answer("2 ptus at 4.00 a unit hr, 30 day month. on demand for the same tokens "
                                           "wud run them about 7k/mo. monthly commit?").text  # 2 × $4 × 720
    flat = answer("flat pipeline, peak hour only about 1.25x the average, 30% off provisioned sized to peak. worth "
                  "it?").text
    assert "1 ÷ 1.25 = 80%" in flat
    served = answer("offer: 2 units at $10 per unit-hour, each unit able to serve 4 million tokens an hour; on-demand "
                    "blended $5/M. break-even utilization?").text
    assert "*50%*" in served  # $10 ÷ (4M × $5/1M) = 50%
    assert answer("seed stage startup, traffic all over the place, no clue on volume. wat do i pitch?").intent == \
        "scenario"
    weekly = answer("auto caching, prefix 2k toks, input $2/M, cached input half that. 100 calls an hr, 8 hr days, "
                    "5 day wk. every call a hit, weekly savings?").text
    assert "*$8.00* net" in weekly  # 100 × 8 × 5 = 4,000 calls × 2,000 × $1/1M
