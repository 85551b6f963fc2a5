"""Feedback on quotes (both backends): a verdict is stored with the quote, only in the quote's own conversation,
the latest click wins, and the answers marked wrong are listed with their question."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.store import Store
from bot.store_open import open_store


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


def test_one_verdict_per_reader_another_readers_click_keeps_a_wrong(store: Store) -> None:
    first = _quote(store, "40% discount at 80% utilization")
    assert store.set_feedback(first, "wrong", by="U2", channel="C1")
    assert store.set_feedback(first, "right", by="U3", channel="C1")
    assert [(w["id"], w["feedback_by"]) for w in store.marked_wrong()] == [(first, "U2")]
    assert store.set_feedback(first, "wrong", by="U4", channel="C1")
    assert [w["id"] for w in store.marked_wrong()] == [first]  # listed once, however many marked it
    assert store.count_marked_wrong() == 1


def test_a_viewer_sees_only_quotes_they_asked_or_marked(store: Store) -> None:
    asked = _quote(store, "asked by U1")  # _quote's asker is U1
    theirs = store.record_quote(surface="dm", user="U7", channel="D7", thread_ts=None, text="U7's DM",
                                intent="quote", understood=True, data={"request": {}})
    assert store.set_feedback(asked, "wrong", by="U2", channel="C1")
    assert store.set_feedback(theirs, "wrong", by="U7", channel="D7")
    assert [w["text"] for w in store.marked_wrong(viewer="U1")] == ["asked by U1"]
    assert [w["text"] for w in store.marked_wrong(viewer="U2")] == ["asked by U1"]  # marked by U2
    assert [w["text"] for w in store.marked_wrong(viewer="U7")] == ["U7's DM"]
    assert store.marked_wrong(viewer="U9") == [] and store.count_marked_wrong(viewer="U9") == 0
    assert store.count_marked_wrong() == 2  # the admin CLI still lists all


def test_deleting_the_asking_message_deletes_the_verdicts(store: Store) -> None:
    quote_id = store.record_quote(surface="mention", user="U1", channel="C1", thread_ts="1.1", text="ask",
                                  intent="quote", understood=True, data={"request": {}}, ts="5.5")
    assert store.set_feedback(quote_id, "wrong", by="U2", channel="C1")
    store.forget_message("C1", "5.5")
    assert store.marked_wrong() == [] and store.count_marked_wrong() == 0


def test_verdicts_stored_before_one_per_reader_are_kept(tmp_path: Path) -> None:
    """A database from the version that kept one verdict on the quote row: opening it moves that verdict over."""
    location = tmp_path / "v5.db"
    old = open_store(location)
    quote_id = _quote(old, "marked before the upgrade")
    old.close()
    with sqlite3.connect(location) as conn:  # back to schema 5, as that version left it
        conn.execute("UPDATE quotes SET feedback = 'wrong', feedback_by = 'U2', "
                     "feedback_at = '2026-01-02T00:00:00+00:00'")
        conn.execute("DROP TABLE quote_feedback")
        conn.execute("DELETE FROM schema_version WHERE version = 6")
    listed = open_store(location).marked_wrong()
    assert [(w["id"], w["feedback_by"], w["feedback_at"]) for w in listed] == [
        (quote_id, "U2", "2026-01-02T00:00:00+00:00")]


# A quote's request and data are kept as JSON encoded in one pass (bot.store.json_text): what a click on "Copy for
# proposal" or "Show chart" reads back is what the answer said, for answers of every kind and any text.
STORED_ASKS = [
    "40% discount on PTUs, we'd sit around 80% utilization",
    "4k-token system prompt, 10k calls a day at $5/M input and $0.50/M cache reads, is caching worth it?",
    "endpoint charges $0.002 per call, calls are ~1,500 input and 400 output tokens at $3/$15 per M: cheaper?",
    "2M input + 500k output tokens a day at $5/$15 per 1M",
    "Azure list is 20% over direct and their EA gives 12% off: what's the effective markup?",
    "we’re quoting “about 40%” off on-demand — at 75 % utilization does the PTU pay? ✓ 日本語",  # not ASCII
    "what's a PTU?",  # near miss: no figures, nothing to copy
]


@pytest.mark.parametrize("ask", STORED_ASKS)
def test_a_stored_quote_reads_back_as_the_answer_gave_it(ask: str, store: Store) -> None:
    from bot import router

    reply = router.answer(ask, rate_cards={})
    quote_id = store.record_quote(surface="mention", user="U1", channel="C1", thread_ts="1.1", text=ask,
                                  intent=reply.intent, understood=reply.understood, data=reply.data)
    kept = store.quote_data(quote_id, channel="C1")
    assert kept == reply.data
    assert (kept or {}).get("proposal") == reply.data.get("proposal")  # the paragraph "Copy for proposal" shows
    [row] = [q for q in store.quotes(limit=1) if q["id"] == quote_id]
    assert row["request"] == reply.data["request"] and row["text"] == ask


def test_special_numbers_and_keys_keep_their_json_value() -> None:
    import json

    from bot.store import json_text

    for value in ({"x": float("inf"), "y": -0.0, "z": 1e-07}, {"n": None, "t": (1, 2), "b": True}, {"s": "a\ud800"}):
        assert json.dumps(json.loads(json_text(value))) == json.dumps(json.loads(json.dumps(value, default=str)))
