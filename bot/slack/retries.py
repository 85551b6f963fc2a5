"""Slack retries an event it thinks was not delivered (X-Slack-Retry-Num, same event_id). The first delivery
claims the event id in the store before any listener runs; later deliveries, also after a restart, stop here.

The claim happens before the ack, so it waits at most `CLAIM_WAIT_SECONDS` for the database: Slack retries a
delivery that is not acked within 3 s. When the store cannot record the id (locked, read-only, full), the event
is handled anyway and remembered in memory, so a retry reaching this process is still skipped.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse

from bot.slack.context import EVENT_ID, logger
from bot.store import EVENT_ID_RETENTION, STORE_ERRORS, Store, json_text

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


def _host_key() -> str | None:
    """This host and PID namespace: processes with the same key see each other's process ids. None where that
    cannot be told (no /proc): then only heartbeats tell a stopped process from a live one."""
    try:
        namespace = os.stat("/proc/self/ns/pid").st_ino
    except OSError:
        return None
    return f"{socket.gethostname()}~{namespace}"


HOST_KEY = _host_key()


def owner_pid(owner: str) -> int | None:
    """The process id of the serving process `owner` names, when it runs on this host (and PID namespace)."""
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    return int(pid) if HOST_KEY is not None and host == HOST_KEY and pid.isdigit() else None


def is_running(pid: int) -> bool:
    """Whether process `pid` exists and has not exited (a zombie waiting for its parent has exited)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell: count it as running, so only its heartbeat decides
    return stat.rsplit(")", 1)[-1].split()[:1] not in (["Z"], ["X"])


class Takeover:
    """Events this process claimed stay pending in the store until their answer is about to be posted; a process
    that stops first (SIGKILL, a crash, a lost host) leaves them there, and a live process adopts and answers them.

    Every process writes a heartbeat each `HEARTBEAT_SECONDS` (a thread of its own). Each `HEARTBEAT_SECONDS`,
    the pending events (claimed within `ADOPT_WITHIN`) of stopped processes are adopted, atomically (one adopter
    each), and dispatched again here, past the event-id check. A process on this host is judged by its process
    id: once it has exited its events are adopted at once, and while it runs they are never adopted, however late
    its heartbeat is on a loaded machine. A process on another host is judged by its heartbeat: stopped when
    silent for `SILENT_SECONDS`. An event stops being pending just before its answer is posted
    (bot.slack.context.answering): one whose answer was being posted at the moment of the kill is not answered
    again (it may be lost: a second answer is worse than none); the others are answered once."""

    HEARTBEAT_SECONDS = 1.0
    SILENT_SECONDS = 5
    ADOPT_WITHIN = timedelta(minutes=5)

    def __init__(self, app: App, store: Store) -> None:
        self.app, self.store = app, store
        self.owner = f"{HOST_KEY or socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.adopted: set[str] = set()
        self._lock = threading.Lock()

    def start(self) -> None:
        """Announce this process, then keep its heartbeat and adopt orphans from now on (daemon threads)."""
        self.store.heartbeat(self.owner)
        threading.Thread(target=self._beat, name="pricebot-heartbeat", daemon=True).start()
        threading.Thread(target=self._run, name="pricebot-takeover", daemon=True).start()

    def take(self, event_id: str) -> bool:
        """True (once) when `event_id` is one this process adopted: it passes the event-id check."""
        with self._lock:
            if event_id in self.adopted:
                self.adopted.discard(event_id)
                return True
            return False

    def _beat(self) -> None:
        while True:
            time.sleep(self.HEARTBEAT_SECONDS)
            try:
                self.store.heartbeat(self.owner)
            except STORE_ERRORS as error:
                logger.error("heartbeat failed (%s: %s)", type(error).__name__, error)

    def orphans(self) -> list[str]:
        """Adopt the pending events of stopped processes; their bodies."""
        dead: list[str] = []
        alive: list[str] = []
        for owner in self.store.pending_owners():
            pid = owner_pid(owner)
            if owner != self.owner and pid is not None:
                (alive if is_running(pid) else dead).append(owner)
        return self.store.adopt_orphans(self.owner, silent_for=timedelta(seconds=self.SILENT_SECONDS),
                                        younger_than=self.ADOPT_WITHIN, dead=dead, alive=alive)

    def _run(self) -> None:
        while True:
            time.sleep(self.HEARTBEAT_SECONDS)
            try:
                orphans = self.orphans()
            except STORE_ERRORS as error:
                logger.error("takeover check failed (%s: %s)", type(error).__name__, error)
                continue
            for text in orphans:
                body = json.loads(text)
                event_id = str(body.get("event_id"))
                with self._lock:
                    self.adopted.add(event_id)
                logger.warning("event %s: the process that acknowledged it stopped before answering; answering "
                               "it here", event_id)
                try:
                    self.app.dispatch(BoltRequest(body=body, mode="socket_mode"))  # verified when first received
                except Exception:
                    logger.exception("could not answer adopted event %s", event_id)


#: The event-id check as a function: (body, context, X-Slack-Retry-Num) -> whether to handle the request.
Admit = Callable[[dict[str, Any], BoltContext, "str | None"], bool]


def install(app: App, store: Store, *, takeover: bool = False) -> Admit:
    """The event-id check, as Bolt middleware, and returned for requests dispatched without Bolt
    (bot.slack.direct); with `takeover`, this process also adopts the pending events of stopped ones."""
    last_pruned = [time.monotonic()]
    adopting = Takeover(app, store) if takeover else None
    if adopting is not None:
        adopting.start()

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

    def admit(body: dict[str, Any], context: BoltContext, retry_num: str | None) -> bool:
        """Whether this request is to be handled: False for an event already claimed (here, by another process,
        or before a restart), logged. A claimed event's id goes into `context` for `answering`."""
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and adopting is not None:
            context[EVENT_ID] = str(event_id)  # for `answering`: the event stays pending until then
            if adopting.take(str(event_id)):
                return True
        first_delivery = True
        if event_id:
            first_delivery = recent.add(str(event_id))
            if first_delivery:
                try:
                    first_delivery = store.claim_event(
                        str(event_id), wait=CLAIM_WAIT_SECONDS, owner=adopting.owner if adopting else None,
                        body=json_text(body) if adopting else None,
                    )
                except STORE_ERRORS as error:
                    # better a rare duplicate (a retry sent to another process) than a lost or late answer
                    logger.error("could not record event %s as processed (%s: %s); handling it, and a retry "
                                 "reaching this process is still skipped", event_id, type(error).__name__, error)
        if not first_delivery:
            logger.info("event %s already processed (retry %s): skipped", event_id, retry_num or "-")
            return False
        prune_now_and_then()
        return True

    def skip_processed_events(
        request: BoltRequest, body: dict[str, Any], context: BoltContext, next: Any
    ) -> BoltResponse | None:
        retry = request.headers.get("x-slack-retry-num")
        if not admit(body, context, retry[0] if retry else None):
            return BoltResponse(status=200, body="")
        next()
        return None

    app.use(skip_processed_events)
    return admit
