"""The figure a rep asked for is in the reply, with its arithmetic, by class of wording (our own examples, not
sentences from a scored batch): markups written as multiples, fractions or two prices."""

from __future__ import annotations

import pytest

from bot import router


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def _assert_figures(text: str, figures: list[str]) -> None:
    reply = _reply(text)
    missing = [f for f in figures if f not in reply]
    assert not missing, f"{missing} not in:\n{reply}"


# --- a markup as a multiple of direct, a fraction after its label, or two prices ---------------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1.2x = 20% above direct: 1.2 × 0.85 − 1 = 2%
        ("vertex comes in at 1.2x the direct price; their EA takes 15% off. effective uplift?", ["(1 + 20%)", "*2%*"]),
        # 1.5 times list: 1.5 × 0.8 − 1 = 20%
        ("bedrock at 1.5 times list, 20% EA discount - what's the real markup", ["(1 + 50%)", "*20%*"]),
        # fractions after their labels: 1.4 × 0.75 − 1 = 5%
        ("uplift 0.4 and ea 0.25, effective markup?", ["(1 + 40%)", "(1 − 25%)", "*5%*"]),
        # the direct price after its figure: 4.40 ÷ 4 − 1 = 10%; 1.1 × 0.9 − 1 = −1%
        ("google charges $4.40/M input vs $4/M direct, EA discount 10%. effective markup?",
         ["*10%*", "= -1%: *1% below*"]),
        # a plain hyperscaler rate beside "direct $X": 2.40 ÷ 2 − 1 = 20%; 1.2 × 0.95 − 1 = 14%
        ("azure bills $2.40/M vs direct $2/M, 5% EA, effective markup?", ["*20%*", "*14%*"]),
    ],
)
def test_markup_forms(text: str, figures: list[str]) -> None:
    _assert_figures(text, figures)


def test_a_multiple_below_direct_is_not_read_as_a_markup() -> None:
    from bot.parse import parse

    assert parse("azure is 0.9x direct list, 10% EA, effective markup?").fields.markup is None
