"""An EA discount whose label an aside splits from its figure ("their EA discount (the EDP) is 12%"), even when it
equals the markup, and a direct spend taken to the hyperscaler's list price before the EA discount takes its cut
(our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "markup", "ea", "figure"),
    [
        # (1 + 12%) × (1 − 12%) − 1 = −1.44%
        ("Azure lists this model about 12% over OpenAI direct, and their enterprise agreement (the MACC) is 12%. Are "
         "they paying more or less than direct?", "0.12", "0.12", "*1.44% below*"),
        # (1 + 18%) × (1 − 10%) − 1 = 6.2%
        ("Vertex runs 18% above Google's direct price; their EA discount (per the renewal) is 10%. effective markup?",
         "0.18", "0.1", "*6.2%*"),
    ],
)
def test_an_ea_discount_after_an_aside_is_read(text: str, markup: str, ea: str, figure: str) -> None:
    fields = parse(text).fields
    assert (fields.markup, fields.ea_discount) == (Decimal(markup), Decimal(ea))
    assert_figures(text, [figure])


def test_a_direct_spend_at_list_then_after_the_ea() -> None:
    # $25,000 × (1 + 30%) = $32,500 at list; × (1 − 20%) = $26,000, which is $25,000 × (1 + 4%)
    text = ("Direct would be $25,000 a month. The hyperscaler lists 30% above direct and their EA takes 20% off. What "
            "will the hyperscaler bill be?")
    assert_figures(text, ["$25,000.00 a month direct × (1 + 30%) = *$32,500.00* a month",
                          "$32,500.00 × (1 − 20%) = $26,000.00", "*$26,000.00* a month"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $2.90 ÷ $2.50 − 1 = 16%; (1 + 16%) × (1 − 5%) − 1 = 10.2%; $2.50 × 1.102 = $2.755
        ("OpenAI direct rate is $2.50 per million; the Azure price is $2.90. EA 5%. markup?",
         ["$2.90/1M ÷ $2.50/1M direct − 1 = *16%*", "*10.2%*", "*$2.755/1M*"]),
        # $18 ÷ $15 − 1 = 20%; (1 + 20%) × (1 − 12%) − 1 = 5.6%; $15 × 1.056 = $15.84
        ("Anthropic direct is $15/M input, Bedrock's list price is $18. their EDP is 12%. what do they really pay per "
         "million?", ["$18.00/1M ÷ $15.00/1M direct − 1 = *20%*", "*5.6%*", "*$15.84/1M*"]),
    ],
)
def test_a_hyperscaler_list_rate_beside_a_direct_rate_gives_the_markup(text: str, figures: list[str]) -> None:
    assert parse(text).unused == []
    assert_figures(text, figures)
