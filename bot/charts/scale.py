"""Round axis limits: the next 1, 2, 2.5 or 5 × 10^k at or above a value."""

from __future__ import annotations

from decimal import Decimal

_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))


def nice_ceiling(value: Decimal) -> Decimal:
    """The smallest of 1, 2, 2.5, 5 × 10^k that is at least ``value`` (``value`` > 0)."""
    if value <= 0:
        raise ValueError(f"nice_ceiling needs a positive value, got {value}")
    power = Decimal(10) ** value.adjusted()
    for step in _STEPS:
        candidate = step * power
        if candidate >= value:
            return candidate.normalize() if candidate != candidate.to_integral_value() else candidate.quantize(1)
    raise AssertionError("unreachable: 10 × 10^k is always at least the value")
