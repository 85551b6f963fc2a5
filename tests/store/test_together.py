"""Writes made together (`Store.together`): one answered event's rows commit as one transaction, or not at all."""

from __future__ import annotations

import pytest

from bot.store import Store


def _quote(store: Store, text: str) -> int:
    return store.record_quote(surface="mention", user="U1", channel="C1", thread_ts="1.1", text=text,
                              intent="quote", understood=True, data={"request": {}})


def test_writes_made_together_are_all_kept(store: Store) -> None:
    store.claim_event("Ev1", owner="p1", body="{}")
    with store.together():
        store.remember_thread("C1", "1.1", {"kind": "x"})
        quote_id = _quote(store, "first")
        store.finish_event("Ev1")
    assert store.thread_request("C1", "1.1") == {"kind": "x"}
    assert store.quote_data(quote_id) == {"request": {}}
    assert store.pending_owners() == {}


def test_writes_made_together_are_all_undone_when_the_block_fails(store: Store) -> None:
    store.claim_event("Ev1", owner="p1", body="{}")
    with pytest.raises(RuntimeError), store.together():
        store.remember_thread("C1", "1.1", {"kind": "x"})
        _quote(store, "first")
        store.finish_event("Ev1")
        raise RuntimeError("the answer could not be built")
    assert store.thread_request("C1", "1.1") is None
    assert store.quotes() == []
    assert store.pending_owners() == {"p1": 1}


def test_a_block_inside_another_joins_it(store: Store) -> None:
    with pytest.raises(RuntimeError), store.together():
        with store.together():
            _quote(store, "inner")
        raise RuntimeError("outer fails")
    assert store.quotes() == []
    with store.together():
        with store.together():
            _quote(store, "inner")
        _quote(store, "outer")
    assert [q["text"] for q in store.quotes()] == ["outer", "inner"]
