"""Workspace rate cards round-trip exactly (Decimal, not float) and name themselves as the rate source."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bot.store import Store
from pricing.rates import Rates

rates = st.decimals(min_value=0, max_value=10_000, places=6, allow_nan=False, allow_infinity=False)


def test_a_card_round_trips_with_its_source(_isolated_db: Path) -> None:
    store = Store(_isolated_db)
    store.set_rate_card("deal-a", Rates(input=Decimal("2.50"), output=Decimal("10"), cache_read=Decimal("0.25"),
                                        source="cli"))
    card = store.rate_cards()["deal-a"]
    assert (card.input, card.output, card.cache_read, card.cache_write) == (
        Decimal("2.50"), Decimal("10"), Decimal("0.25"), None)
    assert card.source == "workspace rate card deal-a"


@given(input_=rates, output=rates)
def test_any_rate_in_range_round_trips_exactly(input_: Decimal, output: Decimal) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "cards.db")
        store.set_rate_card("x", Rates(input=input_, output=output, source="t"))
        card = store.rate_cards()["x"]
        store.close()
    assert card.input == input_ and card.output == output


def test_setting_a_card_again_replaces_it_and_delete_removes_it(_isolated_db: Path) -> None:
    store = Store(_isolated_db)
    store.set_rate_card("a", Rates(input=Decimal(1), output=Decimal(2), source="t"))
    store.set_rate_card("a", Rates(input=Decimal(3), output=Decimal(4), source="t"))
    assert store.rate_cards()["a"].input == Decimal(3)
    assert store.delete_rate_card("a") is True
    assert store.delete_rate_card("a") is False
    assert store.rate_cards() == {}
