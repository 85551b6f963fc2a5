"""Every reply kind at its worst case stays inside Slack's limits (blocks, block text, message text), with
repeats collapsed ("and 37 more") and one mute button per rule.

Worst cases: Slack's largest message (40,000 characters) made of every phrase the guide warns about, repeated;
a 40,000-character glossary term; an ask of 40,000 characters with figures. The structure checks come from
tests/slack/blockkit.py (Slack's Block Kit limits); the end-to-end case posts through the real server.
"""

from __future__ import annotations

import pytest

import glossary
from bot import router
from bot.present import TEXT_LIMIT
from bot.present.blocks import coaching_blocks, home_view, quote_blocks
from tests.slack import blockkit
from tests.support import payloads
from tests.support.running import RunningBot
from tests.support.stub import StubSlack

SLACK_MAX = 40_000


def _fill(unit: str) -> str:
    return (unit * (SLACK_MAX // len(unit) + 1))[:SLACK_MAX]


def _every_rule() -> str:
    return _fill(" ".join(f"{rule.dont_say.strip(chr(34))}." for rule in glossary.rules()) + " ")


def _assert_text_fits(*texts: str) -> None:
    for text in texts:
        assert len(text) <= TEXT_LIMIT, len(text)


def test_coaching_on_the_largest_message_of_every_flagged_phrase() -> None:
    text = _every_rule()
    reply = router.coaching_reply(text)
    assert reply is not None and reply.answer is not None
    flags = reply.answer.flags
    rules = {f.rule for f in flags}
    assert len(flags) > 10 * len(rules)  # many repeats of each rule
    _assert_text_fits(reply.text, reply.summary)
    blocks = coaching_blocks(reply.answer, mode="ephemeral", user=payloads.USER)
    assert not blockkit.problems(blocks), blockkit.problems(blocks)
    buttons = [b["accessory"] for b in blocks if "accessory" in b]
    assert sorted(b["value"] for b in buttons) == sorted(rules)  # one mute button per rule
    assert len({b["action_id"] for b in buttons}) == len(buttons)
    assert "more like it" in reply.text


def test_fieldcheck_and_glossary_on_the_largest_inputs() -> None:
    checked = router.fieldcheck_reply(_every_rule())
    _assert_text_fits(checked.text, checked.summary)
    assert "more like it" in checked.text
    for term in (_fill("x"), _fill("what is okta "), _fill("<!channel> ")):
        looked_up = router.glossary_reply(term)
        _assert_text_fits(looked_up.text, looked_up.summary)


@pytest.mark.parametrize("ask", [
    _fill("40% discount on PTUs, provisioned is cheaper, 80% utilization. "),
    _fill("Is caching worth it with a 4,000-token system prompt at $5/1M and cache hits at $0.50/1M, 10k calls a "
          "day? Caching saves money. "),
    _fill("vendor wants $0.02 a call, prompts are ~2k in / 400 out at $3/$15 per 1M, AI usage fees. "),
    _fill("Bedrock list is 20% over direct and they have a 10% EA discount; you're paying extra for Azure. "),
    _fill("RAG bot, 8k token preamble, 5k calls/day, sonnet 4.5 on anthropic, token costs. "),
    _fill("2M input + 500k output tokens a day on gpt-4o via openai; 1% 2% 3% 4% 5% 6% 7% 8% 9% utilization "),
])
def test_every_quote_kind_at_its_largest(ask: str) -> None:
    reply = router.answer(ask)
    _assert_text_fits(reply.text, reply.summary)
    if reply.answer is not None and reply.answer.understood:
        blocks = quote_blocks(reply.answer, chart_value='{"q":1}')
        assert not blockkit.problems(blocks), blockkit.problems(blocks)


def test_the_home_view_with_many_channels_and_mutes() -> None:
    view = home_view(bot_user="U0BOT", cards=[f"card-{i}" for i in range(500)], catalog_version="x",
                     counts={r.id: 10_000 for r in glossary.rules()}, muted=[r.id for r in glossary.rules()],
                     modes={f"C{i:08d}": "thread" for i in range(2_000)}, days=30)
    assert not blockkit.problems(view["blocks"]), blockkit.problems(view["blocks"])


@pytest.mark.e2e
def test_a_hundred_repeated_phrases_get_tips_not_an_error(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.channel_message("Provisioned is cheaper. " * 100 + "AI usage fees. " * 100))
    [note] = stub.wait_for("chat.postEphemeral")
    blocks = note.get("blocks")
    assert not blockkit.problems(blocks), blockkit.problems(blocks)
    assert len([b for b in blocks if "accessory" in b]) == 2
    assert "(×100)" in note.get("text")
    assert any("99 more like it" in b["text"]["text"] for b in blocks if "accessory" in b)
