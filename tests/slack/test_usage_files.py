"""End to end: a usage export shared in pricebot's DM or with a mention is fetched from the stub Web API with the
bot token (files.info, then the download) and answered in the thread with the figures and the chart."""

from __future__ import annotations

import gzip
from decimal import Decimal
from pathlib import Path

import pytest

import glossary
from bot import router
from bot.usage.analyse import analyse
from bot.usage.read import read_path
from tests.support import payloads
from tests.support.running import BOT_TOKEN, RunningBot
from tests.support.stub import StubSlack

pytestmark = pytest.mark.e2e

DATA = Path(__file__).resolve().parent.parent / "data" / "usage"


def test_a_file_in_the_dm_is_downloaded_with_the_token_and_answered_in_its_thread(
        bot: RunningBot, stub: StubSlack) -> None:
    shared = stub.add_file("F0USAGE1", "generic.csv", (DATA / "generic.csv").read_bytes())
    event = payloads.with_files(payloads.direct_message(""), shared)
    assert bot.event(event).status == 200
    [post] = stub.wait_for("chat.postMessage")
    [upload] = stub.wait_for("files.completeUploadExternal")
    [info] = stub.calls_to("files.info")
    [download] = stub.calls_to("file_download")
    assert info.get("file") == "F0USAGE1"
    assert download.headers["authorization"] == f"Bearer {BOT_TOKEN}"
    assert post.get("channel") == payloads.DM_CHANNEL and post.get("thread_ts") == event["ts"]
    assert post.get("text") == router.usage_reply(analyse(read_path(str(DATA / "generic.csv")))).text
    blocks = post.get("blocks")
    assert blocks[0]["text"]["text"] == "Usage export repriced at list"
    fields = {f["text"].split("\n")[0] for f in blocks[1]["fields"]}
    assert {"*Peak-to-average*", "*A commitment pays above*", "*Commitment at 30% off*"} <= fields
    assert upload.get("thread_ts") == event["ts"]
    [png] = stub.calls_to("file_upload")
    assert png.body["bytes"].startswith(b"\x89PNG")


def test_a_mention_with_a_gzipped_export_and_a_discount_is_answered_in_that_thread(
        bot: RunningBot, stub: StubSlack) -> None:
    packed = gzip.compress((DATA / "anthropic_messages.json").read_bytes())
    shared = stub.add_file("F0USAGE2", "usage.json.gz", packed)
    event = payloads.with_files(payloads.mention("40% discount, what should they commit?",
                                                 thread_ts="1699999999.000100"), shared)
    bot.event(event)
    [post] = stub.wait_for("chat.postMessage")
    stub.wait_for("files.completeUploadExternal")
    assert post.get("thread_ts") == "1699999999.000100"
    expected = analyse(read_path(str(DATA / "anthropic_messages.json")), discount=Decimal("0.4"))
    (plan,) = expected.analysis.plans
    assert "*At a 40% discount*" in post.get("text")
    assert f"{plan.commitment:.2f}"[:3] in post.get("text")
    assert post.get("text") == router.usage_reply(expected, "40% discount, what should they commit?").text


def test_a_bad_file_gets_a_short_reply_naming_row_and_column_and_no_chart(bot: RunningBot, stub: StubSlack) -> None:
    bad = b"timestamp,model,input_tokens,output_tokens\n2026-03-02T00:00:00Z,gpt-4o,-5,10\n"
    shared = stub.add_file("F0USAGE3", "bad.csv", bad)
    bot.event(payloads.with_files(payloads.direct_message("here's our usage"), shared))
    [post] = stub.wait_for("chat.postMessage")
    bot.settle()
    text = post.get("text")
    assert text.startswith(":warning: I could not read *bad.csv*:")
    assert "Row 2, column input_tokens: '-5' is negative: counts are 0 or more." in text
    assert not glossary.lint(text)
    assert stub.calls_to("files.completeUploadExternal") == []


def test_a_file_slack_will_not_give_is_answered_not_dropped(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.with_files(payloads.direct_message(""), {"id": "F0MISSING", "name": "usage.csv"}))
    [post] = stub.wait_for("chat.postMessage")
    assert "I could not read *usage.csv*: Slack did not give me the file (file_not_found)" in post.get("text")
    assert stub.calls_to("file_download") == []


def test_the_token_is_never_sent_to_a_host_other_than_slack(bot: RunningBot, stub: StubSlack) -> None:
    shared = stub.add_file("F0USAGE4", "usage.csv", b"whatever", download_url="http://198.51.100.7/usage.csv")
    bot.event(payloads.with_files(payloads.direct_message(""), shared))
    [post] = stub.wait_for("chat.postMessage")
    assert "Slack gave no download address for it" in post.get("text")
    assert stub.calls_to("file_download") == []
