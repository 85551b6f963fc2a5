"""App Home: usage, rate source, the user's own coaching history, channel settings."""

from __future__ import annotations

import json
from decimal import Decimal

from bot.listeners import home
from bot.store import FlagRecord
from pricing.rates import Rates
from tests.slack.listeners.conftest import Kit
from tests.support import payloads


def _published(kit: Kit) -> str:
    [call] = kit.stub.calls_to("views.publish")
    assert call.get("user_id") == payloads.USER and call.get("view")["type"] == "home"
    return json.dumps(call.get("view"), ensure_ascii=False)


def test_a_new_user_sees_usage_the_bundled_catalog_and_no_history(kit: Kit) -> None:
    home.publish_home(payloads.home_opened(), kit.client, kit.context)
    view = _published(kit)
    assert "/quote" in view and "/glossary" in view and "/fieldcheck" in view
    assert f"bundled catalog genai-prices {home.catalog_version()}" in view
    assert "Nothing flagged in your messages in the last 30 days" in view
    assert "*ephemeral*" in view


def test_history_rate_cards_mutes_and_channel_modes_are_shown(kit: Kit) -> None:
    kit.store.record_flags(user=payloads.USER, channel="C1", ts="1.1",
                           flags=[FlagRecord("token-costs", "token costs")] * 3 + [FlagRecord("committed-use", "x")])
    kit.store.record_flags(user=payloads.OTHER_USER, channel="C1", ts="1.2", flags=[FlagRecord("ai-usage-fees", "x")])
    kit.store.mute(payloads.USER, "committed-use")
    kit.store.set_channel_mode("C0DEALS", "thread")
    kit.store.set_rate_card("deal-a", Rates(input=Decimal(1), output=Decimal(2), source="t"))
    home.publish_home(payloads.home_opened(), kit.client, kit.context)
    view = _published(kit)
    assert "`token-costs`: 3 times" in view and "`committed-use`: 1 time" in view
    assert "ai-usage-fees" not in view  # someone else's history
    assert "Muted for you: `committed-use`" in view
    assert "<#C0DEALS>: *thread*" in view
    assert "Workspace rate cards (1): `deal-a`" in view


def test_the_messages_tab_does_not_publish(kit: Kit) -> None:
    home.publish_home(payloads.home_opened() | {"tab": "messages"}, kit.client, kit.context)
    assert kit.stub.calls == []
