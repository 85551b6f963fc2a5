"""Retention: message text pricebot stored (asks and answers, coaching flags, thread state) is deleted once it is
older than ``PRICEBOT_RETENTION_DAYS`` (default 90), at start-up and then every hour, on a background thread."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta

from bot.store import STORE_ERRORS, Store

logger = logging.getLogger("pricebot.retention")

PURGE_EVERY_SECONDS = 3600.0


def purge(store: Store, days: int) -> dict[str, int]:
    """Delete message text older than `days`; rows deleted per table (logged when any were)."""
    deleted = store.forget_messages_before(datetime.now(UTC) - timedelta(days=days))
    if any(deleted.values()):
        logger.info("retention (%d days): deleted %s", days, ", ".join(f"{n} {t}" for t, n in deleted.items() if n))
    return deleted


def start(store: Store, days: int, *, every: float = PURGE_EVERY_SECONDS) -> threading.Event:
    """Purge now and every `every` seconds on a daemon thread until the returned event is set."""
    stop = threading.Event()

    def run() -> None:
        while True:
            try:
                purge(store, days)
            except STORE_ERRORS:
                logger.exception("retention purge failed (will try again in %.0f s)", every)
            if stop.wait(every):
                return

    threading.Thread(target=run, name="pricebot-retention", daemon=True).start()
    return stop
