"""Block actions: "Mute this rule for me" on a coaching note; "Show chart" on a quote (:mod:`.show_chart`)."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.listeners.show_chart import show_chart
from bot.present import render
from bot.present.blocks import MUTE_ACTION_ID, SHOW_CHART_ACTION_ID
from bot.slack.context import logger, respond_ephemeral, store
from bot.slack.errors import ack_now, in_background

ACTIONS = (MUTE_ACTION_ID, SHOW_CHART_ACTION_ID)


def register(app: App) -> None:
    app.action(re.compile(rf"^{MUTE_ACTION_ID}(:.*)?$"))(ack=ack_now, lazy=[in_background(mute_rule)])
    app.action(SHOW_CHART_ACTION_ID)(ack=ack_now, lazy=[in_background(show_chart)])


def mute_rule(body: dict[str, Any], action: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Mute the flagged rule for the person who clicked; honoured from their next message on."""
    user, rule = body["user"]["id"], str(action.get("value") or "")
    if not rule:
        return
    newly = store(context).mute(user, rule)
    logger.info("%s muted %s", user, rule)
    respond_ephemeral(respond, render("slack/muted", rule=rule, newly=newly))
