"""Bounds, their messages, and pydantic's errors turned into the engine's own."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from pricing import CommitmentRequest, InvalidInputError, PricingError
from pricing.validation import DISCOUNT, MARKUP, Bound, check


@pytest.mark.parametrize(
    ("bound", "allowed"),
    [
        (DISCOUNT, "0% to <100%"),
        (MARKUP, ">-100% to 1000%"),
        (Bound(Decimal(0), None, "tokens"), "0 or more"),
        (Bound(Decimal(0), None, "count", low_open=True), ">0"),
        (Bound(None, Decimal(5_000), "tokens"), "up to 5,000"),
        (Bound(None, Decimal(1), "percent", high_open=True), "up to <100%"),
        (Bound(None, None, "plain"), "any number"),
    ],
)
def test_the_allowed_range_as_messages_state_it(bound: Bound, allowed: str) -> None:
    assert bound.allowed() == allowed


def test_a_value_that_is_no_number_names_the_field_and_pydantics_reason() -> None:
    with pytest.raises(InvalidInputError) as info:
        CommitmentRequest(hourly_load=(Decimal(1), "lots"), discount=Decimal("0.4"))
    assert (info.value.field, info.value.value) == ("hourly_load.1", "lots")
    assert info.value.problem == "input should be a valid decimal"


def test_model_validate_reads_attributes_and_refuses_with_the_engines_error() -> None:
    row = SimpleNamespace(hourly_load=(Decimal(2),), discount=Decimal("0.3"), on_demand_price_per_unit_hour=1)
    assert CommitmentRequest.model_validate(row, from_attributes=True).hourly_load == (Decimal(2),)
    with pytest.raises(PricingError, match="should be a valid dictionary or instance of commitmentrequest"):
        CommitmentRequest.model_validate(row)
    with pytest.raises(InvalidInputError, match="note 'x': extra inputs are not permitted"):
        CommitmentRequest.model_validate({"hourly_load": (Decimal(1),), "discount": Decimal("0.4"), "note": "x"})


def test_a_bare_number_is_checked_as_typed() -> None:
    assert str(check(DISCOUNT, Decimal("0.40"), "discount")) == "0.40"  # digits kept as typed
    assert check(DISCOUNT, 0.4, "discount") == Decimal("0.4")  # a float as it reads, not 0.40000000000000002
    with pytest.raises(InvalidInputError, match=r"^discount 'forty': not a number$"):
        check(DISCOUNT, "forty", "discount")
