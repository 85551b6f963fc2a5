"""A question about a term, even one that names a structure ("hyperscaler markup: what does the customer actually get
for it?", "cache hit rate, can we promise one in the SLA?", "quick def of per-token pricing?", "glossary: X"), is the
glossary entry, with any example figures worked out after it; not that structure's calculator asking for inputs
(our own sentences)."""

from __future__ import annotations

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("azure markup - what do buyers really get for it?", "Hyperscaler markup"),
        ("the bedrock premium: so what does the client get for that?", "Hyperscaler markup"),
        ("What's the 'hyperscaler markup' the partner team keeps talking about?", "Hyperscaler markup"),
        ("cache hit rate: can we promise one in the contract?", "Cache hit rate"),
        ("hit rate, could we promise a number in the MSA?", "Cache hit rate"),
    ],
)
def test_a_term_asked_about_without_figures_is_its_entry(text: str, title: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.GLOSSARY
    assert title in reply_text(text)


@pytest.mark.parametrize(
    ("text", "title", "figures"),
    [
        # 2M × $3/1M = $6.00; 0.5M × $15/1M = $7.50
        ("quick def of per-token pricing? how would 2M input + 0.5M output at $3/$15 bill?", "Per-token pricing",
         ["$6.00", "$7.50"]),
        # 2,000 × ($5 − $0.50)/1M = $0.009
        ("/glossary prompt caching, with a quick example: 2k-token prefix, $5 input vs $0.50 cached",
         "Prompt caching", ["$0.009"]),
        # (1 + 15%) × (1 − 5%) − 1 = 9.25%
        ("glossary: hyperscaler markup. example with +15% list and a 5% EA?", "Hyperscaler markup", ["9.25%"]),
        # 4,000 × ($3.75 − $3)/1M = $0.003
        ("what's a cache write premium? say a 4k-token prefix, input $3, cache write $3.75 per MTok", "Cache write",
         ["$0.003"]),
    ],
)
def test_a_term_asked_with_an_example_is_its_entry_and_the_example(text: str, title: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.GLOSSARY
    reply = reply_text(text)
    missing = [f for f in [title, *figures] if f not in reply]
    assert not missing, f"{missing} not in:\n{reply}"


@pytest.mark.parametrize(
    "text",
    [
        # the figures asked, with the term only named
        "hyperscaler markup: 20% list, 10% EA. effective?",
        "cache hit rate is 90% on a 5k prefix, $3 in, $0.30 cached, 10k calls/day. net per day?",
        "what's the markup on azure at 25% list and a 15% EA?",
        "per-token pricing at $3/$15: what does 2M in and 500k out cost?",
    ],
)
def test_figures_asked_with_a_term_only_named_keep_their_calculator(text: str) -> None:
    assert parse(text).intent is not Intent.GLOSSARY


def test_a_name_set_equal_to_a_question_mark_asks_its_meaning_beside_the_figures() -> None:
    # 120k ÷ 40k = 3; sized for peak: 1 ÷ 3 = 33.33%
    text = "PAR = ? (peak-to-average ratio). peak 120k TPM, avg 40k TPM. what is it, and the util if sized for peak?"
    assert parse(text).intent is Intent.GLOSSARY
    reply = reply_text(text)
    missing = [f for f in ["Peak-to-average", "33.33%"] if f not in reply]
    assert not missing, f"{missing} not in:\n{reply}"
