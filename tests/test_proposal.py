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


#: Per reply kind (and per branch the paragraph has), an ask and the figures it asked about, as the paragraph
#: must state them: a paragraph that drops what was asked ("what EA discount cancels the markup?") fails here.
ASKED = [
    ("quote", "2M input + 500k output tokens a day on gpt-4o", ["2,000,000 input and 500,000 output tokens a day"]),
    ("break_even", "40% discount on PTUs at 80% utilization", ["At a 40% discount", "At 80% sustained utilization"]),
    ("break_even", "200k TPM for 12h and 80k TPM for the other 12h, 25% discount: commitment?",
     ["200,000 TPM for 12 hours, 80,000 TPM for 12 hours", "at a 25% discount", "commitment is 80,000 TPM"]),
    ("break_even", "traffic shape: 50 rps for 6 hours, 30 rps for 10 hours, 5 rps the remaining 8; 40% off "
     "provisioned - what level do we commit?", ["50 RPS for 6 hours", "at a 40% discount", "commitment is 30 RPS"]),
    ("caching", "Is caching worth it with a 4,000-token system prompt at $5/1M and cache hits at $0.50/1M, 10k calls "
     "a day?", ["4,000-token prefix", "10,000 calls a day"]),
    ("per_call", "vendor wants $0.02 a call, prompts are ~2k in / 400 out at $3/$15 per 1M",
     ["$0.02 a call", "2,000 input and 400 output tokens"]),
    ("markup", "Bedrock list is 20% over direct and they have a 10% EA discount",
     ["20% list markup", "10% EA discount", "is 8%"]),
    ("markup", "what EA discount would offset Bedrock's 20% uplift?",
     ["20% list markup", "An EA discount of 16.67% cancels"]),
    ("markup", "Vertex charges $1.40/M input, direct is $1.25/M; EA 5%. markup?",
     ["$1.40/1M against $1.25/1M direct is a 12% list markup", "5% EA discount", "is 6.4%"]),
    ("scenario", "production RAG bot, 3:1 peak to average, 4k token system prompt, which pricing structure fits",
     ["3:1 peak to average", "4,000-token"]),
    ("compare", "compare gpt-4.1, haiku 4.5 and gemini 2.5 flash for 1.2k in / 300 out, 20k calls a day",
     ["1,200 input and 300 output tokens a call", "20,000 calls a day"]),
]


def test_every_kind_is_checked_for_its_asked_figures() -> None:
    assert {kind for kind, _, _ in ASKED} == set(PROPOSAL_KINDS)


@pytest.mark.parametrize(("kind", "ask", "figures"), ASKED)
def test_each_paragraph_states_the_figures_that_were_asked(kind: str, ask: str, figures: list[str]) -> None:
    answer = router.answer(ask, rate_cards={}).answer
    assert answer is not None and kind_of(answer) == kind
    paragraph = proposal(answer, as_of=date(2026, 3, 2))
    assert paragraph is not None, ask
    for figure in figures:
        assert figure in paragraph, (figure, paragraph)


def test_the_paragraph_of_one_answer_carries_the_date_it_is_asked_for() -> None:
    """The paragraph is worked out once per answer, but the same answer copied on another day says that day."""
    answer = router.answer("40% discount on PTUs at 80% utilization").answer
    assert answer is not None
    first, again = proposal(answer, as_of=date(2026, 3, 2)), proposal(answer, as_of=date(2026, 3, 2))
    later = proposal(answer, as_of=date(2026, 4, 9))
    assert first is not None and later is not None
    assert first == again and "2026-03-02" in first
    assert "2026-04-09" in later and "2026-03-02" not in later
