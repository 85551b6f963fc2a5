"""After an answer is posted, its chart (when the answer has one) follows in the same thread.

Rendering takes a moment (matplotlib loads on first use), so it always runs after the ack and after the text
answer; a chart that cannot be drawn or uploaded is logged and the text answer stands on its own.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable

from slack_sdk import WebClient

from bot.charts.select import BreakEvenSpec, CachingSpec
from bot.slack.context import logger
from bot.slack.work_slots import SLOTS

#: Charts are drawn one at a time, and at most this many listener threads draw or wait to draw. Drawing one takes
#: about 0.25 s of CPU: in the load bench, 16 listener threads drawing at once held every text answer behind them
#: (8 answers/s under saturation, 52 s to drain); a chart that finds the queue full is skipped (logged), so at
#: least half the listener threads are always free for text answers.
CHART_BACKLOG = 8
#: One person (or, for a chart asked for in an ask, one channel) has at most this many charts queued or drawing:
#: a burst of clicks from one user skips its extra charts instead of filling the queue ahead of everyone else.
PER_REQUESTER = 2
#: A chart that cannot start drawing within this many seconds is skipped (logged): the queue drains in bounded
#: time whatever was asked. Drawing itself is bounded by the chart's inputs (at most 8 marked utilizations,
#: 6 series, 12 call-outs: bot/charts), under 1 s on the benchmark machine.
CHART_WAIT_S = 10.0
_admitted = threading.BoundedSemaphore(CHART_BACKLOG)
_drawing = threading.Lock()
_queued: Counter[str] = Counter()
_queued_lock = threading.Lock()

def upload_title(filename: str) -> str:
    """The uploaded file's title and alt text (bot/phrases.yaml ``chart_text.upload``): by the chart's file
    name ("pricebot-caching.png" -> ``upload.caching``), else ``upload.other``."""
    from bot.phrases import chart_text, phrases

    kind = filename.removeprefix("pricebot-").removesuffix(".png")
    return chart_text(f"upload.{kind}" if kind in phrases()["chart_text"]["upload"] else "upload.other")



def post_chart(client: WebClient, *, channel: str, thread_ts: str | None, spec: BreakEvenSpec | CachingSpec,
               user: str | None = None) -> bool:
    """Draw the chart and upload it into the thread; True when one was posted."""
    return post_png(client, channel=channel, thread_ts=thread_ts, kind=spec.kind, draw=lambda: _draw(spec),
                    user=user)


def post_png(client: WebClient, *, channel: str, thread_ts: str | None, kind: str,
             draw: Callable[[], tuple[str, bytes] | None], user: str | None = None) -> bool:
    """Draw a chart as (filename, PNG) — one drawing at a time, at most CHART_BACKLOG waiting, at most
    PER_REQUESTER of them from one `user` (or channel), none waiting more than CHART_WAIT_S — and upload it."""
    requester = user or channel
    with _queued_lock:
        if _queued[requester] >= PER_REQUESTER:
            logger.info("%s chart for %s skipped: %d of theirs already queued", kind, requester, PER_REQUESTER)
            return False
        _queued[requester] += 1
    try:
        chart = _admit_and_draw(kind, channel, draw)
    finally:
        with _queued_lock:
            _queued[requester] -= 1
            if not _queued[requester]:
                del _queued[requester]
    if chart is None:
        return False
    filename, png = chart
    title = upload_title(filename)
    try:
        client.files_upload_v2(
            channel=channel, thread_ts=thread_ts, file=png, filename=filename, title=title, alt_txt=title
        )
    except Exception:
        logger.exception("could not upload %s to %s", filename, channel)
        return False
    return True


def _admit_and_draw(kind: str, channel: str, draw: Callable[[], tuple[str, bytes] | None]) -> tuple[str, bytes] | None:
    if not _admitted.acquire(blocking=False):
        logger.info("%s chart in %s skipped: %d charts already queued", kind, channel, CHART_BACKLOG)
        return None
    try:
        # only the drawing: an upload waiting on the Web API must not hold up the next chart
        with SLOTS.waiting():  # waiting its turn to draw is not work: another listener may work meanwhile
            started = _drawing.acquire(timeout=CHART_WAIT_S)
        if not started:
            logger.info("%s chart in %s skipped: not started within %.0f s", kind, channel, CHART_WAIT_S)
            return None
        try:
            return draw()
        finally:
            _drawing.release()
    finally:
        _admitted.release()


def _draw(spec: BreakEvenSpec | CachingSpec) -> tuple[str, bytes] | None:
    try:
        from bot.charts.select import chart_png

        return chart_png(spec)
    except Exception:
        logger.exception("could not draw the %s chart", spec.kind)
        return None
