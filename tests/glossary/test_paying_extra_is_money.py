"""The paying-extra framing is about money: more time, effort or attention on a cloud, or a product tier named premium,
is not the markup; the same sentence about money still is."""

from __future__ import annotations

import pytest

import glossary

RULE = "paying-extra-for-azure"


def _flagged(text: str) -> bool:
    return RULE in {flag.rule for flag in glossary.lint(text)}


@pytest.mark.parametrize("text", [
    "Azure will cost more engineering time to set up.",
    "Going through Bedrock will cost them more setup work than direct.",
    "On Vertex they'll spend more time on quota requests.",
    "With Bedrock, they'll pay more attention to the SLA terms.",
    "Azure's gonna cost us more headaches with the private endpoints.",
    "Azure has the security premium SKU they asked about.",
    "Bedrock puts the compliance premium tier in their region.",
])
def test_more_of_something_that_is_not_money_or_a_premium_product_stays_quiet(text: str) -> None:
    assert not _flagged(text), text


@pytest.mark.parametrize("text", [
    "Azure's gonna cost them more than direct.",
    "On Azure they'll pay more than going direct.",
    "Azure costs them more time and money.",
    "Going through Azure will run them ~20% more.",
    "Bedrock being pricier than direct is the FedRAMP tax.",
    "Azure will cost them a bit more, that's the deal.",
])
def test_the_markup_said_of_money_is_still_flagged(text: str) -> None:
    assert _flagged(text), text
