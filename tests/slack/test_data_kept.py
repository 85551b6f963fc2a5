"""What pricebot keeps: message text for PRICEBOT_RETENTION_DAYS (default 90), purged on a schedule, and a
message deleted in Slack deletes the stored copy."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from bot import retention
from bot.settings import DEFAULT_RETENTION_DAYS, SettingError, load_settings
from bot.store_open import open_store
from tests.support import payloads
from tests.support.running import RunningBot
from tests.support.stub import StubSlack


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


@pytest.mark.e2e
def test_a_message_deleted_in_slack_deletes_the_stored_copy(
    bot: RunningBot, stub: StubSlack, _isolated_db: Path
) -> None:
    asked = payloads.mention("40% discount on PTUs at 80% utilization")
    coached = payloads.channel_message("Provisioned is cheaper.")
    kept = payloads.channel_message("AI usage fees.")
    for event in (asked, coached, kept):
        bot.event(event)
    stub.wait_for("chat.postMessage")
    stub.wait_for("chat.postEphemeral", count=2)
    bot.settle()
    assert _count(_isolated_db, "quotes") == 1 and _count(_isolated_db, "coaching_flags") == 2
    for event in (asked, coached):
        bot.event({"type": "message", "subtype": "message_deleted", "channel": event["channel"],
                   "ts": payloads.new_ts(), "deleted_ts": event["ts"], "hidden": True,
                   "previous_message": {"type": "message", "ts": event["ts"], "user": payloads.USER}})
    bot.settle()
    assert _count(_isolated_db, "quotes") == 0
    assert _count(_isolated_db, "coaching_flags") == 1  # only the message still in Slack


def test_old_message_text_is_purged_on_a_schedule(_isolated_db: Path) -> None:
    store = open_store(_isolated_db)
    store.record_quote(surface="mention", user="U1", channel="C1", thread_ts="1.0", text="old ask", intent="quote",
                       understood=True, data={}, ts="1.0")
    store.record_quote(surface="mention", user="U1", channel="C1", thread_ts="2.0", text="new ask", intent="quote",
                       understood=True, data={}, ts="2.0")
    with sqlite3.connect(_isolated_db) as conn:
        conn.execute("UPDATE quotes SET created_at = '2020-01-01T00:00:00+00:00' WHERE text = 'old ask'")
    stop = retention.start(store, DEFAULT_RETENTION_DAYS, every=0.05)
    try:
        deadline = time.monotonic() + 10
        while _count(_isolated_db, "quotes") != 1 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
    assert [q["text"] for q in store.quotes()] == ["new ask"]


def test_the_retention_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().pricebot_retention_days == DEFAULT_RETENTION_DAYS == 90
    monkeypatch.setenv("PRICEBOT_RETENTION_DAYS", "30")
    assert load_settings().pricebot_retention_days == 30
    monkeypatch.setenv("PRICEBOT_RETENTION_DAYS", "0")
    with pytest.raises(SettingError, match="PRICEBOT_RETENTION_DAYS"):
        load_settings()


@pytest.mark.e2e
def test_a_deleted_message_in_a_dm_thread_deletes_the_stored_copy(
    bot: RunningBot, stub: StubSlack, _isolated_db: Path
) -> None:
    """Bolt's Assistant middleware takes DM messages whose previous_message is in a thread and acks them without
    passing them on; the deletion must still reach the store."""
    thread_ts = payloads.new_ts()
    asked = {**payloads.direct_message("40% discount on PTUs at 80% utilization"), "thread_ts": thread_ts}
    bot.event(asked)
    stub.wait_for("chat.postMessage")
    bot.settle()
    assert _count(_isolated_db, "quotes") == 1
    reply = bot.event({"type": "message", "subtype": "message_deleted", "channel": payloads.DM_CHANNEL,
                       "channel_type": "im", "ts": payloads.new_ts(), "deleted_ts": asked["ts"], "hidden": True,
                       "previous_message": {"type": "message", "ts": asked["ts"], "thread_ts": thread_ts,
                                            "user": payloads.USER, "text": asked["text"]}})
    assert reply.status == 200
    bot.settle()
    assert _count(_isolated_db, "quotes") == 0
