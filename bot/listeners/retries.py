"""Slack retries an event it thinks was not delivered (X-Slack-Retry-Num, same event_id). The first delivery
claims the event id in the store before any listener runs; later deliveries, also after a restart, stop here.

The claim happens before the ack, so it waits at most `CLAIM_WAIT_SECONDS` for the database: Slack retries a
delivery that is not acked within 3 s. When the store cannot record the id (locked, read-only, full), the event
is handled anyway and remembered in memory, so a retry reaching this process is still skipped.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from datetime import UTC, datetime
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

from bot.listeners.context import logger
from bot.store import EVENT_ID_RETENTION, STORE_ERRORS, Store

PRUNE_EVERY_SECONDS = 3600.0

#: The longest the ack waits for another writer's lock before handling the event on the in-memory record alone.
CLAIM_WAIT_SECONDS = 1.0
#: How many recent event ids each process remembers (Slack retries within minutes).
RECENT_EVENT_IDS = 10_000


class RecentIds:
    """A bounded, thread-safe set of the most recently seen event ids."""

    def __init__(self, size: int = RECENT_EVENT_IDS) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def add(self, event_id: str) -> bool:
        """Remember `event_id`; False when it was already remembered."""
        with self._lock:
            if event_id in self._ids:
                return False
            self._ids[event_id] = None
            if len(self._ids) > self._size:
                self._ids.popitem(last=False)
            return True


def install(app: App, store: Store) -> None:
    last_pruned = [time.monotonic()]

    def prune() -> None:
        try:
            store.forget_events_before(datetime.now(UTC) - EVENT_ID_RETENTION)
        except STORE_ERRORS:
            logger.exception("could not prune processed event ids")

    def prune_now_and_then() -> None:
        """Ids older than the retention are dropped about once an hour, off the ack path."""
        if time.monotonic() - last_pruned[0] >= PRUNE_EVERY_SECONDS:
            last_pruned[0] = time.monotonic()
            threading.Thread(target=prune, name="pricebot-prune-events", daemon=True).start()

    recent = RecentIds()

    def skip_processed_events(request: BoltRequest, body: dict[str, Any], next: Any) -> BoltResponse | None:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        first_delivery = True
        if event_id:
            first_delivery = recent.add(str(event_id))
            if first_delivery:
                try:
                    first_delivery = store.claim_event(str(event_id), wait=CLAIM_WAIT_SECONDS)
                except STORE_ERRORS as error:
                    # better a rare duplicate (a retry sent to another process) than a lost or late answer
                    logger.error("could not record event %s as processed (%s: %s); handling it, and a retry "
                                 "reaching this process is still skipped", event_id, type(error).__name__, error)
        if not first_delivery:
            retry = (request.headers.get("x-slack-retry-num") or ["-"])[0]
            logger.info("event %s already processed (retry %s): skipped", event_id, retry)
            return BoltResponse(status=200, body="")
        next()
        prune_now_and_then()
        return None

    app.use(skip_processed_events)
