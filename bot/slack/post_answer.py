"""Posting an answer: a quote as Block Kit with its "Show chart" button, and the chart itself when the ask said
"chart". Used by /quote, @mentions and DMs.

The quote is recorded first so that the button can name its row when the chart's data does not fit in the
button; a failed write is logged and the answer still goes out (the button then carries the data or is left out).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient

from bot.blocks.chart_button import asks_for_chart, button_value
from bot.charts.select import chart_spec
from bot.present.blocks import is_quote, quote_blocks, quote_metadata
from bot.reply import Reply
from bot.slack.context import logger
from bot.slack.post_chart import post_chart


def record_first(record: Callable[[], int]) -> int | None:
    try:
        return record()
    except Exception:
        logger.exception("could not record the quote")
        return None


def blocks_for(reply: Reply, *, ask: str, quote_id: int | None) -> tuple[list[dict[str, Any]] | None, bool]:
    """The reply's blocks (None: Slack shows the text), and whether the ask wants its chart uploaded now."""
    answer = reply.answer
    if answer is None or not is_quote(answer):
        return None, False
    spec = chart_spec(answer)
    value = button_value(quote_id) if spec is not None else None
    wanted = asks_for_chart(ask)
    blocks = quote_blocks(answer, chart_value=value, chart_unavailable=wanted and spec is None, quote_id=quote_id)
    return blocks, wanted and spec is not None


def metadata_for(reply: Reply, *, ask: str, quote_id: int | None, channel: str) -> dict[str, Any] | None:
    """Message metadata for a quote reply (event type pricebot_quote); None for other replies. In a DM
    (a channel id starting with D) the question is left out: metadata can be read by any app in the workspace
    with the scope to read that conversation's metadata, and a DM's words are not pricebot's to pass on."""
    answer = reply.answer
    if answer is None or not is_quote(answer):
        return None
    return quote_metadata(answer, quote_id=quote_id, question=None if channel.startswith("D") else ask)


def post_answer(client: WebClient, *, channel: str, thread_ts: str | None, reply: Reply, ask: str,
                record: Callable[[], int], before_post: Callable[[], None] | None = None) -> None:
    """Record the quote, post the reply in the thread, then upload its chart when the ask asked for one.
    `before_post` runs once everything is ready, right before the post (bot.slack.context.answering)."""
    quote_id = record_first(record)
    blocks, upload = blocks_for(reply, ask=ask, quote_id=quote_id)
    if before_post is not None:
        before_post()
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=reply.text, blocks=blocks, unfurl_links=False,
                            metadata=metadata_for(reply, ask=ask, quote_id=quote_id, channel=channel))
    if upload and reply.answer is not None:
        spec = chart_spec(reply.answer)
        if spec is not None:
            post_chart(client, channel=channel, thread_ts=thread_ts, spec=spec)
