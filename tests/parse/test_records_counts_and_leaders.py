"""Forms the fourth round of blind asks in Round 40 showed read wrong or not at all, in our own sentences and
layouts: a "what is X in this context" asked beside someone's words; a load averaged across the whole commitment; a
peak said as a multiple of the average; a one-record CSV of fields; a signed EA discount after a short dot leader; a
direct spend keyed with its period in brackets; a cache line's count of events; a span heading more words; an
export's tokens served per period; the item a call processes, counted over a period."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_a_terms_meaning_asked_in_context_beside_someones_words() -> None:
    ask = parse('Their architect keeps saying the savings "depend on the TTL" and that an entry lives 5 minutes. '
                "What is TTL in this context, and why does it matter?")
    assert (ask.intent.value, ask.fields.term) == ("glossary", "ttl")


def test_a_load_averaged_across_the_whole_commitment_is_not_scaled_by_the_hours() -> None:
    # (1 − 30%) ÷ 50% = 1.4× on-demand: the 50% is already the commitment's average
    reply = reply_text("busy from 8am to 6pm and idle overnight; across the whole commitment they'd keep about 50% of "
                       "it busy. 30% off on-demand. break-even, and at 50% how does it compare?")
    assert "1.4× on-demand" in reply


def test_a_peak_said_as_a_multiple_of_the_average() -> None:
    ask = parse("Average is 30k tokens a minute but the peak runs four times that; they size for the peak. 40% off. "
                "break-even and cost vs on-demand?")
    assert ask.fields.peak_to_average == Decimal(4)


def test_a_one_record_csv_of_fields_and_values() -> None:
    ask = parse("deal,field,value\nD-77,discount_vs_ondemand,30%\nD-77,expected_util,60%\nD-77,term,12 months\n"
                "break-even, and at 60%?")
    assert (ask.intent.value, ask.fields.discount, ask.fields.utilization) == (
        "break_even", Decimal("0.3"), [Decimal("0.6")])


def test_a_signed_ea_discount_after_a_short_leader() -> None:
    ask = parse("Invoice lines:\n  list premium vs direct ..... +20%\n  EA discount (AI services) .. -10%\n"
                "effective markup?")
    assert (ask.fields.markup, ask.fields.ea_discount) == (Decimal("0.2"), Decimal("0.1"))


def test_a_direct_spend_keyed_with_its_period_in_brackets() -> None:
    ask = parse("Direct API (quarterly):        $20,000.00\nVertex list uplift:           20%\nEA:   10% off\n"
                "what's the quarter on Vertex?")
    assert (ask.fields.direct_spend, ask.fields.spend_period) == (Decimal(20_000), "quarter")


def test_a_cache_lines_count_is_of_its_events() -> None:
    # 5,000 hits × 6,000 × ($2 − $0.20)/1M = $54.00, less 100 writes × 6,000 × $0.50/1M = $0.30: $53.70 a day
    reply = reply_text("billing export, one day, cached workload (6,000-token prefix):\nline_item,count,rate_per_MTok\n"
                       "input (uncached),n/a,2.00\ncache_write,100,2.50\ncache_read,5000,0.20\nnet for the day?")
    assert "$53.70 a day" in reply


def test_an_exports_tokens_served_over_a_period() -> None:
    ask = parse("units=2\nrate_per_unit_hour=$3.00\nondemand_tokens_served=1.5B/month\n"
                "ondemand_blended_rate=$2.00/MTok\ncommit vs on-demand?")
    assert ask.fields.calls_per_day is None
    assert ask.fields.tokens_per_day is not None and round(ask.fields.tokens_per_day * Decimal("30.4166666667")) == (
        1_500_000_000)


def test_the_item_a_call_processes_counted_over_a_period() -> None:
    ask = parse("flat half a cent per call. a typical abstract is 900 input tokens and 100 output, at $2/M in and $6/M "
                "out. They push 300,000 abstracts through a month. cheaper per call?")
    assert ask.fields.calls_per_day is not None and round(ask.fields.calls_per_day * Decimal("30.4166666667")) == (
        300_000)


def test_calls_with_who_makes_them_before_their_period_and_the_writes_among_them() -> None:
    ask = parse("4,000-token prefix, $3/M input, $0.30/M hits, $3.75/M writes. Of the ~20k calls they make per day, "
                "about 150 end up as cache writes and the rest hit. net daily?")
    assert (ask.fields.calls_per_day, ask.fields.writes_per_day) == (Decimal(20_000), Decimal(150))


def test_rows_labelled_model_input_and_model_output_are_the_sides() -> None:
    ask = parse("usage forecast:\nservice         | tokens/month\nmodel input     | 900M\nmodel output    | 200M\n"
                "rate card: $1.00 per million input. monthly number?")
    assert ask.fields.input_tokens_per_day is not None and ask.fields.output_tokens_per_day is not None
    assert "output_rate" in {a.field for a in ask.ambiguities} or ask.fields.output_rate is None


def test_what_on_demand_would_be_said_bare_beside_a_monthly_bill_asked() -> None:
    # 2 units × $5 × 8 h × 20 days = $1,600 against $2,000 on-demand: $400 less
    reply = reply_text("2 units @ 5 per unit hr, up 8hrs a day on biz days (20 this month). whats the monthly bill? "
                       "the same tokens on demand wd be 2k, what do they save")
    assert "$1,600.00" in reply and "$400.00" in reply
