"""The Web API client pricebot posts with: base URL from settings, kept-alive connections, bounded retries on 429,
5xx and connections that could not be made — and never a retry once a request may have reached Slack.

slack_sdk's WebClient opens a new connection (a new TLS handshake against slack.com) for every call. Here the
requests go through one pool of kept-alive connections per client (bot.slack.kept_alive), shared by every
listener thread, so a post reuses a connection. The pool's outcomes are mapped back onto what
`urllib.request.urlopen` raises, so the SDK's error handling and retry handlers behave exactly as with the stock
client:

- a non-2xx answer is an `urllib.error.HTTPError` (429 and 5xx are retried by the handlers, within bounds);
- a connection that could not be made (refused, unreachable, TLS handshake, connect timeout) is a `URLError`,
  retried: nothing was sent;
- a read timeout is a `TimeoutError`, and a connection that fails after the request went out is
  `DeliveryUnknownError`: neither is retried, because Slack may have acted on the request already.

A pooled connection the server closed while it was idle is dropped before reuse, so it costs a reconnect, not an
error.
"""

from __future__ import annotations

import http.client
import io
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.request import Request

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler

from bot.slack.kept_alive import AnswerTimeoutError, DeliveryUnknownError, KeptAlive, NotSentError
from bot.slack.work_slots import SLOTS

__all__ = ["DeliveryUnknownError", "PooledWebClient", "build_client", "content_type_of", "retry_handlers"]

#: Each handler retries at most this many times (429 waits Retry-After; 5xx and resets back off).
MAX_RETRIES = 3

#: Refused or reset connections are retried longer: backing off 0.5, 1, 2, 4, 8, 16 s (plus jitter) rides out a
#: Web API outage of about 30 s. With 3 retries (3.5 s) the load bench lost 11 answers to a 30 s outage.
#: A read timeout is never retried: Slack may have posted the message already.
CONNECTION_RETRIES = 6

#: Kept-alive connections per host: one per listener thread that may be posting at once (more are opened when
#: needed and closed after use rather than kept).
POOL_CONNECTIONS = 16


def retry_handlers(max_retries: int = MAX_RETRIES, connection_retries: int = CONNECTION_RETRIES) -> list[RetryHandler]:
    return [
        RateLimitErrorRetryHandler(max_retry_count=max_retries),
        ServerErrorRetryHandler(max_retry_count=max_retries),
        ConnectionErrorRetryHandler(max_retry_count=connection_retries),
    ]


def _message(headers: list[tuple[str, str]]) -> http.client.HTTPMessage:
    """The headers as urlopen returns them (the SDK reads them with get_content_type() and friends)."""
    message = http.client.HTTPMessage()
    for name, value in headers:
        message[name] = value
    return message


def content_type_of(value: str | None) -> tuple[str, str | None]:
    """(media type, charset) of a Content-Type header, as ``email.message.Message`` reads them: lower case,
    "text/plain" when absent or not a type/subtype, the charset None when not given (empty when given empty)."""
    kind, _, params = (value or "").partition(";")
    kind = kind.strip().lower()
    if kind.count("/") != 1:
        kind = "text/plain"
    for param in params.split(";"):
        name, _, given = param.partition("=")
        if name.strip().lower() == "charset":
            return kind, given.strip().strip('"').lower()
    return kind, None


class PooledWebClient(WebClient):
    """A WebClient whose calls reuse kept-alive connections from a thread-safe pool (see the module docstring)."""

    def __init__(self, *args: Any, pool_connections: int = POOL_CONNECTIONS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pool = KeptAlive(timeout=self.timeout, ssl_context=self.ssl, maxsize=pool_connections)

    def api_call(self, *args: Any, **kwargs: Any) -> Any:
        """The SDK's call, with this thread's work slot given up while it waits on Slack, retries' back-off
        included (bot.slack.work_slots)."""
        with SLOTS.waiting():
            return super().api_call(*args, **kwargs)

    def _perform_urllib_http_request_internal(self, url: str, req: Request) -> dict[str, Any]:
        if self.proxy is not None or not url.lower().startswith(("http://", "https://")):
            return super()._perform_urllib_http_request_internal(url, req)
        try:
            response = self._pool.post(url, req.data, dict(req.header_items()))  # type: ignore[arg-type]
        except NotSentError as error:
            raise URLError(error) from error
        except AnswerTimeoutError as error:
            raise TimeoutError(f"the Web API did not answer within {self.timeout} s (not retried)") from error
        if not 200 <= response.status < 300:
            raise HTTPError(url, response.status, response.reason, _message(response.headers),
                            io.BytesIO(response.body))
        # a success's headers are only read as a dict by the SDK (SlackResponse.headers, the retry handlers): a
        # plain dict, without building the email-module message the stock client returns (about 50 µs a call)
        headers = response.header_dict()
        content_type, charset = content_type_of(response.header("Content-Type"))
        if content_type == "application/gzip":
            return {"status": response.status, "headers": headers, "body": response.body}
        return {"status": response.status, "headers": headers, "body": response.body.decode(charset or "utf-8")}

    def __deepcopy__(self, memo: dict[int, Any]) -> PooledWebClient:
        """Bolt deep-copies each request (with its client) for lazy listeners: the pool is shared, not copied."""
        return self

    def close(self) -> None:
        """Close the kept-alive connections."""
        self._pool.clear()


def build_client(
    token: str,
    base_url: str,
    *,
    timeout: int = 10,
    max_retries: int = MAX_RETRIES,
    connection_retries: int = CONNECTION_RETRIES,
) -> PooledWebClient:
    """A pooled WebClient for `base_url` (kept with its trailing slash) that retries transient failures, bounded."""
    if not base_url.endswith("/"):
        base_url += "/"
    handlers = retry_handlers(max_retries, connection_retries)
    return PooledWebClient(token=token, base_url=base_url, timeout=timeout, retry_handlers=handlers)
