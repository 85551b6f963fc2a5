"""Forms Round 42's last blind asks showed, in our own messages: writes that "land as" cache writes; a command's
window of days over its counts; a cache column naming reads and writes; a day's tokens over a month of the days the
ask sets; a saving asked beside capacity sized for the peak; "N-day weeks"; a period "over the next year"; what a call
"reads" and "writes"; a keyed direct estimate; rows of channel, side and price; a keyed fee per thousand calls; one
unit's throughput said "per unit" after its period."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_writes_that_land_as_cache_writes() -> None:
    # 47,800 × 12,000 × $2.70/1M − 200 × 12,000 × $0.75/1M = $1,548.72 − $1.80 = $1,546.92
    reply = reply_text("12k-token preamble, $3/M input, cache reads $0.30/M, writes $3.75/M. 48,000 requests a day; "
                       "about 200 of those land as cache writes, the rest are hits. net per day?")
    assert "$1,546.92" in reply


def test_a_commands_window_and_a_cache_column() -> None:
    # 168,000 × $0.0162 − 280 × $0.0045 = $2,720.34 for the week
    reply = reply_text("$ ./usage_report --window 7d --by cache_status\nmodel        cache_status   requests   "
                       "prefix_tokens\nsonnet-ish   read           168,000    6,000\nsonnet-ish   write          280"
                       "        6,000\n\nrate card ($/MTok): base input 3.00 | cache write 3.75 | cache read 0.30\n"
                       "net saving for the week?")
    assert "$2,720.34" in reply


def test_a_days_tokens_over_the_month_the_ask_sets() -> None:
    # 1.2bn × 30 days × $5/M = $180,000 against 6 × $38 × 720 h = $164,160: 8.8% less
    reply = reply_text("6 ptu units @ $38/unit-hr, billing on a 30 day month. flat out those units push ~1.2bn tokens "
                       "a day, which on-demand would be about $5/M blended. monthly commit vs on-demand?")
    assert "$180,000.00" in reply and "8.8%" in reply


def test_a_saving_asked_beside_capacity_sized_for_the_peak() -> None:
    # sized for a 2.5 peak: 40% used; (1 − d) ÷ 40% = 80%: d = 68%
    reply = reply_text("peak to avg is 2.5 to 1. sized for peak, what discount would they need to break even, and "
                       "what discount gets them 20% under on demand?")
    assert "68%" in reply and "60%" in reply


def test_days_of_a_week_a_year_ahead_and_what_a_call_reads_and_writes() -> None:
    assert parse("3,500 calls per business day, five-day weeks. weekly?").fields.active_days == Decimal(5)
    assert parse("1,800 in and 350 out a ticket, 2.1 million tickets over the next year, $0.40/$1.60 per M. annual "
                 "bill?").fields.volume_period == "year"
    ask = parse("each summary reads 1,800 tokens and writes 250. 1,200 summaries a day at $3/$15 per M. cost?")
    assert (ask.fields.input_tokens_per_call, ask.fields.output_tokens_per_call) == (Decimal(1800), Decimal(250))


def test_a_keyed_direct_estimate_rows_of_channel_side_and_price_and_a_fee_per_thousand() -> None:
    # $55,500 × 1.3 × 0.88 = $63,492.00 a quarter
    assert "$63,492.00" in reply_text("Direct OpenAI (est.)        $55,500.00 / quarter\nAzure list uplift           "
                                      "+30%\nCustomer EA discount        12%\nquarterly number through Azure?")
    # $3.00 ÷ $2.50 − 1 = 20%; 1.2 × 0.92 − 1 = 10.4%
    reply = reply_text("Bedrock  | input  | $3.00 / 1M tok | list\nDirect   | input  | $2.50 / 1M tok | list\n"
                       "EA 8% off all AWS consumption. list markup and the real one?")
    assert "20%" in reply and "10.4%" in reply
    assert parse("calls_per_week=750,000 | per_call_fee=$1.50 per 1,000 calls | avg_in=500 | avg_out=20 | "
                 "token_alt_input=$0.40/MTok | token_alt_output=$1.60/MTok. cheaper?").fields.per_call_fee \
        == Decimal("0.0015")


def test_one_units_throughput_said_per_unit_after_its_period() -> None:
    # 3 × 2.5M × 730 h × $10/M = $54,750 on-demand flat out; $42,705 ÷ $54,750 = 78%
    ask = parse("3 units at $19.50 / model unit / hour. throughput: 2.5M tokens/hour per unit. on-demand blended "
                "$10.00 / MTok. flat out, break-even utilization?")
    assert ask.fields.tokens_per_hour_per_unit == Decimal(2_500_000)
    assert "78%" in reply_text("3 units at $19.50 / model unit / hour. throughput: 2.5M tokens/hour per unit. "
                               "on-demand blended $10.00 / MTok. flat out, break-even utilization?")
