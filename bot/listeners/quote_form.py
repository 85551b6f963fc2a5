"""The quote form: `/quote` with no text, or "Build a quote" on the Home tab, opens a modal (views.open). Choosing
a structure updates it with that structure's inputs (views.update); the model select offers catalog models as
you type (block_suggestion). A submission with a bad number is answered with the error on that field, in the
modal (response_action errors); a good one posts the same answer as the typed ask it composes
(:func:`bot.quote_form.ask_text`), in the channel the form was opened from, or in the DM from the Home tab."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup
from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks.ids import BUILD_QUOTE_ACTION_ID, FORM_MODEL_ACTION_ID, FORM_STRUCTURE_ACTION_ID, QUOTE_FORM_CALLBACK_ID
from bot.listeners.commands import CANNOT_POST, answer_in_channel
from bot.listeners.events import answer_text_in_dm
from bot.quote_form import STRUCTURES, answer, ask_text, read, submitted
from bot.slack.context import logger, store
from bot.slack.errors import ack_now, in_background

ACTIONS = (BUILD_QUOTE_ACTION_ID, FORM_STRUCTURE_ACTION_ID)
VIEWS = (QUOTE_FORM_CALLBACK_ID,)
OPTIONS = (FORM_MODEL_ACTION_ID,)


def register(app: App) -> None:
    app.action(BUILD_QUOTE_ACTION_ID)(ack=ack_now, lazy=[in_background(from_home)])
    app.action(FORM_STRUCTURE_ACTION_ID)(ack=ack_now, lazy=[in_background(structure_chosen)])
    app.options(FORM_MODEL_ACTION_ID)(model_options)
    app.view(QUOTE_FORM_CALLBACK_ID)(ack=check_submission, lazy=[in_background(submit)])


def _metadata(channel: str | None, structure: str | None = None) -> str:
    return json.dumps({"c": channel, "s": structure}, separators=(",", ":"))


def _read_metadata(view: dict[str, Any]) -> tuple[str | None, str | None]:
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return None, None
    if not isinstance(meta, dict):
        return None, None
    channel, structure = meta.get("c"), meta.get("s")
    return (channel if isinstance(channel, str) else None,
            structure if isinstance(structure, str) and structure in STRUCTURES else None)


def open_form(client: WebClient, *, trigger_id: str, channel: str | None) -> None:
    """Open the form; its answer goes to `channel` (None: the DM of whoever submits it)."""
    from bot.present.blocks import quote_form_view  # the templates load with the first form, not at start-up

    client.views_open(trigger_id=trigger_id, view=quote_form_view(structure=None, metadata=_metadata(channel)))


def from_home(body: dict[str, Any], client: WebClient) -> None:
    open_form(client, trigger_id=str(body.get("trigger_id") or ""), channel=None)


def structure_chosen(body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
    """A structure was picked: show its inputs (the same view, updated)."""
    from bot.present.blocks import quote_form_view

    view = body.get("view") or {}
    structure = ((action.get("selected_option") or {}).get("value"))
    if structure not in STRUCTURES or not view.get("id"):
        return
    channel, _ = _read_metadata(view)
    client.views_update(view_id=view["id"], hash=view.get("hash"),
                        view=quote_form_view(structure=structure, metadata=_metadata(channel, structure)))


def model_options(ack: Ack, body: dict[str, Any]) -> None:
    """Type-ahead for the model select: catalog models whose id or name contains what was typed."""
    from pricing.catalog import model_choices

    query = str(body.get("value") or "")
    options = [{"text": {"type": "plain_text", "text": f"{model} ({provider})"[:75]},
                "value": f"{model} via {provider}"[:150]} for model, provider in model_choices(query)]
    ack(options=options)


def _structure(view: dict[str, Any]) -> str | None:
    raw = submitted((view.get("state") or {}).get("values") or {})
    chosen = raw.get("structure")
    if chosen in STRUCTURES:
        return chosen
    return _read_metadata(view)[1]


def check_submission(ack: Ack, body: dict[str, Any]) -> None:
    """Validate before the modal closes: a problem is shown on its field (response_action errors)."""
    from bot.phrases import phrases

    view = body.get("view") or {}
    structure = _structure(view)
    if structure is None:
        ack(response_action="errors", errors={"form_structure": phrases()["form"]["errors"]["structure"]})
        return
    _, errors = read(structure, submitted((view.get("state") or {}).get("values") or {}))
    if errors:
        ack(response_action="errors", errors={f"form_{key}": message[:150] for key, message in errors.items()})
        return
    ack()


def submit(body: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext) -> None:
    """Post the answer of a valid submission where the form was opened from (the user's DM from Home)."""
    view = body.get("view") or {}
    structure = _structure(view)
    if structure is None:
        return
    values, errors = read(structure, submitted((view.get("state") or {}).get("values") or {}))
    if errors:
        return  # shown in the modal by check_submission
    db = store(context)
    text = ask_text(structure, values)
    reply = answer(structure, values, rate_cards=db.rate_cards())
    user = str((body.get("user") or {}).get("id") or "")
    channel, _ = _read_metadata(view)
    logger.info("quote form (%s) from %s: %s", structure, user, text[:200])

    def in_dm(words: str) -> None:  # the channel could not take the answer: the submitter's DM does
        dm = str(client.conversations_open(users=user)["channel"]["id"])
        client.chat_postMessage(channel=dm, text=words, unfurl_links=False)

    if channel and not channel.startswith("D"):
        answer_in_channel(client, None, db, channel=channel, user=user, text=text, surface="form", reply=reply,
                          privately=in_dm)
        return
    if channel:  # a DM the form was opened from; pricebot may not be in it (a DM between two people)
        try:
            answer_text_in_dm(client, context, channel=channel, user=user, text=text, reply=reply)
            return
        except SlackApiError as error:
            if error.response.get("error") not in CANNOT_POST:
                raise
            logger.info("could not post in %s (%s): the answer goes to %s's DM", channel,
                        error.response.get("error"), user)
            from bot.present import render

            in_dm(render("slack/not_in_channel", text=Markup(reply.text)))
            return
    dm = str(client.conversations_open(users=user)["channel"]["id"])
    answer_text_in_dm(client, context, channel=dm, user=user, text=text, reply=reply)
