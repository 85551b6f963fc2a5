"""End to end: a usage export shared in pricebot's DM or with a mention is fetched from the stub Web API with the
bot token (files.info, then the download) and answered in the thread with the figures and the chart."""

from __future__ import annotations

import gzip
from decimal import Decimal
from pathlib import Path

import pytest

import glossary
from bot import router
from bot.listeners.usage_files import MAX_FILES
from bot.usage import read
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


# --- file_shared, and what an attacker could try through the upload surface ---------------------------------------


def test_a_file_shared_in_the_dm_arrives_twice_and_is_answered_once_in_the_sharing_thread(
        bot: RunningBot, stub: StubSlack) -> None:
    """Slack sends the message that shares the file and `file_shared`; either may come first."""
    message = payloads.with_files(payloads.direct_message("30% discount"), {"id": "F0TWICE", "name": "generic.csv"})
    stub.add_file("F0TWICE", "generic.csv", (DATA / "generic.csv").read_bytes(),
                  shared_in={payloads.DM_CHANNEL: message["ts"]})
    assert bot.event(payloads.file_shared("F0TWICE")).status == 200
    assert bot.event(message).status == 200
    [post] = stub.wait_for("chat.postMessage")
    stub.wait_for("files.completeUploadExternal")
    bot.settle()
    assert [c.get("thread_ts") for c in stub.calls_to("chat.postMessage")] == [message["ts"]]
    assert len(stub.calls_to("file_download")) == 1
    assert "*At a 30% discount*" in post.get("text")  # the message's text was used: it was the one answered


def test_file_shared_alone_in_the_dm_is_answered_in_the_thread_slack_names(bot: RunningBot, stub: StubSlack) -> None:
    stub.add_file("F0ALONE", "generic.csv", (DATA / "generic.csv").read_bytes(),
                  shared_in={payloads.DM_CHANNEL: "1700000000.000777"})
    bot.event(payloads.file_shared("F0ALONE"))
    [post] = stub.wait_for("chat.postMessage")
    assert post.get("thread_ts") == "1700000000.000777"
    assert post.get("text") == router.usage_reply(analyse(read_path(str(DATA / "generic.csv")))).text


def test_a_file_in_a_channel_without_a_mention_is_never_fetched(bot: RunningBot, stub: StubSlack) -> None:
    shared = stub.add_file("F0CHAN", "usage.csv", (DATA / "generic.csv").read_bytes())
    bot.event(payloads.with_files(payloads.channel_message("numbers from the customer"), shared))
    bot.event(payloads.file_shared("F0CHAN", channel=payloads.CHANNEL))
    bot.settle()
    assert stub.calls_to("files.info", "file_download", "chat.postMessage") == []


def test_pricebots_own_uploads_are_not_read_back(bot: RunningBot, stub: StubSlack) -> None:
    stub.add_file("F0CHART", "pricebot-usage.png", b"\x89PNG\r\n")
    bot.event(payloads.file_shared("F0CHART", user="UBOT0001"))
    bot.settle()
    assert stub.calls_to("files.info", "file_download", "chat.postMessage") == []


def test_a_redirect_to_another_host_gets_no_token(bot: RunningBot, stub: StubSlack) -> None:
    elsewhere = StubSlack().start()  # another host:port: not where the token may go
    try:
        shared = stub.add_file("F0REDIR", "usage.csv", b"x", redirect_to=f"{elsewhere.base_url}files/F0REDIR/x")
        bot.event(payloads.with_files(payloads.direct_message(""), shared))
        [post] = stub.wait_for("chat.postMessage")
        assert "I could not read *usage.csv*: Slack sent the download elsewhere" in post.get("text")
        assert [c.headers.get("authorization") for c in stub.calls_to("file_download")] == [f"Bearer {BOT_TOKEN}"]
        assert elsewhere.calls == []
    finally:
        elsewhere.stop()


@pytest.mark.parametrize(("stated", "unsized"), [(None, False), (10, False), (10, True)],
                         ids=["size-stated", "size-understated", "no-length"])
def test_a_file_over_the_limit_is_refused_and_not_downloaded_past_it(
        bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch, stated: int | None, unsized: bool) -> None:
    """The limit holds whether Slack states the size, understates it, or the download has no length."""
    monkeypatch.setattr(read, "MAX_BYTES", 1024 * 1024)
    big = b"timestamp,model,input_tokens,output_tokens\n" + b"2026-03-02T00:00:00Z,gpt-4o,1,1\n" * 200_000
    shared = stub.add_file("F0BIG", "big.csv", big, size=stated, unsized=unsized)
    bot.event(payloads.with_files(payloads.direct_message(""), shared))
    [post] = stub.wait_for("chat.postMessage")
    assert "I could not read *big.csv*:" in post.get("text")
    assert "1 MB" in post.get("text")
    assert len(stub.calls_to("file_download")) == (0 if stated is None else 1)


def test_a_gzip_bomb_is_refused_at_the_decompressed_limit(
        bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 1024 * 1024)
    bomb = gzip.compress(b"timestamp,model,input_tokens,output_tokens\n" + b"0" * (50 * 1024 * 1024))
    assert len(bomb) < 100 * 1024
    shared = stub.add_file("F0BOMB", "usage.csv.gz", bomb)
    bot.event(payloads.with_files(payloads.direct_message(""), shared))
    [post] = stub.wait_for("chat.postMessage")
    assert "I could not read *usage.csv.gz*:" in post.get("text")
    assert "is larger than 1 MB of text" in post.get("text")


def test_a_binary_file_gets_a_short_reply(bot: RunningBot, stub: StubSlack) -> None:
    shared = stub.add_file("F0BIN", "usage.csv", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    bot.event(payloads.with_files(payloads.direct_message(""), shared))
    [post] = stub.wait_for("chat.postMessage")
    assert "I could not read *usage.csv*:" in post.get("text") and "binary" in post.get("text")
    assert stub.calls_to("files.completeUploadExternal") == []


def test_many_files_at_once_are_read_up_to_the_limit_and_the_rest_named(bot: RunningBot, stub: StubSlack) -> None:
    content = (DATA / "generic.csv").read_bytes()
    files = [stub.add_file(f"F0MANY{i}", f"usage{i}.csv", content) for i in range(MAX_FILES + 3)]
    event = payloads.with_files(payloads.direct_message(""), *files)
    bot.event(event)
    stub.wait_for("chat.postMessage", count=MAX_FILES + 1)
    bot.settle()
    assert len(stub.calls_to("file_download")) == MAX_FILES
    texts = [c.get("text") for c in stub.calls_to("chat.postMessage")]
    assert texts.count(router.usage_reply(analyse(read_path(str(DATA / "generic.csv")))).text) == MAX_FILES
    assert f"I read the first {MAX_FILES} of the {MAX_FILES + 3} files in this message" in texts[-1]


@pytest.mark.parametrize("files", [1.5, "F0X", {"id": "F0X"}, [], ["F0X"]])
def test_a_mention_whose_files_field_is_not_a_list_of_files_is_answered_as_text(
    bot: RunningBot, stub: StubSlack, files: object
) -> None:
    event = payloads.mention("<@UBOT> 40% discount on PTUs, 80% utilization")
    event["files"] = files
    assert bot.event(event).status == 200
    bot.executor.wait_idle()
    (post,) = stub.calls_to("chat.postMessage")
    assert "break-even" in str(post.get("text")).lower()
    assert not stub.calls_to("files.info")
