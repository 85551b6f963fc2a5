"""Bad input, generated: the linter, the router and Slack payloads sent signed through the real HTTP server.

Nothing raises, nothing answers 5xx, and text a user typed never comes back as a live mention or link. The budget
is the hypothesis profile: `ci` (default) in CI, `HYPOTHESIS_PROFILE=bench` (10,000 examples per test) from
bench/bench_fuzz.py.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import glossary
from bot import router
from tests.reliability.conftest import Bot
from tests.support.faulty_stub import FaultyStub
from tests.support.harness import Connection
from tests.support.signing import SIGNING_SECRET
from tests.support.stub import BOT_USER_ID, TEAM_ID

INJECTIONS = ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@U123|boss>", "<#C999|general>",
              "<https://x|y>", "<https://evil.example/login|Reset your password>", "<mailto:a@b.c|mail>",
              "<!subteam^S123>", "<!date^1392734382^{date}|x>"]
#: What must never appear in anything posted when the input carried INJECTIONS.
LIVE = re.compile(r"<(?:!|@U123|#C999|https?:|mailto:)")

ODD = ["\u200b", "\u200d", "\ufeff", "\u202e", "\u2066", "שלום", "مرحبا", "👍🏽", "🇺🇸", "👨‍👩‍👧", "e\u0301", "\x00",
       "\r\n", "\t", "&amp;", "&lt;", "*bold*", "_it_", "~s~", "`code`", "```block```", ">quote", "\\", "%", "$",
       "€", "١٢٣", "½", "1e309", "NaN", "-0"]
FIELD = ["provisioned is cheaper", "caching saves 90%", "PTU", "40% discount", "80% utilization", "$3/$15 per 1M",
         "2k in / 400 out", "$0.02 a call", "10k calls a day", "break-even", "okta", "what is", "help"]

words = st.one_of(st.sampled_from(INJECTIONS + ODD + FIELD), st.text(max_size=8))
messages = st.one_of(
    st.text(),
    st.lists(words, max_size=30).map(" ".join),
    st.builds(lambda s, n: (s * n)[:40_000], st.text(min_size=1, max_size=20), st.integers(2_000, 40_000)),
)
injected = st.lists(st.one_of(st.sampled_from(INJECTIONS), words), min_size=1, max_size=20).map(
    lambda parts: " ".join([*parts, INJECTIONS[len(parts) % len(INJECTIONS)]])
)


# --- the linter and the router ------------------------------------------------------------------------------------


@given(messages)
def test_the_linter_never_raises_and_every_flag_points_into_the_text(text: str) -> None:
    for flag in glossary.lint(text):
        assert 0 <= flag.start < flag.end <= len(text)
        assert text[flag.start:flag.end] == flag.matched


@given(injected)
def test_the_router_never_echoes_a_mention_or_link_raw(text: str) -> None:
    replies = [router.answer(text), router.fieldcheck_reply(text), router.glossary_reply(text)]
    coached = router.coaching_reply(text)
    replies += [coached] if coached else []
    for reply in replies:
        assert "internal_error" not in reply.data
        assert not LIVE.search(reply.text), reply.text
        assert not LIVE.search(reply.summary), reply.summary


# --- Slack payloads through the real server -------------------------------------------------------------------------

junk = st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), st.booleans(), st.text(max_size=10),
                 st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
ts_values = st.one_of(st.just("1700000000.000100"), st.text(max_size=12), st.integers(), st.none())


@st.composite
def events(draw: st.DrawFn) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": draw(st.sampled_from(["app_mention", "message", "app_home_opened", "reaction_added", "pin_added",
                                      "message_changed", "", "made_up_event"])),
    }
    optional = {
        "text": st.one_of(messages, injected, injected.map(lambda t: f"<@{BOT_USER_ID}> {t}"), junk),
        "user": st.one_of(st.just("U0000REP"), st.just(BOT_USER_ID), st.text(max_size=12), junk),
        "channel": st.one_of(st.just("C0000DEAL"), st.just("D0000DM1"), st.text(max_size=12), junk),
        "ts": ts_values, "thread_ts": ts_values, "event_ts": ts_values,
        "channel_type": st.one_of(st.sampled_from(["channel", "group", "im", "mpim", "app_home"]), junk),
        "subtype": st.one_of(st.sampled_from(["bot_message", "message_changed", "message_deleted",
                                              "thread_broadcast", "file_share", "channel_join"]), junk),
        "bot_id": st.one_of(st.just("B1"), junk), "tab": st.one_of(st.sampled_from(["home", "messages"]), junk),
        "blocks": junk, "files": junk, "message": junk,
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            event[key] = draw(strategy)
    return event


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    """Signed request bodies: well-formed event callbacks with odd events, missing parts, or not JSON at all."""
    kind = draw(st.sampled_from(["event", "event", "event", "no_event", "odd_top", "not_json", "json_not_object"]))
    if kind == "not_json":
        return draw(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode),
                              st.just(b'{"type": "event_callback", "event": {'), st.just(b"")))
    if kind == "json_not_object":
        return json.dumps(draw(st.one_of(junk, st.lists(junk, max_size=3)))).encode()
    body: dict[str, Any] = {"token": "legacy", "team_id": TEAM_ID, "api_app_id": "A0000APP", "type": "event_callback",
                            "event_id": f"EvFUZZ{draw(st.integers(0, 10**12))}", "event_time": int(time.time()),
                            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}]}
    if kind != "no_event":
        body["event"] = draw(events())
    if kind == "odd_top":
        for key in draw(st.lists(st.sampled_from(["type", "event_id", "team_id", "authorizations", "event"]),
                                 max_size=3)):
            body[key] = draw(junk)
    return json.dumps(body, ensure_ascii=draw(st.booleans())).encode()


def signature(body: bytes, ts: int) -> str:
    """The v0 signature over raw bytes (also bytes that are not UTF-8)."""
    mac = hmac.new(SIGNING_SECRET.encode(), b"v0:%d:" % ts + body, hashlib.sha256)
    return "v0=" + mac.hexdigest()


@pytest.mark.e2e
def test_odd_signed_payloads_never_get_a_5xx_or_an_exception_and_nothing_posted_is_live(
    bot: Bot, stub: FaultyStub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    connection = Connection("127.0.0.1", bot.server.port, timeout=30)
    statuses: dict[int, int] = {}

    @given(bodies(), st.sampled_from(["application/json", "application/x-www-form-urlencoded"]))
    def send(body: bytes, content_type: str) -> None:
        if content_type.endswith("urlencoded"):
            body = b"payload=" + body
        ts = int(time.time())
        headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": str(ts),
                   "X-Slack-Signature": signature(body, ts)}
        status, _ = connection.post("/slack/events", body, headers)
        statuses[status] = statuses.get(status, 0) + 1
        assert status < 500, body[:300]

    try:
        send()
    finally:
        connection.close()
        if report := os.environ.get("PRICEBOT_FUZZ_COUNTS"):  # bench/bench_fuzz.py: how many were sent
            with open(report, "w") as out:
                json.dump({str(k): v for k, v in sorted(statuses.items())}, out)
    bot.stop()  # waits for every listener to finish
    failures = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert failures == [], [r.getMessage() for r in failures][:5]
    for call in stub.posts():
        assert not LIVE.search(call.text.replace(f"<@{BOT_USER_ID}>", "")), call.text[:500]
    assert statuses.get(200), statuses  # some of them were real events, answered
