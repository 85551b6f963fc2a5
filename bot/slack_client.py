"""The Web API client pricebot posts with: base URL from settings, bounded retries on 429, 5xx and resets."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler

#: Each handler retries at most this many times (429 waits Retry-After; 5xx and resets back off).
MAX_RETRIES = 3

#: Refused or reset connections are retried longer: backing off 0.5, 1, 2, 4, 8, 16 s (plus jitter) rides out a
#: Web API outage of about 30 s. With 3 retries (3.5 s) the load bench lost 11 answers to a 30 s outage.
#: A read timeout is never retried: Slack may have posted the message already.
CONNECTION_RETRIES = 6


def retry_handlers(max_retries: int = MAX_RETRIES, connection_retries: int = CONNECTION_RETRIES) -> list[RetryHandler]:
    return [
        RateLimitErrorRetryHandler(max_retry_count=max_retries),
        ServerErrorRetryHandler(max_retry_count=max_retries),
        ConnectionErrorRetryHandler(max_retry_count=connection_retries),
    ]


def build_client(
    token: str,
    base_url: str,
    *,
    timeout: int = 10,
    max_retries: int = MAX_RETRIES,
    connection_retries: int = CONNECTION_RETRIES,
) -> WebClient:
    """A WebClient for `base_url` (kept with its trailing slash) that retries transient failures, bounded."""
    if not base_url.endswith("/"):
        base_url += "/"
    handlers = retry_handlers(max_retries, connection_retries)
    return WebClient(token=token, base_url=base_url, timeout=timeout, retry_handlers=handlers)
