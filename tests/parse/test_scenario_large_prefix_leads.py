"""A large prefix sent again with every call (a contract bundle queried all session, tool definitions resent by every
agent step) makes prompt caching the primary lever, even while volume is uneven or still growing; "what should lead
the proposal?" asks for that choice (and "proposal" is never read as a typo of "propose"). Our own sentences."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse
from bot.parse.forms import read_forms


def _caching_line(text: str) -> str:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario", reply.text
    line = next(ln for ln in reply.text.splitlines() if ln.lstrip("•* ").startswith("Prompt caching"))
    return line


@pytest.mark.parametrize(
    "text",
    [
        "support copilot: every agent step resends a 6,000-token block of tool schemas and style rules, steps land "
        "seconds apart, and volume is still growing month to month. what should lead the proposal?",
        "analysts fire about 150 questions an hour against the same 40,000-token filing pack during a session; usage "
        "across the month is lumpy. what is the right primary structure?",
        "every planner iteration re-sends the 10k-token repo map, and traffic is unpredictable. which structure "
        "should lead our pitch?",
        "reviewers ask ~300 questions a day against the same 25k-token policy manual; volume varies by quarter. "
        "what's the main lever?",
    ],
)
def test_a_large_prefix_resent_makes_caching_the_primary_lever(text: str) -> None:
    line = _caching_line(text)
    assert "recommended" in line and "not recommended" not in line
    assert "primary lever" in line


@pytest.mark.parametrize(
    "text",
    [
        "the proposal is due friday: 4k prefix, $3 in, $0.30 cached, 10k calls a day. net saving a day?",
        "for the proposal: 2M input tokens and 400k output a day at $3/$15, monthly cost?",
    ],
)
def test_a_proposal_named_beside_one_figure_keeps_that_figure(text: str) -> None:
    assert parse(text).intent in (Intent.CACHING, Intent.QUOTE)


@pytest.mark.parametrize(
    "text",
    [
        "every agent step has the same size, about 2k tokens; volume unpredictable. structure?",
        "users ask about 200 questions an hour about the weather, short prompts, volume uneven. structure?",
    ],
)
def test_steps_or_questions_without_a_shared_context_do_not_make_caching_primary(text: str) -> None:
    assert "primary lever" not in _caching_line(text)


@pytest.mark.parametrize("word", ["proposal", "proposals", "proposing", "purpose"])
def test_proposal_words_are_not_typos(word: str) -> None:
    assert word in read_forms(f"what should lead the {word}?")[0]
