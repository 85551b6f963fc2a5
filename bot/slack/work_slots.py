"""How many listener threads do Python work at once: a few, while any number may wait on Slack.

Listener work runs on up to `LISTENER_THREADS` pool threads and half the HTTP workers
(bot.slack.http_server.AfterAck), so that posts waiting on a slow Web API (its latency, a 429's Retry-After, an
outage) never starve the others. Under load, though, most of those threads are ready to run Python at once, and
CPython runs one at a time: each switch between them (every 5 ms, and at every store or socket call) costs
context switches and cold caches. In the serve bench's closed loop (16 connections, a stub Web API on loopback),
letting only a few of them work at once took the CPU per event on the mix down by about a fifth
(docs/benchmarks.md, "Round 6"). So listener work holds one of `WORKING_THREADS` slots (:func:`working`) and gives
it up while it waits on the Web API (:func:`waiting`, around every Web API call including its retries' back-off):
a slow Slack holds no slot, and acks never need one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Listener threads doing Python work at once, per process.
WORKING_THREADS = 2


class WorkSlots:
    def __init__(self, slots: int) -> None:
        self._slots = threading.Semaphore(slots)
        self._local = threading.local()

    def _held(self) -> bool:
        return bool(getattr(self._local, "held", False))

    @contextmanager
    def working(self) -> Iterator[None]:
        """Hold a slot for the block (waiting for one first); inside another `working` block, the same slot."""
        if self._held():
            yield
            return
        self._slots.acquire()
        self._local.held = True
        try:
            yield
        finally:
            if self._held():
                self._local.held = False
                self._slots.release()

    @contextmanager
    def waiting(self) -> Iterator[None]:
        """Give this thread's slot up for the block (a network wait), then take one again; no-op without one."""
        if not self._held():
            yield
            return
        self._local.held = False
        self._slots.release()
        try:
            yield
        finally:
            self._slots.acquire()
            self._local.held = True


#: The process's slots.
SLOTS = WorkSlots(WORKING_THREADS)
