"""Questions answered as the wrong kind (our own sentences, not a scored batch's): a meaning asked in slang, the
difference between two wordings, a blended rate at a stated mix, an on-demand spend restated over another period,
and the per-call fee that would match per-token on the stated calls."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("wth is MTok", "MTok"),
        ("what the heck is a PTU??", "PTU (Provisioned Throughput Unit)"),
        ("wtf's prompt caching", "Prompt caching"),
        ("what even is provisioned throughput", "Provisioned throughput"),
    ],
)
def test_a_meaning_asked_in_slang_is_the_glossary(text: str, title: str) -> None:
    assert parse(text).intent is Intent.GLOSSARY
    assert title in _reply(text).text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("can I say 'committed use' or should I say 'provisioned throughput'? which is right",
         "Provisioned throughput"),
        ("is 'AI usage fees' fine in the deck or is it 'per-token inference costs'? what's the difference",
         "Per-token"),
    ],
)
def test_the_difference_between_two_wordings_is_the_glossary(text: str, title: str) -> None:
    assert parse(text).intent is Intent.GLOSSARY
    assert title in _reply(text).text


def test_a_wording_asked_about_alone_is_still_checked() -> None:
    assert parse("is 'provisioned is cheaper' ok to say?").intent is Intent.FIELDCHECK


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # 4:1 → 80% × $2 + 20% × $8 = $1.60 + $1.60 = $3.20
        ("blended price per million at a 4:1 input:output mix on $2/$8?", "$3.20/1M"),
        # 90% × $0.50 + 10% × $1.50 = $0.60
        ("blended rate per M on $0.50/$1.50 with a 9:1 input to output split?", "$0.60/1M"),
    ],
)
def test_a_blended_rate_at_a_mix_needs_no_tokens(text: str, figure: str) -> None:
    assert parse(text).intent is Intent.QUOTE
    reply = _reply(text)
    assert figure in reply.text and not reply.data["missing"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $2,500 × 730 ÷ 24 = $76,041.67 a month; × 8,760 ÷ 24 = $912,500.00 a year
        ("they spend roughly $2,500 a day on-demand - what's that monthly?", ["$76,041.67", "$912,500.00"]),
        # $60,000 × 24 ÷ 730 = $1,972.60 a day; × 8,760 ÷ 730 = $720,000.00 a year
        ("$60k a month on-demand today. per day? per year?", ["$1,972.60", "$720,000.00"]),
    ],
)
def test_an_on_demand_spend_is_restated_over_other_periods(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.QUOTE
    reply = _reply(text)
    for figure in figures:
        assert figure in reply.text, reply.text
    assert not reply.data["missing"]


@pytest.mark.parametrize(
    "text",
    [
        "what per-call fee would be cost-neutral for calls of 1,200 in and 300 out at $1/$4 per million?",
        "calls are ~4k in / 800 out at $3/$15. what flat price per call would match per-token?",
    ],
)
def test_the_fee_asked_for_is_the_per_call_comparison(text: str) -> None:
    assert parse(text).intent is Intent.PER_CALL


def test_the_cost_neutral_fee_is_the_per_token_cost_of_the_call() -> None:
    # 1,200 × $1/1M + 300 × $4/1M = $0.0012 + $0.0012 = $0.0024
    reply = _reply("what per-call fee would be cost-neutral for calls of 1,200 in and 300 out at $1/$4 per million?")
    assert "$0.0024" in reply.text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("what's the prompt caching thing?", "Prompt caching"),
        ("whats the PTU stuff", "PTU (Provisioned Throughput Unit)"),
    ],
)
def test_a_term_asked_about_with_a_filler_word_is_the_glossary(text: str, title: str) -> None:
    assert parse(text).intent is Intent.GLOSSARY
    assert title in _reply(text).text


@pytest.mark.parametrize(
    "text",
    [
        "brand new startup, no idea of volumes yet. what should we price them on?",
        "pilot for a bank, traffic unknown - what do we quote it on?",
    ],
)
def test_what_to_quote_them_on_is_the_scenario(text: str) -> None:
    assert parse(text).intent is Intent.SCENARIO


def test_the_cost_under_each_structure_is_the_per_call_comparison() -> None:
    # 2,000 steps an hour: per-call 2,000 × $0.02 = $40.00 an hour against per-token on 4k in / 500 out at $3/$15
    text = ("agent framework charges $0.02 per step; the client runs 2,000 steps an hour, each 4k in / 500 out at "
            "$3/$15 underneath. hourly cost per-call vs per-token?")
    assert parse(text).intent is Intent.PER_CALL
    assert "$40.00" in _reply(text).text
