"""The "Mute this rule for me" button."""

from __future__ import annotations

from bot.listeners import actions
from tests.slack.listeners.conftest import Kit
from tests.support import payloads


def test_click_mutes_the_rule_for_the_clicker_and_confirms(kit: Kit) -> None:
    body = payloads.button_click("mute_rule:token-costs", "token-costs", kit.stub.response_url("unit"))
    actions.mute_rule(body, body["actions"][0], kit.respond, kit.context)
    assert kit.store.muted_rules(payloads.USER) == {"token-costs"}
    [confirmation] = kit.stub.calls_to("response_url")
    assert "Muted `token-costs`" in confirmation.get("text")
    assert "/fieldcheck unmute token-costs" in confirmation.get("text")
    assert confirmation.get("replace_original") is True  # the private note becomes the confirmation


def test_a_note_that_cannot_be_replaced_gets_the_confirmation_beside_it(kit: Kit) -> None:
    from tests.support.stub import Scripted

    body = payloads.button_click("mute_rule:token-costs", "token-costs", kit.stub.response_url("gone"))
    kit.stub.script("response_url", Scripted(404, "expired_url"))
    actions.mute_rule(body, body["actions"][0], kit.respond, kit.context)
    assert kit.store.muted_rules(payloads.USER) == {"token-costs"}
    first, second = kit.stub.calls_to("response_url")
    assert first.get("replace_original") is True
    assert second.get("replace_original") is False and second.get("response_type") == "ephemeral"


def test_second_click_says_it_already_was(kit: Kit) -> None:
    body = payloads.button_click("mute_rule:token-costs", "token-costs", kit.stub.response_url("unit"))
    actions.mute_rule(body, body["actions"][0], kit.respond, kit.context)
    actions.mute_rule(body, body["actions"][0], kit.respond, kit.context)
    assert "already muted" in kit.stub.calls_to("response_url")[1].get("text")


def test_rule_ids_are_escaped_in_the_confirmation(kit: Kit) -> None:
    body = payloads.button_click("mute_rule:x", "<!channel>", kit.stub.response_url("unit"))
    actions.mute_rule(body, body["actions"][0], kit.respond, kit.context)
    assert "<!channel>" not in kit.stub.calls_to("response_url")[0].get("text")
