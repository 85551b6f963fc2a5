"""Slack retries an event it thinks was not delivered (X-Slack-Retry-Num, same event_id). The first delivery
claims the event id in the store before any listener runs; later deliveries, also after a restart, stop here."""

from __future__ import annotations

import sqlite3
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

from bot.listeners.context import logger
from bot.store import Store


def install(app: App, store: Store) -> None:
    def skip_processed_events(request: BoltRequest, body: dict[str, Any], next: Any) -> BoltResponse | None:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        try:
            first_delivery = not event_id or store.claim_event(str(event_id))
        except sqlite3.Error:
            # better a rare duplicate than a lost answer: handle it, and say so in the log
            logger.exception("could not record event %s as processed; handling it anyway", event_id)
            first_delivery = True
        if not first_delivery:
            retry = (request.headers.get("x-slack-retry-num") or ["-"])[0]
            logger.info("event %s already processed (retry %s): skipped", event_id, retry)
            return BoltResponse(status=200, body="")
        next()
        return None

    app.use(skip_processed_events)
