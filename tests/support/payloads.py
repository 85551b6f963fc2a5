"""Request bodies shaped like the ones Slack sends (events, slash commands, shortcuts, block actions)."""

from __future__ import annotations

import itertools
import json
import time
from typing import Any

from tests.support.stub import BOT_USER_ID, TEAM_ID

USER = "U0000REP"
OTHER_USER = "U000OTHR"
CHANNEL = "C0000DEAL"
DM_CHANNEL = "D0000DM1"

_counter = itertools.count(1)


def new_ts() -> str:
    return f"{int(time.time())}.{next(_counter):06d}"


def new_event_id() -> str:
    return f"Ev{next(_counter):08d}"


def event_callback(event: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM_ID,
        "api_app_id": "A0000APP",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or new_event_id(),
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
    }


def mention(text: str, *, ts: str | None = None, thread_ts: str | None = None, user: str = USER,
            channel: str = CHANNEL) -> dict[str, Any]:
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER_ID}> {text}", "ts": ts or new_ts(),
             "channel": channel, "event_ts": ts}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def channel_message(text: str, *, ts: str | None = None, thread_ts: str | None = None, user: str = USER,
                    channel: str = CHANNEL, channel_type: str = "channel", **extra: Any) -> dict[str, Any]:
    event = {"type": "message", "channel_type": channel_type, "user": user, "text": text, "ts": ts or new_ts(),
             "channel": channel, **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def direct_message(text: str, *, user: str = USER) -> dict[str, Any]:
    return channel_message(text, user=user, channel=DM_CHANNEL, channel_type="im")


def with_files(event: dict[str, Any], *files: dict[str, Any]) -> dict[str, Any]:
    """The event as Slack sends it when the message shares files (``subtype`` file_share for messages)."""
    extra: dict[str, Any] = {"files": list(files), "upload": False}
    if event["type"] == "message":
        extra["subtype"] = "file_share"
    return {**event, **extra}


def file_shared(file_id: str, *, channel: str = DM_CHANNEL, user: str = USER) -> dict[str, Any]:
    """`file_shared` as Slack sends it: ids only (files.info tells the rest)."""
    return {"type": "file_shared", "channel_id": channel, "file_id": file_id, "user_id": user,
            "file": {"id": file_id}, "event_ts": new_ts()}


def home_opened(user: str = USER) -> dict[str, Any]:
    return {"type": "app_home_opened", "user": user, "channel": DM_CHANNEL, "tab": "home", "event_ts": new_ts()}


def assistant_thread(kind: str = "assistant_thread_started", *, user: str = USER, channel: str = DM_CHANNEL,
                     thread_ts: str | None = None) -> dict[str, Any]:
    """An assistant_thread_started (or _context_changed) event: someone opened pricebot's assistant view."""
    return {"type": kind, "event_ts": new_ts(), "assistant_thread": {
        "user_id": user, "channel_id": channel, "thread_ts": thread_ts or new_ts(),
        "context": {"channel_id": CHANNEL, "team_id": TEAM_ID, "enterprise_id": None}}}


def slash_command(command: str, text: str, response_url: str, *, user: str = USER,
                  channel: str = CHANNEL) -> dict[str, str]:
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM_ID,
        "team_domain": "stub",
        "channel_id": channel,
        "channel_name": "deal-room",
        "user_id": user,
        "user_name": "rep",
        "command": command,
        "text": text,
        "api_app_id": "A0000APP",
        "response_url": response_url,
        "trigger_id": "1.2.3",
    }


def interactive(payload: dict[str, Any]) -> dict[str, str]:
    return {"payload": json.dumps(payload)}


def message_shortcut(text: str, response_url: str, *, user: str = USER, channel: str = CHANNEL,
                     callback_id: str = "check_field_language") -> dict[str, Any]:
    ts = new_ts()
    return {
        "type": "message_action",
        "callback_id": callback_id,
        "trigger_id": "1.2.3",
        "response_url": response_url,
        "team": {"id": TEAM_ID, "domain": "stub"},
        "channel": {"id": channel, "name": "deal-room"},
        "user": {"id": user, "name": "rep"},
        "message_ts": ts,
        "message": {"type": "message", "user": OTHER_USER, "text": text, "ts": ts},
        "token": "legacy-verification-token",
        "action_ts": ts,
    }


def button_click(action_id: str, value: str, response_url: str, *, user: str = USER,
                 channel: str = CHANNEL) -> dict[str, Any]:
    return {
        "type": "block_actions",
        "user": {"id": user, "username": "rep", "team_id": TEAM_ID},
        "api_app_id": "A0000APP",
        "token": "legacy-verification-token",
        "container": {"type": "message", "message_ts": new_ts(), "channel_id": channel, "is_ephemeral": True},
        "trigger_id": "1.2.3",
        "team": {"id": TEAM_ID, "domain": "stub"},
        "channel": {"id": channel, "name": "deal-room"},
        "response_url": response_url,
        "actions": [
            {"action_id": action_id, "block_id": "flag-0", "text": {"type": "plain_text", "text": "Mute"},
             "value": value, "type": "button", "action_ts": new_ts()}
        ],
    }
