"""pricebot served on 127.0.0.1 for tests and benchmarks: the listener pool that counts work in flight, the
running bot that sends what Slack would send (signed), and the Show chart click payload."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from bot.present.blocks import SHOW_CHART_ACTION_ID
from bot.slack.http_server import EVENTS_PATH, Server
from tests.support import payloads
from tests.support.signing import HttpResult, post_form, post_json
from tests.support.stub import TEAM_ID, Call, StubSlack

BOT_TOKEN = "xoxb-stub-0000-secret-token"


class TrackingExecutor(ThreadPoolExecutor):
    """The listener pool, counting work in flight so a test can wait until the app has finished."""

    def __init__(self) -> None:
        super().__init__(max_workers=8, thread_name_prefix="test-listener")
        self._lock = threading.Lock()
        self.in_flight = 0
        self.submitted = 0  # listener runs handed to the pool: one per request Bolt dispatched to a listener

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._lock:
            self.in_flight += 1
            self.submitted += 1
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(self._done)
        return future

    def _done(self, _: Future[Any]) -> None:
        with self._lock:
            self.in_flight -= 1

    def wait_idle(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while self.in_flight and time.monotonic() < deadline:
            time.sleep(0.02)


def post_event(events_url: str, event: dict[str, Any], *, event_id: str | None = None,
               retry_num: int | None = None, **kwargs: Any) -> HttpResult:
    """POST a signed event_callback as Slack would; ``retry_num`` adds Slack's retry headers."""
    headers = {}
    if retry_num is not None:
        headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"}
    return post_json(events_url, payloads.event_callback(event, event_id=event_id), headers=headers, **kwargs)


@dataclass
class RunningBot:
    """pricebot on a real HTTP server; methods send what Slack would send, signed."""

    server: Server
    stub: StubSlack
    executor: TrackingExecutor

    def settle(self) -> None:
        """Wait until every listener has finished its work and the stub has heard nothing more."""
        self.executor.wait_idle()
        self.stub.settle(quiet_for=0.2)

    @property
    def events_url(self) -> str:
        return self.server.url + EVENTS_PATH

    def event(self, event: dict[str, Any], *, event_id: str | None = None, retry_num: int | None = None,
              **kwargs: Any) -> HttpResult:
        return post_event(self.events_url, event, event_id=event_id, retry_num=retry_num, **kwargs)

    def command(self, command: str, text: str, *, hook: str = "cmd", **kwargs: Any) -> HttpResult:
        return post_form(self.events_url, payloads.slash_command(command, text, self.stub.response_url(hook), **kwargs))

    def interactive(self, payload: dict[str, Any], **kwargs: Any) -> HttpResult:
        return post_form(self.events_url, payloads.interactive(payload), **kwargs)

    def stop(self) -> None:
        self.executor.wait_idle()
        self.server.stop()
        self.executor.shutdown(wait=True)


def the_button(post: Call) -> dict[str, Any]:
    for block in post.get("blocks") or []:
        for element in block.get("elements", []):
            if element.get("action_id") == SHOW_CHART_ACTION_ID:
                return dict(element)
    raise AssertionError(f"no Show chart button in {post.body!r:.300}")


def click(post: Call, button: dict[str, Any], response_url: str, *, value: str | None = None) -> dict[str, Any]:
    """The block_actions payload Slack sends when someone clicks `button` on the posted message `post`."""
    assert isinstance(post.response, dict)
    ts, thread_ts, channel = post.response["ts"], post.get("thread_ts"), post.get("channel")
    return {
        "type": "block_actions",
        "user": {"id": payloads.USER, "username": "rep", "team_id": TEAM_ID},
        "api_app_id": "A0000APP",
        "token": "legacy-verification-token",
        "container": {"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": False,
                      "thread_ts": thread_ts},
        "trigger_id": "1.2.3",
        "team": {"id": TEAM_ID, "domain": "stub"},
        "channel": {"id": channel, "name": "deal-room"},
        "message": {"type": "message", "ts": ts, "thread_ts": thread_ts, "text": post.get("text"),
                    "blocks": post.get("blocks")},
        "response_url": response_url,
        "actions": [{**button, "value": button["value"] if value is None else value, "block_id": "quote_chart",
                     "action_ts": payloads.new_ts()}],
    }
