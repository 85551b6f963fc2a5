"""Signed requests that must still not do what they ask: draw another conversation's quote, answer a replayed
command twice, let any member change a channel's coaching, coach people from another organisation."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.support import payloads
from tests.support.running import RunningBot, click, the_button
from tests.support.signing import post, sign
from tests.support.stub import Scripted, StubSlack

pytestmark = pytest.mark.e2e


def test_a_stored_quote_is_drawn_only_in_the_conversation_it_was_answered_in(
    bot: RunningBot, stub: StubSlack, _isolated_db: Path
) -> None:
    bot.event(payloads.direct_message("40% discount on PTUs at 80% utilization"))  # someone's DM quote
    stub.wait_for("chat.postMessage")
    bot.settle()
    with sqlite3.connect(_isolated_db) as db:
        [(dm_quote, channel)] = db.execute("SELECT id, channel FROM quotes").fetchall()
    assert channel == payloads.DM_CHANNEL
    bot.event(payloads.mention("35% discount on PTUs at 90% utilization"))
    [_, answer] = stub.wait_for("chat.postMessage", count=2)
    forged = click(answer, the_button(answer), stub.response_url("forged"), value=json.dumps({"q": dm_quote}))
    assert bot.interactive(forged).status == 200
    [note] = stub.wait_for("response_url")
    assert note.get("response_type") == "ephemeral"
    bot.settle()
    assert stub.calls_to("files.completeUploadExternal") == []  # the DM quote was not drawn in the channel


def test_a_replayed_signed_slash_command_is_answered_once(bot: RunningBot, stub: StubSlack) -> None:
    body = urlencode(payloads.slash_command("/glossary", "okta", stub.response_url("replay")))
    ts = int(time.time())
    signature = sign(body, ts)
    results = [post(bot.events_url, body, "application/x-www-form-urlencoded", timestamp=ts, signature=signature)
               for _ in range(3)]
    assert [r.status for r in results] == [200, 200, 200]  # acked every time, so Slack does not retry
    stub.wait_for("response_url")
    bot.settle()
    assert len(stub.calls_to("response_url")) == 1


def test_only_the_creator_or_an_admin_changes_a_channels_coaching(bot: RunningBot, stub: StubSlack) -> None:
    bot.command("/fieldcheck", "mode off", hook="member", user=payloads.OTHER_USER)  # not the creator
    [refused] = stub.wait_for("response_url")
    assert "only the channel's creator or a workspace admin or owner" in refused.get("text")
    bot.event(payloads.channel_message("Provisioned is cheaper."))
    stub.wait_for("chat.postEphemeral")  # still coached: the mode did not change

    stub.script("users.info", Scripted(200, {"ok": True, "user": {"id": payloads.OTHER_USER, "is_admin": True}}))
    bot.command("/fieldcheck", "mode off", hook="admin", user=payloads.OTHER_USER)
    changed = stub.wait_for("response_url", count=2)[1]
    assert "are now *off*" in changed.get("text")
    [info] = stub.calls_to("users.info")[-1:]
    assert info.get("user") == payloads.OTHER_USER


def test_slack_connect_authors_from_another_workspace_are_not_coached(bot: RunningBot, stub: StubSlack) -> None:
    outside = {**payloads.channel_message("Provisioned is cheaper."), "user_team": "T0THEIRS", "user": "U0THEIR1"}
    ours = {**payloads.channel_message("Provisioned is cheaper."), "user_team": payloads.TEAM_ID}
    bot.event(outside)
    bot.event(ours)
    [note] = stub.wait_for("chat.postEphemeral")
    bot.settle()
    assert note.get("user") == payloads.USER
    assert len(stub.calls_to("chat.postEphemeral")) == 1
