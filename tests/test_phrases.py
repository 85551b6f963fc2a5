"""The examples pricebot offers (bot/phrases.yaml) are asks it understands as what they illustrate."""

from __future__ import annotations

import pytest

from bot import router
from bot.phrases import phrases

KINDS = [kind for kind in phrases()["examples"] if kind != "help"]


@pytest.mark.parametrize("kind", KINDS)
def test_each_kinds_example_is_one_ask_answered_as_that_kind(kind: str) -> None:
    examples = phrases()["examples"][kind]
    assert len(examples) == 1, "one example per kind (a comma inside an unquoted YAML list splits it)"
    assert router.answer(examples[0]).intent == kind
