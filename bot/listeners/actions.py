"""Block actions: "Mute this rule for me" on a coaching note (a private note is replaced by a one-line
confirmation); "Show chart" on a quote (:mod:`.show_chart`), which becomes "Chart posted below"."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup
from slack_bolt import App, BoltContext, Respond

from bot.blocks.ids import (
    CHART_POSTED_ACTION_ID,
    FEEDBACK_ACTION_ID,
    MUTE_ACTION_ID,
    PROPOSAL_ACTION_ID,
    SHOW_CHART_ACTION_ID,
    quote_id_of,
)
from bot.listeners.events import is_from_outside
from bot.listeners.show_chart import show_chart
from bot.phrases import phrases
from bot.slack.context import logger, respond_ephemeral, store, where_clicked
from bot.slack.errors import ack_now, in_background
from bot.slack.work_slots import SLOTS

ACTIONS = (MUTE_ACTION_ID, SHOW_CHART_ACTION_ID, CHART_POSTED_ACTION_ID, FEEDBACK_ACTION_ID, PROPOSAL_ACTION_ID)


def register(app: App) -> None:
    app.action(re.compile(rf"^{MUTE_ACTION_ID}(:.*)?$"))(ack=ack_now, lazy=[in_background(mute_rule)])
    app.action(SHOW_CHART_ACTION_ID)(ack=ack_now, lazy=[in_background(show_chart)])
    app.action(CHART_POSTED_ACTION_ID)(ack_now)  # the chart is already in the thread: nothing more to do
    app.action(re.compile(rf"^{FEEDBACK_ACTION_ID}:(right|wrong)$"))(ack=ack_now, lazy=[in_background(feedback)])
    app.action(PROPOSAL_ACTION_ID)(ack=ack_now, lazy=[in_background(copy_proposal)])


def copy_proposal(body: dict[str, Any], action: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """ "Copy for proposal": the customer-facing paragraph stored with the quote, shown to the clicker only."""
    from bot.present import render  # the templates load with the first reply, not at start-up

    channel, _, _ = where_clicked(body)
    quote_id = quote_id_of(action.get("value"))
    stored = store(context).quote_data(quote_id, channel=channel) if quote_id is not None else None
    paragraph = (stored or {}).get("proposal")
    if quote_id is None or not isinstance(paragraph, str) or not paragraph:
        respond_ephemeral(respond, phrases()["proposal"]["gone"])
        return
    respond_ephemeral(respond, render("slack/proposal", quote_id=quote_id, paragraph=Markup(paragraph)))


def feedback(body: dict[str, Any], action: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """A thumbs up or down on a quote reply: stored with the quote, one verdict per reader (their latest click
    wins), thanked privately. Answers marked wrong are listed on the Home tab (to whoever asked or marked them)
    and by `pricebot quotes feedback`. A click from another organisation's workspace (Slack Connect) is
    ignored: their verdict is not a review of our answer."""
    from bot.present import render

    verdict = str(action.get("action_id") or "").partition(":")[2]
    clicker = body.get("user") or {}
    user = clicker.get("id")
    channel, _, _ = where_clicked(body)
    if is_from_outside({"user_team": clicker.get("team_id")}, context):
        logger.info("feedback from %s of another workspace ignored", user)
        return
    value = str(action.get("value") or "")
    quote_id = quote_id_of(value)
    if quote_id is None or verdict not in ("right", "wrong") or not store(context).set_feedback(
            quote_id, "right" if verdict == "right" else "wrong", by=user, channel=channel):
        logger.info("feedback from %s on a quote not stored in %s: %r", user, channel, value[:40])
        respond_ephemeral(respond, phrases()["feedback_gone"])
        return
    logger.info("%s marked quote %s %s", user, quote_id, verdict)
    respond_ephemeral(respond, render("slack/feedback_thanks", verdict=verdict, quote_id=quote_id))


def mute_rule(body: dict[str, Any], action: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Mute the flagged rule for the person who clicked; honoured from their next message on.

    A private note (the default mode) is replaced in place by the one-line confirmation; a note posted in the
    thread for everyone stays as it is (the mute is only the clicker's) and the confirmation goes to the clicker."""
    from bot.present import render

    user, rule = body["user"]["id"], str(action.get("value") or "")
    if not rule:
        return
    newly = store(context).mute(user, rule)
    logger.info("%s muted %s", user, rule)
    confirmation = render("slack/muted", rule=rule, newly=newly)
    if (body.get("container") or {}).get("is_ephemeral"):
        with SLOTS.waiting():
            response = respond(text=confirmation, replace_original=True)
        if response.status_code == 200:
            return
        logger.warning("could not replace the note: HTTP %s", response.status_code)
    respond_ephemeral(respond, confirmation)
