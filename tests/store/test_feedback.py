"""Feedback on quotes (both backends): a verdict is stored with the quote, only in the quote's own conversation,
the latest click wins, and the answers marked wrong are listed with their question."""

from __future__ import annotations

import pytest

from bot.store import Store


def _quote(store: Store, text: str, channel: str = "C1") -> int:
    return store.record_quote(surface="mention", user="U1", channel=channel, thread_ts="1.1", text=text,
                              intent="break_even", understood=True, data={"request": {}})


def test_a_verdict_is_stored_with_the_quote_and_wrong_ones_are_listed_with_their_question(store: Store) -> None:
    first = _quote(store, "40% discount at 80% utilization")
    second = _quote(store, "caching 4k prefix, 10k calls a day")
    third = _quote(store, "bedrock 20% over direct")
    assert store.set_feedback(first, "wrong", by="U2", channel="C1")
    assert store.set_feedback(second, "right", by="U2", channel="C1")
    assert store.set_feedback(third, "wrong", by="U3", channel="C1")
    listed = store.marked_wrong()
    assert [(w["id"], w["text"], w["feedback_by"]) for w in listed] == [  # latest first (then the later quote)
        (third, "bedrock 20% over direct", "U3"), (first, "40% discount at 80% utilization", "U2")]
    # the latest click wins
    assert store.set_feedback(first, "right", by="U2", channel="C1")
    assert [w["id"] for w in store.marked_wrong()] == [third]
    assert store.marked_wrong(limit=1) == store.marked_wrong()[:1]


def test_feedback_naming_a_quote_of_another_conversation_or_none_changes_nothing(store: Store) -> None:
    theirs = _quote(store, "a DM quote", channel="D1")
    assert not store.set_feedback(theirs, "wrong", by="U9", channel="C1")
    assert not store.set_feedback(987654, "wrong", by="U9", channel="C1")
    assert store.marked_wrong() == []
    with pytest.raises(ValueError, match="not one of right, wrong"):
        store.set_feedback(theirs, "meh", by="U9", channel="D1")  # type: ignore[arg-type]
