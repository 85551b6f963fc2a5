"""Clarifying choices: the options offered settle their question when read as a reply (bot.clarify)."""

from __future__ import annotations

import pytest

from bot import router
from bot.followup import read

CASES = {
    "40% discount or 30% discount on PTUs at 80% utilization": ("discount", ["40% discount", "30% discount"]),
    "4k-token system prompt caching, 10k calls a day, on gpt-4o or gpt-4o-mini":
        ("model", ["on gpt-4o", "on gpt-4o-mini"]),
    "$20 per 1M, 2M input + 500k output tokens a day": ("rate_label", ["$20.00/1M input", "$20.00/1M output"]),
    "PTUs at 40%": ("percent", ["40% discount", "40% utilization"]),
    "Bedrock list is 20% or 25% over direct and they have a 10% EA discount": ("markup", ["20% markup", "25% markup"]),
    "vendor wants $0.02 a call or $0.03 a call, prompts are ~2k in / 400 out at $3/$15 per 1M":
        ("per_call_fee", ["$0.02 a call", "$0.03 a call"]),
}


@pytest.mark.parametrize("ask", list(CASES))
def test_each_option_settles_its_question(ask: str) -> None:
    field, options = CASES[ask]
    answer = router.answer(ask, rate_cards={}).answer
    assert answer is not None
    [choice] = answer.choices
    assert (choice.field, choice.options) == (field, options)
    for option in options:
        completed = router.choose(option, previous=answer.ask, rate_cards={}).answer
        assert completed is not None and not completed.choices
        assert field not in {a.field for a in completed.ask.ambiguities}
        assert read(option, answer.ask).changes  # the same words typed in the thread are a follow-up


def test_an_answer_that_needs_no_choice_offers_none() -> None:
    answer = router.answer("40% discount on PTUs at 80% utilization", rate_cards={}).answer
    assert answer is not None and answer.choices == []
