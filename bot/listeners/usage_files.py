"""Usage exports shared with pricebot: a file in its DM, or in a message that mentions it (channel or thread).

Each file (up to MAX_FILES a message) is looked up with ``files.info`` and downloaded with the bot token
(``files:read``) into a spooled temporary file — memory up to SPOOL_BYTES, an unnamed temporary file beyond, gone
when closed — read, and closed: nothing is stored. The token is only ever sent to Slack's own file host (or to
the Web API host the client is configured with, for proxies and tests). The answer goes in the thread: the
reply as Block Kit, then the load duration chart. A file pricebot cannot read gets a short reply naming the row
and column; a discount in the message ("40% discount") is used for the recommendation.
"""

from __future__ import annotations

import tempfile
import urllib.request
from collections.abc import Mapping
from decimal import Decimal
from typing import IO, Any
from urllib.error import URLError
from urllib.parse import urlsplit

from slack_bolt import BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import router
from bot.parse import parse
from bot.present import render
from bot.present.blocks import quote_blocks
from bot.slack.context import logger, store
from bot.slack.post_chart import post_png
from bot.usage import read
from bot.usage.analyse import UsageResult, analyse
from bot.usage.read import UsageFileError
from pricing.rates import Rates

MAX_FILES = 3
SPOOL_BYTES = 8 * 1024 * 1024
DOWNLOAD_TIMEOUT = 60
CHART_FILENAME = "pricebot-usage.png"


class FetchError(Exception):
    """The file could not be fetched from Slack (the message says why, for the person who shared it)."""


def has_files(event: dict[str, Any]) -> bool:
    return bool(event.get("files"))


def answer_files(event: dict[str, Any], client: WebClient, context: BoltContext, *, text: str,
                 thread_ts: str | None) -> None:
    """Answer every file of the message (up to MAX_FILES) in the thread."""
    discount = parse(text).fields.discount if text.strip() else None
    cards = store(context).rate_cards()
    for shared in event["files"][:MAX_FILES]:
        _answer_file(client, channel=event["channel"], thread_ts=thread_ts, shared=shared, text=text,
                     discount=discount, cards=cards)


def _answer_file(client: WebClient, *, channel: str, thread_ts: str | None, shared: dict[str, Any], text: str,
                 discount: Decimal | None, cards: Mapping[str, Rates]) -> None:
    name = str(shared.get("name") or shared.get("id") or "the file")
    try:
        with _download(client, str(shared.get("id", "")), name) as stream:
            usage = analyse(read.read_usage(stream, name), discount=discount, rate_cards=cards)
    except (UsageFileError, FetchError) as error:
        message = render("slack/usage_refused", file=name, error=str(error))
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=message, unfurl_links=False)
        return
    reply = router.usage_reply(usage, text)
    assert reply.answer is not None
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=reply.text,
                            blocks=quote_blocks(reply.answer), unfurl_links=False)
    post_png(client, channel=channel, thread_ts=thread_ts, kind="usage", draw=lambda: _chart_png(usage))


def _chart_png(usage: UsageResult) -> tuple[str, bytes] | None:
    try:
        from bot.charts import render as render_chart
        from bot.usage.chart import usage_chart

        return CHART_FILENAME, render_chart(usage_chart(usage))
    except Exception:
        logger.exception("could not draw the usage chart")
        return None


def _download(client: WebClient, file_id: str, name: str) -> IO[bytes]:
    """The file's bytes in a spooled temporary file (rewound), or FetchError."""
    try:
        info = client.files_info(file=file_id)
    except SlackApiError as exc:
        error = exc.response.get("error") if exc.response is not None else None
        logger.warning("files.info %s failed: %s", file_id, error)
        raise FetchError(f"Slack did not give me the file ({error or 'no reason given'})") from None
    meta = info.get("file") or {}
    size = int(meta.get("size") or 0)
    if size > read.MAX_BYTES:
        raise FetchError(f"it is {size / 1024 / 1024:.0f} MB; I read up to {read.MAX_BYTES // 1024 // 1024} MB")
    url = str(meta.get("url_private_download") or meta.get("url_private") or "")
    if not _trusted(url, client.base_url):
        logger.warning("file %s has a download address on an unexpected host: %s", file_id, urlsplit(url).netloc)
        raise FetchError("Slack gave no download address for it")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {client.token}"})
    spooled = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - returned to a with block
    try:
        with urllib.request.urlopen(request, timeout=DOWNLOAD_TIMEOUT) as response:
            copied = _copy(response, spooled, read.MAX_BYTES)
        if copied > read.MAX_BYTES:
            raise FetchError(f"it is over {read.MAX_BYTES // 1024 // 1024} MB")
    except (URLError, TimeoutError, OSError) as exc:
        spooled.close()
        logger.warning("download of %s failed: %s", file_id, exc)
        raise FetchError("the download from Slack failed; try sharing it again") from None
    except FetchError:
        spooled.close()
        raise
    spooled.seek(0)
    return spooled


def _copy(source: IO[bytes], target: IO[bytes], limit: int) -> int:
    copied = 0
    while chunk := source.read(1 << 16):
        copied += len(chunk)
        if copied > limit:
            break
        target.write(chunk)
    return copied


def _trusted(url: str, api_base: str) -> bool:
    """Slack's file host over HTTPS, or the host the Web API client talks to (a proxy, the test stub)."""
    parts, api = urlsplit(url), urlsplit(api_base)
    if parts.scheme == "https" and (parts.hostname or "").endswith(".slack.com"):
        return True
    return bool(parts.hostname) and (parts.scheme, parts.netloc) == (api.scheme, api.netloc)
