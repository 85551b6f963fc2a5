"""Thread state (the last request pricebot answered in a thread) and the retention of message text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.store import FlagRecord, Store
from bot.store_open import open_store


def test_a_thread_keeps_its_last_request_across_a_restart(store: Store, store_location: Path | str) -> None:
    assert store.thread_request("C1", "1.1") is None
    store.remember_thread("C1", "1.1", {"intent": "provisioned", "fields": {"discount": "0.4"}})
    store.remember_thread("C1", "1.1", {"intent": "provisioned", "fields": {"discount": "0.3"}})
    store.remember_thread("C2", "1.1", {"intent": "caching"})
    again = open_store(store_location)
    assert again.thread_request("C1", "1.1") == {"intent": "provisioned", "fields": {"discount": "0.3"}}
    assert again.thread_request("C2", "1.1") == {"intent": "caching"}
    assert again.thread_request("C1", "2.2") is None
    again.close()


def test_retention_forgets_message_text_older_than_the_cutoff_and_keeps_settings(store: Store) -> None:
    store.record_quote(surface="command", user="U1", channel="C1", thread_ts="1.1", text="40% at 80%",
                       intent="provisioned", understood=True, data={"request": {}})
    store.record_flags(user="U1", channel="C1", ts="1.2", flags=[FlagRecord("token-costs", "token costs")])
    store.remember_thread("C1", "1.1", {"intent": "provisioned"})
    store.set_channel_mode("C1", "thread")
    store.mute("U1", "token-costs")
    now = datetime.now(UTC)
    assert store.forget_messages_before(now - timedelta(days=90)) == {
        "quotes": 0, "coaching_flags": 0, "thread_state": 0}
    assert store.forget_messages_before(now + timedelta(seconds=5)) == {
        "quotes": 1, "coaching_flags": 1, "thread_state": 1}
    assert (store.quotes(), store.flag_counts("U1"), store.thread_request("C1", "1.1")) == ([], {}, None)
    assert (store.channel_mode("C1"), store.muted_rules("U1")) == ("thread", {"token-costs"})
