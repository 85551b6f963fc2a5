"""The "Show chart" button on a quote: the chart is drawn after the ack and uploaded into the quote's thread."""

from __future__ import annotations

from typing import Any

from slack_bolt import BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks.chart_button import spec_from_value
from bot.phrases import phrases
from bot.present.blocks import SHOW_CHART_ACTION_ID
from bot.slack.context import logger, respond_ephemeral, store
from bot.slack.post_chart import post_chart

ACTIONS = (SHOW_CHART_ACTION_ID,)


def where(body: dict[str, Any]) -> tuple[str | None, str | None]:
    """(channel, thread_ts) of the message the button sits on: the chart goes in the same thread."""
    container = body.get("container") or {}
    message = body.get("message") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    thread_ts = container.get("thread_ts") or message.get("thread_ts") or container.get("message_ts")
    return channel, thread_ts


def show_chart(body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond,
               context: BoltContext) -> None:
    """Draw the chart the button carries (or names) and upload it; a short private note when it cannot."""
    channel, thread_ts = where(body)
    spec = spec_from_value(str(action.get("value") or ""), store(context), channel=channel or "")
    if spec is None or channel is None:
        logger.info("show chart: no chart behind the button (channel %s)", channel)
        respond_ephemeral(respond, phrases()["charts"]["gone"])
        return
    user = (body.get("user") or {}).get("id")
    if not post_chart(client, channel=channel, thread_ts=thread_ts, spec=spec, user=user):
        respond_ephemeral(respond, phrases()["charts"]["not_posted"])
