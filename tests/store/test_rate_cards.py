"""Workspace rate cards round-trip exactly (Decimal, not float) and name themselves as the rate source."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.store import Store
from pricing.rates import Rates

rates = st.decimals(min_value=0, max_value=10_000, places=6, allow_nan=False, allow_infinity=False)


def test_a_card_round_trips_with_its_source(store: Store) -> None:
    store.set_rate_card("deal-a", Rates(input=Decimal("2.50"), output=Decimal("10"), cache_read=Decimal("0.25"),
                                        source="cli"))
    card = store.rate_cards()["deal-a"]
    assert (card.input, card.output, card.cache_read, card.cache_write) == (
        Decimal("2.50"), Decimal("10"), Decimal("0.25"), None)
    assert card.source == "workspace rate card deal-a"


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # one store; each example replaces "x"
@given(input_=rates, output=rates)
def test_any_rate_in_range_round_trips_exactly(store: Store, input_: Decimal, output: Decimal) -> None:
    store.set_rate_card("x", Rates(input=input_, output=output, cache_write_1h=output, source="t"))
    card = store.rate_cards()["x"]
    assert card.input == input_ and card.output == output and card.cache_write_1h == output


def test_setting_a_card_again_replaces_it_and_delete_removes_it(store: Store) -> None:
    store.set_rate_card("a", Rates(input=Decimal(1), output=Decimal(2), cache_read=Decimal("0.1"), source="t"))
    store.set_rate_card("a", Rates(input=Decimal(3), output=Decimal(4), source="t"))
    assert (store.rate_cards()["a"].input, store.rate_cards()["a"].cache_read) == (Decimal(3), None)
    assert store.delete_rate_card("a") is True
    assert store.delete_rate_card("a") is False
    assert store.rate_cards() == {}
