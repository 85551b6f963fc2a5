"""The quote form, end to end: /quote with no text and the Home tab's "Build a quote" open a modal (views.open);
picking a structure shows its inputs (views.update); the model select types ahead from the catalog; a bad number
is shown on its field in the modal (response_action errors); a good submission posts the same answer as the typed
ask, in the channel the form came from or in the DM."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot import router
from tests.slack import blockkit
from tests.support import payloads
from tests.support.running import RunningBot
from tests.support.stub import TEAM_ID, Scripted, StubSlack

pytestmark = pytest.mark.e2e


def _user() -> dict[str, Any]:
    return {"id": payloads.USER, "username": "rep", "team_id": TEAM_ID}


def pick_structure(view: dict[str, Any], structure: str) -> dict[str, Any]:
    return {
        "type": "block_actions", "user": _user(), "api_app_id": "A0000APP", "token": "legacy-verification-token",
        "trigger_id": "2.3.4", "team": {"id": TEAM_ID, "domain": "stub"},
        "container": {"type": "view", "view_id": "V0000FORM"},
        "view": {**view, "id": "V0000FORM", "hash": "h1", "state": {"values": {}}},
        "actions": [{"type": "static_select", "action_id": "form_structure", "block_id": "form_structure",
                     "selected_option": {"text": {"type": "plain_text", "text": structure}, "value": structure},
                     "action_ts": payloads.new_ts()}],
    }


def submission(view: dict[str, Any], values: dict[str, str], structure: str) -> dict[str, Any]:
    state: dict[str, Any] = {"form_structure": {"form_structure": {
        "type": "static_select", "selected_option": {"value": structure}}}}
    for key, value in values.items():
        if key == "model":
            state["form_model"] = {"form_model": {"type": "external_select", "selected_option": {"value": value}}}
        else:
            state[f"form_{key}"] = {f"form_{key}": {"type": "number_input", "value": value}}
    return {"type": "view_submission", "team": {"id": TEAM_ID, "domain": "stub"}, "user": _user(),
            "api_app_id": "A0000APP", "token": "legacy-verification-token", "trigger_id": "3.4.5",
            "view": {**view, "id": "V0000FORM", "hash": "h2", "state": {"values": state}}}


def test_quote_without_text_opens_the_form_and_a_submission_posts_the_answer_in_the_channel(
        bot: RunningBot, stub: StubSlack) -> None:
    bot.command("/quote", "")
    [opened] = stub.wait_for("views.open")
    assert opened.get("trigger_id") == "1.2.3"
    view = opened.get("view")
    assert view["type"] == "modal" and view["callback_id"] == "quote_form"
    assert [b["block_id"] for b in view["blocks"]] == ["form_structure"]
    assert {o["value"] for o in view["blocks"][0]["element"]["options"]} == {
        "quote", "per_call", "break_even", "caching", "markup", "scenario"}

    assert bot.interactive(pick_structure(view, "break_even")).status == 200
    [update] = stub.wait_for("views.update")
    assert update.get("view_id") == "V0000FORM" and update.get("hash") == "h1"
    form = update.get("view")
    inputs = {b["block_id"]: b["element"] for b in form["blocks"]}
    assert set(inputs) == {"form_structure", "form_discount", "form_utilization", "form_peak_to_average"}
    assert inputs["form_utilization"]["type"] == "number_input"
    assert (inputs["form_utilization"]["min_value"], inputs["form_utilization"]["max_value"]) == ("0.01", "100")
    assert inputs["form_structure"]["initial_option"]["value"] == "break_even"

    bad = bot.interactive(submission(form, {"discount": "40", "utilization": "250"}, "break_even"))
    assert bad.status == 200
    answer = json.loads(bad.body)
    assert answer["response_action"] == "errors" and set(answer["errors"]) == {"form_utilization"}
    assert "250" in answer["errors"]["form_utilization"] and "0.01 to 100" in answer["errors"]["form_utilization"]
    bot.settle()
    assert stub.calls_to("chat.postMessage") == []  # nothing posted for a bad form

    good = bot.interactive(submission(form, {"discount": "40", "utilization": "80"}, "break_even"))
    assert good.status == 200 and good.body in ("", "{}")  # the modal closes
    summary, threaded = stub.wait_for("chat.postMessage", count=2)
    typed = router.answer("40% discount on PTUs at 80% utilization", rate_cards={})
    assert summary.get("channel") == payloads.CHANNEL and threaded.get("channel") == payloads.CHANNEL
    assert isinstance(summary.response, dict) and threaded.get("thread_ts") == summary.response["ts"]
    assert threaded.get("text") == typed.text  # the same answer as the typed ask
    assert not blockkit.problems(threaded.get("blocks"))


def test_build_a_quote_on_home_opens_the_form_and_answers_in_the_dm(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.home_opened())
    [home] = stub.wait_for("views.publish")
    button = next(e for b in home.get("view")["blocks"] if b["type"] == "actions" for e in b["elements"])
    assert button["text"]["text"] == "Build a quote"
    click = {"type": "block_actions", "user": _user(), "api_app_id": "A0000APP", "token": "t", "trigger_id": "9.9.9",
             "team": {"id": TEAM_ID, "domain": "stub"}, "container": {"type": "view", "view_id": "VHOME"},
             "view": home.get("view"), "actions": [{**button, "block_id": "home_form", "action_ts": payloads.new_ts()}]}
    assert bot.interactive(click).status == 200
    [opened] = stub.wait_for("views.open")
    assert opened.get("trigger_id") == "9.9.9"
    assert bot.interactive(pick_structure(opened.get("view"), "caching")).status == 200
    [update] = stub.wait_for("views.update")
    form = update.get("view")
    assert {b["block_id"] for b in form["blocks"]} >= {"form_model", "form_prefix_tokens", "form_calls_per_day"}

    # neither a model nor both rates: said on the rate field
    missing = json.loads(bot.interactive(submission(form, {"prefix_tokens": "4000", "calls_per_day": "10000"},
                                                    "caching")).body)
    assert missing["response_action"] == "errors" and "form_input_rate" in missing["errors"]

    values = {"model": "claude-sonnet-4-5 via anthropic", "prefix_tokens": "4000", "calls_per_day": "10000"}
    assert bot.interactive(submission(form, values, "caching")).status == 200
    [posted] = stub.wait_for("chat.postMessage")
    [opened_dm] = stub.calls_to("conversations.open")
    assert opened_dm.get("users") == payloads.USER
    assert posted.get("channel") == "D" + payloads.USER.lstrip("U") and posted.get("thread_ts") is None
    assert "Prompt caching" in posted.text
    assert "claude-sonnet-4-5" in posted.text and "claude-sonnet-4-0" not in posted.text  # the row picked


def test_the_model_select_types_ahead_from_the_catalog(bot: RunningBot, stub: StubSlack) -> None:
    payload = {"type": "block_suggestion", "user": _user(), "api_app_id": "A0000APP", "token": "t",
               "team": {"id": TEAM_ID, "domain": "stub"}, "container": {"type": "view", "view_id": "V0000FORM"},
               "action_id": "form_model", "block_id": "form_model", "value": "gpt-4o-mi",
               "view": {"id": "V0000FORM", "type": "modal", "callback_id": "quote_form"}}
    result = bot.interactive(payload)
    assert result.status == 200 and result.seconds < 3.0
    options = json.loads(result.body)["options"]
    assert options and all("gpt-4o-mini" in o["value"] for o in options)
    mini = {"text": {"type": "plain_text", "text": "gpt-4o-mini (openai)"}, "value": "gpt-4o-mini via openai"}
    assert mini in options
    assert len(options) <= 25 and all(len(o["text"]["text"]) <= 75 for o in options)


def _form_from(bot: RunningBot, stub: StubSlack, channel: str, structure: str) -> dict[str, Any]:
    bot.command("/quote", "", channel=channel)
    [opened] = stub.wait_for("views.open")
    assert bot.interactive(pick_structure(opened.get("view"), structure)).status == 200
    [update] = stub.wait_for("views.update")
    form: dict[str, Any] = update.get("view")
    return form


def test_a_picked_model_is_priced_as_picked_and_a_channel_without_pricebot_gets_it_in_the_dm(
        bot: RunningBot, stub: StubSlack) -> None:
    form = _form_from(bot, stub, payloads.CHANNEL, "quote")
    stub.script("chat.postMessage", Scripted(200, {"ok": False, "error": "not_in_channel"}))
    values = {"model": "claude-3-opus-latest via anthropic", "input_tokens_per_day": "2000000",
              "output_tokens_per_day": "500000"}
    assert bot.interactive(submission(form, values, "quote")).status == 200
    refused, private = stub.wait_for("chat.postMessage", count=2)
    assert refused.get("channel") == payloads.CHANNEL
    [opened_dm] = stub.calls_to("conversations.open")
    assert opened_dm.get("users") == payloads.USER
    assert private.get("channel") == "D" + payloads.USER.lstrip("U")
    assert private.text.startswith("I could not post in this channel")
    assert "claude-3-opus-latest" in private.text and "claude-opus-5" not in private.text


def test_a_form_opened_in_a_dm_between_two_people_answers_in_the_submitters_dm(
        bot: RunningBot, stub: StubSlack) -> None:
    form = _form_from(bot, stub, "D0PEOPLE1", "break_even")
    stub.script("chat.postMessage", Scripted(200, {"ok": False, "error": "channel_not_found"}))
    assert bot.interactive(submission(form, {"discount": "40", "utilization": "80"}, "break_even")).status == 200
    refused, private = stub.wait_for("chat.postMessage", count=2)
    assert refused.get("channel") == "D0PEOPLE1"
    assert private.get("channel") == "D" + payloads.USER.lstrip("U")
    typed = router.answer("40% discount on PTUs at 80% utilization", rate_cards={})
    assert private.text.startswith("I could not post in this channel") and typed.text in private.text


def test_an_ask_that_was_not_understood_is_told_to_the_asker_not_dropped(stub: StubSlack, tmp_path: Path) -> None:
    from slack_sdk import WebClient

    from bot.listeners.commands import answer_in_channel
    from bot.store_open import open_store

    told: list[str] = []
    client = WebClient(token="xoxb-test", base_url=stub.base_url)
    answer_in_channel(client, None, open_store(tmp_path / "n.db"), channel=payloads.CHANNEL, user=payloads.USER,
                      text="purple elephants dancing", surface="form", privately=told.append)
    stub.settle()
    assert stub.calls_to("chat.postMessage") == []  # nothing in the channel
    assert told == [router.answer("purple elephants dancing", rate_cards={}).text] and told[0]
