"""manifest.yml is a valid app manifest, and it and the app's listeners describe the same surfaces."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jsonschema
import pytest
import yaml
from pydantic import SecretStr
from slack_bolt import App, BoltRequest

from bot.listeners import (
    ACTION_IDS,
    BOT_EVENTS,
    OPTIONS_ACTION_IDS,
    SHORTCUT_CALLBACK_IDS,
    SLASH_COMMANDS,
    VIEW_CALLBACK_IDS,
)
from bot.settings import Settings
from bot.slack.app import build_app
from tests.conftest import REPO
from tests.support import payloads
from tests.support.signing import SIGNING_SECRET, sign
from tests.support.stub import StubSlack

SCHEMA = REPO / "tests" / "data" / "slack" / "manifest.schema.1.0.0.json"  # Slack's, MIT

#: The bot scope each subscribed event needs.
EVENT_SCOPES = {
    "app_mention": "app_mentions:read",
    "message.channels": "channels:history",
    "message.groups": "groups:history",
    "message.im": "im:history",
    "app_home_opened": None,
    "assistant_thread_started": "assistant:write",
    "assistant_thread_context_changed": "assistant:write",
    "file_shared": "files:read",
}


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((REPO / "manifest.yml").read_text())
    return loaded


def test_manifest_is_valid_against_the_schema(manifest: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text())
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema).iter_errors(manifest), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors)


def test_schema_rejects_a_broken_manifest(manifest: dict[str, Any]) -> None:
    """The check above can fail: a shortcut name over 24 characters is refused."""
    schema = json.loads(SCHEMA.read_text())
    broken = json.loads(json.dumps(manifest))
    broken["features"]["shortcuts"][0]["name"] = "Check field language, please, now"
    assert list(jsonschema.validators.validator_for(schema)(schema).iter_errors(broken))


def test_socket_mode_home_tab_and_interactivity_are_on(manifest: dict[str, Any]) -> None:
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True


def test_commands_shortcuts_and_events_match_the_listener_registry(manifest: dict[str, Any]) -> None:
    assert {c["command"] for c in manifest["features"]["slash_commands"]} == set(SLASH_COMMANDS)
    assert {s["callback_id"] for s in manifest["features"]["shortcuts"]} == set(SHORTCUT_CALLBACK_IDS)
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == set(BOT_EVENTS)


def test_the_assistant_surface_is_declared_with_real_asks_as_its_prompts(manifest: dict[str, Any]) -> None:
    from bot import router
    from bot.listeners.assistant import suggested_prompts

    view = manifest["features"]["assistant_view"]
    assert view["assistant_description"].strip()
    assert view["suggested_prompts"] == suggested_prompts()  # the ones a new thread is offered
    for prompt in view["suggested_prompts"]:
        reply = router.answer(prompt["message"], rate_cards={})
        assert reply.answer is not None and reply.answer.computed and not reply.data["missing"], prompt
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"assistant:write", "chat:write", "im:history"} <= scopes  # what Slack's AI apps guide lists
    assert {"assistant_thread_started", "assistant_thread_context_changed", "message.im"} <= set(
        manifest["settings"]["event_subscriptions"]["bot_events"])


def test_scopes_cover_every_event_and_what_the_bot_does(manifest: dict[str, Any]) -> None:
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"chat:write", "commands"} <= scopes
    for event in manifest["settings"]["event_subscriptions"]["bot_events"]:
        needed = EVENT_SCOPES[event]
        assert needed is None or needed in scopes, f"{event} needs {needed}"


# --- every manifest entry reaches a listener, and no listener sits outside the registry ---------------------------


@pytest.fixture
def stub() -> Any:
    server = StubSlack().start()
    yield server
    server.settle(quiet_for=0.3)  # let listeners that run after the ack finish before the stub goes away
    server.stop()


@pytest.fixture
def app(tmp_path: Path, stub: StubSlack) -> App:
    settings = Settings(
        slack_bot_token=SecretStr("xoxb-manifest-test"),
        slack_signing_secret=SecretStr(SIGNING_SECRET),
        slack_api_url=stub.base_url,
        pricebot_db=tmp_path / "manifest.db",
    )
    return build_app(settings, token_verification_enabled=False)


def _dispatch(app: App, body: str, content_type: str) -> int:
    ts = int(time.time())
    headers = {
        "content-type": [content_type],
        "x-slack-request-timestamp": [str(ts)],
        "x-slack-signature": [sign(body, ts)],
    }
    return app.dispatch(BoltRequest(body=body, headers=headers)).status


def _event_for(name: str) -> dict[str, Any]:
    if name == "app_home_opened":
        return payloads.home_opened()
    if name.startswith("assistant_thread_"):
        return payloads.assistant_thread(name)
    if name == "app_mention":
        return payloads.mention("hello")
    if name == "file_shared":
        return payloads.file_shared("F0MANIFEST", channel=payloads.CHANNEL)  # in a channel: dispatched, not fetched
    kind = name.removeprefix("message.")
    channel_type = {"channels": "channel", "groups": "group", "im": "im"}[kind]
    return payloads.channel_message("hello", channel_type=channel_type)


def test_every_manifest_entry_has_a_listener(app: App, stub: StubSlack, manifest: dict[str, Any]) -> None:
    form = "application/x-www-form-urlencoded"
    for command in manifest["features"]["slash_commands"]:
        body = urlencode(payloads.slash_command(command["command"], "help", stub.response_url()))
        assert _dispatch(app, body, form) == 200, command["command"]
    for shortcut in manifest["features"]["shortcuts"]:
        payload = payloads.message_shortcut("hi", stub.response_url(), callback_id=shortcut["callback_id"])
        assert _dispatch(app, urlencode(payloads.interactive(payload)), form) == 200, shortcut["callback_id"]
    for event in manifest["settings"]["event_subscriptions"]["bot_events"]:
        body = json.dumps(payloads.event_callback(_event_for(event)))
        assert _dispatch(app, body, "application/json") == 200, event


def test_unknown_commands_and_callbacks_are_not_handled(app: App) -> None:
    """The dispatch check above can fail: what is not registered gets 404."""
    form = "application/x-www-form-urlencoded"
    body = urlencode(payloads.slash_command("/nope", "x", "http://127.0.0.1:9/none"))
    assert _dispatch(app, body, form) == 404
    payload = payloads.message_shortcut("hi", "http://127.0.0.1:9/none", callback_id="not_ours")
    assert _dispatch(app, urlencode(payloads.interactive(payload)), form) == 404


def test_no_listener_is_registered_outside_the_registry(app: App) -> None:
    # one listener per command, shortcut and action id; app_mention, message (channels, groups, im), file_shared
    # and home
    expected = len(SLASH_COMMANDS) + len(SHORTCUT_CALLBACK_IDS) + len(ACTION_IDS) + len(VIEW_CALLBACK_IDS) + len(
        OPTIONS_ACTION_IDS) + 4
    assert len(app._listeners) == expected
