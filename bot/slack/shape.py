"""Events whose shape is not what Slack documents are acknowledged and dropped with one clear log line, before any
listener runs: a missing `channel`/`ts`, a list where text belongs, an event type no listener handles.

Slack always sends these fields; the fuzz tests (tests/reliability/test_fuzz.py) sent signed events without them
and each one reached a listener, failed there (KeyError, TypeError) and became an error log and a ":warning:" post.
Acked with 200 so Slack does not retry what can never be handled.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltResponse

from bot.slack.context import logger

#: Per event type: fields that must be text, and fields that may be absent but are text when present.
REQUIRED: dict[str, tuple[str, ...]] = {
    "app_mention": ("channel", "ts"),
    "message": ("channel", "ts"),
    "app_home_opened": ("user",),
    "file_shared": ("channel_id", "file_id"),
}
#: Assistant thread events carry an object: its channel and thread must be text (bot.listeners.assistant).
ASSISTANT_THREAD = ("channel_id", "thread_ts")
OPTIONAL: dict[str, tuple[str, ...]] = {
    "app_mention": ("user", "text", "thread_ts", "bot_id", "subtype"),
    "message": ("user", "text", "thread_ts", "bot_id", "subtype", "channel_type"),
    "app_home_opened": ("tab",),
    "file_shared": ("user_id",),
}


def subscribed() -> frozenset[str]:
    """Event types some listener handles, from the registry the manifest test checks ("message.im" -> "message")."""
    from bot.listeners import BOT_EVENTS

    return frozenset(name.split(".")[0] for name in BOT_EVENTS)


def _kind(value: Any) -> str:
    return "missing" if value is None else f"a {type(value).__name__}, not text"


def problem(event: Any) -> str | None:
    """Why `event` cannot be handled (naming the field and what it is), or None when it can."""
    if not isinstance(event, dict):
        return f"the event is {_kind(event).replace(', not text', ', not an object')}"
    kind = event.get("type")
    if kind not in subscribed():
        return f"no listener handles event type {str(kind)[:40]!r}"
    for name in REQUIRED.get(kind, ()):
        if not isinstance(event.get(name), str) or not event[name]:
            return f"field {name!r} is {_kind(event.get(name)) if event.get(name) != '' else 'empty'}"
    if str(kind).startswith("assistant_thread_"):
        thread = event.get("assistant_thread")
        if not isinstance(thread, dict) or not all(isinstance(thread.get(n), str) and thread[n]
                                                   for n in ASSISTANT_THREAD):
            return "field 'assistant_thread' has no channel_id and thread_ts as text"
    for name in OPTIONAL.get(kind, ()):
        if name in event and event[name] is not None and not isinstance(event[name], str):
            return f"field {name!r} is {_kind(event[name])}"
    return None


def install(app: App) -> None:
    def drop_malformed_events(body: dict[str, Any], next: Any) -> BoltResponse | None:
        if body.get("type") == "event_callback":
            why = problem(body.get("event"))
            if why:
                logger.warning("event %s ignored: %s", str(body.get("event_id"))[:40], why)
                return BoltResponse(status=200, body="")
        next()
        return None

    app.use(drop_malformed_events)
