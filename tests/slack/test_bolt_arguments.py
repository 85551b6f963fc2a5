"""The arguments Bolt hands a middleware, matcher or listener are the same, built only for the names asked."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from slack_bolt import BoltRequest
from slack_bolt.kwargs_injection import utils as kwargs_utils
from slack_bolt.kwargs_injection.args import Args

from bot.slack import bolt_arguments
from tests.support import payloads

LOGGER = logging.getLogger("test")

MESSAGE = payloads.event_callback(payloads.channel_message("PTUs are always cheaper than pay as you go"))
CLICK = {"type": "block_actions", "user": {"id": "U1", "team_id": "T0000TEAM"}, "team": {"id": "T0000TEAM"},
         "api_app_id": "A0000APP", "channel": {"id": "C1"}, "response_url": "https://hooks.example/1",
         "actions": [{"action_id": "feedback:right", "value": "7", "block_id": "b", "type": "button"}],
         "trigger_id": "1.2", "container": {"type": "message", "message_ts": "1.1", "channel_id": "C1"}}


def request(body: dict[str, Any]) -> BoltRequest:
    req = BoltRequest(body=json.dumps(body), headers={"content-type": ["application/json"]})
    req.context["pricebot_extra"] = "from the context"
    return req


NAMES = [
    ["body", "event", "context", "next"],
    ["payload"], ["action", "respond", "client"], ["say", "ack", "logger"], ["message", "command", "view"],
    ["req", "resp", "request", "response", "options", "shortcut", "step", "error"],
    ["pricebot_extra", "body"], ["next_", "complete", "fail", "set_status", "set_title"],
]


@pytest.mark.parametrize("body", [MESSAGE, CLICK], ids=["message event", "button click"])
@pytest.mark.parametrize("names", NAMES, ids=[",".join(n) for n in NAMES])
def test_each_name_gets_what_bolt_itself_gives(body: dict[str, Any], names: list[str]) -> None:
    def next_func() -> None:
        return None

    req = request(body)
    expected = kwargs_utils.build_required_kwargs(logger=LOGGER, required_arg_names=list(names), request=req,
                                                  response=None, next_func=next_func)
    got = bolt_arguments.build(logger=LOGGER, required_arg_names=list(names), request=req, response=None,
                               next_func=next_func)
    assert got.keys() == expected.keys()
    for name in names:
        assert got[name] is expected[name] or got[name] == expected[name], name


def test_names_bolt_treats_specially_are_left_to_bolt() -> None:
    req = request(MESSAGE)
    got = bolt_arguments.build(logger=LOGGER, required_arg_names=["args"], request=req, response=None)
    assert isinstance(got["args"], Args) and (got["args"].event or {})["text"].startswith("PTUs")
    names = ["self", "body"]
    assert bolt_arguments.build(logger=LOGGER, required_arg_names=names, request=req, response=None).keys() == {"body"}
    # a listener (no next) that asks for next gets what Bolt gives it
    for names in (["next"], ["body", "next"]):
        assert bolt_arguments.build(logger=LOGGER, required_arg_names=list(names), request=req, response=None,
                                    next_keys_required=False) == kwargs_utils.build_required_kwargs(
            logger=LOGGER, required_arg_names=list(names), request=req, response=None, next_keys_required=False)


def test_installed_in_this_bolt() -> None:
    assert bolt_arguments.install()
    from slack_bolt.lazy_listener import internals
    from slack_bolt.listener_matcher import builtins

    assert builtins.build_required_kwargs is bolt_arguments.build  # type: ignore[attr-defined]
    assert internals.get_arg_names_of_callable is bolt_arguments.arg_names  # type: ignore[attr-defined]

    def listener(body: dict[str, Any], client: Any, context: Any) -> None:
        return None

    first = bolt_arguments.arg_names(listener)
    first.pop(0)  # Bolt's callers may change the list they get
    assert bolt_arguments.arg_names(listener) == ["body", "client", "context"]
