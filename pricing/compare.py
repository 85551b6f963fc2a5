"""Side-by-side: one workload priced on several models or providers, cheapest first.

Each row is the per-token arithmetic of :mod:`pricing.per_token` on that row's own rates (input and output
kept apart), per call, per day and per 730-hour month. At most :data:`MAX_ROWS` rows: more raises
:class:`TooManyRowsError`, which names them so the caller can ask which to keep.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pricing.errors import InvalidInputError, PricingError
from pricing.per_token import CostSplit, PerTokenQuote, PerTokenRequest, quote_per_token
from pricing.rates import Rates
from pricing.units import MONTH_HOURS
from pricing.validation import CallsPerDay, PricingModel, Tokens

MAX_ROWS = 6


class TooManyRowsError(PricingError):
    """More candidates than a readable table holds."""

    def __init__(self, labels: list[str]) -> None:
        self.labels = tuple(labels)
        super().__init__(
            f"{len(labels)} rows to compare ({', '.join(labels)}); at most {MAX_ROWS} fit in one table: "
            "which should I keep?"
        )


class Candidate(PricingModel):
    """One row to price: a label people read ("sonnet 4.5 at aws") and its rates."""

    label: str
    rates: Rates


class ComparisonRequest(PricingModel):
    """Tokens per call with a call volume (``tokens_per="call"``), or daily totals (``tokens_per="day"``)."""

    candidates: tuple[Candidate, ...]
    input_tokens: Tokens
    output_tokens: Tokens
    calls_per_day: CallsPerDay | None = None
    tokens_per: Literal["call", "day"] = "call"


class ComparisonRow(PricingModel):
    label: str
    rates: Rates
    per_call: CostSplit | None
    per_day: CostSplit
    per_month: CostSplit
    over_cheapest_per_day: Decimal  # USD a day more than the first row
    over_cheapest_ratio: Decimal | None  # this row's daily cost ÷ the cheapest's (None when that is $0)


class Comparison(PricingModel):
    rows: tuple[ComparisonRow, ...]  # cheapest first (ties keep the asked order)
    input_tokens_per_day: Decimal
    output_tokens_per_day: Decimal
    input_tokens_per_call: Decimal | None
    output_tokens_per_call: Decimal | None
    calls_per_day: Decimal | None
    month_hours: int = MONTH_HOURS


def compare(request: ComparisonRequest) -> Comparison:
    """Price the same workload on every candidate and sort cheapest first by daily total."""
    if not request.candidates:
        raise InvalidInputError("candidates", "none", "nothing to compare")
    if len(request.candidates) > MAX_ROWS:
        raise TooManyRowsError([c.label for c in request.candidates])
    if request.tokens_per == "call" and request.calls_per_day is None:
        raise InvalidInputError("calls_per_day", None, "a call volume is needed with tokens per call")
    quotes = [
        (candidate, quote_per_token(PerTokenRequest(
            rates=candidate.rates, input_tokens=request.input_tokens, output_tokens=request.output_tokens,
            calls_per_day=request.calls_per_day, tokens_per=request.tokens_per,
        )))
        for candidate in request.candidates
    ]
    quotes.sort(key=lambda pair: _daily(pair[1]).total)
    cheapest = _daily(quotes[0][1]).total
    rows = tuple(
        ComparisonRow(
            label=c.label, rates=c.rates, per_call=q.per_call, per_day=_daily(q), per_month=_monthly(q),
            over_cheapest_per_day=_daily(q).total - cheapest,
            over_cheapest_ratio=_daily(q).total / cheapest if cheapest else None,
        )
        for c, q in quotes
    )
    volume = quotes[0][1]  # the same workload on every row
    assert volume.input_tokens_per_day is not None and volume.output_tokens_per_day is not None
    return Comparison(
        rows=rows, input_tokens_per_day=volume.input_tokens_per_day, output_tokens_per_day=volume.output_tokens_per_day,
        input_tokens_per_call=volume.input_tokens_per_call, output_tokens_per_call=volume.output_tokens_per_call,
        calls_per_day=request.calls_per_day,
    )


def _daily(quote: PerTokenQuote) -> CostSplit:
    assert quote.per_day is not None  # a quote with a call volume, or of daily totals, has its day
    return quote.per_day


def _monthly(quote: PerTokenQuote) -> CostSplit:
    assert quote.per_month is not None
    return quote.per_month
