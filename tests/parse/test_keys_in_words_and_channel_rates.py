"""Keyed lines, reports and rate cards as pasted (our own sentences, not a scored batch's): a cache price keyed as a
share in words in aligned columns, a direct run-rate named with its lab and period, a report's --day flag, a billing
period's month, a numbered line's spend with its period before the colon, a rate card's rows by channel, and a meaning
asked ahead of a signature."""

from __future__ import annotations

from tests.support.replies import reply_text


def test_a_cache_price_keyed_as_a_share_in_words() -> None:
    # 2,000 × ($2 − $1)/1M = $0.002 a hit; 600k calls a month all hitting: $1,200.00 a month
    reply = reply_text("system prompt:   ~2,000 tokens (static)\ninput rate:      $2.00 / 1M\n"
                       "cached input:    half price\nvolume:          600k calls/month\n\n"
                       "every call hits. how much off the monthly input bill?")
    assert "*$0.002*" in reply and "$1,200.00 a 730-hour month" in reply


def test_a_direct_run_rate_named_with_its_lab_and_period() -> None:
    # 1.2 × 0.9 − 1 = 8%; $100,000 × 1.08 = $108,000.00 a year
    reply = reply_text("Direct Anthropic annual run-rate:    $100k\nBedrock list uplift over direct: 20%\n"
                       "AWS EA discount:    10%\n\neffective markup and the yearly cost through Bedrock?")
    assert "*8%*" in reply and "*$108,000.00* a year" in reply


def test_a_reports_day_flag_is_the_period_of_its_cache_lines() -> None:
    # reads 10M × ($3 − $0.30)/1M = $27.00; writes 100k × $0.75/1M = $0.075; net $26.925 a day
    reply = reply_text("$ usage-report --day 2025-03-02\ncache_creation_input_tokens     100,000\n"
                       "cache_read_input_tokens      10,000,000\nrates (USD/MTok): input 3.00 | cache write 3.75 | "
                       "cache read 0.30\n\nnet caching saving that day?")
    assert "*$26.93* a day" in reply or "*$26.925* a day" in reply


def test_a_billing_periods_month_is_its_tokens_period() -> None:
    # 1bn × $0.50/1M + 200M × $2/1M = $900.00 a month
    reply = reply_text("INVOICE 7731 · billing period May 2025\n"
                       "  small-model   input tokens     1bn\n  small-model   output tokens    200M\n\n"
                       "at $0.50/M in and $2/M out, what would that month cost?")
    assert "Per month:" in reply and "*$900.00*" in reply


def test_a_numbered_lines_spend_with_its_period_before_the_colon() -> None:
    # 1.2 × 0.9 − 1 = 8%; $10,000 × 1.08 = $10,800.00 a month
    reply = reply_text("Line | Item                              | Value\n"
                       "1    | Vertex list premium over direct   | 20%\n"
                       "2    | GCP EA discount                   | 10%\n"
                       "3    | Equivalent direct spend / month   | $10,000\n\n"
                       "effective markup and the monthly bill through Vertex?")
    assert "*8%*" in reply and "*$10,800.00* a month" in reply


def test_a_rate_cards_rows_by_channel_give_the_list_markup() -> None:
    # $3.30 ÷ $3.00 − 1 = 10%; 1.1 × 0.9 − 1 = −1%
    reply = reply_text("source,tier,input_per_mtok\ndirect API,standard,$3.00\nVertex,standard,$3.30\n\n"
                       "their Google EA takes a tenth off. list markup on Vertex, and after the EA?")
    assert "*10%*" in reply and "1% below" in reply


def test_a_meaning_asked_ahead_of_a_signature() -> None:
    reply = reply_text('the order form says "Customer commits to 40 PTUs for twelve (12) months". procurement wants '
                       "to know what a PTU actually is before they sign.")
    assert reply.startswith("*PTU (Provisioned Throughput Unit)*")


def test_a_peak_measured_over_an_hour_is_the_peak_to_average_ratio() -> None:
    reply = reply_text("steady production load around the clock; peak hourly load only about 1.6 times the average. "
                       "40% off for reserved capacity. utilization if sized for the peak?")
    # 1 ÷ 1.6 = 62.5%, above 60% break-even
    assert "62.5%" in reply


def test_a_fraction_of_a_buck_is_dollars() -> None:
    # 4,000 × ($2 − $0.25)/1M = $0.007 a hit, not a quarter of the input rate
    reply = reply_text("prefix ~4k toks, $2/M input, cached reads a quarter buck per mil. 10k hits a day. "
                       "saving per hit?")
    assert "*$0.007*" in reply


def test_a_bare_amount_costed_on_demand_is_the_on_demand_spend() -> None:
    # 4 × $10 × 720 = $28,800.00 against $40,000.00: $11,200.00 less
    reply = reply_text("4 units @ $10/unit-hr all day every day for a 30 day month. the tokens they'd push that month "
                       "cost 40k on demand. how much do we save?")
    assert "*$11,200.00 a month less*" in reply


def test_a_days_cache_lines_get_their_monthly_run_rate() -> None:
    # reads 20M × ($3 − $0.30)/1M = $54.00; writes 400k × $0.75/1M = $0.30; $53.70 a day × 730 ÷ 24 = $1,633.38
    reply = reply_text("$ usage-report --day 2025-07-01\ncache_creation_input_tokens   400,000\n"
                       "cache_read_input_tokens    20,000,000\nrates (USD/MTok): input 3.00 | cache write 3.75 | "
                       "cache read 0.30\n\nnet yesterday, and as a monthly run-rate?")
    assert "*$53.70* a day" in reply and "*$1,633.38* a month" in reply
