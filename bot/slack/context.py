"""What listeners share: the store (put in every request's context by a middleware) and small posting helpers."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from slack_bolt import App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.work_slots import SLOTS
from bot.store import Store

logger = logging.getLogger("pricebot.slack")

_KEY = "pricebot"
T = TypeVar("T")


@dataclass(frozen=True)
class Deps:
    """Shared services. Bolt deep-copies the context for lazy listeners; these are shared, not copied."""

    store: Store

    def __copy__(self) -> Deps:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Deps:
        return self


def install(app: App, deps: Deps) -> None:
    """Make `deps` reachable from every listener through its `context`, and give every listener the app's own
    Web API client: Bolt builds a new WebClient for each request, which would leave the app's pool of kept-alive
    connections (bot.slack.web_api) unused."""
    client = app.client

    def add_deps(context: BoltContext, next: Any) -> None:
        attach(context, deps, client)
        next()

    app.use(add_deps)


def attach(context: BoltContext, deps: Deps, client: WebClient) -> None:
    """What :func:`install`'s middleware puts in each request's context (also used without Bolt's dispatch)."""
    context[_KEY] = deps
    context["client"] = client


def deps(context: BoltContext) -> Deps:
    found: Deps = context[_KEY]
    return found


def store(context: BoltContext) -> Store:
    return deps(context).store


#: The context key under which the event-id check leaves a claimed event's id for `answering`.
EVENT_ID = "pricebot_event_id"


def answering(context: BoltContext) -> None:
    """The event's answer is about to be posted: from here on, were this process to stop, no other process takes
    the event over (see bot.slack.retries.Takeover): a second answer is worse than none."""
    event_id = context.get(EVENT_ID)
    if event_id and not context.get("pricebot_answering"):
        context["pricebot_answering"] = True
        record_quietly(f"event {event_id} as answered", lambda: store(context).finish_event(str(event_id)))


def record_answer(context: BoltContext, write: Callable[[], T]) -> T:
    """Run `write` (the rows an answer keeps: the thread's request, the quote) and mark the event as being answered
    (`answering`) in one store transaction: one commit for the event instead of one per row. Should that
    transaction fail, each is written on its own as before: `write` raising is the caller's to handle, the mark's
    failure is logged."""
    db = store(context)
    event_id = None if context.get("pricebot_answering") else context.get(EVENT_ID)
    try:
        with db.together():
            result = write()
            if event_id:
                db.finish_event(str(event_id))
    except Exception:
        logger.warning("could not keep the answer's records in one transaction; writing them one by one",
                       exc_info=True)
        result = write()
        answering(context)
        return result
    if event_id:
        context["pricebot_answering"] = True
    return result


def record_quietly(what: str, write: Callable[[], object]) -> None:
    """Store history after the user already has their answer: a failed write is logged, never shown to them."""
    try:
        write()
    except Exception:
        logger.exception("could not record %s", what)


def where_clicked(body: Mapping[str, Any]) -> tuple[str | None, str | None, str | None]:
    """(channel, message_ts, thread_ts) of the message whose button was clicked (a block_actions payload): the
    container's, else the payload's channel and message. thread_ts is None when the message is not in a
    thread."""
    container = body.get("container") or {}
    message = body.get("message") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    message_ts = container.get("message_ts") or message.get("ts")
    thread_ts = container.get("thread_ts") or message.get("thread_ts")
    return (channel if isinstance(channel, str) else None, message_ts if isinstance(message_ts, str) else None,
            thread_ts if isinstance(thread_ts, str) else None)


def respond_ephemeral(respond: Respond, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
    """Reply to the person who asked, through the request's response_url; a failure is logged, not raised."""
    with SLOTS.waiting():  # a network wait: this thread's work slot is free meanwhile
        response = respond(text=text, blocks=blocks, response_type="ephemeral", replace_original=False)
    if response.status_code != 200:
        logger.warning("response_url post failed: HTTP %s %s", response.status_code, response.body[:200])
