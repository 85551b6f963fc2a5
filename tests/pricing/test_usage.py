"""Usage analysis: repricing by token class, the load profile figures and the commitment recommendation."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricing import InvalidInputError, PricingError, Rates
from pricing.commitment import commitment_cost
from pricing.usage import UsageLine, UsageRequest, analyse_usage

START = datetime(2026, 3, 2, tzinfo=UTC)
RATES = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), cache_write=Decimal("3.75"),
              cache_write_1h=Decimal(6), source="test card")
NO_CACHE = Rates(input=Decimal(2), output=Decimal(8), source="test card without cache prices")


def request(lines: list[UsageLine], hours: int, discount: str | None = None) -> UsageRequest:
    return UsageRequest(start=START, hours=hours, lines=tuple(lines),
                        discount=None if discount is None else Decimal(discount))


def diurnal(days: int) -> tuple[int, ...]:
    """Output tokens per hour: a working-day hump over a quiet night, never idle."""
    return tuple(int(100_000 + 900_000 * max(0.0, math.sin((h % 24 - 6) / 12 * math.pi))) for h in range(days * 24))


def test_flat_load_has_ratio_one_and_commits_at_the_load() -> None:
    line = UsageLine(model="m", rates=RATES, input=(1_000_000,) * 48, output=(200_000,) * 48)
    result = analyse_usage(request([line], 48))
    hourly = Decimal(3) + Decimal(3)  # 1M input × $3/MTok + 0.2M output × $15/MTok
    assert result.profile.hourly_cost == (hourly,) * 48
    assert result.profile.peak_to_average == 1 and result.profile.idle_share == 0
    assert result.profile.total_cost == 48 * hourly
    assert result.profile.monthly_cost == 730 * hourly
    assert result.break_even_discount == 0 and result.peak_sizing_break_even_discount == 0
    assert [p.discount for p in result.plans] == [Decimal("0.3"), Decimal("0.5")]
    for plan in result.plans:
        assert plan.commitment == hourly and plan.committed_utilization == 1
        assert plan.cost == 48 * hourly * (1 - plan.discount)


def test_diurnal_load_matches_brute_force_over_every_level() -> None:
    output = diurnal(7)
    result = analyse_usage(request([UsageLine(model="m", rates=RATES, output=output)], len(output), "0.4"))
    loads = result.profile.hourly_cost
    assert loads == tuple(n * Decimal(15) / 1_000_000 for n in output)
    (plan,) = result.plans
    best = min(commitment_cost(loads, c, Decimal("0.4")) for c in {Decimal(0), *loads})
    assert plan.cost == best
    assert Decimal(0) < plan.commitment < result.profile.peak_hour_cost
    assert plan.cost < plan.all_on_demand_cost and plan.cost < plan.peak_sized_cost
    par = result.profile.peak_hour_cost / result.profile.mean_hour_cost
    assert result.profile.peak_to_average == par
    assert result.discount == Decimal("0.4")
    assert result.peak_sized_utilization == 1 / par
    assert result.peak_sizing_break_even_discount == 1 - 1 / par


@given(busy=st.lists(st.integers(min_value=0, max_value=50), min_size=24, max_size=72),
       discount=st.integers(min_value=1, max_value=99))
def test_a_commitment_pays_exactly_above_the_break_even_discount(busy: list[int], discount: int) -> None:
    """The reported break-even (the idle share) agrees with the optimiser at every discount."""
    if not any(busy):
        busy[0] = 1
    line = UsageLine(model="m", rates=RATES, output=tuple(n * 1000 for n in busy))
    d = Decimal(discount) / 100
    result = analyse_usage(request([line], len(busy), str(d)))
    (plan,) = result.plans
    assert result.break_even_discount == result.profile.idle_share == Decimal(busy.count(0)) / len(busy)
    assert result.profile.busy_share == 1 - result.profile.idle_share
    assert (plan.commitment > 0) == (d > result.break_even_discount)


def test_each_token_class_is_billed_at_its_own_rate() -> None:
    line = UsageLine(model="m", rates=RATES, input=(1_000_000,) * 24, cached_input=(2_000_000,) * 24,
                     cache_write=(100_000,) * 24, cache_write_1h=(100_000,) * 24, output=(10_000,) * 24)
    (cost,) = analyse_usage(request([line], 24)).lines
    assert cost.cost == {"input": Decimal(72), "cached_input": Decimal("14.4"), "cache_write": Decimal(9),
                         "cache_write_1h": Decimal("14.4"), "output": Decimal("3.6")}
    assert cost.total == Decimal("113.4") and cost.fallbacks == ()
    assert cost.rate_source == "test card"


def test_missing_cache_rates_fall_back_to_the_input_rate_and_say_so() -> None:
    line = UsageLine(model="m", rates=NO_CACHE, input=(1_000_000,) * 24, cached_input=(1_000_000,) * 24)
    result = analyse_usage(request([line], 24))
    (cost,) = result.lines
    assert cost.cost is not None and cost.cost["cached_input"] == 48
    assert cost.fallbacks == ("cached_input",)
    assert result.caching.models_without_cache_price == ("m",) and result.caching.ceiling == 0


def test_caching_headroom_from_the_cached_share() -> None:
    line = UsageLine(model="m", rates=RATES, input=(1_000_000,) * 24, cached_input=(3_000_000,) * 24)
    caching = analyse_usage(request([line], 24)).caching
    assert caching.cached_share == Decimal("0.75")
    assert caching.saving_now == 72 * (Decimal(3) - Decimal("0.3"))  # 72M cached tokens
    assert caching.ceiling == 24 * (Decimal(3) - Decimal("0.3"))  # 24M uncached tokens


def test_batch_share_and_unpriced_models_are_reported_not_added() -> None:
    online = UsageLine(model="m", rates=RATES, output=(100_000,) * 24)
    batch = UsageLine(model="m", batch=True, rates=RATES, output=(100_000,) * 12 + (0,) * 12)
    unknown = UsageLine(model="mystery-1", input=(5_000_000,) * 24)
    result = analyse_usage(request([online, batch, unknown], 24))
    assert result.profile.total_cost == Decimal("1.5") * 36
    assert result.batch is not None and result.batch.cost_share == Decimal(1) / 3
    (unpriced,) = result.unpriced
    assert unpriced.model == "mystery-1" and unpriced.tokens["input"] == 120_000_000 and unpriced.total is None


def test_bad_requests_are_refused_with_the_field_named() -> None:
    with pytest.raises(PricingError, match="none of the models could be priced"):
        analyse_usage(request([UsageLine(model="x", output=(1,) * 24)], 24))
    with pytest.raises(PricingError, match="needs 0 or 24 hourly counts"):
        analyse_usage(request([UsageLine(model="x", rates=RATES, output=(1,) * 23)], 24))
    with pytest.raises(PricingError, match="discount 120% is out of range"):
        request([UsageLine(model="x", rates=RATES, output=(1,) * 24)], 24, "1.2")
    with pytest.raises(PricingError, match="no priced usage"):
        analyse_usage(request([UsageLine(model="x", rates=RATES, output=(0,) * 24)], 24))


def test_one_hour_writes_without_their_own_rate_are_billed_at_the_five_minute_write_rate() -> None:
    five_minute_only = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"),
                             cache_write=Decimal("3.75"), source="card with one write rate")
    line = UsageLine(model="m", rates=five_minute_only, output=(1,) * 24, cache_write_1h=(1_000_000,) * 24)
    (cost,) = analyse_usage(request([line], 24)).lines
    assert cost.cost is not None and cost.cost["cache_write_1h"] == 24 * Decimal("3.75")
    assert cost.fallbacks == ()  # billed at a write rate, not at the input rate
    assert cost.write_1h_at_5m  # and said so: 1-hour writes usually cost more than 5-minute ones
    no_writes = UsageLine(model="m", rates=NO_CACHE, cache_write=(1_000_000,) * 24, cache_write_1h=(1_000_000,) * 24)
    (cost,) = analyse_usage(request([no_writes], 24)).lines
    assert cost.cost is not None and cost.cost["cache_write_1h"] == cost.cost["cache_write"] == 24 * 2
    assert cost.fallbacks == ("cache_write", "cache_write_1h")
    assert not cost.write_1h_at_5m


def test_caching_headroom_adds_up_over_every_priced_line() -> None:
    """An unpriced line first and a line without a cache price before the cached ones: each counts as it should."""
    cheap = Rates(input=Decimal(1), output=Decimal(4), cache_read=Decimal("0.1"), source="cheap card")
    lines = [
        UsageLine(model="mystery-1", input=(5_000_000,) * 24, cached_input=(5_000_000,) * 24),  # unpriced
        UsageLine(model="plain", rates=NO_CACHE, input=(1_000_000,) * 24),
        UsageLine(model="a", rates=RATES, input=(1_000_000,) * 24, cached_input=(2_000_000,) * 24,
                  cache_write=(500_000,) * 24, cache_write_1h=(250_000,) * 24),
        UsageLine(model="b", rates=cheap, input=(2_000_000,) * 24, cached_input=(1_000_000,) * 24),
    ]
    caching = analyse_usage(request(lines, 24)).caching
    assert caching.input_tokens == (24 + (24 + 48 + 12 + 6) + (48 + 24)) * 1_000_000
    assert caching.cached_tokens == (48 + 24) * 1_000_000
    assert caching.cached_share == Decimal(72) / 186
    assert caching.uncached_cost == 24 * 2 + 24 * 3 + 48 * 1  # uncached input at each line's input rate
    assert caching.saving_now == 48 * (Decimal(3) - Decimal("0.3")) + 24 * (Decimal(1) - Decimal("0.1"))
    assert caching.ceiling == 24 * (Decimal(3) - Decimal("0.3")) + 48 * (Decimal(1) - Decimal("0.1"))
    assert caching.models_without_cache_price == ("plain",)


def test_batch_share_of_cost_and_of_tokens_counts_priced_lines_only() -> None:
    online = UsageLine(model="m", rates=RATES, output=(100_000,) * 24)  # 2.4M tokens, $36
    batch = UsageLine(model="m", batch=True, rates=RATES, input=(1_000_000,) * 12 + (0,) * 12,
                      output=(100_000,) * 12 + (0,) * 12)  # 13.2M tokens, $36 + $18
    unknown = UsageLine(model="mystery-1", batch=True, input=(5_000_000,) * 24)
    share = analyse_usage(request([online, batch, unknown], 24)).batch
    assert share is not None
    assert share.cost == 54 and share.cost_share == Decimal("0.6")
    assert share.tokens == 13_200_000 and share.token_share == Decimal(132) / 156


def test_the_period_end_and_the_busiest_hour_are_placed_in_time() -> None:
    output = (100_000,) * 14 + (900_000,) + (100_000,) * 33
    profile = analyse_usage(request([UsageLine(model="m", rates=RATES, output=output)], 48)).profile
    assert profile.end == datetime(2026, 3, 4, tzinfo=UTC)
    assert profile.peak_hour_start == datetime(2026, 3, 2, 14, tzinfo=UTC)


@pytest.fixture
def server_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "EST5EDT")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("server_in_new_york")
@pytest.mark.parametrize("utc", [UTC, timezone(timedelta(0))])
def test_hours_are_reported_in_utc_whatever_the_server_time_zone(utc: timezone) -> None:
    output = (100_000,) * 14 + (900_000,) + (100_000,) * 9
    line = UsageLine(model="m", rates=RATES, output=output)
    profile = analyse_usage(UsageRequest(start=datetime(2026, 3, 2, tzinfo=utc), hours=24, lines=(line,))).profile
    assert profile.peak_hour_start.utcoffset() == timedelta(0) and profile.peak_hour_start.hour == 14
    assert profile.start.hour == 0 and profile.start.day == 2


@pytest.mark.parametrize(("start", "problem"), [
    (datetime(2026, 3, 2), "UTC"),  # no time zone
    (datetime(2026, 3, 2, tzinfo=timezone(timedelta(hours=2))), "UTC"),
    (datetime(2026, 3, 2, 0, 30, tzinfo=UTC), "start of an hour"),
    (datetime(2026, 3, 2, 0, 0, 5, tzinfo=UTC), "start of an hour"),
    (datetime(2026, 3, 2, 0, 0, 0, 1, tzinfo=UTC), "start of an hour"),
])
def test_a_start_that_is_not_a_whole_utc_hour_is_refused_naming_it(start: datetime, problem: str) -> None:
    line = UsageLine(model="m", rates=RATES, output=(1,) * 24)
    with pytest.raises(InvalidInputError, match=problem) as refused:
        UsageRequest(start=start, hours=24, lines=(line,))
    assert refused.value.field == "start" and start.isoformat() in str(refused.value)


def test_refusals_name_the_field_and_what_was_given() -> None:
    with pytest.raises(InvalidInputError) as refused:
        analyse_usage(request([UsageLine(model="b-2", output=(1,) * 24), UsageLine(model="a-1", input=(1,) * 24)], 24))
    assert refused.value.field == "model" and "a-1, b-2" in str(refused.value)
    with pytest.raises(InvalidInputError) as refused:
        analyse_usage(request([UsageLine(model="x", rates=RATES, output=(1,) * 23)], 24))
    assert refused.value.field == "x output" and "23 hours" in str(refused.value)
    with pytest.raises(InvalidInputError) as refused:
        analyse_usage(request([UsageLine(model="x", rates=RATES, output=(0,) * 24)], 24))
    assert refused.value.field == "usage" and "$0" in str(refused.value)
