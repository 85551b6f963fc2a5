"""Feedback on quote replies, end to end: every quote reply carries a thumbs up/down pair; a click is stored with
the quote and thanked privately; the Home tab and `pricebot quotes feedback` list the answers marked wrong."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.slack import blockkit
from tests.support import payloads
from tests.support.running import RunningBot
from tests.support.stub import Call, StubSlack

pytestmark = pytest.mark.e2e


def feedback_buttons(post: Call) -> dict[str, dict[str, Any]]:
    return {e["action_id"]: e for b in post.get("blocks") or [] if b.get("type") == "actions"
            for e in b["elements"] if e["action_id"].startswith("feedback:")}


def click(post: Call, button: dict[str, Any], response_url: str, *, user: str = payloads.USER,
          channel: str | None = None) -> dict[str, Any]:
    assert isinstance(post.response, dict)
    channel = channel or post.get("channel")
    return {
        "type": "block_actions", "user": {"id": user, "username": "rep", "team_id": "T0000001"},
        "api_app_id": "A0000APP", "token": "legacy-verification-token", "trigger_id": "1.2.3",
        "container": {"type": "message", "message_ts": post.response["ts"], "channel_id": channel,
                      "is_ephemeral": False, "thread_ts": post.get("thread_ts")},
        "team": {"id": "T0000001", "domain": "stub"}, "channel": {"id": channel, "name": "deal-room"},
        "message": {"type": "message", "ts": post.response["ts"], "text": post.get("text"),
                    "blocks": post.get("blocks")},
        "response_url": response_url,
        "actions": [{**button, "block_id": "quote_feedback", "action_ts": payloads.new_ts()}],
    }


def test_a_thumbs_down_is_stored_and_listed_on_home_and_by_the_cli(bot: RunningBot, stub: StubSlack,
                                                                   _isolated_db: Path) -> None:
    bot.event(payloads.mention("40% discount on PTUs at 80% utilization"))
    bot.command("/quote", "Bedrock list is 20% over direct and they have a 10% EA discount")
    answers = [p for p in stub.wait_for("chat.postMessage", count=3) if p.get("thread_ts")]
    assert len(answers) == 2
    for answer in answers:  # every quote reply has the pair
        assert not blockkit.problems(answer.get("blocks"))
        assert set(feedback_buttons(answer)) == {"feedback:right", "feedback:wrong"}
    mention_answer = next(a for a in answers if "break-even" in a.text)
    wrong = feedback_buttons(mention_answer)["feedback:wrong"]
    assert bot.interactive(click(mention_answer, wrong, stub.response_url("wrong"))).status == 200
    [thanks] = stub.wait_for("response_url")
    assert thanks.get("response_type") == "ephemeral" and "marked wrong" in thanks.text

    bot.event(payloads.home_opened())
    [home] = stub.wait_for("views.publish")
    assert "Answers marked wrong" in home.text and "40% discount on PTUs at 80% utilization" in home.text
    assert "Bedrock list" not in home.text  # not marked

    env = {"PRICEBOT_DB": str(_isolated_db), "PATH": "", "NO_COLOR": "1"}
    run = [sys.executable, "-m", "bot", "quotes", "feedback"]
    text = subprocess.run(run, capture_output=True, text=True, cwd=REPO, env=env, check=True).stdout
    assert "Answers marked wrong" in text and "40% discount on PTUs at 80% utilization" in text
    rows = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True, cwd=REPO, env=env,
                                     check=True).stdout)
    assert [(r["text"], r["feedback_by"]) for r in rows] == [("40% discount on PTUs at 80% utilization",
                                                               payloads.USER)]


def test_a_thumbs_up_is_stored_but_not_listed_and_a_forged_button_changes_nothing(bot: RunningBot,
                                                                                  stub: StubSlack) -> None:
    bot.event(payloads.mention("40% discount on PTUs at 80% utilization"))
    [answer] = stub.wait_for("chat.postMessage")
    buttons = feedback_buttons(answer)
    assert bot.interactive(click(answer, buttons["feedback:right"], stub.response_url("right"))).status == 200
    [thanks] = stub.wait_for("response_url")
    assert "marked right" in thanks.text
    # the same button sent from another conversation names a quote that is not there
    forged = click(answer, buttons["feedback:wrong"], stub.response_url("forged"), channel="C0OTHER01")
    assert bot.interactive(forged).status == 200
    [_, refused] = stub.wait_for("response_url", count=2)
    assert "no longer stored" in refused.text
    bot.event(payloads.home_opened())
    [home] = stub.wait_for("views.publish")
    assert "None so far" in home.text


def test_copy_for_proposal_shows_the_stored_paragraph_to_the_clicker(bot: RunningBot, stub: StubSlack) -> None:
    from bot import router
    from bot.present import proposal

    ask = "Is caching worth it with a 4,000-token system prompt at $5/1M and cache hits at $0.50/1M, 10k calls a day?"
    bot.event(payloads.mention(ask))
    [answer] = stub.wait_for("chat.postMessage")
    buttons = {e["action_id"]: e for b in answer.get("blocks") if b.get("type") == "actions" for e in b["elements"]}
    copy = buttons["copy_proposal"]
    assert copy["text"]["text"] == "Copy for proposal"
    assert bot.interactive(click(answer, copy, stub.response_url("copy"))).status == 200
    [shown] = stub.wait_for("response_url")
    assert shown.get("response_type") == "ephemeral"
    expected = router.answer(ask, rate_cards={}).answer
    assert expected is not None
    assert f"```{proposal(expected)}```" in shown.text
    bot.settle()
    assert len(stub.calls_to("chat.postMessage")) == 1  # nothing posted in the channel


def test_a_reply_that_still_asks_has_no_proposal_button(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.mention("PTUs at 40%"))
    [answer] = stub.wait_for("chat.postMessage")
    ids = [e["action_id"] for b in answer.get("blocks") if b.get("type") == "actions" for e in b["elements"]]
    assert "copy_proposal" not in ids and "feedback:wrong" in ids


def test_home_lists_only_the_viewers_own_quotes_marked_wrong_and_counts_the_rest(
        bot: RunningBot, stub: StubSlack, _isolated_db: Path) -> None:
    from bot.store_open import open_store

    db = open_store(_isolated_db)

    def quote(user: str, channel: str, text: str) -> int:
        return db.record_quote(surface="dm", user=user, channel=channel, thread_ts=None, text=text,
                               intent="break_even", understood=True, data={"request": {}})

    secret = quote("U0OTHER01", "D0OTHER01", "secret DM deal for Acme at 35% off")
    assert db.set_feedback(secret, "wrong", by="U0OTHER01", channel="D0OTHER01")
    mine = [quote(payloads.USER, payloads.CHANNEL, f"my ask number {n}") for n in range(7)]
    for quote_id in mine:
        assert db.set_feedback(quote_id, "wrong", by="U0OTHER02", channel=payloads.CHANNEL)
    marked = quote("U0OTHER03", payloads.CHANNEL, "their ask I marked")
    assert db.set_feedback(marked, "wrong", by=payloads.USER, channel=payloads.CHANNEL)

    bot.event(payloads.home_opened())
    [home] = stub.wait_for("views.publish")
    assert "secret DM deal" not in home.text  # neither asked nor marked by this viewer
    assert "their ask I marked" in home.text
    assert "and 3 more" in home.text  # 8 of theirs, 5 shown

    bot.event(payloads.home_opened("U0OTHER01"))
    other = stub.wait_for("views.publish", count=2)[1]
    assert "secret DM deal" in other.text and "my ask number" not in other.text and " more" not in other.text


def test_a_click_from_another_workspace_is_ignored(bot: RunningBot, stub: StubSlack, _isolated_db: Path) -> None:
    from bot.store_open import open_store

    bot.event(payloads.mention("40% discount on PTUs at 80% utilization"))
    [answer] = stub.wait_for("chat.postMessage")
    outside = click(answer, feedback_buttons(answer)["feedback:wrong"], stub.response_url("outside"),
                    user="U0GUEST01")
    outside["user"]["team_id"] = "T0THEIRS1"
    assert bot.interactive(outside).status == 200
    bot.settle()
    assert stub.calls_to("response_url") == []
    assert open_store(_isolated_db).marked_wrong() == []


def test_another_readers_click_does_not_erase_a_wrong(bot: RunningBot, stub: StubSlack, _isolated_db: Path) -> None:
    from bot.store_open import open_store

    bot.event(payloads.mention("40% discount on PTUs at 80% utilization"))
    [answer] = stub.wait_for("chat.postMessage")
    buttons = feedback_buttons(answer)
    assert bot.interactive(click(answer, buttons["feedback:wrong"], stub.response_url("a"))).status == 200
    stub.wait_for("response_url")
    assert bot.interactive(click(answer, buttons["feedback:right"], stub.response_url("b"),
                                 user="U0OTHER02")).status == 200
    stub.wait_for("response_url", count=2)
    assert [w["feedback_by"] for w in open_store(_isolated_db).marked_wrong()] == [payloads.USER]


@pytest.mark.parametrize("value", ["²", "٣", "-1", "9" * 19, "1e3", " 1", ""])
def test_a_button_value_that_is_not_a_quote_id_is_answered_not_raised(bot: RunningBot, stub: StubSlack,
                                                                      value: str) -> None:
    bot.event(payloads.mention("Is caching worth it with a 4,000-token system prompt at $5/1M and cache hits at "
                               "$0.50/1M, 10k calls a day?"))
    [answer] = stub.wait_for("chat.postMessage")
    buttons = {e["action_id"]: e for b in answer.get("blocks") if b.get("type") == "actions" for e in b["elements"]}
    for n, action_id in enumerate(("feedback:wrong", "copy_proposal")):
        forged = click(answer, {**buttons[action_id], "value": value}, stub.response_url(f"v{n}"))
        assert bot.interactive(forged).status == 200
        said = stub.wait_for("response_url", count=n + 1)[n]
        assert "no longer stored" in said.text
