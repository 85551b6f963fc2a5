"""Fixtures: a stub Slack Web API, and pricebot served by waitress on 127.0.0.1, talking to each other."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.settings import Settings
from bot.slack.app import build_server
from tests.support.running import BOT_TOKEN, RunningBot, TrackingExecutor
from tests.support.signing import SIGNING_SECRET
from tests.support.stub import StubSlack


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
        server = build_server(settings, port=0, threads=4, token_verification_enabled=False, listener_executor=executor)
        bot = RunningBot(server.start_in_background(), stub, executor)
        running.append(bot)
        return bot

    yield start
    for bot in running:
        bot.stop()


@pytest.fixture
def bot(start_bot: Callable[[], RunningBot]) -> RunningBot:
    return start_bot()

