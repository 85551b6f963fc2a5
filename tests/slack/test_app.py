"""`build_app`: what it needs for each way of connecting."""

from __future__ import annotations

from collections.abc import Callable

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


def test_the_work_after_the_ack_gets_the_request_as_it_was_not_a_copy(settings: Settings) -> None:
    """`hand_off_without_copy`: what a middleware put in the context reaches the work done after the ack as the
    same object (Bolt's deep copy would give a copy, or drop what cannot be copied, such as a lock), and the ack
    still answers first."""
    import threading

    from slack_bolt import Ack, BoltContext

    from bot.slack.http_server import EVENTS_PATH, Server
    from tests.support.payloads import slash_command
    from tests.support.signing import post_form

    app = build_app(settings, token_verification_enabled=False)
    shared = threading.Lock()  # deepcopy cannot copy a lock: Bolt would leave it out of the listener's context
    seen: list[object] = []
    done = threading.Event()

    @app.middleware
    def add_lock(context: BoltContext, next: Callable[[], None]) -> None:
        context["shared_lock"] = shared
        next()

    def work(context: BoltContext) -> None:
        seen.append(context.get("shared_lock"))
        done.set()

    def ack_now(ack: Ack) -> None:
        ack()

    app.command("/handoff")(ack=ack_now, lazy=[work])
    server = Server(app, port=0).start_in_background()
    try:
        result = post_form(server.url + EVENTS_PATH, slash_command("/handoff", "x", "http://127.0.0.1:9/hook"))
        assert result.status == 200
        assert done.wait(10)
    finally:
        server.stop()
    assert seen == [shared]
