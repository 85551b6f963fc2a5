"""After an answer is posted, its chart (when the answer has one) follows in the same thread.

Rendering takes a moment (matplotlib loads on first use), so it always runs after the ack and after the text
answer; a chart that cannot be drawn or uploaded is logged and the text answer stands on its own.
"""

from __future__ import annotations

from slack_sdk import WebClient

from bot.listeners.context import logger
from bot.reply import Reply

_TITLES = {
    "pricebot-breakeven.png": "Provisioned throughput: cost against on-demand by utilization",
    "pricebot-caching.png": "Prompt caching: cost per day with and without the cache",
    "pricebot-commitment.png": "Provisioned commitment level against the hourly load",
}


def post_chart(client: WebClient, *, channel: str, thread_ts: str | None, reply: Reply) -> bool:
    """Upload the reply's chart into the thread; True when one was posted."""
    try:
        from bot.charts import chart_for

        chart = chart_for(reply.data)
    except Exception:
        logger.exception("could not draw the chart for a %s answer", reply.intent)
        return False
    if chart is None:
        return False
    filename, png = chart
    title = _TITLES.get(filename, "pricebot chart")
    try:
        client.files_upload_v2(
            channel=channel, thread_ts=thread_ts, file=png, filename=filename, title=title, alt_txt=title
        )
    except Exception:
        logger.exception("could not upload %s to %s", filename, channel)
        return False
    return True
