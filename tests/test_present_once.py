"""What the presentation layer renders from one answer is kept while that answer lives, and a collected answer's
entry is dropped without ever blocking the thread that collected it."""

from __future__ import annotations

import gc
import threading

from bot.present import _OncePerAnswer


class _Answer:
    """Stands in for an Answer: any object a weak reference can point to."""


def test_an_answer_is_rendered_once_while_it_lives_and_its_entry_goes_with_it() -> None:
    once, calls = _OncePerAnswer(), []
    answer = _Answer()
    for _ in range(3):
        assert once.get(answer, "text", lambda: calls.append(1) or "rendered") == "rendered"  # type: ignore[arg-type, func-returns-value]
    assert calls == [1]
    del answer
    gc.collect()
    once.get(_Answer(), "text", lambda: "other")  # type: ignore[arg-type]
    assert len(once._kept) == 1  # the collected answer's entry was purged, the new one kept


def test_an_answer_collected_while_the_lock_is_held_does_not_deadlock() -> None:
    # a collection can run inside any allocation, including one made under the lock by the same thread
    once = _OncePerAnswer()
    answer = _Answer()
    once.get(answer, "text", lambda: "rendered")  # type: ignore[arg-type]
    done = threading.Event()

    def collect_under_the_lock() -> None:
        with once._lock:
            nonlocal answer
            del answer  # the weak reference's callback runs here, on this thread, the lock held
            gc.collect()
        done.set()

    worker = threading.Thread(target=collect_under_the_lock, daemon=True)
    worker.start()
    assert done.wait(5), "the weak reference's callback blocked on the lock its own thread held"
    once.get(_Answer(), "blocks", lambda: "b")  # type: ignore[arg-type]
    assert [what for _, what in once._kept] == ["blocks"]
