""""Copy for proposal" / `pricebot ask --proposal`: for every reply kind in the ask corpus, the customer-facing
paragraph states the conditions behind its figures, the rate source and date and the illustrative caveat, asks
nothing, carries no coaching, and `pricebot lint` finds nothing in it."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from bot import router
from bot.phrases import phrases
from bot.present import PROPOSAL_KINDS, kind_of, proposal
from tests.conftest import REPO
from tests.parse.test_asks import CASES

#: A condition each kind's paragraph must state, beside the rates/date line and the caveat.
CONDITIONS = {
    "quote": ("input token costs", "output token costs"),
    "break_even": ("sustained utilization",),
    "caching": ("prefix", "calls a day", "the savings depend on prefix length and call volume"),
    "per_call": ("per-call pricing", "per-token", "a call"),
    "markup": ("FedRAMP authorization and data residency controls", "EA discount"),
    "scenario": ("Per-token is", "Per-call is", "Provisioned throughput is", "Prompt caching is"),
    "compare": ("a day",),
}


def _paragraphs() -> dict[str, list[tuple[str, str]]]:
    by_kind: dict[str, list[tuple[str, str]]] = {}
    for case in CASES:
        answer = router.answer(case["text"], rate_cards={}).answer
        if answer is None:
            continue
        paragraph = proposal(answer, as_of=date(2026, 3, 2))
        if paragraph is not None:
            by_kind.setdefault(kind_of(answer), []).append((case["text"], paragraph))
    return by_kind


PARAGRAPHS = _paragraphs()


def test_every_reply_kind_with_figures_in_the_corpus_has_a_proposal() -> None:
    assert set(PARAGRAPHS) == set(PROPOSAL_KINDS)


@pytest.mark.parametrize("kind", sorted(PROPOSAL_KINDS))
def test_each_paragraph_states_its_conditions_source_date_and_caveat_and_asks_nothing(kind: str) -> None:
    caveat = phrases()["proposal"]["caveat"]
    for ask, paragraph in PARAGRAPHS[kind]:
        assert "as of 2026-03-02" in paragraph and paragraph.endswith(caveat), ask
        assert "Rates: " in paragraph or "follow from the values stated above" in paragraph, ask
        for condition in CONDITIONS[kind]:
            assert condition in paragraph, (ask, condition)
        assert "?" not in paragraph and "*" not in paragraph, ask  # no questions, no mrkdwn emphasis
        assert "\n" not in paragraph and len(paragraph) < 1500, ask
        for internal in ("tell me", "I need", "Ask for", "field-language", "guide"):
            assert internal not in paragraph, (ask, internal)


def test_pricebot_lint_finds_nothing_in_any_proposal() -> None:
    every = "\n\n".join(p for found in PARAGRAPHS.values() for _, p in found)
    run = subprocess.run([sys.executable, "-m", "bot", "lint", "-"], input=every, capture_output=True, text=True,
                         cwd=REPO, check=False)
    assert run.returncode == 0, run.stdout
    assert "No field-language issues found." in run.stdout


def test_an_answer_without_complete_figures_has_no_proposal() -> None:
    for ask in ("PTUs at 40%", "chart provisioned throughput for us, is it cheaper?", "what's the okta analogy?"):
        answer = router.answer(ask, rate_cards={}).answer
        assert answer is not None and proposal(answer) is None, ask


def test_ask_proposal_prints_the_paragraph_or_says_why_not() -> None:
    run = [sys.executable, "-m", "bot", "ask", "--proposal"]
    env = {"PATH": "", "NO_COLOR": "1", "PRICEBOT_DB": str(REPO / "does-not-exist" / "x.db")}
    done = subprocess.run([*run, "40% discount on PTUs at 80% utilization"], capture_output=True, text=True,
                          cwd=REPO, env=env, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("At a 40% discount versus on-demand, provisioned throughput breaks even at 60%")
    assert f"as of {date.today().isoformat()}" in done.stdout
    missing = subprocess.run([*run, "PTUs at 40%"], capture_output=True, text=True, cwd=REPO, env=env, check=False)
    assert missing.returncode == 1 and missing.stdout == ""
    assert "No proposal text for this answer" in missing.stderr
