"""Domain errors: callers catch exactly one type, :class:`PricingError`."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal
from typing import Literal

Unit = Literal["percent", "tokens", "count", "usd", "usd_per_mtok", "ratio", "minutes", "hours", "plain"]


# Exact for any number a message can hold (1e999999999, 29 digits): an error names the value that was typed.
_EXACT = Context(prec=100, Emax=MAX_EMAX, Emin=MIN_EMIN)
_PLAIN_DIGITS = 30  # beyond this many digits before or after the point, scientific notation (1E+999999999)


def format_quantity(value: Decimal, unit: Unit) -> str:
    """Render a number the way the error message shows it (fractions as percentages)."""
    if unit == "percent":
        return f"{_plain(_EXACT.scaleb(value, 2))}%"
    if unit in ("tokens", "count"):
        return _grouped(value)
    if unit == "usd":
        return f"${_grouped(value)}"
    if unit == "usd_per_mtok":
        return f"${_grouped(value)}/MTok"
    if unit == "minutes":
        return f"{_plain(value)} min"
    if unit == "hours":
        return f"{_plain(value)} h"
    if unit == "ratio":
        return f"{_grouped(value)}:1"
    return _plain(value)


def _plain(value: Decimal, spec: str = "f") -> str:
    if not value.is_finite():
        return str(value)
    value = _EXACT.normalize(value)
    if abs(value.adjusted()) > _PLAIN_DIGITS:
        return format(value, "E")
    return format(value, spec)


def _grouped(value: Decimal) -> str:
    return _plain(value, ",f")


class PricingError(ValueError):
    """Base of every error the pricing engine raises on bad input or unknown data."""


class OutOfRangeError(PricingError):
    """A number outside what the engine accepts; the message names field, value and allowed range."""

    def __init__(self, field: str, value: Decimal, allowed: str, unit: Unit = "plain") -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        self.unit: Unit = unit
        label = field.replace("_", " ")
        super().__init__(f"{label} {format_quantity(value, unit)} is out of range: allowed {allowed}")


class InvalidInputError(PricingError):
    """Input that is not a usable number or is missing (not a range problem)."""

    def __init__(self, field: str, value: object, problem: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        label = field.replace("_", " ") or "input"
        shown = value if isinstance(value, Decimal | int) else repr(value)
        super().__init__(f"{label} {shown}: {problem}")


class MissingRateError(PricingError):
    """A calculation needs a rate the rate card does not have (e.g. no cache-read price)."""

    def __init__(self, rate: str, source: str) -> None:
        self.rate = rate
        self.source = source
        super().__init__(f"no {rate.replace('_', ' ')} rate in {source}; give it explicitly")


class UnknownModelError(PricingError):
    """No catalog entry matches the model (and provider); carries "did you mean" choices."""

    def __init__(self, model: str, provider: str | None, suggestions: Sequence[str]) -> None:
        self.model = model
        self.provider = provider
        self.suggestions = tuple(suggestions)
        where = f" at {provider}" if provider else ""
        hint = f"; did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"unknown model {model!r}{where} in the price catalog{hint}")


class UnknownProviderError(PricingError):
    """A provider name the catalog does not know."""

    def __init__(self, provider: str, known: Sequence[str]) -> None:
        self.provider = provider
        self.known = tuple(known)
        super().__init__(f"unknown provider {provider!r}; known: {', '.join(self.known)}")


class NoCatalogRowError(PricingError):
    """The catalog has the model but not the row asked for (a service tier or a region): say so, never guess."""

    def __init__(self, row: str, model: str, provider: str, offered: Sequence[str]) -> None:
        self.row = row
        self.model = model
        self.provider = provider
        self.offered = tuple(offered)
        has = f"; it has: {', '.join(self.offered)}" if self.offered else ""
        super().__init__(f"the price catalog has no {row} row for {model} at {provider}{has}")
