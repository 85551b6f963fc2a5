"""Volumes and token counts in the forms reps write them, and the totals they ask for (our own sentences, not a
scored batch's): calls per conversation after the conversations, counts multiplied with "x", token counts in MTok,
a side named after its period ("9M tok/hr in") or before its count in brackets, a day's calls over its busy hours,
the calls of one peak hour, and a count of calls with its input and output parts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


def _close(got: object, want: Decimal) -> bool:
    return isinstance(got, Decimal) and abs(got - want) <= Decimal("1e-9") * max(Decimal(1), abs(want))


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # the units first, then the calls in each: 8,000 sessions x 5 = 40,000 calls a day
        ("8,000 sessions a day, about 5 calls each, 900 in / 150 out at $1/$4",
         {"calls_per_day": Decimal(40_000), "input_tokens_per_call": Decimal(900)}),
        ("3k tickets/day at roughly 7 steps per ticket; each step 2k in / 300 out, $3/$15",
         {"calls_per_day": Decimal(21_000)}),
        # counts multiplied with x
        ("20k requests a day x 700 in x 90 out at $0.50/$2",
         {"calls_per_day": Decimal(20_000), "input_tokens_per_call": Decimal(700),
          "output_tokens_per_call": Decimal(90)}),
        # token counts in MTok, and the rate's own unit left alone
        ("40 MTok in and 6 MTok out a day at $2/$8 per MTok",
         {"input_tokens_per_day": Decimal(40_000_000), "output_tokens_per_day": Decimal(6_000_000),
          "input_rate": Decimal(2)}),
        # the side after its period: 2M an hour in is 48M a day
        ("2M tok/hr in and 300k/hr out, $1/$4, around the clock",
         {"input_tokens_per_day": Decimal(48_000_000), "output_tokens_per_day": Decimal(7_200_000)}),
        # the side before its count, in brackets
        ("long prompt (~6,000 tokens), short answer (~150 tokens), 2,000 claims a day at $3/$15",
         {"input_tokens_per_call": Decimal(6000), "output_tokens_per_call": Decimal(150),
          "calls_per_day": Decimal(2000)}),
        # a day's calls over its busy hours
        ("6,000 requests over 12 busy hours, 3k prefix, $3 in / $0.30 read, 5 minute TTL",
         {"calls_per_day": Decimal(6000), "active_hours": Decimal(12)}),
    ],
)
def test_volume_forms_are_read(text: str, fields: dict[str, Decimal]) -> None:
    got = parse(text).fields
    for name, value in fields.items():
        assert _close(getattr(got, name), value), (name, getattr(got, name))


@pytest.mark.parametrize(
    "text",
    [
        "they do 10k/day in prod, 2k in / 300 out at $1/$5",  # "in prod" is not an input side
        "40k a day out at $1/$5 and 200k tokens a day in",  # "40k a day out" is tokens, never calls
    ],
)
def test_a_count_before_in_or_out_is_not_misread(text: str) -> None:
    fields = parse(text).fields
    if "prod" in text:
        assert fields.calls_per_day == 10_000 and fields.input_tokens_per_day is None
    else:
        assert fields.calls_per_day is None and fields.output_tokens_per_day == 40_000


def test_a_one_hour_ttl_is_not_a_count_of_calls_in_one_hour() -> None:
    ask = parse("10k calls, one hour TTL, 2k prefix at $3 in / $0.30 read")
    assert ask.fields.calls_total is None
    assert any(a.field == "calls_per_day" for a in ask.ambiguities)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 12,000 x (2,000 x $2 + 250 x $8)/1M = $48 input + $24 output = $72 for the one hour
        ("their busiest hour is about 12,000 requests, 2k in / 250 out each at $2/$8. what does that hour cost?",
         ["*$72.00*", "input $48.00", "output $24.00"]),
        # a one-off job: 40,000 x 5,000 x $1/1M = $200 input, 40,000 x 500 x $5/1M = $100 output
        ("one-off run over 40,000 contracts, 5k tokens in and 500 out each, $1/M in, $5/M out. total?",
         ["*$300.00*", "input $200.00", "output $100.00"]),
        # 8,000 sessions x 5 calls = 40,000 calls; (900 x $1 + 150 x $4)/1M = $0.0015 a call = $60.00 a day
        ("8,000 sessions a day, about 5 calls each, 900 in / 150 out at $1/$4. daily?", ["*$60.00*"]),
        # 2M/hr x 24 x $1 = $48 input a day; 300k/hr x 24 x $4 = $28.80 output; month = $76.80 x 730/24
        ("2M tok/hr in and 300k/hr out, $1/$4, around the clock. monthly?", ["$48.00", "$28.80", "$2,336.00"]),
    ],
)
def test_the_totals_asked_for(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_agent_steps_are_counted_as_calls() -> None:
    # 50,000 steps a month: per-token 50,000 x (4,000 x $3 + 500 x $15)/1M = $975.00 vs per-call 50,000 x $0.02
    assert_figures("orchestrator bills $0.02 a step; a step is 4k in / 500 out at $3/$15. at 50k steps/mo, both ways?",
                   ["$975.00", "$1,000.00"])


@pytest.mark.parametrize("ask", [
    "quote 3M input and 400k output tokens a day on gemini flash",
    "what would 3M in / 400k out per day cost on Gemini Pro?",
])
def test_a_gemini_family_named_without_a_version_is_priced_not_asked_about(ask: str) -> None:
    from bot import router

    reply = router.answer(ask, rate_cards={})
    assert reply.intent == "quote"
    assert "Input token costs: 3,000,000 tokens" in reply.text
    assert "tell me" not in reply.text.lower()
