"""A cache rewritten on a schedule: writes a day over the hours it is kept, and the inputs refused by name; a blended
rate over a million tokens."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.caching import writes_at_random, writes_every
from pricing.errors import InvalidInputError, OutOfRangeError
from pricing.per_token import blended_rate
from pricing.rates import Rates


@pytest.mark.parametrize(
    ("minutes", "hours", "writes"),
    [(Decimal(5), Decimal(24), Decimal(288)), (Decimal(5), Decimal(10), Decimal(120)),
     (Decimal("0.5"), Decimal(24), Decimal(2880)), (Decimal(60), Decimal(1), Decimal(1)),
     (Decimal(7), Decimal(24), Decimal(1440) / 7)],
)
def test_writes_a_day_are_the_active_minutes_over_the_interval(minutes: Decimal, hours: Decimal,
                                                               writes: Decimal) -> None:
    assert writes_every(minutes, hours) == writes


def test_writes_every_defaults_to_round_the_clock() -> None:
    assert writes_every(Decimal(5)) == 288


@pytest.mark.parametrize(("minutes", "hours", "field", "allowed"),
                         [(Decimal(0), Decimal(24), "write_every_minutes", "above 0"),
                          (Decimal(-5), Decimal(24), "write_every_minutes", "above 0"),
                          (Decimal(5), Decimal(0), "active_hours", "at most 24"),
                          (Decimal(5), Decimal("24.5"), "active_hours", "at most 24")])
def test_a_schedule_out_of_range_is_refused_naming_the_field_and_what_it_takes(minutes: Decimal, hours: Decimal,
                                                                                field: str, allowed: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        writes_every(minutes, hours)
    assert caught.value.field == field and caught.value.value in (minutes, hours)
    assert allowed in str(caught.value)


@pytest.mark.parametrize("calls", [Decimal(-1), Decimal("1e11"), Decimal("NaN")])
def test_calls_at_random_out_of_range_are_refused_naming_the_calls(calls: Decimal) -> None:
    with pytest.raises((InvalidInputError, OutOfRangeError)) as caught:
        writes_at_random(calls, Decimal(5))
    assert caught.value.field == "calls_per_day"
    assert str(caught.value).startswith("calls per day ")


def test_a_blend_of_exactly_one_million_tokens_has_a_rate() -> None:
    rates = Rates(input=Decimal(3), output=Decimal(15), source="the message")
    blend = blended_rate(rates, Decimal("0.75"), Decimal("0.25"))  # in MTok
    assert blend is not None and blend.rate == Decimal(6) and blend.input_share == Decimal("0.75")
    assert blended_rate(rates, Decimal(0), Decimal(0)) is None
