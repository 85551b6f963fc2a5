"""The Slack layer's own wording: escaped, within Slack's limits, and itself clean by the field-language guide."""

from __future__ import annotations

from decimal import Decimal

import pytest
from markupsafe import Markup

import glossary
from bot import present
from bot.answer import CoachingAnswer
from bot.parse.models import Ask, Fields, Intent
from bot.present import blocks
from bot.stale import StaleRates
from glossary.matcher import Flag


def render(name: str, **values: object) -> str:
    return present.render(f"slack/{name}", **values)


def test_escape_neutralises_pings_links_and_entities() -> None:
    raw = render("quote_summary", user="U1", question="<!channel> & <https://x|y>", summary="s")
    assert "&lt;!channel&gt; &amp; &lt;https://x|y&gt;" in raw


def test_text_slack_already_escaped_is_echoed_as_typed_not_escaped_twice() -> None:
    # Slack sends "a < b & c" as "a &lt; b &amp; c"; escaping that again would show "&lt;" in the channel.
    echoed = render("quote_summary", user="U1", question="a &lt; b &amp; c", summary="s")
    assert "a &lt; b &amp; c" in echoed and "&amp;lt;" not in echoed and "&amp;amp;" not in echoed


def test_template_values_are_escaped_unless_marked_as_safe_markup() -> None:
    raw = render("quote_summary", user="U1", question="<!here>", summary="<b>")
    safe = render("quote_summary", user="U1", question="q", summary=Markup("*bold* &lt;x&gt;"))
    assert "&lt;!here&gt;" in raw and "&lt;b&gt;" in raw
    assert "*bold* &lt;x&gt;" in safe


def test_long_text_is_cut_to_slacks_section_limit() -> None:
    assert len(blocks.section("x" * 5000)["text"]["text"]) == blocks.SECTION_LIMIT


def test_coaching_blocks_have_one_mute_button_per_flag() -> None:
    flags = [_flag("token-costs", "token <costs>", "Input token costs"),
             _flag("committed-use", "committed use", "Provisioned throughput")]
    answer = CoachingAnswer(ask=Ask(text="t", intent=Intent.FIELDCHECK, fields=Fields()), flags=flags)
    built = blocks.coaching_blocks(answer, mode="ephemeral", user="U1")
    buttons = [b["accessory"] for b in built if "accessory" in b]
    assert [b["value"] for b in buttons] == ["token-costs", "committed-use"]
    assert len({b["action_id"] for b in buttons}) == 2
    assert all(b["text"]["text"] == "Mute this rule for me" for b in buttons)
    assert "token &lt;costs&gt;" in built[1]["text"]["text"]


def _flag(rule: str, matched: str, suggestion: str) -> Flag:
    return Flag(rule=rule, start=0, end=len(matched), matched=matched, suggestion=suggestion, why="why",
                dont_say=matched)


SAMPLE_VALUES = {
    "user": "U1", "bot_user": "UBOT", "question": "q", "summary": "s", "text": "t", "matched": "m",
    "suggestion": "s", "why": "w", "mode": "thread", "rule": "token-costs", "newly": True, "found": True,
    "muted": ["a"],
    "channel": "C1", "changed": True, "value": "loud", "modes": {"C1": "thread"}, "error_id": "abc",
    "cards": ["deal"], "catalog_version": "1.0", "counts": {"token-costs": 2}, "days": 30,
    "flag": _flag("token-costs", "token costs", "Input token costs"), "kind": "none",
    "file": "usage.csv", "error": "row 2, column input_tokens: '-5' is negative: counts are 0 or more",
    "stale": [StaleRates(7, "2026-11-30T05:00:00", "q", "gpt-4o (openai)", "0.1.0", "0.2.3",
                         {"input": (Decimal(5), Decimal("2.5"))}, old_per_day=Decimal(15), new_per_day=Decimal(10))],
    "limit": 5, "verdict": "wrong", "quote_id": 7, "paragraph": "p", "read": 3, "shared": 5,
    "wrong": [{"id": 7, "text": "40% off at 80%?", "intent": "break_even", "feedback_by": "U1",
               "feedback_at": "2026-11-30T05:00:00"}],
}
SLACK_TEMPLATES = sorted(n.removeprefix("slack/") for n in present.environment().list_templates(extensions=["j2"])
                         if n.startswith("slack/") and n != "slack/key_fields.j2")


@pytest.mark.parametrize("name", SLACK_TEMPLATES)
def test_every_template_renders_and_follows_the_guide(name: str) -> None:
    values = dict(SAMPLE_VALUES)
    if name == "bad_mode.j2":
        values["modes"] = ["ephemeral", "thread", "off"]
    text = render(name.removesuffix(".j2"), **values)
    assert text.strip()
    assert glossary.lint(text) == [], f"{name}: {glossary.lint(text)}"
