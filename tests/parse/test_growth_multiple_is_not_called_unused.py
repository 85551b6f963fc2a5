"""A quote asked again at a multiple of its volume or of one side's tokens ("and at 3x the volume?", "what if output
grows 2.5x?") prices the multiple; the reply must not then list that same multiple under "Not used in these figures",
which tells the rep the growth was ignored (our own sentences). A multiple that nothing priced is still listed."""

from __future__ import annotations

import pytest

from bot import router


def _text(ask: str) -> str:
    return router.answer(ask, rate_cards={}).text


@pytest.mark.parametrize(
    ("ask", "priced", "multiple"),
    [
        ("gpt-4o, 10k calls a day, 3k in 1k out. and at 3x the volume?", "With the volume × 3", "3x"),
        ("gpt-4o, 20k requests/day at 1.5k input and 400 output. volume grows 2x next quarter, cost?",
         "With the volume × 2", "2x"),
        ("gpt-4o, base was 3M in 1M out. what about 4x the volume?", "With the volume × 4", "4x"),
        ("gpt-4o, 10k calls a day, 3k in 1k out. what if output grows 2.5x?", "With output tokens × 2.5", "2.5x"),
    ],
)
def test_the_multiple_priced_is_not_reported_unused(ask: str, priced: str, multiple: str) -> None:
    reply = _text(ask)
    assert priced in reply
    assert f"“{multiple}”" not in reply


def test_a_multiple_nothing_priced_is_still_reported_unused() -> None:
    reply = _text("gpt-4o, 10k calls a day, 3k in 1k out, 3x")
    assert "Not used in these figures: “3x”" in reply
