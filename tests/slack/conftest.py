"""Fixtures: a stub Slack Web API, and pricebot served by waitress on 127.0.0.1, talking to each other."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from bot.app import build_app
from bot.http_server import EVENTS_PATH, Server
from bot.settings import Settings
from tests.slack import payloads
from tests.slack.signing import SIGNING_SECRET, HttpResult, post_form, post_json
from tests.slack.stub import StubSlack

BOT_TOKEN = "xoxb-stub-0000-secret-token"


class TrackingExecutor(ThreadPoolExecutor):
    """The listener pool, counting work in flight so a test can wait until the app has finished."""

    def __init__(self) -> None:
        super().__init__(max_workers=8, thread_name_prefix="test-listener")
        self._lock = threading.Lock()
        self.in_flight = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._lock:
            self.in_flight += 1
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
        headers = {}
        if retry_num is not None:
            headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"}
        body = payloads.event_callback(event, event_id=event_id)
        return post_json(self.events_url, body, headers=headers, **kwargs)

    def command(self, command: str, text: str, *, hook: str = "cmd", **kwargs: Any) -> HttpResult:
        return post_form(self.events_url, payloads.slash_command(command, text, self.stub.response_url(hook), **kwargs))

    def interactive(self, payload: dict[str, Any], **kwargs: Any) -> HttpResult:
        return post_form(self.events_url, payloads.interactive(payload), **kwargs)

    def stop(self) -> None:
        self.executor.wait_idle()
        self.server.stop()
        self.executor.shutdown(wait=True)


@pytest.fixture
def stub() -> Iterator[StubSlack]:
    server = StubSlack().start()
    yield server
    server.stop()


@pytest.fixture
def settings(stub: StubSlack, _isolated_db: Path) -> Settings:
    return Settings(
        slack_bot_token=SecretStr(BOT_TOKEN),
        slack_signing_secret=SecretStr(SIGNING_SECRET),
        slack_api_url=stub.base_url,
        pricebot_db=_isolated_db,
    )


@pytest.fixture
def start_bot(stub: StubSlack, settings: Settings) -> Iterator[Callable[[], RunningBot]]:
    """Start pricebot (again, on the same database, to model a restart); all are stopped at the end."""
    running: list[RunningBot] = []

    def start() -> RunningBot:
        executor = TrackingExecutor()
        app = build_app(settings, token_verification_enabled=False, listener_executor=executor)
        bot = RunningBot(Server(app, host="127.0.0.1", port=0, threads=4).start_in_background(), stub, executor)
        running.append(bot)
        return bot

    yield start
    for bot in running:
        bot.stop()


@pytest.fixture
def bot(start_bot: Callable[[], RunningBot]) -> RunningBot:
    return start_bot()

