"""pricebot on a real HTTP server (as in tests/slack) but talking to a stub Web API that can misbehave."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from bot.settings import Settings
from bot.slack.app import build_server
from bot.slack.http_server import EVENTS_PATH, Server
from bot.slack.web_api import build_client
from bot.store import Store
from tests.support.faulty_stub import FaultyStub
from tests.support.running import post_event
from tests.support.signing import SIGNING_SECRET, HttpResult

BOT_TOKEN = "xoxb-reliability-0000-secret-token"


@dataclass
class Bot:
    """pricebot served by waitress on 127.0.0.1; `event` sends a signed event_callback as Slack would."""

    server: Server
    executor: ThreadPoolExecutor = field(default_factory=ThreadPoolExecutor)

    @property
    def events_url(self) -> str:
        return self.server.url + EVENTS_PATH

    def event(self, event: dict[str, Any], *, event_id: str | None = None, retry_num: int | None = None,
              **kwargs: Any) -> HttpResult:
        return post_event(self.events_url, event, event_id=event_id, retry_num=retry_num, **kwargs)

    def stop(self) -> None:
        """Stop serving, then let the listeners finish (while the stub still answers) so no work outlives the test."""
        self.server.stop()
        self.executor.shutdown(wait=True, cancel_futures=True)


StartBot = Callable[..., Bot]


@pytest.fixture
def stub() -> Iterator[FaultyStub]:
    server = FaultyStub().start()
    yield server
    server.stop()


@pytest.fixture
def settings(stub: FaultyStub, _isolated_db: Path) -> Settings:
    return Settings(
        slack_bot_token=SecretStr(BOT_TOKEN),
        slack_signing_secret=SecretStr(SIGNING_SECRET),
        slack_api_url=stub.base_url,
        pricebot_db=_isolated_db,
    )


@pytest.fixture
def start_bot(stub: FaultyStub, settings: Settings) -> Iterator[StartBot]:
    """Start pricebot; `timeout` sets the Web API client's timeout (s), `store` passes a store of the test's own."""
    running: list[Bot] = []

    def start(*, timeout: int | None = None, store: Store | None = None) -> Bot:
        client = build_client(BOT_TOKEN, stub.base_url, timeout=timeout) if timeout is not None else None
        executor = ThreadPoolExecutor(8, "reliability-listener")
        server = build_server(settings, port=0, threads=4, client=client, store=store,
                              token_verification_enabled=False, listener_executor=executor)
        bot = Bot(server.start_in_background(), executor)
        running.append(bot)
        return bot

    yield start
    for bot in running:
        bot.stop()


@pytest.fixture
def bot(start_bot: StartBot) -> Bot:
    return start_bot()
