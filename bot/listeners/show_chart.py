"""The "Show chart" button on a quote: the chart is drawn after the ack and uploaded into the quote's thread, then
the button becomes "Chart posted below" (chat.update of the quote). One chart per quote message: the click is
claimed in the store (atomically, across processes) before drawing, so a second click, or the same click
delivered twice, posts nothing."""

from __future__ import annotations

from typing import Any

from slack_bolt import BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks.ids import SHOW_CHART_ACTION_ID
from bot.phrases import phrases
from bot.slack.context import logger, record_quietly, respond_ephemeral, store, where_clicked

ACTIONS = (SHOW_CHART_ACTION_ID,)


def where(body: dict[str, Any]) -> tuple[str | None, str | None]:
    """(channel, thread_ts) of the message the button sits on: the chart goes in the same thread (a thread
    under the message when it is not in one)."""
    channel, message_ts, thread_ts = where_clicked(body)
    return channel, thread_ts or message_ts


def show_chart(body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond,
               context: BoltContext) -> None:
    """Draw the chart the button names and upload it once; a short private note when it cannot."""
    from bot.blocks.chart_button import spec_from_value  # the chart code loads with the first click, not at start
    from bot.present.blocks import with_chart_posted
    from bot.slack.post_chart import post_chart

    channel, message_ts, _ = where_clicked(body)
    _, thread_ts = where(body)
    db = store(context)
    claim = f"chart:{channel}:{message_ts}" if message_ts else None
    if claim is not None and not db.claim_event(claim):
        logger.info("show chart: the chart of %s in %s was already posted", message_ts, channel)
        return
    spec = spec_from_value(str(action.get("value") or ""), db, channel=channel or "")
    if spec is None or channel is None:
        logger.info("show chart: no chart behind the button (channel %s)", channel)
        _release(db, claim)
        respond_ephemeral(respond, phrases()["charts"]["gone"])
        return
    user = (body.get("user") or {}).get("id")
    if not post_chart(client, channel=channel, thread_ts=thread_ts, spec=spec, user=user):
        _release(db, claim)
        respond_ephemeral(respond, phrases()["charts"]["not_posted"])
        return
    message = body.get("message") or {}
    if message_ts and message.get("blocks"):
        client.chat_update(channel=channel, ts=message_ts, text=str(message.get("text") or ""),
                           blocks=with_chart_posted(message["blocks"]))


def _release(db: Any, claim: str | None) -> None:
    if claim is not None:
        record_quietly("the release of a chart click", lambda: db.release_event(claim))
