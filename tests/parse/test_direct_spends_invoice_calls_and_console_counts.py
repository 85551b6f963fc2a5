"""Forms the third round of blind asks in Round 40 showed read wrong or not at all, in our own sentences and layouts:
a direct spend "a quarter of direct-equivalent usage" or keyed "(list)"; a table whose rows each fill one column; a
spend beside "direct" that is no price per million; an invoice line of calls under aligned columns; a keyed count
bought "@" a price; a console's counts of calls that read and wrote, over the week it names; hits "17 of every 20";
support hours and a cache kept alive across them; a bill "over those 30 days"; a break-even asked as when it
"stops costing more"."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_dollars_a_quarter_of_direct_equivalent_usage() -> None:
    # (1 + 20%) × (1 − 10%) = 1.08: $90,000 direct a quarter is $97,200 through the hyperscaler
    reply = reply_text("Vertex lists 20% over direct; EA 10%. What would $90,000 a quarter of direct-equivalent usage "
                       "cost them through Vertex?")
    assert "$97,200.00" in reply
    assert parse("Vertex lists 20% over direct; EA 10%. What would $90,000 a quarter of direct-equivalent usage "
                 "cost?").fields.utilization == []


def test_a_direct_spend_keyed_with_list_in_brackets() -> None:
    ask = parse("Proposal, annual:\nDirect API (list)          $120,000 / yr\nVertex list premium        +20%\n"
                "EA discount                10%\nannual through Vertex?")
    assert (ask.fields.direct_spend, ask.fields.spend_period) == (Decimal(120_000), "year")


def test_a_table_whose_rows_each_fill_one_column() -> None:
    ask = parse("| item | direct | via Azure |\n|---|---|---|\n| list markup | — | +20% |\n| EA discount | — | 10% |\n"
                "| monthly spend at direct rates | $30,000 | ? |\neffective markup and monthly on Azure?")
    assert (ask.fields.markup, ask.fields.ea_discount, ask.fields.direct_spend) == (
        Decimal("0.2"), Decimal("0.1"), Decimal(30_000))


def test_a_spend_beside_direct_is_no_price_per_million() -> None:
    ask = parse("their spend is $40,000 direct api, list markup 25%. effective markup?")
    assert ask.fields.direct_rate is None


def test_an_invoice_line_of_calls_under_aligned_columns() -> None:
    # 200,000 × $0.005 = $1,000 billed; per token 200,000 × (1,000 × $1 + 200 × $5)/1M = $400
    reply = reply_text("invoice, May:\n  LINE  DESCRIPTION               QTY        UNIT       AMOUNT\n"
                       "  001   Tagging API - per call    200,000    $0.005     $1,000.00\n"
                       "calls are ~1,000 in + 200 out; direct is $1.00/M in, $5.00/M out. are we overpaying?")
    assert "$1,000.00" in reply and "$400.00" in reply


def test_a_keyed_count_bought_at_a_price() -> None:
    ask = parse("input_tokens_month: 2bn @ $3.00/M\noutput_tokens_month: 100M @ $15.00/M\n4 units at $5 per unit-hour, "
                "all month. under on-demand?")
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal(3), Decimal(15))
    assert ask.fields.volume_period == "month"


def test_a_consoles_counts_of_calls_that_read_and_wrote_over_a_week_named() -> None:
    ask = parse("console export, wk of 6/2:\ncached_prefix_tokens    5,000\ninput_rate_per_mtok     $3.00\n"
                "cache_write_per_mtok    $3.75\ncache_read_per_mtok     $0.30\ncache_read_calls        69,300\n"
                "cache_write_calls       700\nnet for the week?")
    assert ask.fields.volume_period == "week"
    assert ask.fields.calls_per_day is not None and round(ask.fields.calls_per_day * 7) == 70_000
    assert ask.fields.writes_per_day is not None and round(ask.fields.writes_per_day * 7) == 700


def test_hits_said_as_so_many_of_every_so_many_calls() -> None:
    ask = parse("prefix 2,000 tokens, input $2/M, cached $0.50/M, 10k calls a day; cache hits: roughly 9 of every 10 "
                "calls. saving?")
    assert ask.fields.hit_ratio == Decimal("0.9")


def test_support_hours_and_a_cache_kept_alive_across_them() -> None:
    ask = parse("explicit cache of a 50k-token manual, kept alive only across their 10 support hours each day; 2,000 "
                "turns a day. input $1.25/M, cached $0.3125/M, storage $4.50 per million tokens per hour. per day?")
    assert ask.fields.active_hours == Decimal(10)
    # created once and kept the ten hours: 50,000 × $4.50/1M × 10 h = $2.25 of storage a day
    assert "$2.25" in reply_text("explicit cache of a 50k-token manual, kept alive only across their 10 support hours "
                                 "each day; 2,000 turns a day. input $1.25/M, cached $0.3125/M, storage $4.50 per "
                                 "million tokens per hour. per day?")


def test_a_bill_over_those_days_of_the_month_stated() -> None:
    ask = parse("two units at $10 per unit-hour, billed round the clock for a 30-day month. Run flat out, the same "
                "tokens on-demand would cost us $20,000 over those 30 days. break-even utilisation?")
    assert (ask.fields.on_demand_spend, ask.fields.spend_period) == (Decimal(20_000), "month")


def test_when_it_stops_costing_more_is_the_break_even_asked_not_a_loss() -> None:
    reply = reply_text("two units at $10 per unit-hour, billed round the clock for a 30-day month. Run flat out, the "
                       "same tokens on-demand would cost us $20,000 over those 30 days. what utilisation before it "
                       "stops costing them more than on-demand?")
    assert "*No:*" not in reply and "*Yes:*" not in reply
    assert "72%" in reply  # $14,400 ÷ $20,000


def test_a_direct_spend_on_a_sheets_line_over_the_period_the_line_names() -> None:
    for text, period in (("| item | direct API | Vertex list |\n|---|---|---|\n| model X, monthly | $30,000 | +20% |\n"
                          "EA 10%. monthly on Vertex?", "month"),
                         ("year | direct-equivalent spend | list markup | EA discount\nFY26 | $300k | 20% | 10%\n"
                          "what does FY26 come to through the hyperscaler?", "year")):
        ask = parse(text)
        assert ask.fields.direct_spend in (Decimal(30_000), Decimal(300_000)), text
        assert ask.fields.spend_period == period, text


def test_a_columns_quantity_per_day() -> None:
    # 20M × $1 + 2M × $4 = $28 a day; × 730 ÷ 24 = $851.67 a month (never $28 a month)
    reply = reply_text("| line | metric | qty/day | rate |\n|---|---|---|---|\n"
                       "| llama input | tokens | 20M | $1.00 / MTok |\n| llama output | tokens | 2M | $4.00 / MTok |\n"
                       "what does a month of that cost?")
    assert "$851.67" in reply


def test_a_keyed_count_per_business_day_among_other_pairs() -> None:
    ask = parse("prefix_tokens=2048   input_rate=$2/1M   cached_input_rate=$0.50/1M\ncalls=25k/business day   "
                "hits on 80% of calls\nbilling month = 21 business days\nworth per business day?")
    assert ask.fields.calls_per_day == Decimal(25_000)


def test_a_24_hour_clock_range_between_two_times() -> None:
    ask = parse("8k prefix, input $3/M, writes $3.75/M, reads $0.30/M. 300 requests a day, all between 08:00 and "
                "18:00, random arrivals. writes a day?")
    assert ask.fields.active_hours == Decimal(10)


def test_what_was_spent_on_on_demand_over_a_period_after_it() -> None:
    ask = parse("They spent $90k on on-demand inference last quarter. Three units at $10 per unit-hour, 24/7, carry "
                "the same load. quarterly cost and difference?")
    assert (ask.fields.on_demand_spend, ask.fields.spend_period) == (Decimal(90_000), "quarter")
