"""How much answering a serving process lets pile up: at most `MAX_WAITING` @mentions and channel messages accepted
and not yet done, per process.

A server acks whatever comes within milliseconds, and the work runs after the ack. When events arrive faster than
the process can answer them, that work used to wait in the listener pool's queue without limit: in the serve
bench's closed loop the last answer came 6-7 s after the last ack, and a real flood would have answered minutes
late. Now an event dispatched without Bolt (bot.slack.direct: @mentions and channel messages, nearly all of a busy
workspace's events) takes a place in the backlog before it is acked:

- while there is room, at once;
- when there is none, the ack waits up to `ROOM_WAIT_S` for a place, but only while few requests are in line for
  the server's threads (at most `LINE_LIMIT` per thread, :meth:`Backlog.watch`): for a client that sends its next
  event when the last is acked, a place comes free every few milliseconds, so its acks slow down to the pace of the
  answers and nothing is turned away; Slack does not wait for acks before it sends more, and when requests pile
  up in line, waiting would only make every ack behind them late, so none waits;
- when none comes free in that time, the process is saturated: for the next `ROOM_WAIT_S` no ack waits at all, and
  the event is not answered: an @mention gets a short note in its thread that pricebot is busy and to ask again
  (`slack/busy.j2`), a channel message is neither coached nor read as a follow-up. Each kind is counted and
  logged (:class:`Shed`: one warning per `SHED_LOG_INTERVAL_S` with the counts and the first event ids).

The busy notes are bounded too: at most `MAX_NOTES` of them posting or waiting to post at once, per process (a note
is one post, but a slow or failing Slack holds each for seconds). Past that, an @mention met while saturated is
neither claimed nor answered, and logged as such: a flood cannot queue unbounded work through the notes either.

So an ack waits at most `ROOM_WAIT_S` here (Slack's limit is 3 s), an event is answered at most once (the busy note
is its one reply, and its id is claimed as any other's), and no event is dropped without a log line. Slow Slack
counts too: work waiting on a post keeps its place, since its answer is as late as any queued one. Direct
messages, commands, actions and events adopted from a stopped process go through Bolt and are not bounded here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

logger = logging.getLogger("pricebot.slack")

#: Events accepted for answering and not yet done, per process. At the 2-4 ms of CPU an answered event costs, a
#: full backlog is about a second of work.
MAX_WAITING = 256
#: The longest an ack waits for a place in a full backlog. A full backlog frees a place every few milliseconds, but
#: a process on busy cores can go a few hundred milliseconds without finishing any (the scheduler, a full garbage
#: collection): at 0.25 s the serve bench's closed loop on a loaded host turned 3% of its events away.
ROOM_WAIT_S = 1.0
#: An ack waits for a place only while at most this many requests per server thread are in line for a thread. A
#: client that waits for each ack keeps at most one request per connection in line; with the work after the ack
#: running on some of the threads, the serve bench's 16 connections on 8 threads left up to 12 in line.
LINE_LIMIT = 2
#: Busy notes posting or waiting to post at once, per process (:meth:`Backlog.enter_note`).
MAX_NOTES = 32
#: At most one "saturated" warning per this many seconds, with the counts since the last one.
SHED_LOG_INTERVAL_S = 10.0
#: Event ids named in one warning at most.
SHED_IDS_LOGGED = 5


class Shed:
    """Events turned away because the process was saturated, logged at most once per interval: how many of each kind,
    and the first few event ids, so an operator can see what was not answered and why."""

    def __init__(self, interval: float = SHED_LOG_INTERVAL_S) -> None:
        self._interval = interval
        self._last = -interval
        self._counts: dict[str, int] = {}
        self._ids: list[str] = []
        self.total = 0
        self._lock = threading.Lock()

    def record(self, kind: str, event_id: str, waiting: int) -> None:
        now = time.monotonic()
        with self._lock:
            self.total += 1
            self._counts[kind] = self._counts.get(kind, 0) + 1
            if len(self._ids) < SHED_IDS_LOGGED:
                self._ids.append(event_id[:40])
            if now - self._last < self._interval:
                return
            counts, ids = self._counts, self._ids
            self._last, self._counts, self._ids = now, {}, []
        logger.warning("saturated (%d events waiting to be answered): not answered since the last such line: %s "
                       "(events %s%s)", waiting, ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())),
                       ", ".join(ids), ", ..." if sum(counts.values()) > len(ids) else "")


class Backlog:
    """Places for work accepted and not yet done (see the module docstring): :meth:`enter` takes one (or says the
    process is saturated), :meth:`leave` gives it back, :meth:`counted` wraps work so that it gives its place back
    when it ends, however it ends."""

    def __init__(self, bound: int = MAX_WAITING, wait_s: float = ROOM_WAIT_S,
                 log_interval: float = SHED_LOG_INTERVAL_S, notes: int = MAX_NOTES) -> None:
        self.bound = bound
        self.notes_bound = notes
        self._notes = 0
        self._wait_s = wait_s
        self._room = threading.Condition(threading.Lock())
        self._taken = 0
        self._saturated_until = 0.0
        self._line: Callable[[], int] = lambda: 0
        self._line_limit = 0
        self.shed = Shed(log_interval)

    def watch(self, line: Callable[[], int], threads: int) -> None:
        """`line()` tells how many requests wait for one of the server's `threads`: a full backlog makes an ack wait
        for a place only while that is at most `LINE_LIMIT` per thread."""
        self._line, self._line_limit = line, LINE_LIMIT * threads

    @property
    def waiting(self) -> int:
        """Work accepted and not yet done."""
        return self._taken

    def enter(self) -> bool:
        """Take a place: at once while there is room, else after waiting up to `wait_s` for one while the line of
        requests stays short; False when none came free (then, for `wait_s`, False at once while the backlog is full)
        or the line grew."""
        with self._room:
            if self._taken < self.bound:
                self._taken += 1
                return True
            now = time.monotonic()
            if now < self._saturated_until or self._line() > self._line_limit:
                return False
            deadline = now + self._wait_s
            while self._taken >= self.bound:
                left = deadline - time.monotonic()
                if left <= 0:
                    self._saturated_until = time.monotonic() + self._wait_s
                    return False
                self._room.wait(min(left, 0.05))
                if self._line() > self._line_limit:  # acks are piling up behind this one
                    return False
            self._taken += 1
            return True

    def leave(self) -> None:
        with self._room:
            self._taken -= 1
            self._room.notify()

    @property
    def notes(self) -> int:
        """Busy notes posting or waiting to post."""
        return self._notes

    def enter_note(self) -> bool:
        """Take a place for a busy note, at once; False when `notes_bound` of them are already under way (never
        waits: the process is saturated)."""
        with self._room:
            if self._notes >= self.notes_bound:
                return False
            self._notes += 1
            return True

    def leave_note(self) -> None:
        with self._room:
            self._notes -= 1

    def noted(self, work: Callable[..., None]) -> Callable[..., None]:
        """`work` (a busy note), giving its note's place back when it returns or raises."""

        def run(*args: Any, **kwargs: Any) -> None:
            try:
                work(*args, **kwargs)
            finally:
                self.leave_note()

        return run

    def counted(self, work: Callable[..., None]) -> Callable[..., None]:
        """`work`, giving its place back when it returns or raises."""

        def run(*args: Any, **kwargs: Any) -> None:
            try:
                work(*args, **kwargs)
            finally:
                self.leave()

        return run
