"""Forms the last blind asks of Round 41 showed read wrong or not at all, in our own sentences and layouts: a year
asked "for the yr"; a keyed direct spend in a table's row; calls counted "on a working day" with the writes "of
their" calls; a saving claimed "175 a day"; a row glossed "(model units)"; a key and value with a note beside them."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import Intent, parse
from tests.support.replies import reply_text


def test_a_year_asked_for_the_yr() -> None:
    # 100M × $2 + 10M × $8 = $280 a month; $3,360 a year
    assert "$3,360.00" in reply_text("100M input + 10M output a month at $2 in / $8 out per mil. monthly and for the "
                                     "yr?")


def test_a_direct_spend_keyed_in_a_tables_row() -> None:
    # $80,000 × 1.2 × 0.9 = $86,400 a quarter
    reply = reply_text("| line | amount |\n| direct API spend (per quarter) | $80k |\n| Vertex list uplift | +20% |\n"
                       "| EA discount | 10% |\nthe quarter through Vertex?")
    assert "$86,400.00" in reply


def test_writes_of_their_calls_on_a_working_day() -> None:
    # 1,960 hits × 5,000 × ($2 − $0.20)/1M = $17.64, less 40 writes × 5,000 × $0.50/1M = $0.10: $17.54 a day
    reply = reply_text("5,000-token prefix, input $2/M, reads $0.20/M, writes $2.50/M. Of their ~2,000 calls on a "
                       "working day, about 40 end up as cache writes; the rest are hits. net a day?")
    assert "$17.54" in reply


def test_a_saving_claimed_a_day_is_money_not_calls() -> None:
    ask = parse("slide says a 2k token prompt at $4/M with cached reads at 40 cents saves 120 a day at 20k calls/day. "
                "true? every call hits")
    assert ask.fields.calls_per_day == Decimal(20_000)
    assert not ask.ambiguities


def test_a_row_glossed_with_what_it_counts() -> None:
    # 20 × $2 × 730 = $29,200 against 10bn × $3 = $30,000 on-demand
    ask = parse("| line item | qty | rate |\n|---|---|---|\n"
                "| Provisioned throughput (model units) | 20 | $2.00 / unit-hr |\n"
                "| Tokens served (month) | 10bn | $3.00 / MTok on-demand |\nreserved vs on-demand for the month?")
    assert (ask.intent, ask.fields.units) == (Intent.BREAK_EVEN, Decimal(20))


def test_a_key_and_value_with_a_note_beside_them() -> None:
    ask = parse("console:\n  calls_per_hour   30   (steady all day)\n  active_hours/day   8\n  prefix   3,000 tok\n"
                "  rates ($/MTok)   input 3.00 | cache write 3.75 | cache read 0.30\nnet caching a day?")
    assert ask.fields.calls_per_day == Decimal(240)


def test_a_decimal_said_digit_by_digit_after_point() -> None:
    # point three five cents is $0.0035 a call (never "point 3" and five cents, $0.05)
    ask = parse("they want point three five cents a call flat; our call is 1,000 in / 200 out at $1/M in, $5/M out. "
                "cheaper?")
    assert ask.fields.per_call_fee == Decimal("0.0035")
    assert parse("at that point two options remain: $1/M in, $5/M out, 1k in 200 out. per call?").fields.per_call_fee \
        is None


def test_an_average_that_turns_out_to_be_half_the_capacity() -> None:
    # (1 − 40%) ÷ 50% = 1.2× on-demand
    ask = parse("reserved capacity at 40% under on-demand. if their average turns out to be only half of the reserved "
                "capacity, what are they paying vs on-demand?")
    assert ask.fields.utilization == [Decimal("0.5")]


def test_an_on_demand_estimate_typed_est() -> None:
    # 2 × $10 × 720 h = $14,400 against $20,000 on-demand: $5,600 a month less
    reply = reply_text("two units at ten bucks a unit hour, 30 day month. on demand for the same tokens est 20k/mo. "
                       "commit cost n savings?")
    assert "$5,600.00" in reply


def test_a_quarter_asked_with_its_days() -> None:
    # $10 a day × 90 days = $900
    reply = reply_text("10k calls a day, each 1,000 in and 0 out, at $1/M in and $4/M out. daily and the quarter "
                       "(call it 90 days)?")
    assert "$900.00" in reply


def test_an_invoices_unit_then_its_price_is_a_fee_per_call() -> None:
    ask = parse("INV-1 line 2\n  Service: tagging endpoint\n  Unit: per call\n  Unit price: $0.003\n  Qty: 500,000\n"
                "per-token would be $1/M in, $4/M out; a call is 1,000 in / 100 out. crossover size?")
    assert (ask.intent, ask.fields.per_call_fee) == (Intent.PER_CALL, Decimal("0.003"))


def test_an_on_demand_cost_said_right_after_on_demand() -> None:
    # 2 × $10 × 730 = $14,600 against $20,000 on-demand: $5,400 a month less
    reply = reply_text("2 units at $10 per unit-hour all month. If they sent that volume through on-demand instead, "
                       "it'd come to $20k a month. commit and saving?")
    assert "$5,400.00" in reply


def test_a_figure_in_words_after_a_dot_leader() -> None:
    ask = parse("assumptions:\n  avg prompt ........ 2k tokens\n  avg completion .... three hundred tokens\n"
                "  volume ............ 100k requests / month\n  list .............. $1 per MTok input, $5 per MTok "
                "output\nmonthly spend?")
    assert (ask.fields.input_tokens_per_call, ask.fields.output_tokens_per_call) == (Decimal(2000), Decimal(300))
