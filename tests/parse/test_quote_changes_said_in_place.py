"""What-ifs on a quote stated in the same message (our own sentences, not a scored batch's): one side's rate said to
change ("the vendor cuts input from $3 to $2.40", "output goes up to $12"), a count said in place of another ("answers
capped at 300 tokens instead of 800", "current: ... / proposed: ..."), and a grown volume said both as a multiple and as
a count. Each is priced before and after with the difference, instead of asking which value was meant. Two rates
offered as a choice, or one count with no change said, stay as they were."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "base", "other"),
    [
        ("The vendor is cutting input from $3 to $2.40 per million next quarter; output stays $15/M. 100M input and "
         "10M output a month. Monthly before and after?", ("3", "15"), ("2.4", "15")),
        ("quote at $1/$4 per M for 50M in, 20M out a day. what if they raise the output price to $5?",
         ("1", "4"), ("1", "5")),
        ("$2/M in, $8/M out, 3M in and 1M out per day. If the input rate drops to $1.50, what's the daily saving?",
         ("2", "8"), ("1.5", "8")),
        ("Pricing is $0.50/M input and $1.50/M output; output goes up to $2 from June. 400M in + 100M out monthly, "
         "how much more a month?", ("0.5", "1.5"), ("0.5", "2")),
    ],
)
def test_one_side_rate_change_is_priced_both_ways(text: str, base: tuple[str, str], other: tuple[str, str]) -> None:
    ask = parse(text)
    assert ask.intent is Intent.QUOTE and not ask.ambiguities
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal(base[0]), Decimal(base[1]))
    assert ask.fields.other_rates == [Decimal(other[0]), Decimal(other[1])]


def test_a_rate_cut_shows_both_bills_and_the_difference() -> None:
    # before: 100M × $3 + 10M × $15 = $450.00 a month; after: 100M × $2.40 + $150 = $390.00; $60.00 a month less
    reply = reply_text("The vendor is cutting input from $3 to $2.40 per million next quarter; output stays $15/M. "
                       "100M input and 10M output a month. Monthly before and after?")
    for figure in ("$450.00", "$390.00", "$60.00 a month less"):
        assert figure in reply, (figure, reply)


@pytest.mark.parametrize(
    ("text", "name", "now", "before"),
    [
        ("if we cap answers at 300 tokens instead of 800, what's the monthly saving? 1,000 in per call, $1/M in, "
         "$4/M out, 50k calls a day", "output_tokens_per_call", 300, 800),
        ("current: 2,000 in / 600 out per call\nproposed: 1,200 in / 600 out\n$3/M in, $15/M out, 5k calls/day. "
         "monthly saving?", "input_tokens_per_call", 1200, 2000),
        ("trimmed prompts run 1.5k tokens rather than 2.5k; output 200 per call; $2/$8 per M; 30k calls a day. "
         "what does it save a month?", "input_tokens_per_call", 1500, 2500),
        ("before: 900 in / 300 out per call; after: 900 in / 150 out. 12k calls a day at $0.40/M in and $1.60/M out. "
         "cost per call before and after?", "output_tokens_per_call", 150, 300),
    ],
)
def test_a_count_said_in_place_of_another_is_priced_both_ways(text: str, name: str, now: int, before: int) -> None:
    ask = parse(text)
    assert ask.intent is Intent.QUOTE and not ask.ambiguities
    assert getattr(ask.fields, name) == Decimal(now)
    assert ask.fields.changed_from == (name, Decimal(before))


def test_the_change_shows_the_call_before_and_what_it_saves() -> None:
    # before 1,000 × $1/M + 800 × $4/M = $0.0042 a call; after 1,000 × $1/M + 300 × $4/M = $0.0022;
    # 50,000 × $0.002 = $100.00 a day less, × 730 ÷ 24 = $3,041.67 a month
    reply = reply_text("if we cap answers at 300 tokens instead of 800, what's the monthly saving? 1,000 in per call, "
                       "$1/M in, $4/M out, 50k calls a day")
    for figure in ("*$0.0042* a call", "$0.0022", "saves *$3,041.67 a month*", "$0.002 a call"):
        assert figure in reply, (figure, reply)


def test_a_volume_said_as_a_multiple_and_as_a_count_is_the_grown_volume() -> None:
    # 10k calls × (1,000 × $2/M + 200 × $8/M) = $36.00 a day, $1,095.00 a month; × 3 = $3,285.00
    ask = parse("10k calls a day, 1,000 in / 200 out per call at $2/M in and $8/M out. Monthly, and if volume triples "
                "to 30k a day?")
    assert ask.fields.calls_per_day == 10_000 and ask.fields.volume_factor == 3 and not ask.ambiguities
    reply = reply_text("10k calls a day, 1,000 in / 200 out per call at $2/M in and $8/M out. Monthly, and if volume "
                       "triples to 30k a day?")
    assert "$1,095.00" in reply and "$3,285.00" in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        # another vendor's input rate, said with no change: asked, not priced as a change
        "input $3/M, output $15/M, 10M in 1M out a day; a rival lists input at $2.40/M. daily?",
        # two volumes with no multiple said: asked
        "20k calls a day or 35k calls a day, 1,000 in / 200 out at $1/$4 per M. monthly?",
    ],
)
def test_values_offered_as_a_choice_are_still_asked(text: str) -> None:
    ask = parse(text)
    assert ask.ambiguities and not ask.fields.other_rates and ask.fields.changed_from is None
