"""The Slack layer's own wording: escaped, within Slack's limits, and itself clean by the field-language guide."""

from __future__ import annotations

import pytest

import glossary
from bot.listeners import blocks


def test_escape_neutralises_pings_links_and_entities() -> None:
    raw = blocks.render("quote_summary", user="U1", question="<!channel> & <https://x|y>", summary="s")
    assert "&lt;!channel&gt; &amp; &lt;https://x|y&gt;" in raw


def test_text_slack_already_escaped_is_echoed_as_typed_not_escaped_twice() -> None:
    # Slack sends "a < b & c" as "a &lt; b &amp; c"; escaping that again would show "&lt;" in the channel.
    echoed = blocks.render("quote_summary", user="U1", question="a &lt; b &amp; c", summary="s")
    assert "a &lt; b &amp; c" in echoed and "&amp;lt;" not in echoed and "&amp;amp;" not in echoed


def test_template_values_are_escaped_unless_marked_as_mrkdwn() -> None:
    raw = blocks.render("quote_summary", user="U1", question="<!here>", summary="<b>")
    safe = blocks.render("quote_summary", user="U1", question="q", summary=blocks.Mrkdwn("*bold* &lt;x&gt;"))
    assert "&lt;!here&gt;" in raw and "&lt;b&gt;" in raw
    assert "*bold* &lt;x&gt;" in safe


def test_long_text_is_cut_to_slacks_section_limit() -> None:
    assert len(blocks.section("x" * 5000)["text"]["text"]) == blocks.SECTION_LIMIT


def test_coaching_blocks_have_one_mute_button_per_flag() -> None:
    flags = [{"rule": "token-costs", "matched": "token <costs>", "suggestion": "Input token costs"},
             {"rule": "committed-use", "matched": "committed use", "suggestion": "Provisioned throughput"}]
    built = blocks.coaching_blocks(flags, mode="ephemeral", user="U1")
    buttons = [b["accessory"] for b in built if "accessory" in b]
    assert [b["value"] for b in buttons] == ["token-costs", "committed-use"]
    assert len({b["action_id"] for b in buttons}) == 2
    assert all(b["text"]["text"] == "Mute this rule for me" for b in buttons)
    assert "token &lt;costs&gt;" in built[1]["text"]["text"]


SAMPLE_VALUES = {
    "user": "U1", "bot_user": "UBOT", "question": "q", "summary": "s", "text": "t", "matched": "m",
    "suggestion": "s", "why": "w", "mode": "thread", "rule": "token-costs", "newly": True, "found": True,
    "muted": ["a"],
    "channel": "C1", "changed": True, "value": "loud", "modes": {"C1": "thread"}, "error_id": "abc",
    "cards": ["deal"], "catalog_version": "1.0", "counts": {"token-costs": 2}, "days": 30,
}


@pytest.mark.parametrize("name", blocks.template_names())
def test_every_template_renders_and_follows_the_guide(name: str) -> None:
    values = dict(SAMPLE_VALUES)
    if name == "bad_mode.j2":
        values["modes"] = ["ephemeral", "thread", "off"]
    text = blocks.render(name.removesuffix(".j2"), **values)
    assert text.strip()
    assert glossary.lint(text) == [], f"{name}: {glossary.lint(text)}"
