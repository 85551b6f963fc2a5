"""What-ifs on a per-token quote (our own sentences, not a scored batch's): one count said as a change ("from 2k to
6k in") is priced before and after with the change between them, and a volume that doubles, triples or grows by a
share is priced at the new volume beside today's."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import parse


def _text(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2k × $3 + 500 × $15 = $0.0135 × 20k = $270 a day → $8,212.50 a month; 6k × $3 + 500 × $15 = $0.0255 → $510
        # a day → $15,512.50; change $7,300.00 a month
        ("prompts go from 2k to 6k in, 500 out, 20k calls a day at $3/$15. monthly bill change?",
         ["$8,212.50", "$15,512.50", "$7,300.00"]),
        # 40k calls × (1k × $1 + 200 × $4)/1M = $72 a day → $2,190.00; with 500 out: $120 a day → $3,650.00; +$1,460
        ("40k calls a day, 1k in, $1/$4 per M. if output grows from 200 to 500 tokens what's the monthly impact?",
         ["$2,190.00", "$3,650.00", "$1,460.00"]),
    ],
)
def test_a_count_said_as_a_change_is_priced_before_and_after(text: str, figures: list[str]) -> None:
    assert not parse(text).ambiguities  # not a choice between two values to ask about
    reply = _text(text)
    assert "Before the change" in reply
    for figure in figures:
        assert figure in reply, reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 50M × $2 + 10M × $8 = $180 a month; tripled $540.00, change $360.00
        ("they push 50M input and 10M output a month at $2/$8. what if traffic triples?", ["$540.00", "$360.00"]),
        # 2k × $3 + 500 × $15 = $0.0135 × 10k = $135 a day → $4,106.25 a month; × 1.5 = $6,159.38; change $2,053.13
        ("2k in / 500 out at $3/$15, 10k calls a day. what if usage grows 50%?", ["$6,159.38", "$2,053.13"]),
    ],
)
def test_a_volume_that_grows_is_priced_at_the_new_volume(text: str, figures: list[str]) -> None:
    reply = _text(text)
    assert "With the volume ×" in reply
    for figure in figures:
        assert figure in reply, reply
