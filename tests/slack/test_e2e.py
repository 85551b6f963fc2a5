"""End to end: signed requests to pricebot served by waitress; its Web API calls land on the stub."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest

from bot import router
from tests.support import payloads
from tests.support.running import BOT_TOKEN, RunningBot
from tests.support.signing import post_json
from tests.support.stub import BOT_ID, BOT_USER_ID, RATE_LIMITED, Scripted, StubSlack

pytestmark = pytest.mark.e2e


def test_url_verification_echoes_the_challenge(bot: RunningBot, stub: StubSlack) -> None:
    result = post_json(bot.events_url, {"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV", "type": "url_verification"})
    assert result.status == 200
    assert "3eZbrw1aBm2rZgRNFdxV" in result.body


def test_health_check(bot: RunningBot) -> None:
    import urllib.request

    with urllib.request.urlopen(bot.server.url + "/healthz", timeout=5) as response:
        assert response.status == 200
        assert response.read() == b"ok\n"


def test_bad_signature_is_rejected_and_nothing_posted(bot: RunningBot, stub: StubSlack) -> None:
    body = payloads.event_callback(payloads.mention("break-even at a 40% discount?"))
    result = post_json(bot.events_url, body, signature="v0=" + "0" * 64)
    assert result.status == 401
    wrong_secret = post_json(bot.events_url, body, secret="not-the-secret")
    assert wrong_secret.status == 401
    bot.settle()
    assert stub.posts() == []


def test_six_minute_old_timestamp_is_rejected(bot: RunningBot, stub: StubSlack) -> None:
    body = payloads.event_callback(payloads.mention("break-even at a 40% discount?"))
    result = post_json(bot.events_url, body, timestamp=int(time.time()) - 6 * 60)
    assert result.status == 401
    bot.settle()
    assert stub.posts() == []


def test_top_level_mention_is_answered_in_a_new_thread_under_it(bot: RunningBot, stub: StubSlack) -> None:
    event = payloads.mention("40% discount on PTUs at 80% utilization")
    assert bot.event(event).status == 200
    [post] = stub.wait_for("chat.postMessage")
    assert post.get("channel") == payloads.CHANNEL
    assert post.get("thread_ts") == event["ts"]
    assert post.get("text") == router.answer("40% discount on PTUs at 80% utilization", rate_cards={}).text


def test_mention_inside_a_thread_is_answered_in_that_thread(bot: RunningBot, stub: StubSlack) -> None:
    event = payloads.mention("what is provisioned throughput?", thread_ts="1699999999.000100")
    bot.event(event)
    [post] = stub.wait_for("chat.postMessage")
    assert post.get("thread_ts") == "1699999999.000100"


def test_direct_message_is_answered_in_the_dm(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.direct_message("40% discount on PTUs at 80% utilization"))
    [post] = stub.wait_for("chat.postMessage")
    assert post.get("channel") == payloads.DM_CHANNEL


def test_channel_ping_in_an_ask_is_never_echoed_raw(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.mention("<!channel> <!here> <@U0THER> 40% discount on PTUs at 80% utilization"))
    bot.command("/quote", "<!channel> 40% discount on PTUs at 80% utilization")
    stub.wait_for("chat.postMessage")
    stub.wait_for("response_url", "chat.postMessage", count=2)
    bot.settle()
    posted = stub.posts()
    assert posted
    for call in posted:
        assert "<!channel>" not in call.text and "<!here>" not in call.text, call


def test_a_retried_event_is_answered_once(bot: RunningBot, stub: StubSlack) -> None:
    event = payloads.mention("40% discount on PTUs at 80% utilization")
    assert bot.event(event, event_id="EvRETRY01").status == 200
    stub.wait_for("chat.postMessage")
    assert bot.event(event, event_id="EvRETRY01", retry_num=1).status == 200
    assert bot.event(event, event_id="EvRETRY01", retry_num=2).status == 200
    bot.settle()
    assert len(stub.calls_to("chat.postMessage")) == 1


def test_a_retry_after_a_restart_on_the_same_database_is_not_answered(
    start_bot: Callable[[], RunningBot], stub: StubSlack
) -> None:
    first = start_bot()
    event = payloads.mention("40% discount on PTUs at 80% utilization")
    first.event(event, event_id="EvRESTART1")
    stub.wait_for("chat.postMessage")
    first.stop()
    second = start_bot()
    assert second.event(event, event_id="EvRESTART1", retry_num=1).status == 200
    second.settle()
    assert len(stub.calls_to("chat.postMessage")) == 1


def test_the_bots_own_messages_are_ignored(bot: RunningBot, stub: StubSlack) -> None:
    own = payloads.channel_message("Provisioned is cheaper.", user=BOT_USER_ID, bot_id=BOT_ID)
    bot_message = payloads.channel_message("Provisioned is cheaper.", subtype="bot_message", bot_id=BOT_ID)
    bot_message.pop("user")
    for event in (own, bot_message):
        assert bot.event(event).status == 200
    bot.settle()
    assert stub.posts() == []


def test_edited_and_deleted_messages_do_not_crash_or_post(bot: RunningBot, stub: StubSlack) -> None:
    edited = {"type": "message", "subtype": "message_changed", "channel": payloads.CHANNEL, "channel_type": "channel",
              "hidden": True, "ts": payloads.new_ts(),
              "message": {"type": "message", "user": payloads.USER, "text": "Provisioned is cheaper.", "ts": "1.2"},
              "previous_message": {"type": "message", "user": payloads.USER, "text": "hi", "ts": "1.2"}}
    deleted = {"type": "message", "subtype": "message_deleted", "channel": payloads.CHANNEL, "channel_type": "channel",
               "hidden": True, "ts": payloads.new_ts(), "deleted_ts": "1.2"}
    for event in (edited, deleted):
        assert bot.event(event).status == 200
    bot.settle()
    assert stub.posts() == []


def test_app_home_is_published(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.home_opened())
    [call] = stub.wait_for("views.publish")
    assert call.get("user_id") == payloads.USER
    view = call.get("view")
    assert view["type"] == "home"
    text = json.dumps(view)
    assert "/quote" in text
    assert "genai-prices" in text


def test_a_rate_limited_post_is_retried_and_delivered_once(bot: RunningBot, stub: StubSlack) -> None:
    stub.script("chat.postMessage", RATE_LIMITED)
    event = payloads.mention("40% discount on PTUs at 80% utilization")
    bot.event(event)
    attempts = stub.wait_for("chat.postMessage", count=2, timeout=15)
    assert len(attempts) == 2
    assert attempts[1].get("thread_ts") == event["ts"]
    assert attempts[1].headers.get("authorization") == f"Bearer {BOT_TOKEN}"
    bot.settle()
    assert len(stub.calls_to("chat.postMessage")) == 2  # the 429 and the delivery, nothing more


# --- coaching ---------------------------------------------------------------------------------------------------


def test_a_coaching_flag_is_ephemeral_to_the_author_in_the_messages_thread(bot: RunningBot, stub: StubSlack) -> None:
    top = payloads.channel_message("Honestly, provisioned is cheaper for them.")
    bot.event(top)
    [note] = stub.wait_for("chat.postEphemeral")
    assert note.get("user") == payloads.USER
    assert note.get("channel") == payloads.CHANNEL
    assert note.get("thread_ts") == top["ts"]
    assert "provisioned-is-cheaper" in json.dumps(note.get("blocks"))
    assert "breaks even at sustained utilization above roughly 65%" in note.text

    reply_in_thread = payloads.channel_message("Provisioned is cheaper.", thread_ts="1699999999.000200")
    bot.event(reply_in_thread)
    notes = stub.wait_for("chat.postEphemeral", count=2)
    assert notes[1].get("thread_ts") == "1699999999.000200"
    bot.settle()
    assert stub.calls_to("chat.postMessage") == []  # nothing public


def test_a_clean_message_gets_no_note(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.channel_message("Provisioned throughput breaks even at sustained utilization above 60% here."))
    bot.settle()
    assert stub.posts() == []


def test_channel_mode_thread_posts_the_note_in_the_thread_and_off_stops_it(bot: RunningBot, stub: StubSlack) -> None:
    bot.command("/fieldcheck", "mode thread", hook="mode")
    [confirmation] = stub.wait_for("response_url")
    assert "thread" in confirmation.text and confirmation.get("response_type") == "ephemeral"

    message = payloads.channel_message("Caching saves money, trust me.")
    bot.event(message)
    [note] = stub.wait_for("chat.postMessage")
    assert note.get("thread_ts") == message["ts"]
    assert f"<@{payloads.USER}>" in note.text

    bot.command("/fieldcheck", "mode off", hook="off")
    stub.wait_for("response_url", count=2)
    bot.event(payloads.channel_message("Caching saves money, trust me."))
    bot.settle()
    assert len(stub.calls_to("chat.postMessage")) == 1
    assert stub.calls_to("chat.postEphemeral") == []


def test_channel_mode_applies_only_to_the_channel_it_was_typed_in(bot: RunningBot, stub: StubSlack) -> None:
    bot.command("/fieldcheck", "mode off", channel="C0000ELSE")
    stub.wait_for("response_url")
    bot.event(payloads.channel_message("Provisioned is cheaper."))
    assert stub.wait_for("chat.postEphemeral")


def test_an_unknown_mode_is_refused_naming_the_choices(bot: RunningBot, stub: StubSlack) -> None:
    bot.command("/fieldcheck", "mode loud")
    [answer] = stub.wait_for("response_url")
    assert "loud" in answer.text
    for mode in ("ephemeral", "thread", "off"):
        assert mode in answer.text


def test_a_mute_is_honoured_on_the_next_message(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.channel_message("Provisioned is cheaper."))
    [note] = stub.wait_for("chat.postEphemeral")
    button = next(b["accessory"] for b in note.get("blocks") if b.get("accessory"))
    assert button["text"]["text"] == "Mute this rule for me"

    click = payloads.button_click(button["action_id"], button["value"], stub.response_url("mute"))
    assert bot.interactive(click).status == 200
    [confirmation] = stub.wait_for("response_url")
    # the private note is replaced in place by a one-line confirmation
    assert confirmation.get("replace_original") is True and not confirmation.get("blocks")
    assert "provisioned-is-cheaper" in confirmation.text and "\n" not in confirmation.get("text")

    bot.event(payloads.channel_message("Provisioned is cheaper, again."))
    bot.settle()
    assert len(stub.calls_to("chat.postEphemeral")) == 1
    # another rule still flags, and the mute is only for the person who clicked
    bot.event(payloads.channel_message("Caching saves money."))
    bot.event(payloads.channel_message("Provisioned is cheaper.", user=payloads.OTHER_USER))
    assert len(stub.wait_for("chat.postEphemeral", count=3)) == 3


def test_muting_from_a_note_posted_in_the_thread_leaves_the_note_for_everyone(bot: RunningBot,
                                                                             stub: StubSlack) -> None:
    bot.command("/fieldcheck", "mode thread", hook="mode")  # the channel's creator sets it
    stub.wait_for("response_url")
    bot.event(payloads.channel_message("Provisioned is cheaper."))
    [note] = stub.wait_for("chat.postMessage")
    button = next(b["accessory"] for b in note.get("blocks") if b.get("accessory"))
    click = {**payloads.button_click(button["action_id"], button["value"], stub.response_url("mute")),
             "container": {"type": "message", "message_ts": "1.2", "channel_id": payloads.CHANNEL,
                           "is_ephemeral": False}}
    assert bot.interactive(click).status == 200
    [_, confirmation] = stub.wait_for("response_url", count=2)
    assert confirmation.get("replace_original") is False and confirmation.get("response_type") == "ephemeral"
    assert "provisioned-is-cheaper" in confirmation.text
    bot.settle()
    assert stub.calls_to("chat.update") == []


def test_user_text_in_a_note_is_escaped(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.channel_message("<!channel> provisioned is cheaper <https://evil.example|click>"))
    [note] = stub.wait_for("chat.postEphemeral")
    assert "<!channel>" not in note.text
    assert "<https://evil.example" not in note.text


def test_a_message_that_mentions_the_bot_is_answered_not_coached(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.channel_message(f"<@{BOT_USER_ID}> is provisioned cheaper at 40% off?"))
    bot.settle()
    assert stub.calls_to("chat.postEphemeral") == []


# --- slash commands and the shortcut ----------------------------------------------------------------------------


def test_quote_is_acked_within_three_seconds(bot: RunningBot, stub: StubSlack) -> None:
    result = bot.command("/quote", "40% discount on PTUs at 80% utilization")
    assert result.status == 200
    assert result.seconds < 3.0  # Slack's deadline for the ack; generous on a loaded machine
    stub.wait_for("response_url", "chat.postMessage")


def test_quote_figures_reach_the_thread_under_the_summary(bot: RunningBot, stub: StubSlack) -> None:
    bot.command("/quote", "40% discount on PTUs at 80% utilization")
    summary, explanation = stub.wait_for("chat.postMessage", count=2)
    assert summary.get("channel") == explanation.get("channel") == payloads.CHANNEL
    assert "thread_ts" not in summary.body
    assert isinstance(summary.response, dict)
    assert explanation.get("thread_ts") == summary.response["ts"]
    # the summary names the break-even; the thread carries the arithmetic behind it
    assert "60%" in summary.get("text")
    assert "1 − 40% = *60%*" in explanation.get("text")
    assert "(1 − 40%) ÷ 80% = 0.75" in explanation.get("text")


def test_quote_with_help_shows_usage_privately_and_without_text_opens_the_form(bot: RunningBot,
                                                                              stub: StubSlack) -> None:
    bot.command("/quote", "help", hook="help")
    [answer] = stub.wait_for("response_url")
    assert answer.path == "/response/help" and answer.get("response_type") == "ephemeral"
    assert answer.get("text") == router.help_reply().text
    bot.command("/quote", "", hook="empty")
    [opened] = stub.wait_for("views.open")
    assert opened.get("view")["callback_id"] == "quote_form"  # tests/slack/test_quote_form.py has the rest
    bot.settle()
    assert stub.calls_to("chat.postMessage") == [] and len(stub.calls_to("response_url")) == 1


def test_glossary_answers_privately(bot: RunningBot, stub: StubSlack) -> None:
    bot.command("/glossary", "provisioned throughput")
    [answer] = stub.wait_for("response_url")
    assert answer.get("response_type") == "ephemeral"
    assert answer.get("text") == router.glossary_reply("provisioned throughput").text


def test_fieldcheck_answers_privately(bot: RunningBot, stub: StubSlack) -> None:
    bot.command("/fieldcheck", "Provisioned is cheaper and caching saves money")
    [answer] = stub.wait_for("response_url")
    assert answer.get("response_type") == "ephemeral"
    assert answer.get("text") == router.fieldcheck_reply("Provisioned is cheaper and caching saves money").text


def test_message_shortcut_answers_whoever_used_it_privately(bot: RunningBot, stub: StubSlack) -> None:
    shortcut = payloads.message_shortcut("Provisioned is cheaper.", stub.response_url("shortcut"))
    assert bot.interactive(shortcut).status == 200
    [answer] = stub.wait_for("response_url")
    assert answer.path == "/response/shortcut"
    assert answer.get("response_type") == "ephemeral"
    assert answer.get("text") == router.fieldcheck_reply("Provisioned is cheaper.").text


# --- rate cards and storage trouble -----------------------------------------------------------------------------


def test_a_workspace_rate_card_set_from_the_cli_is_used_in_answers(bot: RunningBot, stub: StubSlack) -> None:
    from bot.cli import main

    assert main(["rates", "set", "gpt-4o", "--input", "1.11", "--output", "2.22"]) == 0
    event = payloads.mention("cost of 10M input and 1M output tokens a month on gpt-4o")
    bot.event(event)
    [post] = stub.wait_for("chat.postMessage")
    assert "$1.11/1M" in post.get("text")
    assert "workspace rate card gpt-4o" in post.get("text")


def test_history_that_cannot_be_written_does_not_spoil_a_delivered_answer(
    bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from bot.store import Store

    def locked(*args: object, **kwargs: object) -> int:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Store, "record_quote", locked)
    event = payloads.mention("40% discount on PTUs at 80% utilization")
    bot.event(event)
    stub.wait_for("chat.postMessage")
    bot.settle()
    [post] = stub.calls_to("chat.postMessage")
    assert not post.get("text").startswith(":warning:")


def test_an_event_whose_id_cannot_be_recorded_is_still_answered(
    bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from bot.store import Store

    def locked(*args: object, **kwargs: object) -> bool:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Store, "claim_event", locked)
    assert bot.event(payloads.mention("40% discount on PTUs at 80% utilization")).status == 200
    assert stub.wait_for("chat.postMessage")


# --- the ack never waits for the work ---------------------------------------------------------------------------


def test_slow_work_happens_after_the_ack(bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    release = threading.Event()
    real = router.answer

    def slow_answer(text: str, *, rate_cards: object = None) -> object:
        release.wait(timeout=20)
        return real(text, rate_cards=rate_cards)  # type: ignore[arg-type]

    monkeypatch.setattr(router, "answer", slow_answer)
    result = bot.command("/quote", "40% discount on PTUs at 80% utilization")
    assert result.status == 200 and result.seconds < 3.0
    assert stub.calls_to("chat.postMessage") == []  # acked before any answer exists
    release.set()
    assert len(stub.wait_for("chat.postMessage", count=2)) == 2


def test_acks_stay_fast_while_every_listener_thread_is_busy(
    bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    release = threading.Event()
    real = router.answer

    def stuck(text: str, *, rate_cards: object = None, previous: object = None) -> object:
        release.wait(timeout=30)
        return real(text, rate_cards=rate_cards, previous=previous)  # type: ignore[arg-type]

    monkeypatch.setattr(router, "answer", stuck)
    try:
        for _ in range(bot.executor._max_workers + 4):  # more work than threads
            assert bot.event(payloads.mention("40% discount on PTUs at 80% utilization")).status == 200
        assert bot.executor.in_flight > bot.executor._max_workers
        result = bot.command("/quote", "40% discount on PTUs at 80% utilization")
        assert result.status == 200 and result.seconds < 3.0
    finally:
        release.set()


# --- charts -----------------------------------------------------------------------------------------------------


def test_quote_chart_follows_the_explanation_in_the_thread(bot: RunningBot, stub: StubSlack) -> None:
    bot.command("/quote", "40% discount on PTUs at 80% utilization, show me a chart")  # "chart": no click needed
    summary, _ = stub.wait_for("chat.postMessage", count=2)
    [complete] = stub.wait_for("files.completeUploadExternal", timeout=30)
    assert isinstance(summary.response, dict)
    assert complete.get("thread_ts") == summary.response["ts"]
    assert complete.get("channel_id") == payloads.CHANNEL
    [upload] = stub.calls_to("file_upload")
    assert upload.body["bytes"].startswith(b"\x89PNG")
    [get_url] = stub.calls_to("files.getUploadURLExternal")
    assert get_url.get("filename").endswith(".png")


def test_an_answer_without_a_chart_uploads_nothing(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.mention("cost of 10M input and 1M output tokens a month on gpt-4o"))
    stub.wait_for("chat.postMessage")
    bot.settle()
    assert stub.calls_to("files.getUploadURLExternal") == []


def test_a_chart_that_cannot_be_uploaded_leaves_the_answer_alone(bot: RunningBot, stub: StubSlack) -> None:
    stub.script("files.getUploadURLExternal", Scripted(200, {"ok": False, "error": "missing_scope"}))
    event = payloads.mention("chart the break-even: 40% discount on PTUs at 80% utilization")
    bot.event(event)
    bot.settle()
    assert stub.calls_to("files.getUploadURLExternal")  # the upload was tried
    [answer] = stub.calls_to("chat.postMessage")
    assert not answer.get("text").startswith(":warning:")


def test_processed_event_ids_older_than_a_day_are_pruned(
    bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch, _isolated_db: object
) -> None:
    import sqlite3

    from bot.slack import retries

    conn = sqlite3.connect(str(_isolated_db))
    with conn:
        conn.execute("INSERT INTO processed_events VALUES ('EvANCIENT', '2000-01-01T00:00:00+00:00')")
    monkeypatch.setattr(retries, "PRUNE_EVERY_SECONDS", 0.0)
    bot.event(payloads.home_opened(), event_id="EvFRESH01")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        ids = {row[0] for row in conn.execute("SELECT event_id FROM processed_events")}
        if "EvANCIENT" not in ids:
            break
        time.sleep(0.05)
    assert ids == {"EvFRESH01"}
    bot.settle()
