"""The cut a cache hit makes when the cached share of the input is stated rather than worked out from token counts,
the saving of a stated volume of tokens read from the cache a day, and a working week's days refused by name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import CachingRequest, Rates, analyse_caching
from pricing.caching_figures import cached_volume_saving, caching_over, input_cut
from pricing.errors import PricingError


def test_a_stated_cached_share_of_the_input_sets_the_cut() -> None:
    # 60% of the input cached, read at 10% of the input rate: 60% × 90% = 54% off every hit's input cost
    cut = input_cut(Decimal("0.1"), prefix_share=Decimal("0.6"))
    assert (cut.prefix_share, cut.cut) == (Decimal("0.6"), Decimal("0.54"))
    counted = input_cut(Decimal("0.1"), Decimal(3_000), Decimal(4_000), prefix_share=Decimal("0.6"))
    assert (counted.prefix_share, counted.cut) == (Decimal("0.75"), Decimal("0.675"))  # counts, when both given


@pytest.mark.parametrize("share", [Decimal("1.5"), Decimal("-0.2")])
def test_a_cached_share_past_the_whole_input_is_refused_by_name(share: Decimal) -> None:
    with pytest.raises(PricingError) as refused:
        input_cut(Decimal("0.1"), prefix_share=share)
    assert getattr(refused.value, "field", None) == "prefix_share" and getattr(refused.value, "value", None) == share


def test_tokens_read_from_the_cache_save_the_rate_gap_a_day_and_a_month() -> None:
    # 50M tokens a day read at $0.30/M instead of $3/M: 50 × $2.70 = $135 a day; × 730 ÷ 24 = $4,106.25 a month
    saving = cached_volume_saving(Decimal(50_000_000), Decimal(3), Decimal("0.3"))
    assert (saving.cached_tokens_per_day, saving.input_rate, saving.cache_read_rate) == (
        Decimal(50_000_000), Decimal(3), Decimal("0.3"))
    assert (saving.per_day, saving.per_month) == (Decimal(135), Decimal("4106.25"))


@pytest.mark.parametrize("tokens", [Decimal(-1), Decimal(10) ** 20])
def test_a_cached_volume_out_of_range_is_refused_by_name(tokens: Decimal) -> None:
    with pytest.raises(PricingError) as refused:
        cached_volume_saving(tokens, Decimal(3), Decimal("0.3"))
    assert getattr(refused.value, "field", None) == "cached_tokens_per_day"
    assert getattr(refused.value, "value", None) == tokens


@pytest.mark.parametrize("days", [Decimal(0), Decimal(8)])
def test_days_a_week_out_of_range_are_refused_by_name(days: Decimal) -> None:
    rates = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), source="deal rates")
    result = analyse_caching(CachingRequest(rates=rates, prefix_tokens=4_000, calls_per_day=1_000,
                                            hit_ratio=Decimal("0.9")))
    with pytest.raises(PricingError) as refused:
        caching_over(result, "month", days_a_week=days)
    assert getattr(refused.value, "field", None) == "active_days" and getattr(refused.value, "value", None) == days
