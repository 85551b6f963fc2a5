"""Forms a third round of blind asks showed read wrong or not at all, in our own sentences: each unit's full-load
tokens by side (the units together serve that many times as many); the units' bill beside a utilization asked of the
discount; on-demand's bill "for the same traffic" with a bare amount; a console's counts "for one day" with writes
keyed without a period; a table under a line naming its prices' unit; an invoice's token lines named after a dash and
a month's year (no figure); a two-column sheet titled by its header; a quarter called thirteen weeks a few words after
it; an observation window; a share of the input price as "1/10"; and bursts of calls."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_each_units_full_load_tokens_by_side_are_multiplied_by_the_units() -> None:
    # one unit-hour at full load: 50M × $1 + 10M × $5 = $100; 3 units × 730 h: $219,000 on-demand against
    # 3 × $70 × 730 = $153,300 provisioned: break-even at $153,300 ÷ $219,000 = 70%
    reply = reply_text("units: 3\nunit price: $70.00 per unit-hour\nbilling: 730-hour month\nper-unit throughput: 50M "
                       "input tok/hr + 10M output tok/hr at 100%\non-demand: $1.00/MTok input, $5.00/MTok output\n"
                       "monthly commitment and the break-even utilization?")
    assert "*$219,000.00* a month at full load" in reply and "*70%*" in reply


def test_a_price_per_ptu_hour_is_no_units_throughput() -> None:
    ask = parse("6 PTUs at $2 per PTU-hour serve 1,000M input and 250M output tokens a month; $2/$8 per 1M")
    assert ask.fields.input_tokens_per_day is not None
    assert "full_load" not in ask.fields.traits


def test_the_units_bill_beside_the_discount_asked_at_a_utilization() -> None:
    reply = reply_text("3 units at $20/hr each, 30 day month, whats the bill. also what discount wd they need so break "
                       "even lands at 80% util")
    # 3 × $20 × 720 h = $43,200; 1 − 80% = 20%
    assert "*$43,200.00* a month" in reply and "*20%*" in reply


def test_on_demands_bill_for_the_same_traffic_as_a_bare_amount() -> None:
    ask = parse("3 units at $20 an hr per unit, running all month. their on-demand bill for the same traffic was 50k "
                "last month. save or lose?")
    assert ask.fields.on_demand_spend == Decimal(50_000)


def test_a_consoles_counts_for_one_day_with_writes_keyed_without_a_period() -> None:
    # 19,960 hits × $0.0162 − 40 writes × $0.0045 = $323.352 − $0.18 = $323.17
    reply = reply_text("Can someone check what caching actually netted on this? Pulled from the usage console for one "
                       "day:\n\nusage export  2024-06-11 "
                       "(UTC)  workspace: acme\nrequests_total            20,000\ncache_write_requests          40\n"
                       "cache_read_requests       19,960\ncached_prefix_tokens       6,000\n"
                       "rates ($/MTok): input 3.00 | "
                       "cache write 3.75 | cache read 0.30 | output 15.00\n\nWant the saving per cache hit and the net "
                       "saving for the day after paying for the writes.")
    assert "*$323.17 a day*" in reply


def test_a_table_under_a_line_naming_its_prices_unit_is_prices() -> None:
    ask = parse("Rate comparison ($ per 1M tokens):\n\nsource          input    output\ndirect API      2.00     8.00\n"
                "Azure (list)    2.50     10.00\n\nEA 10% off Azure. list markup and effective markup?")
    assert ask.fields.input_tokens_per_call is None
    assert (ask.fields.direct_rate, ask.fields.input_rate) == (Decimal(2), Decimal("2.5"))


def test_an_invoices_token_lines_named_after_a_dash_and_a_months_year() -> None:
    # 400 MTok × $5 = $2,000.00; 50 MTok × $15 = $750.00
    ask = parse("INVOICE #INV-1   Period: May 2024\nLn  Description                        Qty (MTok)   Unit price     "
                "Amount\n1   Model inference - input tokens     400          $5.00 / MTok   ---\n2   Model inference - "
                "output tokens    50           $15.00 / MTok  ---\nfill in the amounts?")
    assert ask.fields.calls_total is None
    assert (ask.fields.input_tokens_per_call, ask.fields.output_tokens_per_call) == (Decimal(400_000_000),
                                                                                    Decimal(50_000_000))


def test_a_two_column_sheet_titled_by_its_header() -> None:
    # (1 + 20%)(1 − 10%) − 1 = 8%; $100,000 × 1.08 = $108,000.00
    reply = reply_text("Bedrock pricing                  | vs direct\nlist premium                     | +20%\n"
                       "AWS EDP discount                 | 10% off\nannual direct-equivalent spend   | $100,000\n"
                       "effective markup and the annual $ through AWS?")
    assert "*8%*" in reply and "*$108,000.00* a year" in reply


def test_a_quarter_called_thirteen_weeks_a_few_words_after_it() -> None:
    # weekly 50M × $1 + 10M × $4 = $90; × 13 = $1,170.00
    reply = reply_text("from the dashboard, trailing 8-wk avg:\n  input_tokens/week:  50M\n  output_tokens/week: 10M\n"
                       "rates $1 per million in, $4 per million out. need a quarterly number for the proposal (call it "
                       "13 weeks)")
    assert "*$1,170.00*" in reply and "8-wk" not in reply


def test_a_share_of_the_input_price_as_a_fraction_with_a_slash() -> None:
    ask = parse("6,000 token prefix. base input: $3.00 / MTok. cache read: 1/10 of base input. 25k calls/day. net?")
    assert ask.fields.cache_read_rate == Decimal("0.3")


def test_bursts_of_calls_each_written_once() -> None:
    # 200 bursts × 30 reads = 6,000 hits × $0.0135 − 200 writes × $0.00375 = $81.00 − $0.75 = $80.25
    reply = reply_text("traffic comes in bursts: each burst is thirty-one calls inside a minute, the first one writes "
                       "the cache and the other thirty read it. prefix 5k tokens; input $3/M, cache reads $0.30/M, "
                       "cache writes $3.75/M. 200 bursts a day. net saving per day?")
    assert "*$80.25 a day*" in reply
