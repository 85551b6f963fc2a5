"""The hyperscaler markup answer."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field

from bot.answer import AnswerBase
from bot.parse.models import new_list
from pricing.hyperscaler import ListPriceComparison
from pricing.markup import Benefit, DirectEquivalent, ListSpend, MarkupResult
from pricing.per_token import CostSplit


class TokenBill(BaseModel):
    """One side's tokens at its direct rate, and the same on the hyperscaler at the effective markup."""

    side: str
    tokens: Decimal
    rate: Decimal
    period: str | None  # the period the tokens were stated over; None for a bare count
    direct: Decimal
    hosted: Decimal
    premium: Decimal


class MarkupAnswer(AnswerBase):
    kind: Literal["markup"] = "markup"
    markup: MarkupResult | None = None
    #: "... is a 15% effective markup, right?": (the effective markup claimed, whether it holds).
    markup_check: tuple[Decimal, bool] | None = None
    #: "on our $100k of usage we're paying $25k extra": (usage, what the effective markup adds to it, the premium
    #: claimed, whether the claim holds).
    base_premium: tuple[Decimal, Decimal, Decimal | None, bool] | None = None
    #: The effective markup at each further EA discount the ask compares ("from 10% to 20%").
    other_ea: list[MarkupResult] = Field(default_factory=new_list)
    list_prices: ListPriceComparison | None = None
    benefits: tuple[Benefit, ...] = ()
    #: (direct fee per call, the same call on the hyperscaler at the effective markup) when a per-call fee was given.
    call_fee: tuple[Decimal, Decimal] | None = None
    #: (direct spend, the same on the hyperscaler, period) when a direct spend was given.
    spend: tuple[Decimal, Decimal, str] | None = None
    #: That direct spend at the hyperscaler's list price, before the EA discount (when there is one).
    spend_at_list: Decimal | None = None
    #: What the markup adds to that direct spend over the same period (negative: the hyperscaler costs less).
    spend_premium: Decimal | None = None
    #: A direct spend stated per hour, day or week, over a 730-hour month: (direct, on the hyperscaler, premium).
    spend_month: tuple[Decimal, Decimal, Decimal] | None = None
    #: That direct spend over each quarter or year asked for: (period, hours, direct, on the hyperscaler, premium).
    spend_periods: list[tuple[str, Decimal, Decimal, Decimal, Decimal]] = Field(default_factory=new_list)
    #: Tokens stated with direct rates: each side's bill direct and on the hyperscaler.
    token_bills: list[TokenBill] = Field(default_factory=new_list)
    #: A spend on the hyperscaler and what the same tokens cost direct, with the period it was stated over.
    hosted_spend: DirectEquivalent | None = None
    hosted_spend_period: str | None = None
    #: That hyperscaler spend over each quarter or year asked for: (period, hours, the split over that period).
    hosted_periods: list[tuple[str, Decimal, DirectEquivalent]] = Field(default_factory=new_list)
    #: A spend on the hyperscaler at list price: what they pay after the EA discount, direct, and the premium.
    list_spend: ListSpend | None = None
    #: (side, direct rate, effective rate) for direct rates given with the markup.
    effective_rates: list[tuple[str, Decimal, Decimal]] = Field(default_factory=new_list)
    #: The list markup read from a hyperscaler rate and a direct rate: (hyperscaler rate, direct rate, markup).
    from_prices: tuple[Decimal, Decimal, Decimal] | None = None
    #: The same read from the output rates, when both sides were given: (hyperscaler rate, direct rate, markup).
    from_prices_output: tuple[Decimal, Decimal, Decimal] | None = None
    #: Two bills for the same tokens before any EA discount, at the hyperscaler's list price and direct: (list bill,
    #: direct bill, the list markup, their period).
    from_list_spends: tuple[Decimal, Decimal, Decimal, str] | None = None
    #: "direct is 20% cheaper than Azure": (how much cheaper direct is, the list markup that makes).
    from_direct_saving: tuple[Decimal, Decimal] | None = None
    #: "what EA discount cancels the markup?": the discount that brings the price back to direct.
    offsetting_ea: Decimal | None = None
    #: "paying 15% over direct after the EA, list markup 25%: what EA does that imply?": (effective, implied EA).
    implied_ea: tuple[Decimal, Decimal] | None = None
    #: "what EA would they need to get it down to 5%?": (the effective markup wanted, the EA discount it needs).
    needed_ea: tuple[Decimal, Decimal] | None = None
    #: A hyperscaler rate said as what they pay after the EA ("pays $3.24/M after their EA; direct $3.00"): (rate
    #: paid, direct rate, the effective markup it is).
    paid_after_ea: tuple[Decimal, Decimal, Decimal] | None = None
    #: Two bills for the same tokens, on the hyperscaler (after any EA discount) and direct: (hyperscaler bill, direct
    #: bill, the effective markup paid, their period, the difference).
    paid_spends: tuple[Decimal, Decimal, Decimal, str, Decimal] | None = None

    @property
    def bills_only(self) -> bool:
        """The effective markup is read from two bills alone, with no list markup or EA discount said beside them."""
        fields = self.ask.fields
        return self.paid_spends is not None and fields.markup is None and fields.ea_discount is None

    @property
    def paid_markup(self) -> Decimal | None:
        """The effective markup read from what is paid, by rate or by bill."""
        paid = self.paid_after_ea or self.paid_spends
        return None if paid is None else paid[2]

    #: "an effective 10% over direct with a 12% EA: what list markup?": the list markup that EA discount implies.
    implied_list_markup: Decimal | None = None
    #: "how much markup can a 30% EA discount absorb?": the largest list markup it brings back to direct.
    absorbed_markup: Decimal | None = None
    #: The effective markup at each further list markup the ask compares ("15-40% over direct, at each end").
    other_markups: list[MarkupResult] = Field(default_factory=new_list)
    #: With both sides' tokens over one period: (direct input + output, the same on the hyperscaler, period).
    token_totals: tuple[CostSplit, CostSplit, str | None] | None = None
    #: One call's tokens at the direct rates, and on the hyperscaler at the effective markup.
    call_totals: tuple[CostSplit, CostSplit] | None = None

    def result(self) -> Any:
        if self.markup is None and self.absorbed_markup is not None:
            return {"absorbed_markup": self.absorbed_markup}
        return self.markup
