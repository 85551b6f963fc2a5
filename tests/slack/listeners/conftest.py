"""Listener unit tests call each callback directly (slack-samples style) with real collaborators: an `Ack`, a
`WebClient` and a `Respond` pointed at the stub Web API, a real `Store` and a `BoltContext` like Bolt builds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.context import Deps
from bot.slack.web_api import build_client
from bot.store import Store
from bot.store_open import open_store
from tests.support.stub import BOT_USER_ID, StubSlack


@dataclass
class Kit:
    ack: Ack
    client: WebClient
    respond: Respond
    context: BoltContext
    store: Store
    stub: StubSlack


@pytest.fixture
def kit(stub: StubSlack, _isolated_db: Path) -> Kit:
    store = open_store(_isolated_db)
    context = BoltContext({"bot_user_id": BOT_USER_ID, "pricebot": Deps(store=store)})
    client = build_client("xoxb-unit", stub.base_url, max_retries=1)
    return Kit(Ack(), client, Respond(response_url=stub.response_url("unit")), context, store, stub)
