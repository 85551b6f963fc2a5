"""Slack's assistant (agent) surface: the split-view thread people open from pricebot's entry point in the top
bar (manifest.yml ``features.assistant_view``), through bolt-python's Assistant middleware.

Opening a thread greets the person and sets suggested prompts that are real asks (bot/phrases.yaml
``assistant``); a message in the thread is handled exactly as a direct message is (:func:`bot.listeners.events.
message`: answered in that thread, follow-ups read against its last request, usage exports analysed). The
context Slack reports when the person switches channels is not needed (pricebot does not read channels on its
own), so it is acknowledged and nothing is stored.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Assistant, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.listeners.events import is_from_a_bot, message
from bot.phrases import phrases
from bot.slack.context import logger
from bot.slack.errors import ack_now, in_background

#: Bot events this surface subscribes (message.im is the events module's).
EVENTS = ("assistant_thread_started", "assistant_thread_context_changed")


def suggested_prompts() -> list[dict[str, str]]:
    """The prompts offered when a thread opens (the same ones manifest.yml declares)."""
    return [{"title": str(p["title"]), "message": str(p["message"])} for p in phrases()["assistant"]["prompts"]]


def register(app: App) -> None:
    assistant = Assistant()
    assistant.thread_started(lazy=[in_background(thread_started)])(ack_now)
    assistant.thread_context_changed(ack_now)  # nothing to keep: acknowledged only
    assistant.user_message(lazy=[in_background(user_message)])(ack_now)
    app.use(assistant)


def thread_started(body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Greet the person and offer the suggested prompts."""
    thread = (body.get("event") or {}).get("assistant_thread") or {}
    channel, thread_ts = thread.get("channel_id"), thread.get("thread_ts")
    if not channel or not thread_ts:
        return
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=phrases()["assistant"]["greeting"])
    client.assistant_threads_setSuggestedPrompts(channel_id=channel, thread_ts=thread_ts,
                                                 prompts=suggested_prompts())


def user_message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """A message in the assistant thread: a status under the thread while the answer is worked out
    (assistant.threads.setStatus; Slack clears it when the answer is posted), then answered as a direct message
    is. A status Slack refuses (a DM thread that is not an assistant thread) is logged and skipped."""
    channel, thread_ts = event.get("channel"), event.get("thread_ts")
    if channel and thread_ts and not is_from_a_bot(event, context) and event.get("subtype") is None:
        try:
            client.assistant_threads_setStatus(channel_id=channel, thread_ts=thread_ts,
                                               status=str(phrases()["assistant"]["status"]))
        except SlackApiError as error:
            logger.info("assistant status not set in %s: %s", channel, error.response.get("error"))
    message(event, client, context)
