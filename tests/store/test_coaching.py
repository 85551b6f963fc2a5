"""Coaching state: flags per user (for the Home tab), per-channel modes and per-user mutes; and quotes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.store import FlagRecord, Store


def test_flag_counts_cover_the_last_30_days_for_that_user_only(store: Store) -> None:
    store.record_flags(user="U1", channel="C1", ts="1.1", flags=[FlagRecord("token-costs", "token costs")] * 2)
    store.record_flags(user="U1", channel="C1", ts="1.2", flags=[FlagRecord("committed-use", "committed use")])
    store.record_flags(user="U2", channel="C1", ts="1.3", flags=[FlagRecord("committed-use", "committed use")])
    store.record_flags(user="U2", channel="C1", ts="1.4", flags=[])
    assert store.flag_counts("U1") == {"token-costs": 2, "committed-use": 1}
    assert store.flag_counts("U1", now=datetime.now(UTC) + timedelta(days=31)) == {}
    assert store.flag_counts("U3") == {}


def test_channel_mode_defaults_to_ephemeral_and_is_per_channel(store: Store) -> None:
    assert store.channel_mode("C1") == "ephemeral"
    store.set_channel_mode("C1", "thread", by="U1")
    store.set_channel_mode("C2", "off")
    store.set_channel_mode("C1", "off")
    assert store.channel_modes() == {"C1": "off", "C2": "off"}
    assert store.channel_mode("C3") == "ephemeral"
    with pytest.raises(ValueError, match="ephemeral, thread, off"):
        store.set_channel_mode("C1", "loud")  # type: ignore[arg-type]


def test_mutes_are_per_user(store: Store) -> None:
    assert store.mute("U1", "token-costs") is True
    assert store.mute("U1", "token-costs") is False
    assert store.muted_rules("U1") == {"token-costs"}
    assert store.muted_rules("U2") == frozenset()
    assert store.unmute("U1", "token-costs") is True
    assert store.unmute("U1", "token-costs") is False
    assert store.muted_rules("U1") == frozenset()


def test_quotes_keep_who_where_the_text_and_the_result(store: Store) -> None:
    data = {"request": {"discount": "0.4", "utilization": "0.8"}, "result": {"break_even": "0.6"}}
    first = store.record_quote(surface="command", user="U1", channel="C1", thread_ts="1.5", text="40% at 80%",
                               intent="provisioned", understood=True, data=data)
    second = store.record_quote(surface="mention", user="U2", channel=None, thread_ts=None, text="hi",
                                intent="help", understood=False, data={"request": None})
    assert second > first
    newest, oldest = store.quotes()
    assert (oldest["user"], oldest["channel"], oldest["thread_ts"], oldest["text"]) == ("U1", "C1", "1.5", "40% at 80%")
    assert (oldest["request"], oldest["result"], oldest["understood"]) == (data["request"], data, 1)
    assert (newest["user"], newest["understood"]) == ("U2", 0)
    assert store.quotes(limit=1) == [newest]
    assert store.quote_data(first) == data
    assert store.quote_data(second + 1000) is None


def test_coaching_settings_are_the_channel_mode_and_the_authors_mutes_together(store: Store) -> None:
    assert store.coaching_settings("C1", "U1") == ("ephemeral", frozenset())
    store.set_channel_mode("C1", "thread")
    store.set_channel_mode("C2", "off")
    store.mute("U1", "token-costs")
    store.mute("U1", "committed-use")
    store.mute("U2", "ai-usage-fees")
    assert store.coaching_settings("C1", "U1") == ("thread", {"token-costs", "committed-use"})
    assert store.coaching_settings("C2", "U2") == ("off", {"ai-usage-fees"})
    assert store.coaching_settings("C3", "U3") == ("ephemeral", frozenset())
