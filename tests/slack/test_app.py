"""`build_app`: what it needs for each way of connecting."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from bot.settings import SettingError, Settings
from bot.slack.app import build_app
from tests.support.stub import StubSlack


def test_socket_mode_needs_no_signing_secret(stub: StubSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SLACK_SIGNING_SECRET", raising=False)
    settings = Settings(slack_bot_token=SecretStr("xoxb-socket"), slack_api_url=stub.base_url)
    app = build_app(settings, socket_mode=True)
    assert app.client.base_url == stub.base_url
    assert stub.calls_to("auth.test"), "the token is checked at start-up"


def test_http_needs_the_signing_secret(stub: StubSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SLACK_SIGNING_SECRET", raising=False)
    settings = Settings(slack_bot_token=SecretStr("xoxb-http"), slack_api_url=stub.base_url)
    with pytest.raises(SettingError, match="SLACK_SIGNING_SECRET is not set"):
        build_app(settings)


def test_the_client_keeps_the_trailing_slash_and_retries(stub: StubSlack) -> None:
    settings = Settings(slack_bot_token=SecretStr("xoxb-x"), slack_signing_secret=SecretStr("s"),
                        slack_api_url=stub.base_url.rstrip("/"))
    app = build_app(settings, token_verification_enabled=False)
    assert app.client.base_url.endswith("/api/")
    kinds = {type(h).__name__ for h in app.client.retry_handlers}
    assert kinds == {"RateLimitErrorRetryHandler", "ServerErrorRetryHandler", "ConnectionErrorRetryHandler"}


def test_a_request_that_breaks_bolts_own_checks_posts_nothing(stub: StubSlack) -> None:
    """A timestamp that is not a number makes Bolt's verifier raise; the error handler must not trust that body."""
    import json

    from slack_bolt import BoltRequest

    from tests.support import payloads

    settings = Settings(slack_bot_token=SecretStr("xoxb-x"), slack_signing_secret=SecretStr("s"),
                        slack_api_url=stub.base_url)
    app = build_app(settings, token_verification_enabled=False)
    body = json.dumps(payloads.event_callback(payloads.mention("hi")))
    headers = {"content-type": ["application/json"], "x-slack-request-timestamp": ["soon"],
               "x-slack-signature": ["v0=00"]}
    response = app.dispatch(BoltRequest(body=body, headers=headers))
    assert response.status in (401, 500)
    stub.settle(quiet_for=0.3)
    assert stub.posts() == []
