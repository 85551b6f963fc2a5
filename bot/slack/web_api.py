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
import json
import logging
import threading
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
from slack_sdk.web.internal_utils import _build_unexpected_body_error_message, _get_headers, _get_url
from slack_sdk.web.slack_response import SlackResponse

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

#: The calls that carry an answer, made without the SDK's layers around the request (`PooledWebClient.api_call`).
POSTING_METHODS = frozenset({"chat.postMessage", "chat.postEphemeral"})


def json_body(body: dict[str, Any]) -> bytes:
    """A JSON request body: encoded by pydantic-core (compact, UTF-8); text it cannot encode (a lone surrogate from an
    escaped ``\\ud800`` in a message) as the SDK encodes it (``json.dumps``). Either way Slack reads the same JSON."""
    from pydantic_core import to_json

    try:
        return to_json(body)
    except (ValueError, TypeError):  # PydanticSerializationError is a ValueError
        return json.dumps(body).encode("utf-8")


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
        self._posting: dict[tuple[Any, ...], tuple[str, dict[str, str]]] = {}
        self._encoded = threading.local()  # the body `_post` encoded for this thread's request

    def api_call(self, api_method: str, **kwargs: Any) -> Any:
        """The SDK's call, with this thread's work slot given up while it waits on Slack, retries' back-off
        included (bot.slack.work_slots). A post of an answer (`POSTING_METHODS` with a JSON body and nothing
        else) skips the SDK's layers around the request (`_post`)."""
        with SLOTS.waiting():
            body = kwargs.get("json")
            if api_method in POSTING_METHODS and isinstance(body, dict) and self._may_post_directly(body, kwargs):
                return self._post(api_method, body)
            return super().api_call(api_method, **kwargs)

    def _may_post_directly(self, body: dict[str, Any], kwargs: dict[str, Any]) -> bool:
        """Whether the SDK's `api_call` would send `body` as it is, as JSON, with the client's own headers: nothing
        else given, no default parameters or token in the body to merge, no proxy, and its debug line (which
        prints the whole body) not wanted."""
        return (bool(body) and "token" not in body
                and all(value is None for name, value in kwargs.items() if name not in ("json", "http_verb"))
                and kwargs.get("http_verb", "POST") == "POST" and not self.default_params and self.proxy is None
                and not self._logger.isEnabledFor(logging.DEBUG))

    def _post(self, api_method: str, body: dict[str, Any]) -> SlackResponse:
        """What the SDK's `api_call` does for a JSON body, without rebuilding the URL and headers, checking
        deprecations and formatting the debug line on every call: the same request (URL, headers, the body's JSON)
        through the same `_perform_urllib_http_request`, so the retry handlers, the error mapping and their log
        lines are the SDK's own, and the same SlackResponse, validated (an error answer raises SlackApiError)."""
        url, headers = self._posting_request(api_method)
        args: dict[str, Any] = {"headers": headers, "data": {}, "params": {}, "files": None, "json": body}
        # The body is encoded here, in one pass by pydantic-core (compact, UTF-8: the same JSON value as the SDK's
        # `json.dumps`, for a fraction of the instructions on a reply's text, blocks and metadata), and handed to
        # the transport beside the SDK's request (`_perform_urllib_http_request_internal`), which then carries no
        # body of its own: its retry loop, error mapping and log lines stay the SDK's.
        if self.proxy is None and url.lower().startswith(("http://", "https://")):  # the pool's transport
            headers["Content-Type"] = "application/json;charset=utf-8"  # what the SDK sets for a JSON body
            self._encoded.body = json_body(body)
            without_body: dict[str, Any] = {**args, "json": None}
            try:
                response = self._perform_urllib_http_request(url=url, args=without_body)
            finally:
                self._encoded.body = None
        else:
            response = self._perform_urllib_http_request(url=url, args=args)
        data: Any = response.get("body", None)
        if "parsed_body" in response:
            data = response["parsed_body"]
        elif data is not None and not isinstance(data, bytes):
            try:
                data = json.loads(response["body"])
            except json.JSONDecodeError:
                message = _build_unexpected_body_error_message(response.get("body", ""))
                self._logger.error(f"Failed to decode Slack API response: {message}")
                data = {"ok": False, "error": message}
        answer = SlackResponse(client=self, http_verb="POST", api_url=url, req_args=args, data=data,
                               headers=dict(response["headers"]), status_code=response["status"])
        answer.validate()  # type: ignore[no-untyped-call]
        return answer

    def _posting_request(self, api_method: str) -> tuple[str, dict[str, str]]:
        """The URL and a fresh copy of the headers the SDK builds for a JSON call of `api_method`, worked out with
        its own functions once per method, token, base URL and client headers."""
        key = (api_method, self.token, self.base_url, tuple(self.headers.items()))
        built = self._posting.get(key)
        if built is None:
            given = dict(self.headers)
            headers = _get_headers(headers=given, token=self.token, has_json=True, has_files=False,
                                   request_specific_headers=given)
            built = _get_url(self.base_url, api_method), self._build_urllib_request_headers(
                token=self.token or "", has_json=True, has_files=False, additional_headers=headers)
            if len(self._posting) >= 8:  # a token or header changed: the old ones are not used again
                self._posting.clear()
            self._posting[key] = built
        return built[0], dict(built[1])

    def _perform_urllib_http_request_internal(self, url: str, req: Request) -> dict[str, Any]:
        if self.proxy is not None or not url.lower().startswith(("http://", "https://")):
            return super()._perform_urllib_http_request_internal(url, req)
        data = req.data if req.data is not None else getattr(self._encoded, "body", None)  # see `_post`
        try:
            response = self._pool.post(url, data, dict(req.header_items()))  # type: ignore[arg-type]
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
