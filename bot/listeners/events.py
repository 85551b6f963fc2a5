"""Events: @mentions and direct messages are answered (a usage export shared with them is analysed); a message in
a thread pricebot answered that asks it something is answered as a follow-up; other channel messages are checked
for field language.

A deleted message (`message_deleted`) deletes pricebot's stored copy of it (in a middleware that runs before the
assistant's: :func:`register_deletions`). Other subtypes than
thread_broadcast/file_share (edits `message_changed`, joins, ...) are ignored on purpose: an edit is not
re-checked, so nobody is coached twice for one message. Messages from any bot, pricebot included, are never
coached or answered.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk import WebClient

import glossary
from bot.listeners.usage_files import answer_files, answer_shared_file, has_files
from bot.slack.context import answering, logger, record_answer, record_quietly, store
from bot.slack.errors import Work, ack_now, in_background
from bot.slack.threads import last_request, remember
from bot.store import FlagRecord, Store

if TYPE_CHECKING:  # the answering code (parser, engine, templates) loads with the first answer, after its ack
    from bot.reply import Reply

#: Bot events this module handles (each is subscribed in manifest.yml).
EVENTS = ("app_mention", "message.channels", "message.groups", "message.im", "file_shared")

# a tuple, not a set: a hostile payload may send a list or an object as the subtype, which cannot be hashed
_HANDLED_SUBTYPES = (None, "thread_broadcast", "file_share")


def may_act_on(event: Mapping[str, Any], store: Store) -> bool:
    """Whether :func:`message` could do anything with this channel message; False means it certainly does
    nothing, so the server may ack it without dispatching it. Only `message` events come here: a message that
    mentions pricebot arrives again as `app_mention`, which is always dispatched (and `message` ignores it)."""
    if event.get("subtype") == "message_deleted":
        return True  # the stored copy of the message is deleted
    if event.get("subtype") not in _HANDLED_SUBTYPES or event.get("bot_id") or not event.get("user"):
        return False
    thread_ts = event.get("thread_ts")
    if thread_ts and thread_ts != event.get("ts") and store.thread_request(str(event.get("channel")), thread_ts):
        return True  # in a thread pricebot answered: possibly a follow-up
    return glossary.linter().may_flag(str(event.get("text") or ""))


def register_deletions(app: App) -> None:
    """A deleted message (`message_deleted`) is handled by a middleware, registered before the assistant's:
    Bolt's Assistant middleware acks a DM deletion whose previous message was in a thread and passes it to no
    listener, which would leave pricebot's copy of the message stored."""

    def deletions(body: dict[str, Any], context: BoltContext, next: Callable[[], BoltResponse | None]
                  ) -> BoltResponse | None:
        event = body.get("event") if isinstance(body, dict) else None
        if not isinstance(event, dict) or event.get("type") != "message" or event.get("subtype") != "message_deleted":
            return next()
        record_quietly("a message's deletion", lambda: forget(event, context))
        return BoltResponse(status=200, body="")

    app.use(deletions)


def register(app: App) -> None:
    app.event("app_mention")(ack=ack_now, lazy=[in_background(mention)])
    app.event("message")(ack=ack_now, lazy=[in_background(message)])
    app.event("file_shared")(ack=ack_now, lazy=[in_background(answer_shared_file)])


def direct_works() -> dict[str, Work]:
    """The work after the ack for @mentions and messages, for those dispatched without Bolt (bot.slack.direct):
    the same functions, wrapped as :func:`register` wraps them."""
    return {"app_mention": in_background(mention), "message": in_background(message)}


def busy_work() -> Work:
    """The work after the ack for an @mention that finds the process saturated (:func:`busy`), wrapped alike."""
    return in_background(busy)


def busy(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """The process is saturated (bot.slack.backlog): an @mention gets a short note in its thread, in place of its
    answer, that pricebot is busy and to ask again. Nothing is parsed or computed."""
    if event.get("type") != "app_mention" or is_from_a_bot(event, context):
        return
    from bot.present import render

    answering(context)
    client.chat_postMessage(channel=event["channel"], thread_ts=event.get("thread_ts") or event["ts"],
                            text=render("slack/busy"), unfurl_links=False)


def is_from_a_bot(event: dict[str, Any], context: BoltContext) -> bool:
    return bool(
        event.get("bot_id")
        or event.get("subtype") == "bot_message"
        or (event.get("user") and event.get("user") == context.bot_user_id)
    )


def without_mentions_of(bot_user_id: str | None, text: str) -> str:
    """The text with mentions of the bot removed (`<@U123>` or `<@U123|pricebot>`)."""
    if not bot_user_id:
        return text.strip()
    return re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", " ", text).strip()


def mention(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """An @mention is answered in its thread (a new thread under it when it was top level); a usage export
    shared with the mention is analysed (:mod:`bot.listeners.usage_files`)."""
    if is_from_a_bot(event, context):
        return
    thread_ts = event.get("thread_ts") or event["ts"]
    if has_files(event):
        text = without_mentions_of(context.bot_user_id, event.get("text") or "")
        answer_files(event, client, context, text=text, thread_ts=thread_ts)
        return
    _answer(event, client, context, surface="mention", thread_ts=thread_ts)


def message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Direct messages are answered; channel messages are coached (per the channel's mode). A deleted message
    never comes here (:func:`register_deletions`)."""
    if event.get("subtype") not in _HANDLED_SUBTYPES or is_from_a_bot(event, context):
        return
    channel_type = event.get("channel_type")
    if channel_type == "im" and has_files(event):
        text = without_mentions_of(context.bot_user_id, event.get("text") or "")
        answer_files(event, client, context, text=text, thread_ts=event.get("thread_ts") or event["ts"])
    elif channel_type == "im":
        _answer(event, client, context, surface="dm", thread_ts=event.get("thread_ts"))
    elif channel_type in ("channel", "group"):
        if context.bot_user_id and f"<@{context.bot_user_id}" in (event.get("text") or ""):
            return  # a question to the bot: app_mention answers it
        if not follow_up(event, client, context):
            coach(event, client, context)


def follow_up(event: dict[str, Any], client: WebClient, context: BoltContext) -> bool:
    """Answer a message in a thread pricebot answered when it asks pricebot something
    (:func:`bot.router.thread_reply`); False when it is not such a message (it is then coached)."""
    thread_ts, text = event.get("thread_ts"), event.get("text") or ""
    if not thread_ts or thread_ts == event.get("ts") or not text.strip():
        return False
    db = store(context)
    previous = last_request(db, event["channel"], thread_ts)
    if previous is None:
        return False
    from bot import router

    reply = router.thread_reply(text, previous=previous, rate_cards=db.rate_cards())
    if reply is None:
        return False
    _answer(event, client, context, surface="thread", thread_ts=thread_ts, reply=reply)
    return True


def forget(event: dict[str, Any], context: BoltContext) -> None:
    """A message was deleted in Slack: delete pricebot's copy of it (the ask, its flags, its thread's state)."""
    previous = event.get("previous_message")
    ts = event.get("deleted_ts") or (previous.get("ts") if isinstance(previous, dict) else None)
    if not isinstance(ts, str) or not ts or not isinstance(event.get("channel"), str):
        return
    deleted = store(context).forget_message(event["channel"], ts)
    logger.info("message %s in %s deleted in Slack: removed %s", ts, event["channel"],
                ", ".join(f"{n} {table}" for table, n in deleted.items() if n) or "nothing stored")


def _answer(event: dict[str, Any], client: WebClient, context: BoltContext, *, surface: str,
            thread_ts: str | None, reply: Reply | None = None) -> None:
    """Answer in the thread (read against its last request) and keep the request as the thread's last."""
    from bot import router
    from bot.slack.post_answer import post_answer

    text = without_mentions_of(context.bot_user_id, event.get("text") or "")
    db = store(context)
    if reply is None:
        previous = last_request(db, event["channel"], thread_ts)
        reply = router.answer(text, rate_cards=db.rate_cards(), previous=previous) if text else router.help_reply()
    answer = reply

    def keep() -> int:
        remember(db, event["channel"], thread_ts, answer)  # before the post: a reader may answer it at once
        return db.record_quote(surface=surface, user=event.get("user"), channel=event["channel"],
                               thread_ts=thread_ts, text=text, intent=answer.intent, understood=answer.understood,
                               data=answer.data, ts=event["ts"])

    post_answer(client, channel=event["channel"], thread_ts=thread_ts, reply=reply, ask=text,
                record=lambda: record_answer(context, keep), before_post=lambda: answering(context))


def answer_text_in_dm(client: WebClient, context: BoltContext, *, channel: str, user: str, text: str,
                      reply: Reply | None = None) -> None:
    """Answer a complete ask (the quote form's) at the top of a DM, as a DM question is answered; it becomes the
    DM's last request. `reply` is the answer when the caller already has it."""
    from bot import router
    from bot.slack.post_answer import post_answer

    db = store(context)
    answered = reply if reply is not None else router.answer(text, rate_cards=db.rate_cards())
    reply = answered
    record = lambda: db.record_quote(  # noqa: E731
        surface="form", user=user, channel=channel, thread_ts=None, text=text, intent=answered.intent,
        understood=answered.understood, data=answered.data,
    )
    remember(db, channel, None, reply)
    post_answer(client, channel=channel, thread_ts=None, reply=reply, ask=text, record=record)


def is_from_outside(event: dict[str, Any], context: BoltContext) -> bool:
    """Slack Connect: the author belongs to another organisation's workspace (the event's `user_team`, or
    `source_team`, is not the workspace pricebot is installed in). Their wording is not ours to coach."""
    ours = context.team_id
    theirs = event.get("user_team") or event.get("source_team")
    return bool(ours and theirs and theirs != ours)


def coach(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Check a channel message; flags go to the author (ephemeral) or the thread, per the channel's mode."""
    user, channel, text = event.get("user"), event["channel"], event.get("text") or ""
    if not user or not text.strip() or is_from_outside(event, context):
        return
    db = store(context)
    mode, muted = db.coaching_settings(channel, user)
    if mode == "off":
        return
    from bot import router
    from bot.present.blocks import coaching_blocks

    reply = router.coaching_reply(text, muted_rules=muted, full_text=False)  # the blocks say the rest
    if reply is None or reply.answer is None:
        return
    flags = reply.answer.flags
    thread_ts = event.get("thread_ts") or event["ts"]
    blocks = coaching_blocks(reply.answer, mode=mode, user=user)
    fallback = reply.summary or reply.text
    answering(context)
    if mode == "thread":
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=fallback, blocks=blocks, unfurl_links=False)
    else:
        client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread_ts, text=fallback, blocks=blocks)
    records = [FlagRecord(f.rule, f.matched) for f in flags]
    record_quietly("the flags", lambda: db.record_flags(user=user, channel=channel, ts=event["ts"], flags=records))
    logger.info("coached %s in %s: %s", user, channel, ", ".join(f.rule for f in flags))
