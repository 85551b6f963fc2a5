"""Hyperscaler markup after an EA discount, and what the markup buys."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import MarkupRequest, OutOfRangeError, effective_markup


def test_quarter_list_markup_with_fifteen_percent_ea_is_six_and_a_quarter() -> None:
    result = effective_markup(MarkupRequest(list_markup=Decimal("0.25"), ea_discount=Decimal("0.15")))
    assert result.effective_markup == Decimal("0.0625")


def test_large_ea_discount_can_take_price_below_direct() -> None:
    result = effective_markup(MarkupRequest(list_markup=Decimal("0.15"), ea_discount=Decimal("0.2")))
    assert result.effective_markup < 0


def test_every_markup_answer_says_what_it_buys() -> None:
    result = effective_markup(MarkupRequest(list_markup=Decimal("0.25")))
    keys = {b.key for b in result.what_it_buys}
    assert keys == {"fedramp", "data_residency", "private_networking", "existing_billing", "sla"}
    assert result.effective_markup == Decimal("0.25")


def test_ea_discount_of_100_percent_is_refused() -> None:
    with pytest.raises(OutOfRangeError, match="ea discount 100% is out of range: allowed 0% to <100%"):
        MarkupRequest(list_markup=Decimal("0.25"), ea_discount=Decimal(1))


def test_the_offsetting_ea_discount_brings_the_price_back_to_direct() -> None:
    from pricing.markup import ea_discount_to_offset

    for markup in (Decimal("0.05"), Decimal("0.25"), Decimal("1.5")):
        e = ea_discount_to_offset(markup)
        assert abs((1 + markup) * (1 - e) - 1) < Decimal("1e-20")


def test_the_markup_from_two_prices_and_a_zero_direct_price_refused() -> None:
    from pricing.errors import OutOfRangeError
    from pricing.markup import markup_from_prices

    assert markup_from_prices(Decimal("3.25"), Decimal("2.5")) == Decimal("0.3")
    with pytest.raises(OutOfRangeError, match="direct rate"):
        markup_from_prices(Decimal(1), Decimal(0))


def test_the_markup_helpers_name_the_value_they_refuse() -> None:
    from pricing.errors import OutOfRangeError
    from pricing.markup import ea_discount_to_offset, markup_from_prices

    assert ea_discount_to_offset(Decimal("0.25")) == Decimal("0.2")  # 1.25 × 0.8 = 1
    with pytest.raises(OutOfRangeError, match=r"^markup -100% is out of range: allowed >-100% to 1000%$"):
        ea_discount_to_offset(Decimal(-1))
    with pytest.raises(OutOfRangeError, match=r"^input rate \$-1/MTok is out of range"):
        markup_from_prices(Decimal(-1), Decimal(2))
    with pytest.raises(OutOfRangeError, match=r"^direct rate \$-2/MTok is out of range"):
        markup_from_prices(Decimal(1), Decimal(-2))
    with pytest.raises(OutOfRangeError, match=r"^direct rate \$0/MTok is out of range: allowed more than \$0/MTok$"):
        markup_from_prices(Decimal(1), Decimal(0))


def test_a_hyperscaler_spend_is_split_into_its_direct_cost_and_the_premium() -> None:
    from pricing.markup import direct_equivalent

    markup = effective_markup(MarkupRequest(list_markup=Decimal("0.25"), ea_discount=Decimal("0.2")))  # 1.25 × 0.8
    split = direct_equivalent(Decimal(12_000), markup)  # effective markup 0%: the spend is the direct cost
    assert (split.hyperscaler, split.direct, split.premium) == (Decimal(12_000), Decimal(12_000), Decimal(0))
    split = direct_equivalent(Decimal(12_500), effective_markup(MarkupRequest(list_markup=Decimal("0.25"))))
    assert (split.hyperscaler, split.direct, split.premium) == (Decimal(12_500), Decimal(10_000), Decimal(2_500))
    below = direct_equivalent(Decimal(9_000), effective_markup(
        MarkupRequest(list_markup=Decimal(0), ea_discount=Decimal("0.1"))))  # 10% under the direct price
    assert (below.direct, below.premium) == (Decimal(10_000), Decimal(-1_000))


def test_a_spend_at_a_full_enterprise_discount_has_no_direct_equivalent() -> None:
    from pricing.markup import MarkupResult, direct_equivalent

    # a 100% discount is refused when asked for; a markup built by hand at it has nothing to divide by
    free = MarkupResult(list_markup=Decimal(0), ea_discount=Decimal(1), effective_markup=Decimal(-1))
    with pytest.raises(OutOfRangeError) as refused:
        direct_equivalent(Decimal(1_000), free)
    assert (refused.value.field, refused.value.value, refused.value.unit) == ("ea_discount", Decimal(1), "percent")
    assert str(refused.value).endswith("allowed below 100%")
    with pytest.raises(OutOfRangeError) as negative:
        direct_equivalent(Decimal(-1), free)
    assert negative.value.field == "hyperscaler_spend"


def test_a_markup_an_ea_discount_cancels_exactly_is_zero_not_a_sliver_below() -> None:
    # a 20% markup and "a sixth off": 1.2 × 5/6 = 1, though 1/6 is only exact to the decimal context's digits
    sixth = Decimal(1) / 6
    result = effective_markup(MarkupRequest(list_markup=Decimal("0.2"), ea_discount=sixth))
    assert result.effective_markup == 0 and not result.effective_markup.is_signed()  # shown as 0%, never -0%
    # "a third list markup" with a quarter off: 4/3 × 3/4 = 1, though the third is a hair short, so the product is
    # a hair below 1: still 0, and never a negative zero ("-0%")
    third = effective_markup(MarkupRequest(list_markup=Decimal(1) / 3, ea_discount=Decimal("0.25")))
    assert third.effective_markup == 0 and not third.effective_markup.is_signed()
    # 1.25 × 0.8 − 1 is 0; a real difference far below a hundredth of a percent is kept: 1.25 × 0.800001 − 1
    exact = effective_markup(MarkupRequest(list_markup=Decimal("0.25"), ea_discount=Decimal("0.2")))
    assert exact.effective_markup == 0
    near = effective_markup(MarkupRequest(list_markup=Decimal("0.25"), ea_discount=Decimal("0.199999")))
    assert near.effective_markup == Decimal("0.00000125")


def test_the_largest_list_markup_an_ea_discount_absorbs() -> None:
    from pricing.markup import markup_absorbed

    absorbed = markup_absorbed(Decimal("0.3"))  # 1 ÷ 0.7 − 1 = 42.857…%
    assert absorbed.quantize(Decimal("0.0001")) == Decimal("0.4286")
    assert abs((1 + absorbed) * (1 - Decimal("0.3")) - 1) < Decimal("1e-20")  # the hyperscaler then costs direct
    assert markup_absorbed(Decimal("0.2")) == Decimal("0.25")
    assert markup_absorbed(Decimal(0)) == 0  # no discount absorbs no markup
    with pytest.raises(OutOfRangeError, match=r"^ea discount 100% is out of range") as refused:
        markup_absorbed(Decimal(1))
    assert refused.value.field == "ea_discount"


def test_what_the_markup_adds_to_a_direct_spend() -> None:
    from pricing.markup import marked_up, markup_premium

    # $50,000 a month direct at a 25% markup less 15% EA (6.25% effective): $3,125 more on the hyperscaler
    dearer = effective_markup(MarkupRequest(list_markup=Decimal("0.25"), ea_discount=Decimal("0.15")))
    assert markup_premium(Decimal(50_000), dearer) == Decimal(3125)
    assert marked_up(Decimal(50_000), dearer) - Decimal(50_000) == markup_premium(Decimal(50_000), dearer)
    # 15% markup less 20% EA: 8% below direct, $4,000 less
    cheaper = effective_markup(MarkupRequest(list_markup=Decimal("0.15"), ea_discount=Decimal("0.2")))
    assert markup_premium(Decimal(50_000), cheaper) == Decimal(-4000)


def test_a_spend_stated_at_list_price_splits_into_paid_direct_and_premium() -> None:
    from pricing.markup import list_spend_split

    # $100,000 at list, 25% list markup, 15% off by the EA: $85,000 paid; the same tokens direct $80,000.
    split = list_spend_split(Decimal(100_000), effective_markup(MarkupRequest(list_markup=Decimal("0.25"),
                                                                              ea_discount=Decimal("0.15"))))
    assert (split.at_list, split.paid, split.direct, split.premium) == (100_000, 85_000, 80_000, 5_000)
    # An EA discount past the markup puts the buyer below direct: the premium is negative, not hidden.
    below = list_spend_split(Decimal(100_000), effective_markup(MarkupRequest(list_markup=Decimal("0.25"),
                                                                              ea_discount=Decimal("0.3"))))
    assert (below.paid, below.direct, below.premium) == (70_000, 80_000, -10_000)
    with pytest.raises(OutOfRangeError) as refused:
        list_spend_split(Decimal(-1), effective_markup(MarkupRequest(list_markup=Decimal("0.25"))))
    assert refused.value.field == "hyperscaler_list_spend"
    assert str(refused.value).startswith("hyperscaler list spend ")


def test_a_direct_spend_at_the_hyperscalers_list_price_before_the_ea_discount() -> None:
    from pricing.markup import at_list_price, marked_up

    # $64,000 a month direct at a 20% list markup: $76,800 at list; 10% off by the EA: $69,120 paid
    markup = effective_markup(MarkupRequest(list_markup=Decimal("0.2"), ea_discount=Decimal("0.1")))
    assert at_list_price(Decimal(64_000), markup) == Decimal(76_800)
    assert at_list_price(Decimal(64_000), markup) * (1 - Decimal("0.1")) == marked_up(Decimal(64_000), markup)
    # no list markup: list is direct, whatever the EA discount
    flat = effective_markup(MarkupRequest(list_markup=Decimal(0), ea_discount=Decimal("0.3")))
    assert at_list_price(Decimal("1234.5"), flat) == Decimal("1234.5")


@pytest.mark.parametrize(
    ("list_markup", "effective", "ea"),
    [
        ("0.25", "0.15", "0.08"),  # 1 − 1.15 ÷ 1.25
        ("0.40", "0.05", "0.25"),  # 1 − 1.05 ÷ 1.40
        ("0.20", "0", "0.1666666666666666666666666667"),  # the EA that cancels the markup
        ("0.10", "0.10", "0"),  # no EA discount at all
    ],
)
def test_the_ea_discount_an_effective_markup_implies(list_markup: str, effective: str, ea: str) -> None:
    from pricing.markup import ea_discount_implied

    implied = ea_discount_implied(Decimal(list_markup), Decimal(effective))
    assert implied == Decimal(ea)
    # and it takes the list markup back to the effective one
    back = effective_markup(MarkupRequest(list_markup=Decimal(list_markup), ea_discount=implied)).effective_markup
    assert abs(back - Decimal(effective)) < Decimal("1e-9")


def test_an_effective_markup_above_the_list_markup_implies_no_ea_discount() -> None:
    from pricing.errors import InvalidInputError
    from pricing.markup import ea_discount_implied

    with pytest.raises(InvalidInputError, match=r"30%.*above the 20% list markup"):
        ea_discount_implied(Decimal("0.20"), Decimal("0.30"))


@pytest.mark.parametrize(("list_markup", "effective", "field"), [
    ("20", "0.1", "markup"),  # a 2,000% list markup: past the 1,000% bound
    ("0.25", "-1", "ea_discount"),  # paid at nothing: a 100% EA discount, which is no discount the tool accepts
    ("0.25", "-1.5", "ea_discount"),  # below nothing
])
def test_an_implied_ea_discount_out_of_range_is_refused_by_the_name_of_what_is_wrong(
        list_markup: str, effective: str, field: str) -> None:
    from pricing.errors import PricingError
    from pricing.markup import ea_discount_implied

    with pytest.raises(PricingError) as refused:
        ea_discount_implied(Decimal(list_markup), Decimal(effective))
    assert getattr(refused.value, "field", None) == field


def test_an_effective_markup_above_the_list_markup_names_the_field_and_what_is_allowed() -> None:
    from pricing.errors import InvalidInputError
    from pricing.markup import ea_discount_implied

    with pytest.raises(InvalidInputError) as refused:
        ea_discount_implied(Decimal("0.20"), Decimal("0.30"))
    assert refused.value.field == "effective_markup"
    assert str(refused.value).endswith("allowed: from -100% up to the list markup")


def test_the_list_markup_an_effective_markup_after_an_ea_discount_implies() -> None:
    from pricing.markup import list_markup_implied

    assert list_markup_implied(Decimal("0.10"), Decimal("0.12")) == Decimal("0.25")  # 1.10 ÷ 0.88 − 1
    assert list_markup_implied(Decimal("0.08"), Decimal("0.10")) == Decimal("0.2")  # 1.08 ÷ 0.90 − 1
    assert list_markup_implied(Decimal(0), Decimal(0)) == 0
    assert list_markup_implied(Decimal("-0.10"), Decimal("0.10")) == 0  # 10% below direct after 10% off: no markup
    with pytest.raises(OutOfRangeError) as refused:
        list_markup_implied(Decimal("0.10"), Decimal(1))
    assert refused.value.field == "ea_discount"
    # 300% over direct after a 70% EA discount implies a list markup of 4 ÷ 0.3 − 1 = 1,233%: beyond the 1,000% a
    # markup may be, refused as the markup (not as the EA discount or an unnamed figure)
    with pytest.raises(OutOfRangeError) as beyond:
        list_markup_implied(Decimal(3), Decimal("0.7"))
    assert beyond.value.field == "markup"
    assert str(beyond.value).startswith("markup ")
