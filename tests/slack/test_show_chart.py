"""End to end: a quote's "Show chart" button, and "chart" in an ask, put the PNG in the quote's thread."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from tests.slack import blockkit
from tests.support import payloads
from tests.support.running import RunningBot, click, the_button
from tests.support.stub import StubSlack

pytestmark = pytest.mark.e2e


def test_quote_reply_is_block_kit_with_a_button_and_a_click_uploads_the_chart_into_its_thread(
    bot: RunningBot, stub: StubSlack
) -> None:
    bot.command("/quote", "40% discount on PTUs at 80% utilization")
    summary, answer = stub.wait_for("chat.postMessage", count=2)
    assert isinstance(summary.response, dict)
    assert answer.get("thread_ts") == summary.response["ts"]
    blocks = answer.get("blocks")
    assert not blockkit.problems(blocks)
    assert blocks[0]["type"] == "header" and "1 − 40% = *60%*" in answer.get("text")  # the plain-text fallback
    bot.settle()
    assert stub.calls_to("files.getUploadURLExternal") == []  # no chart until someone asks for it

    result = bot.interactive(click(answer, the_button(answer), stub.response_url("click")))
    assert result.status == 200 and result.seconds < 3.0

    [complete] = stub.wait_for("files.completeUploadExternal", timeout=30)
    assert complete.get("channel_id") == payloads.CHANNEL
    assert complete.get("thread_ts") == summary.response["ts"]
    [get_url] = stub.calls_to("files.getUploadURLExternal")
    assert get_url.get("filename") == "pricebot-breakeven.png"
    [upload] = stub.calls_to("file_upload")
    assert upload.path.startswith("/upload/") and upload.body["bytes"].startswith(b"\x89PNG")
    assert len(upload.body["bytes"]) > 10_000
    bot.settle()
    assert stub.calls_to("response_url") == []  # nothing to apologise for


def test_after_a_click_the_button_says_chart_posted_below_and_a_second_click_posts_nothing(
    bot: RunningBot, stub: StubSlack
) -> None:
    bot.event(payloads.mention("4,000-token system prompt at $5/1M, cache hits at $0.50/1M, 10k calls a day"))
    [answer] = stub.wait_for("chat.postMessage")
    button = the_button(answer)
    assert bot.interactive(click(answer, button, stub.response_url("first"))).status == 200
    [complete] = stub.wait_for("files.completeUploadExternal", timeout=30)
    assert complete.get("thread_ts") == answer.get("thread_ts")
    assert stub.calls_to("files.getUploadURLExternal")[0].get("filename") == "pricebot-caching.png"
    [update] = stub.wait_for("chat.update")
    assert isinstance(answer.response, dict)
    assert update.get("channel") == payloads.CHANNEL and update.get("ts") == answer.response["ts"]
    assert not blockkit.problems(update.get("blocks"))
    labels = [e["text"]["text"] for b in update.get("blocks") if b.get("block_id") == "quote_chart"
              for e in b["elements"]]
    assert labels == ["Chart posted below"]
    # the rest of the quote is left as it was
    assert [b for b in update.get("blocks") if b.get("block_id") != "quote_chart"] == [
        b for b in answer.get("blocks") if b.get("block_id") != "quote_chart"]
    assert update.get("text") == answer.get("text")

    # the same button clicked again (a second person before the update reached them, or a retried request)
    assert bot.interactive(click(answer, button, stub.response_url("second"))).status == 200
    # and the updated button clicked
    posted_below = next(e for b in update.get("blocks") if b.get("block_id") == "quote_chart" for e in b["elements"])
    assert bot.interactive(click(answer, posted_below, stub.response_url("third"))).status == 200
    bot.settle()
    assert len(stub.calls_to("files.completeUploadExternal")) == 1
    assert len(stub.calls_to("chat.update")) == 1
    assert stub.calls_to("response_url") == []  # nothing said, nothing to apologise for


def test_a_click_whose_upload_failed_can_be_tried_again(bot: RunningBot, stub: StubSlack) -> None:
    from tests.support.stub import Scripted

    bot.event(payloads.mention("40% discount on PTUs at 80% utilization"))
    [answer] = stub.wait_for("chat.postMessage")
    stub.script("files.getUploadURLExternal", Scripted(200, {"ok": False, "error": "missing_scope"}))
    assert bot.interactive(click(answer, the_button(answer), stub.response_url("fail"))).status == 200
    [note] = stub.wait_for("response_url", timeout=30)
    assert "could not be posted" in note.text
    assert stub.calls_to("chat.update") == []  # the button still offers the chart
    assert bot.interactive(click(answer, the_button(answer), stub.response_url("again"))).status == 200
    assert stub.wait_for("files.completeUploadExternal", timeout=30)
    assert stub.wait_for("chat.update")


@pytest.mark.parametrize("value", [json.dumps({"q": 987654}), "not json", json.dumps({"d": {"request": {}}})])
def test_a_button_whose_quote_is_gone_gets_a_short_private_note(
    bot: RunningBot, stub: StubSlack, value: str
) -> None:
    bot.event(payloads.mention("40% discount on PTUs at 80% utilization"))
    [answer] = stub.wait_for("chat.postMessage")
    assert bot.interactive(click(answer, the_button(answer), stub.response_url("gone"), value=value)).status == 200
    [note] = stub.wait_for("response_url")
    assert note.get("response_type") == "ephemeral" and "no longer stored" in note.get("text")
    bot.settle()
    assert stub.calls_to("files.getUploadURLExternal") == []


def test_the_word_chart_in_an_ask_uploads_without_a_click(bot: RunningBot, stub: StubSlack) -> None:
    event = payloads.mention("chart the break-even at 40% discount")
    bot.event(event)
    [complete] = stub.wait_for("files.completeUploadExternal", timeout=30)
    [answer] = stub.calls_to("chat.postMessage")
    assert complete.get("thread_ts") == answer.get("thread_ts") == event["ts"]
    assert complete.get("channel_id") == payloads.CHANNEL
    the_button(answer)  # still offered, for another copy later


def test_chart_asked_for_an_answer_without_one_says_so_and_uploads_nothing(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.mention("Bedrock list is 20% over direct with a 10% EA discount, show me a chart"))
    [answer] = stub.wait_for("chat.postMessage")
    bot.settle()
    assert stub.calls_to("files.getUploadURLExternal") == []
    assert "No chart for this kind of answer" in answer.text
    assert not [e for b in answer.get("blocks") for e in b.get("elements", []) if e.get("action_id") == "show_chart"]


def test_a_click_is_acked_before_anything_is_drawn(bot: RunningBot, stub: StubSlack,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from bot.slack import post_chart as charts

    release = threading.Event()
    real = charts._draw

    def slow_draw(reply: Any) -> Any:
        release.wait(timeout=20)
        return real(reply)

    bot.event(payloads.mention("40% discount on PTUs at 80% utilization"))
    [answer] = stub.wait_for("chat.postMessage")
    monkeypatch.setattr(charts, "_draw", slow_draw)
    result = bot.interactive(click(answer, the_button(answer), stub.response_url("slow")))
    assert result.status == 200 and result.seconds < 3.0
    assert stub.calls_to("files.getUploadURLExternal") == []
    release.set()
    assert stub.wait_for("files.completeUploadExternal", timeout=30)


def test_a_click_whose_upload_fails_gets_a_short_private_note(bot: RunningBot, stub: StubSlack) -> None:
    from tests.support.stub import Scripted

    bot.event(payloads.mention("40% discount on PTUs at 80% utilization"))
    [answer] = stub.wait_for("chat.postMessage")
    stub.script("files.getUploadURLExternal", Scripted(200, {"ok": False, "error": "missing_scope"}))
    assert bot.interactive(click(answer, the_button(answer), stub.response_url("fail"))).status == 200
    [note] = stub.wait_for("response_url", timeout=30)
    assert note.get("response_type") == "ephemeral" and "could not be posted" in note.get("text")
    bot.settle()
    assert not [p for p in stub.posts() if ":warning:" in p.text]


def test_chart_asked_for_before_the_figures_are_in_says_what_it_needs(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.mention("chart provisioned throughput for us, is it cheaper?"))
    [answer] = stub.wait_for("chat.postMessage")
    bot.settle()
    assert stub.calls_to("files.getUploadURLExternal") == []
    assert "The chart needs the figures asked for above" in answer.text


def test_the_button_names_the_stored_quote_and_the_reply_carries_its_figures_as_metadata(
        bot: RunningBot, stub: StubSlack) -> None:
    bot.command("/quote", "4,000-token system prompt at $5/1M, cache hits at $0.50/1M, 10k calls a day")
    summary, answer = stub.wait_for("chat.postMessage", count=2)
    button = the_button(answer)
    metadata = answer.get("metadata")
    assert metadata["event_type"] == "pricebot_quote"
    payload = metadata["event_payload"]
    assert json.loads(button["value"]) == {"q": payload["quote_id"]}  # the button names the quote, nothing more
    assert payload["kind"] == "caching" and payload["question"].startswith("4,000-token system prompt")
    assert payload["request"]["prefix_tokens"] == "4000" and payload["request"]["calls_per_day"] == "10000"
    assert payload["request"]["input_rate"] == "5" and Decimal(payload["request"]["cache_read_rate"]) == Decimal("0.5")
    shown = {f["text"].split("\n")[0].strip("*"): f["text"].split("\n", 1)[1]
             for b in answer.get("blocks") if b["type"] == "section" for f in b.get("fields", [])}
    assert {f["label"]: f["value"] for f in payload["key_figures"]} == shown and shown  # as the fields show them
    assert "Saving per cache hit" in shown and shown["Saving per cache hit"] == "$0.018"
    for value in payload.values():  # Slack's shape: scalars, flat objects, lists of flat objects
        rows = value if isinstance(value, list) else [value]
        for row in rows:
            assert isinstance(row, str | int | bool) or all(isinstance(v, str | int | bool) for v in row.values())
    assert bot.interactive(click(answer, button, stub.response_url("stored"))).status == 200
    [complete] = stub.wait_for("files.completeUploadExternal", timeout=30)
    assert isinstance(summary.response, dict) and complete.get("thread_ts") == summary.response["ts"]
    assert stub.calls_to("files.getUploadURLExternal")[0].get("filename") == "pricebot-caching.png"
    assert summary.get("metadata") is None  # the channel summary is not the quote reply


def test_a_dm_answer_carries_its_figures_as_metadata_but_not_the_question(bot: RunningBot, stub: StubSlack) -> None:
    ask = "4,000-token system prompt at $5/1M, cache hits at $0.50/1M, 10k calls a day, for the Acme renewal"
    bot.event(payloads.direct_message(ask))
    [answer] = stub.wait_for("chat.postMessage")
    payload = answer.get("metadata")["event_payload"]
    assert payload["kind"] == "caching" and payload["request"]["prefix_tokens"] == "4000"
    assert "question" not in payload and "Acme" not in json.dumps(answer.get("metadata"))


def test_an_uploaded_charts_title_and_alt_text_are_the_phrases_file_words(bot: RunningBot, stub: StubSlack) -> None:
    from bot.phrases import phrases

    bot.event(payloads.mention("chart 40% discount on PTUs at 80% utilization"))
    [complete] = stub.wait_for("files.completeUploadExternal", timeout=30)
    [get_url] = stub.calls_to("files.getUploadURLExternal")
    title = phrases()["chart_text"]["upload"]["breakeven"]
    assert get_url.get("alt_txt") == title
    files = complete.get("files")
    assert title in (files if isinstance(files, str) else json.dumps(files))
