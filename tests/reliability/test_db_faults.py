"""SQLite trouble under a running bot: another writer holding the lock (past Slack's 3 s ack deadline), a
read-only database and a full one. Requests are still answered where possible, the problem is logged clearly,
and no stored row is lost or changed (row counts and checksums before and after)."""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from bot.store_open import open_store
from tests.reliability.conftest import Bot, StartBot
from tests.reliability.db import FaultyStore, hold_write_lock_for, rows_before, snapshot
from tests.support import payloads
from tests.support.faulty_stub import FaultyStub
from tests.support.signing import sign

pytestmark = pytest.mark.e2e

ASK = "40% discount on PTUs at 80% utilization"
SLACK_ACK_DEADLINE = 3.0  # Slack gives up on a delivery after 3 s and retries it (X-Slack-Retry-Num)


def deliver_like_slack(bot: Bot, event: dict[str, Any], event_id: str, attempts: int = 3) -> list[str]:
    """Deliver as Slack does: wait at most 3 s for the ack, otherwise retry (same event_id, Retry-Num 1, 2).
    Returns what became of each attempt ("200", or "timeout")."""
    body = json.dumps(payloads.event_callback(event, event_id=event_id))
    outcomes = []
    for retry in range(attempts):
        ts = int(time.time())
        headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": str(ts),
                   "X-Slack-Signature": sign(body, ts)}
        if retry:
            headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
        request = urllib.request.Request(bot.events_url, data=body.encode(), headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=SLACK_ACK_DEADLINE) as response:
                outcomes.append(str(response.status))
        except (TimeoutError, urllib.error.URLError):
            outcomes.append("timeout")
        if outcomes[-1] == "200":
            break
    return outcomes


def answers_in(stub: FaultyStub, thread_ts: str) -> int:
    return len([c for c in stub.calls_to("chat.postMessage", "chat.postEphemeral")
                if c.get("thread_ts") == thread_ts and not str(c.get("text")).startswith(":warning:")])


def seed(bot: Bot, stub: FaultyStub, n: int = 3) -> None:
    """A few answered mentions and a coached message, so the tables hold rows worth protecting."""
    events = [payloads.mention(ASK) for _ in range(n)] + [payloads.channel_message("Provisioned is cheaper.")]
    for event in events:
        assert bot.event(event).status == 200
    for event in events:
        stub.wait_for("chat.postMessage", "chat.postEphemeral", where=lambda c, e=event: c.get("thread_ts") == e["ts"])
    stub.settle(quiet_for=0.3)


def test_a_writer_holding_the_lock_past_slacks_deadline_does_not_delay_the_ack_or_double_the_answer(
    bot: Bot, stub: FaultyStub, _isolated_db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="pricebot")
    seed(bot, stub)
    before = snapshot(_isolated_db)
    holder = hold_write_lock_for(_isolated_db, 4.5)
    event = payloads.mention(ASK)
    outcomes = deliver_like_slack(bot, event, "EvLOCKED01")
    holder.join()
    assert outcomes == ["200"], "Slack would have seen a late ack and retried"
    stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == event["ts"], timeout=20)
    # Slack retries once more after the lock is gone: still not answered twice
    assert bot.event(event, event_id="EvLOCKED01", retry_num=1).status == 200
    later = payloads.mention(ASK)
    bot.event(later)
    stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == later["ts"], timeout=20)
    stub.settle(quiet_for=0.5)
    assert answers_in(stub, event["ts"]) == 1
    assert rows_before(before, _isolated_db) == before  # nothing stored earlier was lost or changed
    assert snapshot(_isolated_db)["quotes"][0] > before["quotes"][0]  # and writing works again
    assert "EvLOCKED01" in caplog.text and "locked" in caplog.text


@pytest.mark.parametrize("fault", ["read_only", "full"])
def test_a_read_only_or_full_database_still_answers_logs_it_and_keeps_every_row(
    fault: str, start_bot: StartBot, stub: FaultyStub, _isolated_db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = FaultyStore(_isolated_db)
    bot = start_bot(store=store)
    seed(bot, stub)
    caplog.set_level(logging.WARNING, logger="pricebot")
    getattr(store, fault)()
    before = snapshot(_isolated_db)
    mention, coached = payloads.mention(ASK), payloads.channel_message("Provisioned is cheaper.")
    assert bot.event(mention, event_id="EvDBFAULT1").status == 200
    assert bot.event(coached, event_id="EvDBFAULT2").status == 200
    stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == mention["ts"], timeout=20)
    stub.wait_for("chat.postEphemeral", where=lambda c: c.get("thread_ts") == coached["ts"], timeout=20)
    assert bot.event(mention, event_id="EvDBFAULT1", retry_num=1).status == 200  # a retry while still broken
    stub.settle(quiet_for=0.5)
    assert answers_in(stub, mention["ts"]) == 1 and answers_in(stub, coached["ts"]) == 1
    assert [c for c in stub.posts() if str(c.get("text")).startswith(":warning:")] == []  # users saw answers
    problem = "readonly" if fault == "read_only" else "full"
    assert "EvDBFAULT1" in caplog.text and problem in caplog.text.replace("read-only", "readonly")
    store.healthy()
    assert snapshot(_isolated_db) == before  # not a row lost, added half-way or changed
    open_store(_isolated_db).close()  # and the file still opens and migrates
