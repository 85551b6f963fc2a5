"""Slash commands: /quote (summary in the channel, arithmetic in its thread), /glossary and /fieldcheck (ephemeral)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from markupsafe import Markup
from slack_bolt import App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.context import logger, record_quietly, respond_ephemeral, store
from bot.slack.errors import ack_now, in_background
from bot.slack.threads import remember
from bot.store import CHANNEL_MODES, ChannelMode, Store

if TYPE_CHECKING:  # the router and the templates load with the first command answered, after its ack
    from bot.reply import Reply

COMMANDS = ("/quote", "/glossary", "/fieldcheck")

#: The question is echoed above the summary (escaped), cut to this many characters.
QUESTION_ECHO_LIMIT = 300

#: Errors that mean "the bot cannot post in this channel"; the asker then gets the answer privately.
CANNOT_POST = {"not_in_channel", "channel_not_found", "is_archived", "restricted_action"}


def register(app: App) -> None:
    app.command("/quote")(ack=ack_now, lazy=[in_background(quote)])
    app.command("/glossary")(ack=ack_now, lazy=[in_background(glossary)])
    app.command("/fieldcheck")(ack=ack_now, lazy=[in_background(fieldcheck)])


def quote(command: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext) -> None:
    """/quote TEXT: a short summary in the channel, then the full explanation in that message's thread; /quote with
    no text opens the quote form (:mod:`bot.listeners.quote_form`)."""
    from bot import router

    text = (command.get("text") or "").strip()
    if not text and command.get("trigger_id"):
        from bot.listeners.quote_form import open_form

        open_form(client, trigger_id=str(command["trigger_id"]), channel=command.get("channel_id"))
        return
    if not text or text.lower() == "help":
        usage = router.help_reply()
        respond_ephemeral(respond, usage.text)
        return
    answer_in_channel(client, respond, store(context), channel=command["channel_id"], user=command["user_id"],
                      text=text, surface="command")


def answer_in_channel(client: WebClient, respond: Respond | None, db: Store, *, channel: str, user: str, text: str,
                      surface: str, reply: Reply | None = None,
                      privately: Callable[[str], None] | None = None) -> None:
    """Answer `text` as /quote does: the summary in the channel, the full answer in its thread. An ask that was
    not understood, or an answer pricebot cannot post in the channel, goes to the asker alone: through
    `privately` when given (the quote form: their DM), else through `respond` (ephemeral). `reply` is the
    answer when the caller already has it (the quote form's, priced from its structured fields)."""
    from bot import router
    from bot.present import render
    from bot.slack.post_answer import post_answer

    if reply is None:
        reply = router.answer(text, rate_cards=db.rate_cards())
    tell = privately or ((lambda words: respond_ephemeral(respond, words, None)) if respond is not None else None)
    thread_ts: str | None = None
    if not reply.understood:
        if tell is not None:
            tell(reply.text)
    else:
        question = text if len(text) <= QUESTION_ECHO_LIMIT else text[: QUESTION_ECHO_LIMIT - 1] + "…"
        summary = render("slack/quote_summary", user=user, question=question, summary=Markup(reply.summary))
        try:
            posted = client.chat_postMessage(channel=channel, text=summary, unfurl_links=False)
        except SlackApiError as error:
            if error.response.get("error") not in CANNOT_POST or tell is None:
                raise
            logger.info("could not post in %s (%s): the answer goes to %s alone", channel,
                        error.response.get("error"), user)
            tell(render("slack/not_in_channel", text=Markup(reply.text)))
        else:
            thread_ts = posted["ts"]
    answered = reply
    record = lambda: db.record_quote(  # noqa: E731
        surface=surface,
        user=user,
        channel=channel,
        thread_ts=thread_ts,
        text=text,
        intent=answered.intent,
        understood=answered.understood,
        data=answered.data,
    )
    if thread_ts is None:
        record_quietly("the quote", record)
    else:  # recorded before the threaded answer: its "Show chart" button may name the stored quote
        remember(db, channel, thread_ts, reply)  # before the threaded answer: a reader may follow up at once
        post_answer(client, channel=channel, thread_ts=thread_ts, reply=reply, ask=text, record=record)


def glossary(command: dict[str, Any], respond: Respond) -> None:
    """/glossary TERM: the term explained, to the asker only."""
    from bot import router
    from bot.present import render

    term = (command.get("text") or "").strip()
    if not term:
        respond_ephemeral(respond, render("slack/glossary_usage"))
        return
    reply = router.glossary_reply(term)
    respond_ephemeral(respond, reply.text)


def fieldcheck(command: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext) -> None:
    """/fieldcheck TEXT checks a draft; `/fieldcheck mode [MODE]` and `/fieldcheck unmute RULE` manage coaching."""
    from bot import router
    from bot.present import render

    text = (command.get("text") or "").strip()
    words = text.split()
    keyword = words[0].lower() if words else ""
    if not text or keyword == "help":
        respond_ephemeral(respond, render("slack/fieldcheck_usage"))
    elif keyword == "mode" and len(words) <= 2:
        _mode(words[1:], command, respond, context, client)
    elif keyword == "unmute" and len(words) == 2:
        db, user, rule = store(context), command["user_id"], words[1]
        found = db.unmute(user, rule)
        respond_ephemeral(respond, render("slack/unmuted", rule=rule, found=found, muted=sorted(db.muted_rules(user))))
    else:
        reply = router.fieldcheck_reply(text)
        respond_ephemeral(respond, reply.text)


def may_change_mode(client: WebClient, channel: str, user: str) -> bool:
    """Whether `user` may change coaching in `channel`: the channel's creator (conversations.info, scopes
    channels:read / groups:read) or a workspace admin or owner (users.info, scope users:read). When Slack cannot
    say, the answer is no."""
    try:
        person = client.users_info(user=user).get("user") or {}
        if person.get("is_admin") or person.get("is_owner") or person.get("is_primary_owner"):
            return True
        conversation = client.conversations_info(channel=channel).get("channel") or {}
        return bool(user) and conversation.get("creator") == user
    except Exception:
        logger.exception("could not check who may change coaching in %s", channel)
        return False


def _mode(args: list[str], command: dict[str, Any], respond: Respond, context: BoltContext,
          client: WebClient) -> None:
    from bot.present import render

    db, channel = store(context), command["channel_id"]
    if not args:
        respond_ephemeral(respond, render("slack/mode", channel=channel, mode=db.channel_mode(channel), changed=False))
        return
    value = args[0].lower()
    if value not in CHANNEL_MODES:
        respond_ephemeral(respond, render("slack/bad_mode", value=args[0], modes=CHANNEL_MODES))
        return
    user = command.get("user_id") or ""
    if not may_change_mode(client, channel, user):
        logger.info("coaching mode in %s: change to %s by %s refused (not the creator or an admin)", channel,
                    value, user)
        respond_ephemeral(respond, render("slack/mode_refused", channel=channel, mode=db.channel_mode(channel)))
        return
    mode = cast(ChannelMode, value)
    db.set_channel_mode(channel, mode, by=command.get("user_id"))
    logger.info("coaching mode in %s set to %s by %s", channel, mode, command.get("user_id"))
    respond_ephemeral(respond, render("slack/mode", channel=channel, mode=mode, changed=True))
