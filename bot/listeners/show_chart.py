"""The "Show chart" button on a quote: the chart is drawn after the ack and uploaded into the quote's thread."""

from __future__ import annotations

from typing import Any

from slack_bolt import BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks.chart_button import SHOW_CHART_ACTION_ID, data_from_value
from bot.blocks.wording import render
from bot.charts.select import chart_data_for
from bot.listeners.charts import post_chart
from bot.listeners.context import logger, respond_ephemeral, store
from bot.reply import Reply

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
    """Rebuild the chart from what the button carries and upload it; a short private note when it cannot."""
    data = data_from_value(str(action.get("value") or ""), store(context))
    channel, thread_ts = where(body)
    if data is None or channel is None or chart_data_for(data) is None:
        logger.info("show chart: no quote data behind the button (channel %s)", channel)
        respond_ephemeral(respond, render("chart_gone"))
        return
    request = data.get("request") or {}
    reply = Reply(intent=str(request.get("intent") or "quote"), text="", summary="", data=data)
    if not post_chart(client, channel=channel, thread_ts=thread_ts, reply=reply):
        respond_ephemeral(respond, render("chart_not_posted"))
