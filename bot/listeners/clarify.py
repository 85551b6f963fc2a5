"""Clarifying buttons on a quote that needs a choice ("which discount, 65% or 35%?"): a click completes the answer
in place (chat.update of the message that asked). The button's option is read against the request that asked, as
the same words typed in the thread would be, and the completed request becomes the thread's last one."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from slack_bolt import App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks.ids import CHOOSE_ACTION_ID, quote_id_of
from bot.phrases import phrases
from bot.slack.context import logger, respond_ephemeral, store, where_clicked
from bot.slack.errors import ack_now, in_background
from bot.slack.threads import last_request, remember
from bot.store import Store

if TYPE_CHECKING:  # the parser and the router load with the first click, after its ack
    from bot.parse import Ask

ACTIONS = (CHOOSE_ACTION_ID,)


def register(app: App) -> None:
    app.action(re.compile(rf"^{CHOOSE_ACTION_ID}:"))(ack=ack_now, lazy=[in_background(choose)])


def _carried(action: dict[str, Any]) -> tuple[str, int | None]:
    try:
        value = json.loads(str(action.get("value") or ""))
    except ValueError:
        return "", None
    if not isinstance(value, dict):
        return "", None
    return str(value.get("t") or ""), quote_id_of(value.get("q"))


def _asked(db: Store, quote_id: int | None, channel: str, thread_ts: str | None) -> Ask | None:
    """The request that asked: the stored quote the button names (only in the conversation it was answered in),
    else the thread's last request."""
    from bot.followup import ask_of

    if quote_id is not None:
        stored = db.quote_data(quote_id, channel=channel) or {}
        asked = ask_of(stored.get("request"))
        if asked is not None:
            return asked
    return last_request(db, channel, thread_ts)


def choose(body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond,
           context: BoltContext) -> None:
    from bot import router
    from bot.slack.post_answer import blocks_for, metadata_for, record_first

    channel, message_ts, thread_ts = where_clicked(body)
    option, quote_id = _carried(action)
    db = store(context)
    asked = _asked(db, quote_id, channel, thread_ts) if channel and option else None
    if asked is None or not channel or not message_ts:
        logger.info("clarifying choice: nothing behind the button (channel %s)", channel)
        respond_ephemeral(respond, phrases()["choice_gone"])
        return
    reply = router.choose(option, previous=asked, rate_cards=db.rate_cards())
    user = (body.get("user") or {}).get("id")
    remember(db, channel, thread_ts, reply)
    new_id = record_first(lambda: db.record_quote(
        surface="choice", user=user, channel=channel, thread_ts=thread_ts, text=option, intent=reply.intent,
        understood=reply.understood, data=reply.data,
    ))
    blocks, _ = blocks_for(reply, ask=option, quote_id=new_id)
    client.chat_update(channel=channel, ts=message_ts, text=reply.text, blocks=blocks or [],
                       metadata=metadata_for(reply, ask=option, quote_id=new_id, channel=channel))
