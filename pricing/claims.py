"""Whether a figure a rep claims ("they'd save $2k, right?") is the one worked out."""

from __future__ import annotations

from decimal import Decimal

#: A claimed figure holds within this share of the worked one: "$2.5k" for $2,500.00, "$0.018" for $0.0180.
CLAIM_TOLERANCE = Decimal("0.01")


def claim_holds(claimed: Decimal, actual: Decimal) -> bool:
    """The claim is within 1% of the figure worked out (a claim of zero holds only for zero)."""
    return abs(actual - claimed) <= abs(actual) * CLAIM_TOLERANCE


def matching_figure(claimed: Decimal, figures: list[tuple[str, Decimal]]) -> tuple[str, Decimal] | None:
    """The worked figure (name, value) a claimed amount is, within :data:`CLAIM_TOLERANCE` (the nearest one when
    several are), or None when it is none of them ("I get $32/day": the day's total)."""
    holding = [(name, value) for name, value in figures if claim_holds(claimed, value)]
    return min(holding, key=lambda f: abs(f[1] - claimed)) if holding else None
