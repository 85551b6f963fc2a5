"""The examples pricebot offers (bot/phrases.yaml) are asks it understands as what they illustrate."""

from __future__ import annotations

import re

import pytest

from bot import router
from bot.parse import parse
from bot.phrases import phrases

KINDS = [kind for kind in phrases()["examples"] if kind != "help"]


@pytest.mark.parametrize("kind", KINDS)
def test_each_kinds_example_is_one_ask_answered_as_that_kind(kind: str) -> None:
    examples = phrases()["examples"][kind]
    assert len(examples) == 1, "one example per kind (a comma inside an unquoted YAML list splits it)"
    assert router.answer(examples[0]).intent == kind


# The parser's questions about inputs it read more than one way are written once, in phrases.yaml ("questions"):
# every question it asks, over the ask corpus and these asks of each kind, is one of them filled in.
AMBIGUOUS_ASKS = [
    "35% discount or 45% discount on provisioned at 90% utilization?",  # a value read twice
    "4k prefix or 6k prefix, 20k calls a day, $2 input, $0.20 cached",
    "12,000 requests, 1k in / 250 out at $2/$8 per 1M",  # a call count with no period
    "PTUs at 55%",  # a lone percentage
    "gpt-4o on flex or priority tier, 1M input and 200k output tokens a day",  # two tiers
    "break-even at 40% discount, " + "9" * 45 + " calls a day",  # too many digits
    "6k prefix, 1e99 calls a day, $2 input, $0.20 cached",  # too large to be a deal figure
]


def _question_patterns() -> list[re.Pattern[str]]:
    def texts(entry: object) -> list[str]:
        if isinstance(entry, dict):
            return [t for value in entry.values() for t in texts(value)]
        return [entry] if isinstance(entry, str) and "{" in entry else []

    return [re.compile(".+?".join(re.escape(part) for part in re.split(r"\{\w+\}", text)) + "$")
            for text in texts(phrases()["questions"])]


def test_every_question_about_an_ambiguous_input_is_a_phrase_filled_in() -> None:
    from tests.parse.test_asks import CASES

    patterns = _question_patterns()
    assert all(parse(text).ambiguities for text in AMBIGUOUS_ASKS), "each ask above raises a question"
    asked = [a.question for text in [*AMBIGUOUS_ASKS, *(c["text"] for c in CASES)] for a in parse(text).ambiguities]
    unmatched = [q for q in asked if not any(p.match(q) for p in patterns)]
    assert not unmatched, f"questions not written in phrases.yaml: {unmatched[:5]}"


def test_a_value_read_twice_is_asked_about_with_its_name_from_the_phrases() -> None:
    found = {a.field: a.question for text in AMBIGUOUS_ASKS[:2] for a in parse(text).ambiguities}
    names = phrases()["questions"]["what"]
    assert found["discount"] == f"Which {names['discount']} should I use? I read 35% and 45%."
    assert found["prefix_tokens"] == f"Which {names['prefix_tokens']} should I use? I read 4,000 and 6,000."
