"""Bounded number types and the model base that turns pydantic errors into :class:`PricingError`.

Convention: percentages are fractions as ``Decimal`` (``Decimal("0.4")`` is 40%).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError, ValidationInfo

from pricing.errors import InvalidInputError, OutOfRangeError, PricingError, Unit, format_quantity

# Absurdity bounds (stated in pricing/__init__.py and in the error messages).
MAX_TOKENS_PER_CALL = Decimal(10_000_000)  # the largest context windows are ~2M tokens
MAX_TOKENS = Decimal(10) ** 13  # ten trillion tokens a day/month, far above any single deal
MAX_CALLS_PER_DAY = Decimal(10) ** 10
MAX_RATE = Decimal(10_000)  # USD per MTok; the dearest catalog rows are a few hundred
MAX_FEE = Decimal(10_000)  # USD per call
MAX_PAR = Decimal(1_000)


@dataclass(frozen=True, slots=True)
class Bound:
    """An interval with inclusive/exclusive ends, rendered like ``0% to <100%``."""

    low: Decimal | None
    high: Decimal | None
    unit: Unit
    low_open: bool = False
    high_open: bool = False

    def _end(self, value: Decimal, is_open: bool, mark: str) -> str:
        return (mark if is_open else "") + format_quantity(value, self.unit)

    def allowed(self) -> str:
        if self.low is None:
            return "any number" if self.high is None else f"up to {self._end(self.high, self.high_open, '<')}"
        lo = self._end(self.low, self.low_open, ">")
        if self.high is None:
            return lo if self.low_open else f"{lo} or more"
        return f"{lo} to {self._end(self.high, self.high_open, '<')}"

    def contains(self, value: Decimal) -> bool:
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        return not (self.high is not None and (value > self.high or (self.high_open and value == self.high)))

    def check(self, value: Decimal, field: str) -> Decimal:
        if not value.is_finite() or not self.contains(value):
            raise OutOfRangeError(field, value, self.allowed(), self.unit)
        return value


def _validator(bound: Bound) -> AfterValidator:
    def check(value: Decimal, info: ValidationInfo) -> Decimal:
        return bound.check(value, info.field_name or "value")

    return AfterValidator(check)


ZERO = Decimal(0)
ONE = Decimal(1)

DISCOUNT = Bound(ZERO, ONE, "percent", high_open=True)
# Below 0.001% a utilization is a typo, not a plan (1e-24% gave a cost 6e25 times on-demand).
MIN_UTILIZATION = Decimal("0.00001")
UTILIZATION = Bound(MIN_UTILIZATION, ONE, "percent")
SHARE = Bound(ZERO, ONE, "percent")
MARKUP = Bound(-ONE, Decimal(10), "percent", low_open=True)
TOKENS_PER_CALL = Bound(ZERO, MAX_TOKENS_PER_CALL, "tokens")
TOKENS = Bound(ZERO, MAX_TOKENS, "tokens")
CALLS = Bound(ZERO, MAX_CALLS_PER_DAY, "count")
RATE = Bound(ZERO, MAX_RATE, "usd_per_mtok")
FEE = Bound(ZERO, MAX_FEE, "usd")
PAR = Bound(ONE, MAX_PAR, "ratio")
RATE_MULTIPLE = Bound(ZERO, Decimal(100), "plain")  # a cache price as a multiple of the input rate
GROWTH = Bound(ZERO, Decimal(1_000), "plain", low_open=True)
TTL_MINUTES = Bound(ZERO, Decimal(7 * 24 * 60), "minutes", low_open=True)
ACTIVE_HOURS = Bound(ZERO, Decimal(24), "hours", low_open=True)
ACTIVE_DAYS = Bound(ZERO, Decimal(7), "count", low_open=True)
SPAN_DAYS = Bound(ZERO, Decimal(366), "count", low_open=True)  # days a figure is totalled over, up to a year
PERIOD_HOURS = Bound(ZERO, Decimal(8_784), "hours", low_open=True)
UNITS = Bound(ZERO, Decimal(1_000_000), "count", low_open=True)
HEADS = Bound(ZERO, Decimal(10) ** 9, "count", low_open=True)  # seats, users or streams a cost is shared by
UNIT_PRICE = Bound(ZERO, Decimal(1_000_000), "usd")
SPEND = Bound(ZERO, Decimal(10) ** 12, "usd")
THROUGHPUT = Bound(ZERO, Decimal(10) ** 9, "count", low_open=True)
LOAD = Bound(ZERO, Decimal(10) ** 15, "count")
TERM_MONTHS = Bound(ZERO, Decimal(120), "count", low_open=True)  # a contract term, up to ten years

Discount = Annotated[Decimal, _validator(DISCOUNT)]
Utilization = Annotated[Decimal, _validator(UTILIZATION)]
Share = Annotated[Decimal, _validator(SHARE)]
Markup = Annotated[Decimal, _validator(MARKUP)]
TokensPerCall = Annotated[Decimal, _validator(TOKENS_PER_CALL)]
Tokens = Annotated[Decimal, _validator(TOKENS)]
CallsPerDay = Annotated[Decimal, _validator(CALLS)]
Rate = Annotated[Decimal, _validator(RATE)]
Fee = Annotated[Decimal, _validator(FEE)]
PeakToAverage = Annotated[Decimal, _validator(PAR)]
Growth = Annotated[Decimal, _validator(GROWTH)]
TtlMinutes = Annotated[Decimal, _validator(TTL_MINUTES)]
ActiveHours = Annotated[Decimal, _validator(ACTIVE_HOURS)]
ActiveDays = Annotated[Decimal, _validator(ACTIVE_DAYS)]
PeriodHours = Annotated[Decimal, _validator(PERIOD_HOURS)]
Units = Annotated[Decimal, _validator(UNITS)]
UnitPrice = Annotated[Decimal, _validator(UNIT_PRICE)]
Throughput = Annotated[Decimal, _validator(THROUGHPUT)]
Load = Annotated[Decimal, _validator(LOAD)]


def check(bound: Bound, value: Decimal | int | str | float, field: str) -> Decimal:
    """Validate a bare number (for functions that take plain arguments); floats go through ``str`` like
    pydantic does, so 0.4 becomes Decimal("0.4")."""
    try:
        number = Decimal(str(value))  # exact for a Decimal too: str() keeps every digit and the exponent
    except ArithmeticError:
        raise InvalidInputError(field, value, "not a number") from None
    return bound.check(number, field)


def to_pricing_error(exc: ValidationError) -> PricingError:
    """The first problem of a pydantic ValidationError as a domain error."""
    first = exc.errors()[0]
    ctx = first.get("ctx") or {}
    cause = ctx.get("error")
    if isinstance(cause, PricingError):
        return cause
    field = ".".join(str(part) for part in first["loc"])
    return InvalidInputError(field, first["input"], first["msg"].lower())


class PricingModel(BaseModel):
    """Frozen model whose validation failures raise :class:`PricingError`, never ValidationError."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False, defer_build=True)

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise to_pricing_error(exc) from None

    @classmethod
    def model_validate(cls, obj: Any, **options: Any) -> Self:
        """pydantic's ``model_validate`` (options passed on as given), raising :class:`PricingError`. With the
        ``__init__`` above, pydantic validates the data through it: ``from_attributes`` takes effect, while
        ``strict``, ``extra``, ``context`` and the alias options do not reach the fields."""
        try:
            return super().model_validate(obj, **options)
        except ValidationError as exc:
            raise to_pricing_error(exc) from None
