"""Block Kit built from a typed Answer: quote replies (header, key figures, arithmetic, context line, the Show
chart button), coaching notes with a mute button per rule, and the Home tab. Wording comes from the one
environment in :mod:`bot.present` (templates ``slack/*.j2`` and bot/phrases.yaml).

Slack's limits are kept here: header 150 characters, 10 fields of 2,000 characters per section, 3,000
characters per section text, 10 context elements, 50 blocks a message (api.slack.com/reference/block-kit/blocks:
"You can include up to 50 blocks in each message"; the section, header, context and field limits are on the same
page, each under its block). A message's text limit is in :mod:`bot.present`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from bot.answer import QUOTE_KINDS, AnswerBase
from bot.blocks.ids import (
    BUILD_QUOTE_ACTION_ID,
    CHART_POSTED_ACTION_ID,
    CHOOSE_ACTION_ID,
    FEEDBACK_ACTION_ID,
    FORM_MODEL_ACTION_ID,
    FORM_STRUCTURE_ACTION_ID,
    MUTE_ACTION_ID,
    PROPOSAL_ACTION_ID,
    QUOTE_FORM_CALLBACK_ID,
    SHOW_CHART_ACTION_ID,
)
from bot.phrases import phrases
from bot.present import CHART_KINDS, _once, by_rule, context, kind_of, parts, render
from bot.present import proposal as present_proposal

HEADER_LIMIT = 150
SECTION_LIMIT = 3000
FIELD_LIMIT = 2000
FIELDS_PER_SECTION = 10
CONTEXT_LIMIT = 3000
BLOCK_LIMIT = 50



def is_quote(answer: AnswerBase | None) -> bool:
    """True for an understood answer with figures (shown as Block Kit with a header and key fields)."""
    return answer is not None and answer.understood and kind_of(answer) in QUOTE_KINDS


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def section(text: str, **extra: Any) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _cut(text, SECTION_LIMIT)}, **extra}


def key_fields(answer: AnswerBase) -> list[tuple[str, str]]:
    """(label, value) pairs for the answer's key figures; none when it has none (e.g. an input is missing).
    Rendered once per answer (the blocks and the message metadata both show them)."""
    return list(_once(answer, "key fields", lambda: _key_fields(answer)))


def _key_fields(answer: AnswerBase) -> tuple[tuple[str, str], ...]:
    pairs = []
    for line in render("slack/key_fields", **context(answer)).splitlines():
        label, sep, value = line.partition("::")
        if sep and label.strip() and value.strip():
            pairs.append((str(label).strip(), str(value).strip()))
    return tuple(pairs)


def split_text(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """`text` in pieces of at most `limit` characters, cut at paragraph, then line, then word boundaries."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(" "), 0) or limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def choice_value(option: str, quote_id: int | None) -> str:
    """A clarifying button's value: the option, and the stored quote whose request it is read against."""
    carried: dict[str, Any] = {"t": option[:1000]}
    if quote_id is not None:
        carried["q"] = quote_id
    return json.dumps(carried, separators=(",", ":"), ensure_ascii=False)


def choice_blocks(answer: AnswerBase, quote_id: int | None) -> list[dict[str, Any]]:
    """One actions block of buttons per choice the answer needs (:attr:`AnswerBase.choices`)."""
    return [
        {"type": "actions", "block_id": f"choose_{i}", "elements": [
            {"type": "button", "action_id": f"{CHOOSE_ACTION_ID}:{i}:{j}", "value": choice_value(option, quote_id),
             "text": {"type": "plain_text", "text": _cut(option, 75), "emoji": False}}
            for j, option in enumerate(choice.options)
        ]}
        for i, choice in enumerate(answer.choices[:5])
    ]


#: The event type of the message metadata on every quote reply (api.slack.com/metadata): CRM and deal-desk
#: tooling reads the request and key figures from it instead of parsing the text.
QUOTE_EVENT_TYPE = "pricebot_quote"


def quote_metadata(answer: AnswerBase, *, quote_id: int | None, question: str | None) -> dict[str, Any]:
    """Slack message metadata for a quote reply: ``event_type`` pricebot_quote and a payload of the quote's
    stored id, kind, the question (left out when `question` is None: a DM's words stay in the DM), the request's
    inputs, the key figures (as the Block Kit fields show them), the rate source, and what is still missing.
    Slack's payload shape: scalars, flat objects, lists of flat objects."""
    fields = answer.ask.fields.model_dump(mode="json", exclude_none=True, exclude={"traits", "checked_text", "term"})
    request: dict[str, str] = {}
    for name, value in fields.items():
        if value in ([], ""):
            continue
        request[name] = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    payload: dict[str, Any] = {
        "kind": kind_of(answer),
        **({"question": question[:1000]} if question is not None else {}),
        "understood": answer.understood,
        "computed": answer.computed,
        "request": request,
        "key_figures": [{"label": label, "value": value} for label, value in key_fields(answer)],
        "missing": [m.key for m in answer.missing],
    }
    if quote_id is not None:
        payload["quote_id"] = quote_id
    if answer.rates is not None:
        payload["rate_source"] = answer.rates.source
    return {"event_type": QUOTE_EVENT_TYPE, "event_payload": payload}


def feedback_block(quote_id: int, *, proposal: bool = False) -> dict[str, Any]:
    """A thumbs up/down pair whose click is stored with the quote (`Store.set_feedback`), after "Copy for
    proposal" when the answer has a proposal paragraph (stored with the quote, shown privately on a click)."""
    labels = phrases()["buttons"]
    copy = [{"type": "button", "action_id": PROPOSAL_ACTION_ID, "value": str(quote_id),
             "text": {"type": "plain_text", "text": labels["proposal"], "emoji": False}}] if proposal else []
    return {"type": "actions", "block_id": "quote_feedback", "elements": [*copy, *[
        {"type": "button", "action_id": f"{FEEDBACK_ACTION_ID}:{verdict}", "value": str(quote_id),
         "text": {"type": "plain_text", "text": labels[f"feedback_{verdict}"], "emoji": True}}
        for verdict in ("right", "wrong")
    ]]}


def quote_blocks(
    answer: AnswerBase, *, chart_value: str | None = None, chart_unavailable: bool = False,
    quote_id: int | None = None,
) -> list[dict[str, Any]]:
    """The answer's blocks. `chart_value` adds the "Show chart" button carrying it; `chart_unavailable` says in
    the context line why there is no chart (the ask asked for one). A choice the answer needs is offered as
    buttons after the question (their values name the stored quote `quote_id`)."""
    p = parts(answer)
    proposal = present_proposal(answer)
    blocks: list[dict[str, Any]] = [
        {"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(p.changed, CONTEXT_LIMIT)}]}
    ] if p.changed else []
    blocks.append(
        {"type": "header", "text": {"type": "plain_text", "text": _cut(p.title, HEADER_LIMIT), "emoji": False}}
    )
    fields = [
        {"type": "mrkdwn", "text": _cut(f"*{label}*\n{value}", FIELD_LIMIT)} for label, value in key_fields(answer)
    ]
    for start in range(0, len(fields), FIELDS_PER_SECTION):
        blocks.append({"type": "section", "fields": fields[start: start + FIELDS_PER_SECTION]})
    context_lines = [str(line) for line in p.context_line]
    if chart_unavailable:
        charts = phrases()["charts"]
        context_lines.append(charts["not_yet"] if kind_of(answer) in CHART_KINDS else charts["none"])
    tail: list[dict[str, Any]] = [{"type": "context", "elements": [
        {"type": "mrkdwn", "text": _cut(line, CONTEXT_LIMIT)} for line in context_lines[:10]
    ]}]
    if quote_id is not None:
        tail.append(feedback_block(quote_id, proposal=proposal is not None))
    if chart_value is not None:
        tail.append({"type": "actions", "block_id": "quote_chart", "elements": [{
            "type": "button", "action_id": SHOW_CHART_ACTION_ID, "value": chart_value,
            "text": {"type": "plain_text", "text": phrases()["buttons"]["show_chart"], "emoji": False},
        }]})
    tail = choice_blocks(answer, quote_id) + tail
    room = BLOCK_LIMIT - len(blocks) - len(tail)
    sections = split_text("\n\n".join(p.sections))
    if len(sections) > room:
        sections = [*sections[: room - 1], _cut(sections[room - 1] + "\n…", SECTION_LIMIT)]
    blocks += [{"type": "section", "text": {"type": "mrkdwn", "text": s}} for s in sections]
    return blocks + tail



def with_chart_posted(blocks: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A posted message's blocks with its "Show chart" button turned into "Chart posted below" (which does
    nothing when clicked); the other blocks as they were."""
    out: list[dict[str, Any]] = []
    for block in blocks:
        block = dict(block)
        if block.get("type") == "actions":
            block["elements"] = [
                {"type": "button", "action_id": CHART_POSTED_ACTION_ID, "value": str(e.get("value") or "-")[:2000],
                 "text": {"type": "plain_text", "text": phrases()["buttons"]["chart_posted"], "emoji": False}}
                if e.get("action_id") == SHOW_CHART_ACTION_ID else e
                for e in block.get("elements") or []
            ]
        out.append(block)
    return out


def coaching_blocks(answer: AnswerBase, *, mode: str, user: str) -> list[dict[str, Any]]:
    """A header and one section per flag, each with a "Mute this rule for me" button carrying the rule id."""
    blocks: list[dict[str, Any]] = [section(render("slack/coaching_header", mode=mode, user=user))]
    # One section and one mute button per rule (Slack refuses two buttons with the same action_id in a message);
    # the rules file holds a few dozen rules at most, and the list is capped at Slack's 50 blocks regardless.
    for group in by_rule(answer.flags)[: BLOCK_LIMIT - 1]:
        flag = group.flag
        button = {
            "type": "button",
            "action_id": f"{MUTE_ACTION_ID}:{flag.rule}"[:255],
            "text": {"type": "plain_text", "text": phrases()["buttons"]["mute_rule"]},
            "value": flag.rule[:2000],
        }
        blocks.append(section(render("slack/coaching_flag", flag=flag, more=group.more), accessory=button))
    return blocks




def quote_form_view(*, structure: str | None, metadata: str) -> dict[str, Any]:
    """The quote form modal: the structure select (choosing one updates the view), then that structure's typed
    inputs (:data:`bot.quote_form.STRUCTURES`): number inputs with their min/max, and a model select fed from the
    catalog as you type (external data source)."""
    from bot.quote_form import STRUCTURES

    words = phrases()["form"]

    def plain(text: str) -> dict[str, Any]:
        return {"type": "plain_text", "text": text[:75]}

    options = [{"text": plain(words["structures"][key]), "value": key} for key in STRUCTURES]
    select: dict[str, Any] = {"type": "static_select", "action_id": FORM_STRUCTURE_ACTION_ID, "options": options,
                              "placeholder": plain(words["structure"])}
    if structure in STRUCTURES:
        select["initial_option"] = next(o for o in options if o["value"] == structure)
    blocks: list[dict[str, Any]] = [{"type": "input", "block_id": "form_structure", "dispatch_action": True,
                                     "label": plain(words["structure"]), "hint": plain(words["structure_hint"]),
                                     "element": select}]
    for spec in STRUCTURES.get(structure or "", ()):
        element: dict[str, Any]
        if spec.kind == "number":
            element = {"type": "number_input", "action_id": f"form_{spec.key}", "is_decimal_allowed": spec.decimal}
            if spec.minimum is not None:
                element["min_value"] = format(spec.minimum, "f")
            if spec.maximum is not None:
                element["max_value"] = format(spec.maximum, "f")
        elif spec.kind == "model":
            element = {"type": "external_select", "action_id": FORM_MODEL_ACTION_ID, "min_query_length": 1,
                       "placeholder": plain(words["labels"]["model"])}
        else:
            element = {"type": "plain_text_input", "action_id": f"form_{spec.key}", "max_length": 500}
        block: dict[str, Any] = {"type": "input", "block_id": f"form_{spec.key}", "optional": spec.optional,
                                 "label": plain(words["labels"][spec.key]), "element": element}
        if spec.key in words["hints"]:
            block["hint"] = plain(words["hints"][spec.key])
        blocks.append(block)
    return {"type": "modal", "callback_id": QUOTE_FORM_CALLBACK_ID, "title": plain(words["title"][:24]),
            "submit": plain(words["submit"][:24]), "close": plain(words["close"][:24]),
            "private_metadata": metadata[:3000], "blocks": blocks}


def home_view(
    *,
    bot_user: str,
    cards: Sequence[str],
    catalog_version: str,
    counts: Mapping[str, int],
    muted: Sequence[str],
    modes: Mapping[str, str],
    days: int,
    stale: Sequence[Any] = (),
    wrong: Sequence[Mapping[str, Any]] = (),
    wrong_total: int | None = None,
) -> dict[str, Any]:
    """The Home tab. `wrong` lists answers marked wrong (the first five are shown); `wrong_total` is how many
    there are in all (default: as many as listed)."""
    stale_section = [section(render("slack/stale_quotes", stale=list(stale), limit=5, catalog_version=catalog_version)),
                     {"type": "divider"}] if stale else []
    return {
        "type": "home",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": phrases()["titles"]["home"]}},
            section(render("slack/home_usage", bot_user=bot_user)),
            {"type": "actions", "block_id": "home_form", "elements": [
                {"type": "button", "action_id": BUILD_QUOTE_ACTION_ID, "style": "primary",
                 "text": {"type": "plain_text", "text": phrases()["buttons"]["build_quote"]}}]},
            {"type": "divider"},
            section(render("slack/home_rates", cards=list(cards), catalog_version=catalog_version)),
            {"type": "divider"},
            *stale_section,
            section(render("slack/marked_wrong", wrong=[dict(w) for w in wrong], limit=5,
                           total=len(wrong) if wrong_total is None else wrong_total)),
            {"type": "divider"},
            section(render("slack/home_coaching", counts=dict(counts), muted=list(muted), days=days)),
            {"type": "divider"},
            section(render("slack/home_channels", modes=dict(modes))),
        ],
    }
