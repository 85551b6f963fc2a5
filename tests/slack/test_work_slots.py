"""Listener work holds one of a few slots, and gives it up while it waits on Slack (bot.slack.work_slots)."""

from __future__ import annotations

import threading

from bot.slack.work_slots import WorkSlots


def _try_working(slots: WorkSlots) -> bool:
    """Whether another thread gets a slot within a moment."""
    got = threading.Event()

    def work() -> None:
        with slots.working():
            got.set()

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    found = got.wait(0.5)
    thread.join(5)
    return found


def test_work_beyond_the_slots_waits_until_one_is_free() -> None:
    slots = WorkSlots(1)
    with slots.working():
        assert not _try_working(slots)
    assert _try_working(slots)


def test_a_thread_waiting_on_slack_leaves_its_slot_to_others_and_takes_one_back() -> None:
    slots = WorkSlots(1)
    with slots.working():
        with slots.waiting():
            assert _try_working(slots)
        assert not _try_working(slots)  # its slot again, held until its work ends
    assert _try_working(slots)


def test_nested_work_keeps_one_slot_and_waiting_without_one_changes_nothing() -> None:
    slots = WorkSlots(2)
    with slots.waiting():  # e.g. a Web API call at start-up, outside any listener
        pass
    with slots.working(), slots.working():
        assert _try_working(slots)  # the second slot is still free
    with slots.working(), slots.working():
        pass
    assert _try_working(slots)
