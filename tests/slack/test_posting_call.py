"""A post of an answer (chat.postMessage, chat.postEphemeral) skips the SDK's layers around the request, and Slack
gets the same request from it as from the SDK's own path: the same URL, headers and JSON body, the same response object,
the same error when Slack refuses it. Anything else (files, form data, a debug log that prints the request) takes
the SDK's path."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any
from urllib.request import Request

import pytest
from slack_sdk.errors import SlackApiError

from bot.slack.web_api import PooledWebClient, build_client

POSTS: list[tuple[str, dict[str, Any]]] = [
    ("chat_postMessage", {"channel": "C1", "thread_ts": "1.2", "text": "a *quote* <with> & entities \u2014 ok",
                          "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "hi"}}],
                          "unfurl_links": False, "metadata": {"event_type": "pricebot_quote",
                                                              "event_payload": {"quote_id": 7, "ask": "x"}}}),
    ("chat_postMessage", {"channel": "C1", "text": "4k × 10k calls ≈ $180.00 — “cached” 日本語",  # not ASCII
                          "metadata": {"event_type": "pricebot_quote", "event_payload": {"question": "a \ud800 b"}}}),
    ("chat_postEphemeral", {"channel": "C1", "user": "U1", "thread_ts": "1.2", "text": "coached",
                            "blocks": [{"type": "context", "elements": [{"type": "mrkdwn", "text": "why"}]}]}),
]


class Recorded:
    def __init__(self, answer: dict[str, Any]) -> None:
        self.answer = answer
        self.requests: list[tuple[str, bytes, dict[str, str]]] = []


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[PooledWebClient, Recorded]]:
    """A client whose transport records each request and answers with `recorded.answer`."""
    made = build_client("xoxb-test-token", "https://slack.example/api")
    recorded = Recorded({"ok": True, "channel": "C1", "ts": "9.9"})

    def transport(url: str, req: Request) -> dict[str, Any]:
        # a post of an answer hands its encoded body beside the SDK's request, as the pool's transport reads it
        body = req.data if req.data is not None else made._encoded.body
        recorded.requests.append((url, bytes(body or b""), {k.lower(): v for k, v in req.header_items()}))
        return {"status": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps(recorded.answer)}

    monkeypatch.setattr(made, "_perform_urllib_http_request_internal", transport)
    yield made, recorded


def _through_the_sdk(made: PooledWebClient, call: str, kwargs: dict[str, Any]) -> Any:
    """The same call on the SDK's own path (taken whenever its debug line is wanted)."""
    level = made.logger.level
    made.logger.setLevel(logging.DEBUG)
    try:
        return getattr(made, call)(**kwargs)
    finally:
        made.logger.setLevel(level)


@pytest.mark.parametrize(("call", "kwargs"), POSTS)
def test_an_answer_is_posted_as_the_sdk_would_post_it(client: tuple[PooledWebClient, Recorded], call: str,
                                                      kwargs: dict[str, Any],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    made, recorded = client
    sdk_calls: list[str] = []
    original = type(made).__mro__[1].api_call  # WebClient's (the SDK's) own api_call

    def counted(self: Any, *args: Any, **kw: Any) -> Any:
        sdk_calls.append(args[0] if args else kw.get("api_method", ""))
        return original(self, *args, **kw)

    monkeypatch.setattr(type(made).__mro__[1], "api_call", counted)
    direct = getattr(made, call)(**kwargs)
    assert sdk_calls == []  # the SDK's layers were skipped
    sdk = _through_the_sdk(made, call, kwargs)
    assert len(sdk_calls) == 1
    [(url_a, body_a, headers_a), (url_b, body_b, headers_b)] = recorded.requests
    assert (url_a, headers_a) == (url_b, headers_b)
    # the same JSON, written compactly in UTF-8 (the SDK escapes what is not ASCII): Slack reads the same message
    assert json.loads(body_a) == json.loads(body_b) and body_a.decode("utf-8")
    assert url_a == "https://slack.example/api/" + call.replace("_", ".")
    assert headers_a["authorization"] == "Bearer xoxb-test-token"
    assert headers_a["content-type"] == "application/json;charset=utf-8"
    assert json.loads(body_a) == kwargs
    for name in ("data", "status_code", "headers", "api_url", "http_verb", "req_args"):
        assert getattr(direct, name) == getattr(sdk, name), name


@pytest.mark.parametrize(("call", "kwargs"), POSTS)
def test_a_refused_post_raises_the_sdks_error(client: tuple[PooledWebClient, Recorded], call: str,
                                              kwargs: dict[str, Any]) -> None:
    made, recorded = client
    recorded.answer = {"ok": False, "error": "channel_not_found"}
    with pytest.raises(SlackApiError) as direct:
        getattr(made, call)(**kwargs)
    with pytest.raises(SlackApiError) as sdk:
        _through_the_sdk(made, call, kwargs)
    assert str(direct.value) == str(sdk.value)
    assert direct.value.response.data == sdk.value.response.data == {"ok": False, "error": "channel_not_found"}


def test_other_calls_and_other_bodies_take_the_sdks_path(client: tuple[PooledWebClient, Recorded],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    made, _ = client
    skipped: list[str] = []
    monkeypatch.setattr(made, "_post", lambda method, body: skipped.append(method))
    made.chat_update(channel="C1", ts="1.2", text="edited")  # not an answer's post
    made.api_call("chat.postMessage", params={"channel": "C1", "text": "form-encoded"})
    made.api_call("chat.postMessage", json={"channel": "C1", "text": "hi", "token": "xoxb-other"})
    with_team = build_client("xoxb-test-token", "https://slack.example/api")
    with_team.default_params["team_id"] = "T1"
    assert not with_team._may_post_directly({"channel": "C1"}, {"json": {"channel": "C1"}})
    assert skipped == []
