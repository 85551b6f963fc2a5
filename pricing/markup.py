"""Hyperscaler markup: effective markup after an Enterprise Agreement discount, and what it buys."""

from __future__ import annotations

from decimal import Decimal

from pricing.errors import InvalidInputError, OutOfRangeError, format_quantity
from pricing.validation import DISCOUNT, MARKUP, ONE, RATE, SPEND, Discount, Markup, PricingModel, check


class Benefit(PricingModel):
    """One thing the hyperscaler tier provides that direct API access may not."""

    key: str
    label: str
    detail: str


WHAT_THE_MARKUP_BUYS: tuple[Benefit, ...] = (
    Benefit(key="fedramp", label="FedRAMP authorization",
            detail="usable inside a FedRAMP-authorized environment, which federal agencies require"),
    Benefit(key="data_residency", label="Data residency controls",
            detail="choice of the region where prompts and outputs are processed and stored"),
    Benefit(key="private_networking", label="Private networking",
            detail="VNet / VPC integration and private endpoints instead of the public internet"),
    Benefit(key="existing_billing", label="Existing enterprise billing",
            detail="spend lands on the cloud contract the buyer already has, counting toward its commitments"),
    Benefit(key="sla", label="SLA commitments",
            detail="contractual availability terms that direct API access may not provide"),
)


class MarkupRequest(PricingModel):
    """List markup over direct rates and the buyer's EA discount, both fractions."""

    list_markup: Markup
    ea_discount: Discount = Decimal(0)


class MarkupResult(PricingModel):
    """effective = (1 + list markup) × (1 − EA discount) − 1; negative means below direct list price."""

    list_markup: Decimal
    ea_discount: Decimal
    effective_markup: Decimal
    what_it_buys: tuple[Benefit, ...] = WHAT_THE_MARKUP_BUYS


_PLACES = Decimal("1e-12")


def effective_markup(request: MarkupRequest) -> MarkupResult:
    """The markup the buyer actually pays once the EA discount applies to the hyperscaler price."""
    # Kept to 12 decimal places: a share read from a fraction ("a sixth off") is exact only to about that, so a markup
    # the EA discount cancels comes out at 0, not at -0.00000000004%.
    effective = ((ONE + request.list_markup) * (ONE - request.ea_discount) - ONE).quantize(_PLACES) + 0
    return MarkupResult(list_markup=request.list_markup, ea_discount=request.ea_discount, effective_markup=effective)


def ea_discount_to_offset(list_markup: Decimal) -> Decimal:
    """The EA discount that brings the hyperscaler price back to the direct list price:
    (1 + markup) × (1 − e) = 1 at e = 1 − 1 ÷ (1 + markup)."""
    markup = check(MARKUP, list_markup, "markup")
    return ONE - ONE / (ONE + markup)


def ea_discount_implied(list_markup: Decimal, effective: Decimal) -> Decimal:
    """The EA discount that takes a list markup to an effective one: (1 + markup) × (1 − e) = 1 + effective at
    e = 1 − (1 + effective) ÷ (1 + markup) (a 25% list markup paid as 15% implies an 8% EA discount). Range-checked as
    an EA discount, so an effective markup above the list markup is refused."""
    markup = check(MARKUP, list_markup, "markup")
    if effective > markup:
        raise InvalidInputError("effective_markup", format_quantity(effective, "percent"),
                                f"above the {format_quantity(markup, 'percent')} list markup, which no EA discount "
                                "raises; allowed: from -100% up to the list markup")
    return check(DISCOUNT, ONE - (ONE + effective) / (ONE + markup), "ea_discount")


def list_markup_implied(effective: Decimal, ea_discount: Decimal) -> Decimal:
    """The list markup an effective markup paid after an EA discount implies: (1 + m) × (1 − e) = 1 + effective at
    m = (1 + effective) ÷ (1 − e) − 1 (10% over direct after a 12% EA discount is a 25% list markup)."""
    ea = MarkupRequest(list_markup=Decimal(0), ea_discount=ea_discount).ea_discount  # validated: 0 <= e < 100%
    return check(MARKUP, (ONE + effective) / (ONE - ea) - ONE, "markup")


def markup_absorbed(ea_discount: Decimal) -> Decimal:
    """The largest list markup an EA discount cancels, so the hyperscaler costs no more than direct:
    (1 + m) × (1 − e) = 1 at m = 1 ÷ (1 − e) − 1 (a 30% EA discount absorbs a 42.9% markup)."""
    ea = MarkupRequest(list_markup=Decimal(0), ea_discount=ea_discount).ea_discount  # validated: 0 <= e < 100%
    return ONE / (ONE - ea) - ONE


def markup_from_direct_saving(saving: Decimal) -> Decimal:
    """The list markup when direct is ``saving`` cheaper than the hyperscaler: direct = (1 − s) × hyperscaler, so the
    hyperscaler = direct ÷ (1 − s) and the markup is 1 ÷ (1 − s) − 1 (direct 20% cheaper is a 25% markup)."""
    return markup_absorbed(saving)  # the same arithmetic: the markup a cut of that size cancels


def markup_from_prices(hyperscaler_rate: Decimal, direct_rate: Decimal) -> Decimal:
    """The list markup a hyperscaler's rate carries over the direct rate for the same tokens: rate ÷ direct − 1."""
    direct = check(RATE, direct_rate, "direct_rate")
    if direct == 0:
        raise OutOfRangeError("direct_rate", direct, "more than $0/MTok", "usd_per_mtok")
    return check(RATE, hyperscaler_rate, "input_rate") / direct - ONE


def markup_from_spends(hyperscaler_spend: Decimal, direct_spend: Decimal) -> Decimal:
    """The effective markup two bills for the same tokens show: the hyperscaler's (after any EA discount) ÷ the
    direct one − 1 ($13,340 against $11,600 direct is 15%)."""
    direct = check(SPEND, direct_spend, "direct_spend")
    if direct == 0:
        raise OutOfRangeError("direct_spend", direct, "more than $0", "usd")
    return check(SPEND, hyperscaler_spend, "hyperscaler_spend") / direct - ONE


class DirectEquivalent(PricingModel):
    """A spend on the hyperscaler split into what the same tokens cost direct and what the markup adds."""

    hyperscaler: Decimal
    direct: Decimal
    premium: Decimal


def direct_equivalent(hyperscaler_spend: Decimal, markup: MarkupResult) -> DirectEquivalent:
    """What a hyperscaler spend comes to direct at the effective markup: spend ÷ (1 + effective), and the premium."""
    spend = check(SPEND, hyperscaler_spend, "hyperscaler_spend")
    factor = ONE + markup.effective_markup
    if factor <= 0:  # a 100% EA discount: the hyperscaler charges nothing, so there is no direct equivalent
        raise OutOfRangeError("ea_discount", markup.ea_discount, "below 100%", "percent")
    direct = spend / factor
    return DirectEquivalent(hyperscaler=spend, direct=direct, premium=spend - direct)


class ListSpend(PricingModel):
    """A hyperscaler spend stated at list price, split into what the buyer pays after the EA discount, what the same
    tokens cost direct, and the premium left over."""

    at_list: Decimal
    paid: Decimal
    direct: Decimal
    premium: Decimal


def list_spend_split(list_spend: Decimal, markup: MarkupResult) -> ListSpend:
    """A spend at the hyperscaler's list price: paid = list × (1 − EA discount); direct = list ÷ (1 + list markup);
    premium = paid − direct (negative when the EA discount puts them below direct)."""
    spend = check(SPEND, list_spend, "hyperscaler_list_spend")
    paid = spend * (ONE - markup.ea_discount)
    direct = spend / (ONE + markup.list_markup)
    return ListSpend(at_list=spend, paid=paid, direct=direct, premium=paid - direct)


def marked_up(direct: Decimal, markup: MarkupResult) -> Decimal:
    """What a direct price or spend comes to on the hyperscaler at the effective markup: direct × (1 + effective)."""
    return direct * (ONE + markup.effective_markup)


def at_list_price(direct: Decimal, markup: MarkupResult) -> Decimal:
    """What a direct price or spend comes to at the hyperscaler's list price, before any EA discount:
    direct × (1 + list markup); the EA discount then takes it to :func:`marked_up`."""
    return direct * (ONE + markup.list_markup)


def markup_premium(direct: Decimal, markup: MarkupResult) -> Decimal:
    """What the markup adds to a direct price or spend: direct × effective (negative when the hyperscaler costs less;
    marked_up(direct) − direct)."""
    return direct * markup.effective_markup
