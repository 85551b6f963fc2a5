"""Markup asks as reps write them (our own sentences, not a scored batch's): the EA discount that brings a markup to
zero ("what EA gets the markup to zero?"), an EA discount said without its percent sign ("EA disc is ten"), and a
hyperscaler spend stated at list price (what they pay after the EA, what direct would cost, the real premium)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from pricing.markup import MarkupRequest, effective_markup, list_spend_split
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1 - 1/1.30 = 23.08%
        ("azure is 30% over direct - what EA zeroes out the markup?", ["*23.08%*"]),
        # 1 - 1/1.40 = 28.57%
        ("how big an EA do they need to bring a 40% bedrock premium down to nothing?", ["*28.57%*"]),
        # 1 - 1/1.18 = 15.25%
        ("vertex lists 18% above direct. which EA discount gets them to zero markup?", ["*15.25%*"]),
        # 1 - 1/1.5 = 33.33%
        ("EA needed to take the markup down to 0 if bedrock is 50% over list", ["*33.33%*"]),
    ],
)
def test_the_ea_discount_that_brings_a_markup_to_zero(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    assert "That assumes no EA discount" not in reply_text(text)


@pytest.mark.parametrize(
    ("text", "ea"),
    [
        ("bedrock roughly 20% above direct and their EA disc is twelve. effective?", Decimal("0.12")),
        ("azure is 25% over list, EA 15. real markup?", Decimal("0.15")),
        ("vertex 20% markup, their EDP of 8 - net?", Decimal("0.08")),
        ("35% list markup; enterprise agreement discount is 17.5", Decimal("0.175")),
    ],
)
def test_an_ea_discount_without_its_percent_sign(text: str, ea: Decimal) -> None:
    assert parse(text).fields.ea_discount == ea


@pytest.mark.parametrize(
    "text",
    [
        "bedrock 30% over direct, EA 2024 renewal coming up. effective markup?",
        "markup 15%, the EA covers 10 teams. effective?",
        "bedrock 30% over direct, their EA of 2 million dollars. effective?",
        "azure 20% over direct, EA 10k seats",
    ],
)
def test_a_number_beside_ea_that_is_not_its_discount(text: str) -> None:
    assert parse(text).fields.ea_discount is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # paid 30,000 x 0.90 = 27,000; direct 30,000 / 1.20 = 25,000; premium 2,000
        ("they'd run $30k a month on bedrock at list, 20% over direct, EA 10%. what's the premium really?",
         ["*$27,000.00* a month", "*$25,000.00* a month", "*$2,000.00* a month over direct"]),
        # paid 50,000 x 0.85 = 42,500; direct 50,000 / 1.25 = 40,000; premium 2,500
        ("Their Azure OpenAI bill would be $50,000/mo at list price; azure is 25% above direct and EA is 15%. "
         "true premium over direct?", ["*$42,500.00*", "*$40,000.00*", "*$2,500.00*"]),
        # paid 22,000 x 0.80 = 17,600; direct 22,000 / 1.10 = 20,000: 2,400 less than direct
        ("vertex spend is $22k a month at list rates, list is 10% over direct, EA 20%. are they paying a premium?",
         ["*$17,600.00*", "*$20,000.00*", "*$2,400.00* a month less than direct"]),
    ],
)
def test_a_spend_at_list_price_split_into_paid_direct_and_premium(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_list_spend_split() -> None:
    markup = effective_markup(MarkupRequest(list_markup=Decimal("0.28"), ea_discount=Decimal("0.14")))
    split = list_spend_split(Decimal(42_240), markup)
    assert (split.paid, split.direct, split.premium) == (Decimal("36326.40"), Decimal(33_000), Decimal("3326.40"))
    # the premium is the effective markup on the direct cost
    assert split.premium == split.direct * markup.effective_markup
