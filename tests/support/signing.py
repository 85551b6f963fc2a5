"""Signed requests to the app, as Slack sends them (v0 HMAC-SHA256 of `v0:{timestamp}:{body}`)."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

SIGNING_SECRET = "stub-signing-secret-8f2c"


@dataclass
class HttpResult:
    status: int
    body: str
    seconds: float


def sign(body: str, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    signature = SignatureVerifier(secret).generate_signature(timestamp=str(timestamp), body=body)
    assert signature is not None
    return signature


def post(
    url: str,
    body: str,
    content_type: str,
    *,
    secret: str = SIGNING_SECRET,
    timestamp: int | None = None,
    signature: str | None = None,
    headers: dict[str, str] | None = None,
) -> HttpResult:
    """POST `body` signed with `secret` (or with an explicit bad `signature`); returns status, body and time."""
    ts = int(time.time()) if timestamp is None else timestamp
    request = urllib.request.Request(
        url,
        data=body.encode("utf-8"),
        method="POST",
        headers={
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(ts),
            "X-Slack-Signature": signature or sign(body, ts, secret),
            **(headers or {}),
        },
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return HttpResult(response.status, response.read().decode("utf-8"), time.perf_counter() - started)
    except urllib.error.HTTPError as error:
        return HttpResult(error.code, error.read().decode("utf-8"), time.perf_counter() - started)


def post_json(url: str, payload: dict[str, Any], **kwargs: Any) -> HttpResult:
    return post(url, json.dumps(payload), "application/json", **kwargs)


def post_form(url: str, fields: dict[str, str], **kwargs: Any) -> HttpResult:
    return post(url, urlencode(fields), "application/x-www-form-urlencoded", **kwargs)
