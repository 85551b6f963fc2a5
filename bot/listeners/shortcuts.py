"""Message shortcut "Check field language": the result goes to whoever used it, privately."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.slack.context import respond_ephemeral
from bot.slack.errors import ack_now, in_background

SHORTCUTS = ("check_field_language",)


def register(app: App) -> None:
    app.shortcut("check_field_language")(ack=ack_now, lazy=[in_background(check_field_language)])


def check_field_language(shortcut: dict[str, Any], client: WebClient, respond: Respond) -> None:
    """The result goes through the response_url, or as an ephemeral message when there is none."""
    from bot import router  # the answering code loads with the first answer, not at start-up

    message = shortcut.get("message") or {}
    reply = router.fieldcheck_reply(message.get("text") or "")
    if shortcut.get("response_url"):
        respond_ephemeral(respond, reply.text)
        return
    channel = str((shortcut.get("channel") or {}).get("id") or "")
    client.chat_postEphemeral(
        channel=channel,
        user=shortcut["user"]["id"],
        thread_ts=message.get("thread_ts") or message.get("ts"),
        text=reply.text,
    )
