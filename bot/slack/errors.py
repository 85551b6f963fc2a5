"""The global error handler: a listener's exception becomes a short ":warning:" reply with an error id, and the
traceback goes to the log under that id. Nothing here raises."""

from __future__ import annotations

import inspect
import uuid
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.webhook import WebhookClient

from bot.slack.context import answering, logger
from bot.slack.work_slots import SLOTS


def register(app: App) -> None:
    app.error(on_error)


def ack_now(ack: Ack) -> None:
    """Every request is acknowledged at once, on the HTTP worker; the work runs afterwards (`in_background`)."""
    ack()


Work = Callable[..., None]


def in_background(work: Work) -> Work:
    """`work` as a Bolt lazy listener: it gets only the arguments it names, and an exception it raises becomes
    the ":warning:" reply (Bolt would only log a lazy listener's failure)."""
    wanted = list(inspect.signature(work).parameters)

    def run(
        body: dict[str, Any],
        client: WebClient,
        context: BoltContext,
        respond: Respond,
        command: dict[str, Any] | None,
        event: dict[str, Any] | None,
        shortcut: dict[str, Any] | None,
        action: dict[str, Any] | None,
    ) -> None:
        available = {"body": body, "client": client, "context": context, "respond": respond, "command": command,
                     "event": event, "shortcut": shortcut, "action": action}
        with SLOTS.working():  # a few threads work at once; each gives its slot up while it waits on Slack
            try:
                work(**{name: available[name] for name in wanted})
            except Exception as error:
                on_error(error, body, client, context)
            finally:
                answering(context)  # the work is over, answered or not: nothing left to take over

    run.__name__ = run.__qualname__ = work.__name__
    run.__doc__ = work.__doc__
    return run


def new_error_id() -> str:
    return uuid.uuid4().hex[:10]


def on_error(error: Exception, body: dict[str, Any], client: WebClient, context: BoltContext | None = None) -> None:
    """Log the traceback under a new error id and tell the person affected, briefly.

    Nothing is posted for a request that was not verified and authorized (an error in Bolt's own checks): its
    body may name any channel, and only the log should hear about it.
    """
    error_id = new_error_id()
    event = body.get("event") or {}
    logger.error(
        "listener failed (error id %s, event %s, type %s)",
        error_id,
        body.get("event_id") or "-",
        event.get("type") or body.get("type") or body.get("command") or "-",
        exc_info=error,
    )
    if context is not None and context.authorize_result is None:
        logger.warning("error id %s came from a request that was not verified: no reply posted", error_id)
        return
    try:
        _warn(error_id, body, event, client)
    except Exception:
        logger.exception("could not post the warning for error id %s (event %s)", error_id, body.get("event_id"))


def _warn(error_id: str, body: dict[str, Any], event: dict[str, Any], client: WebClient) -> None:
    from bot.present import render  # the templates load with the first reply, not at start-up

    text = render("slack/warning", error_id=error_id)
    if body.get("response_url"):  # slash commands, shortcuts, block actions
        with SLOTS.waiting():
            WebhookClient(body["response_url"]).send(text=text, response_type="ephemeral", replace_original=False)
        return
    channel, user = event.get("channel"), event.get("user")
    if not channel or not user or event.get("type") not in ("app_mention", "message"):
        return  # nowhere sensible to say it (e.g. App Home): the log has it
    thread_ts = event.get("thread_ts") or (event.get("ts") if event.get("type") == "app_mention" else None)
    if event.get("type") == "app_mention" or event.get("channel_type") == "im":
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text)
    else:  # coaching a channel message: only its author should see that it failed
        client.chat_postEphemeral(channel=channel, user=user, thread_ts=event.get("thread_ts") or event.get("ts"),
                                  text=text)
