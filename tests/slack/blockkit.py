"""A small check of Block Kit's basic structure: block and element types, required keys, Slack's length limits.

Limits from Slack's reference (api.slack.com/reference/block-kit): 50 blocks a message; header text 150
characters (plain text); section text 3,000, at most 10 fields of 2,000 each; context at most 10 elements;
actions at most 25 elements; button text 75, value 2,000, action_id and block_id 255.
"""

from __future__ import annotations

from typing import Any

MAX_BLOCKS = 50


def _text(obj: Any, where: str, *, limit: int, plain_only: bool = False) -> list[str]:
    if not isinstance(obj, dict):
        return [f"{where}: a text object is required"]
    problems = []
    kinds = ("plain_text",) if plain_only else ("plain_text", "mrkdwn")
    if obj.get("type") not in kinds:
        problems.append(f"{where}: text type {obj.get('type')!r} is not one of {kinds}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append(f"{where}: text is empty")
    elif len(text) > limit:
        problems.append(f"{where}: {len(text)} characters, more than {limit}")
    if obj.get("type") == "mrkdwn" and "emoji" in obj:
        problems.append(f"{where}: mrkdwn text takes no 'emoji'")
    return problems


def _button(element: Any, where: str) -> list[str]:
    if not isinstance(element, dict) or element.get("type") != "button":
        return [f"{where}: only buttons are built here, got {element!r:.80}"]
    problems = _text(element.get("text"), f"{where}.text", limit=75, plain_only=True)
    action_id = element.get("action_id")
    if not isinstance(action_id, str) or not 0 < len(action_id) <= 255:
        problems.append(f"{where}: action_id missing or over 255 characters")
    value = element.get("value")
    if value is not None and (not isinstance(value, str) or len(value) > 2000):
        problems.append(f"{where}: value is not text of at most 2,000 characters")
    return problems


def problems(blocks: Any) -> list[str]:
    """Everything wrong with `blocks` (empty when Slack would accept their structure)."""
    if not isinstance(blocks, list) or not blocks:
        return ["blocks must be a non-empty list"]
    found = [f"{len(blocks)} blocks, more than {MAX_BLOCKS}"] if len(blocks) > MAX_BLOCKS else []
    for i, block in enumerate(blocks):
        where = f"blocks[{i}]"
        kind = block.get("type") if isinstance(block, dict) else None
        if "block_id" in block and (not isinstance(block["block_id"], str) or len(block["block_id"]) > 255):
            found.append(f"{where}: bad block_id")
        if kind == "header":
            found += _text(block.get("text"), f"{where}.text", limit=150, plain_only=True)
        elif kind == "section":
            if "text" not in block and "fields" not in block:
                found.append(f"{where}: a section needs text or fields")
            if "text" in block:
                found += _text(block["text"], f"{where}.text", limit=3000)
            if "fields" in block:
                fields = block["fields"]
                if not isinstance(fields, list) or not 0 < len(fields) <= 10:
                    found.append(f"{where}: fields must be 1 to 10 text objects")
                else:
                    for j, f in enumerate(fields):
                        found += _text(f, f"{where}.fields[{j}]", limit=2000)
            if "accessory" in block:
                found += _button(block["accessory"], f"{where}.accessory")
        elif kind == "context":
            elements = block.get("elements")
            if not isinstance(elements, list) or not 0 < len(elements) <= 10:
                found.append(f"{where}: context needs 1 to 10 elements")
            else:
                for j, e in enumerate(elements):
                    found += _text(e, f"{where}.elements[{j}]", limit=3000)
        elif kind == "actions":
            elements = block.get("elements")
            if not isinstance(elements, list) or not 0 < len(elements) <= 25:
                found.append(f"{where}: actions needs 1 to 25 elements")
            else:
                for j, e in enumerate(elements):
                    found += _button(e, f"{where}.elements[{j}]")
        elif kind != "divider":
            found.append(f"{where}: unknown block type {kind!r}")
    return found


def texts(blocks: list[dict[str, Any]]) -> list[str]:
    """Every string a reader sees in `blocks`."""
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if value.get("type") in ("plain_text", "mrkdwn") and isinstance(value.get("text"), str):
                out.append(value["text"])
            for key, item in value.items():
                if key != "text" or not isinstance(item, str):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(blocks)
    return out
