"""The net input-cost cut at a hit rate on the cached share of a prompt, and storage totalled over a count of days:
their figures, and the field a bad input is named by."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import CachingRequest, CachingResult, OutOfRangeError, Rates, analyse_caching
from pricing.caching_figures import input_cut, storage_bill, storage_cover


def test_the_net_cut_on_a_cached_share_of_the_prompt() -> None:
    # half the prompt cached: cut 50% × (1 − 10%) = 45%; premium (125% − 100%) × 50% = 12.5%;
    # net 80% × 45% − 20% × 12.5% = 36% − 2.5% = 33.5%
    cut = input_cut(Decimal("0.1"), prefix_share=Decimal("0.5"), hit_ratio=Decimal("0.8"),
                    write_multiple=Decimal("1.25"))
    assert (cut.cut, cut.miss_ratio, cut.miss_premium, cut.net_cut) == (
        Decimal("0.45"), Decimal("0.2"), Decimal("0.125"), Decimal("0.335"))
    # the reply's line names what the net was worked from
    assert (cut.prefix_share, cut.hit_ratio, cut.write_multiple) == (Decimal("0.5"), Decimal("0.8"), Decimal("1.25"))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"hit_ratio": Decimal("1.5")}, "hit_ratio"),
     ({"hit_ratio": Decimal("0.8"), "write_multiple": Decimal(200)}, "cache_write_share")],
)
def test_a_bad_hit_rate_or_write_multiple_is_named(kwargs: dict[str, Decimal], field: str) -> None:
    with pytest.raises(OutOfRangeError) as raised:
        input_cut(Decimal("0.1"), **kwargs)
    assert raised.value.field == field


def _fixed_cache() -> CachingResult:
    rates = Rates(input=Decimal("1.25"), output=Decimal(10), cache_read=Decimal("0.125"),
                  cache_storage=Decimal("4.5"), source="message")
    return analyse_caching(CachingRequest(rates=rates, prefix_tokens=200_000, calls_per_day=0, ttl="1h",
                                          active_hours_per_day=Decimal(8), lifetime="fixed"))


def test_storage_over_a_count_of_days() -> None:
    # $0.90 an hour × 8 h = $7.20 a day; × 22 days = $158.40
    cover = storage_cover(_fixed_cache(), Decimal(22))
    assert cover is not None
    assert (cover.days, cover.storage_per_day, cover.storage_over_days) == (
        Decimal(22), Decimal("7.2"), Decimal("158.4"))
    plain = storage_cover(_fixed_cache())
    assert plain is not None and plain.storage_over_days is None


def test_a_count_of_days_up_to_a_leap_year_is_accepted() -> None:
    cover = storage_cover(_fixed_cache(), Decimal(366))
    assert cover is not None and cover.storage_over_days == Decimal("7.2") * 366


@pytest.mark.parametrize("days", [Decimal(0), Decimal(367)])
def test_a_count_of_days_out_of_range_is_named(days: Decimal) -> None:
    with pytest.raises(OutOfRangeError) as raised:
        storage_cover(_fixed_cache(), days)
    assert raised.value.field == "days"
    with pytest.raises(OutOfRangeError) as bill:
        storage_bill(Decimal(50_000), Decimal("4.5"), Decimal(9), days=days)
    assert bill.value.field == "days"


def test_hours_a_day_beyond_a_day_are_named() -> None:
    with pytest.raises(OutOfRangeError) as raised:
        storage_bill(Decimal(50_000), Decimal("4.5"), Decimal(25), days=Decimal(22))
    assert raised.value.field == "hours"
    bill = storage_bill(Decimal(50_000), Decimal("4.5"), Decimal(9), "month", days=Decimal(22))
    assert (bill.period, bill.per_hour, bill.token_hours) == ("month", Decimal("0.225"), Decimal(9_900_000))
