"""Structure choices described in words, as reps write them (our own sentences, not a scored batch's): a buyer's
compliance needs and cloud with no figures, a choice between a hyperscaler and direct, a judgement asked on one
structure ("is per-call the right model?"), a bare "which?" after two offers, a fixed pipeline that wants a cost per
transaction; and a glossary term asked with "meaning?" after it."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse
from tests.support.replies import reply_text


def _recommends(reply: str, structure: str) -> bool:
    for line in reply.lower().splitlines():
        line = line.lstrip("•*-_ ")
        if line.startswith(structure.lower()):
            return structure == "Hyperscaler tier" or ("recommended" in line[:60]
                                                       and "not recommended" not in line[:60])
    return False


@pytest.mark.parametrize(
    "text",
    [
        "county govt customer, needs data residency and private endpoints, they're already on azure",
        "healthcare buyer on aws with a big EDP, HIPAA, data must stay in-region. bedrock or direct?",
        "UK bank, data has to remain in the UK, all-in on GCP. vertex vs going direct?",
        "direct or stay on azure? they need private networking and their MACC covers it",
    ],
)
def test_compliance_and_a_cloud_in_words_map_the_structures(text: str) -> None:
    answer = router.understand(text, rate_cards={})
    assert answer.ask.intent is Intent.SCENARIO
    assert _recommends(reply_text(text), "Hyperscaler tier")


@pytest.mark.parametrize(
    "text",
    [
        "bedrock vs direct: markup 20%, EA 15% - effective?",
        "azure or direct, 18% over list and a 10% EA. what's the real markup?",
    ],
)
def test_a_markup_figure_asked_stays_a_markup_question(text: str) -> None:
    assert parse(text).intent is Intent.MARKUP


def test_the_pitch_between_a_hyperscaler_and_direct_works_out_the_markup() -> None:
    # 1.25 x 0.8 - 1 = 0%
    text = ("big azure shop with a MACC, weighing Azure OpenAI vs OpenAI direct. list is 25% over, EA 20%. "
            "what's our play?")
    reply = reply_text(text)
    assert parse(text).intent is Intent.SCENARIO
    assert "(1 + 25%) × (1 − 20%) − 1" in reply
    assert "enterprise agreement apply" not in reply  # the EA discount was given: not asked again
    assert _recommends(reply, "Hyperscaler tier")


@pytest.mark.parametrize(
    ("text", "structure"),
    [
        ("vendor bills $0.03 a call and their prompts vary widely in size, 300 to 12k tokens. is per-call the right "
         "model?", "Per-token"),
        ("is provisioned really the right call for a pilot that launched two weeks ago?", "Per-token"),
    ],
)
def test_a_judgement_on_one_structure(text: str, structure: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
    assert _recommends(reply_text(text), structure)


def test_a_bare_which_after_two_offers_on_a_described_workload() -> None:
    # 900 x $0.50/M + 100 x $2/M = $0.00065 per call against $0.0006 flat
    text = ("receipt extraction, fixed ~200k receipts a month, each capped at 1k tokens (900 in / 100 out). "
            "vendor offers $0.0006/call or per-token at $0.50/$2. which?")
    assert parse(text).intent is Intent.SCENARIO
    reply = reply_text(text)
    assert "$0.00065" in reply
    assert _recommends(reply, "Per-call")


def test_a_bare_which_on_figures_alone_stays_the_comparison() -> None:
    assert parse("$0.02/call vs $3/$15 per 1M at 2k in / 400 out. which?").intent is Intent.PER_CALL


@pytest.mark.parametrize(
    "text",
    [
        "tagging service, 3M short requests a month, fixed pipeline, finance wants a per-document cost",
        "document classification, fixed workload of ~40k docs/day, ~300 tokens each, cfo asks for per-transaction "
        "costs",
    ],
)
def test_a_fixed_pipeline_wanting_a_cost_per_transaction(text: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
    assert _recommends(reply_text(text), "Per-call")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("cache hit rate meaning? procurement wants it written into the contract", "Cache hit rate"),
        ("TTL definition pls? their engineer keeps bringing it up", "TTL"),
        ("PTU meaning?", "PTU"),
    ],
)
def test_a_term_asked_with_meaning_after_it(text: str, title: str) -> None:
    answer = router.understand(text, rate_cards={})
    assert answer.ask.intent is Intent.GLOSSARY
    assert reply_text(text).startswith(f"*{title}")
