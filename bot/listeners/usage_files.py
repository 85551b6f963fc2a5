"""Usage exports shared with pricebot: a file in its DM, or in a message that mentions it (channel or thread).

Each file (up to MAX_FILES a message; a note says when more were shared) is looked up with ``files.info`` and
downloaded with the bot token (``files:read``) into a spooled temporary file — memory up to SPOOL_BYTES, an
unnamed temporary file beyond, gone when closed — read, and closed: nothing is stored. The download stops as soon
as it passes bot.usage.read.MAX_BYTES (a size Slack states above it is refused before any byte is fetched), and a
gzip stream is refused once it decompresses past the same limit. The token is only ever sent to Slack's own file
host over HTTPS (or to the Web API host the client is configured with, for proxies and tests): a download
address elsewhere is refused, and so is a redirect elsewhere. The answer goes in the thread: the reply as Block
Kit, then the load duration chart. A file pricebot cannot read gets a short reply naming the row and column; a
discount in the message ("40% discount") is used for the recommendation.

A file shared in the DM arrives twice (a ``message`` with the file, and ``file_shared``): each file is claimed in
the store under its channel and id before it is fetched, so it is answered once, by whichever comes first.
A file shared in a channel is never fetched unless the message mentions pricebot.
"""

from __future__ import annotations

import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from http.client import HTTPMessage
from typing import IO, TYPE_CHECKING, Any
from urllib.error import URLError
from urllib.parse import urlsplit

from slack_bolt import BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.context import logger, store
from bot.slack.work_slots import SLOTS
from bot.store import STORE_ERRORS
from bot.usage import read
from bot.usage.read import UsageFileError

if TYPE_CHECKING:  # the parser, the engine and the templates load with the first file answered, after its ack
    from bot.usage.analyse import UsageResult
    from pricing.rates import Rates

MAX_FILES = 3
SPOOL_BYTES = 8 * 1024 * 1024
DOWNLOAD_TIMEOUT = 60
CHART_FILENAME = "pricebot-usage.png"
#: How long a `file_shared` event waits before claiming its file, so that the message sharing it (which carries
#: the text, and the thread) is the one answered when both arrive.
FILE_SHARED_GRACE = 1.5


class FetchError(Exception):
    """The file could not be fetched from Slack (the message says why, for the person who shared it)."""


def has_files(event: dict[str, Any]) -> bool:
    """Whether the message carries at least one file object (a signed but malformed ``files`` is not one)."""
    files = event.get("files")
    return isinstance(files, list) and any(isinstance(f, dict) for f in files)


def first_time(context: BoltContext, channel: str, file_id: str) -> bool:
    """Claim the file shared in `channel` (once per channel and file, across events, processes and retries)."""
    try:
        return store(context).claim_event(f"file:{channel}:{file_id}")
    except STORE_ERRORS:
        logger.exception("could not record file %s in %s as answered; answering it", file_id, channel)
        return True


def answer_files(event: dict[str, Any], client: WebClient, context: BoltContext, *, text: str,
                 thread_ts: str | None) -> None:
    """Answer every file of the message (up to MAX_FILES) in the thread."""
    from bot.parse import parse
    from bot.present import render

    discount = parse(text).fields.discount if text.strip() else None
    cards = store(context).rate_cards()
    files = [f for f in event["files"] if isinstance(f, dict)]
    channel = event["channel"]
    for shared in files[:MAX_FILES]:
        if first_time(context, channel, str(shared.get("id", ""))):
            _answer_file(client, channel=channel, thread_ts=thread_ts, shared=shared, text=text,
                         discount=discount, cards=cards)
    if len(files) > MAX_FILES:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, unfurl_links=False,
                                text=render("slack/usage_too_many", read=MAX_FILES, shared=len(files)))


def answer_shared_file(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """`file_shared`: a file shared in pricebot's DM is answered (in the thread of the message that shared it,
    when Slack says which); one shared in a channel is left alone (a message that mentions pricebot brings its
    files through `app_mention`), and so are pricebot's own uploads (its charts)."""
    channel, file_id = str(event.get("channel_id") or ""), str(event.get("file_id") or "")
    if not channel.startswith("D") or not file_id or event.get("user_id") == context.bot_user_id:
        return
    with SLOTS.waiting():  # not work: another listener may work meanwhile
        time.sleep(FILE_SHARED_GRACE)  # the message that shared it usually arrives too, with the text (a discount)
    if first_time(context, channel, file_id):
        _answer_file(client, channel=channel, thread_ts=None, shared={"id": file_id}, text="", discount=None,
                     cards=store(context).rate_cards())


def _answer_file(client: WebClient, *, channel: str, thread_ts: str | None, shared: dict[str, Any], text: str,
                 discount: Decimal | None, cards: Mapping[str, Rates]) -> None:
    from bot import router
    from bot.present import render
    from bot.present.blocks import quote_blocks
    from bot.slack.post_chart import post_png
    from bot.usage.analyse import analyse

    name = str(shared.get("name") or shared.get("id") or "the file")
    try:
        with _download(client, str(shared.get("id", "")), name) as (stream, meta):
            name = str(meta.get("name") or name)
            if thread_ts is None:
                thread_ts = _shared_at(meta, channel)
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


def _shared_at(meta: Mapping[str, Any], channel: str) -> str | None:
    """The ts of the message that shared the file in `channel`, from files.info's `shares` (None if not given)."""
    shares = meta.get("shares")
    for kind in ("private", "public"):
        found = shares.get(kind, {}).get(channel) if isinstance(shares, dict) else None
        if isinstance(found, list) and found and isinstance(found[0], dict) and found[0].get("ts"):
            return str(found[0]["ts"])
    return None


class _OnlyToTrustedHosts(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to a host the token may go to (and sends the token there again); any other
    redirect is refused before a request is made (urllib would otherwise send the Authorization header on)."""

    def __init__(self, api_base: str, token: str) -> None:
        self._api_base, self._token = api_base, token

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:
        if not _trusted(newurl, self._api_base):
            logger.warning("a file download was redirected to an unexpected host: %s", urlsplit(newurl).netloc)
            raise FetchError("Slack sent the download elsewhere")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.add_unredirected_header("Authorization", f"Bearer {self._token}")
        return new


@contextmanager
def _download(client: WebClient, file_id: str, name: str) -> Iterator[tuple[IO[bytes], dict[str, Any]]]:
    """The file's bytes in a spooled temporary file (rewound) and its files.info record, or FetchError."""
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
    token = str(client.token or "")
    request = urllib.request.Request(url)
    request.add_unredirected_header("Authorization", f"Bearer {token}")  # never copied onto a redirect
    opener = urllib.request.build_opener(_OnlyToTrustedHosts(client.base_url, token))
    spooled = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - closed below or by the caller
    try:
        with SLOTS.waiting(), opener.open(request, timeout=DOWNLOAD_TIMEOUT) as response:  # a network wait
            stated = str(response.headers.get("Content-Length") or "")
            if stated.isdigit() and int(stated) > read.MAX_BYTES:
                raise FetchError(f"it is over {read.MAX_BYTES // 1024 // 1024} MB")
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
    with spooled:
        yield spooled, meta


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
