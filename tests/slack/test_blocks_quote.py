"""Quote replies as Block Kit: structure and limits, key figures, wording (linted), escaping, the chart button."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import glossary
from bot import present, router
from bot.answer import QUOTE_KINDS, AnswerBase
from bot.blocks import chart_button
from bot.blocks.chart_button import button_value, spec_from_value
from bot.charts.select import SPEC, chart_data, chart_spec
from bot.phrases import phrases
from bot.present import blocks as kit
from bot.present.blocks import SECTION_LIMIT, SHOW_CHART_ACTION_ID, coaching_blocks, is_quote, quote_blocks, split_text
from bot.reply import Reply
from bot.store_open import open_store
from tests.parse.test_asks import CASES
from tests.slack import blockkit
from tests.test_templates import EXTRA_ASKS, _user_phrases, usage_results

ASKS = sorted({c["text"] for c in CASES} | set(EXTRA_ASKS))


def answer_of(reply: Reply) -> AnswerBase:
    assert reply.answer is not None
    return reply.answer


def blocks_for(reply: Reply) -> list[dict[str, Any]]:
    spec = chart_spec(answer_of(reply))
    value = button_value(1) if spec is not None else None
    return quote_blocks(answer_of(reply), chart_value=value)


def button(blocks: list[dict[str, Any]]) -> dict[str, Any] | None:
    for block in blocks:
        for element in block.get("elements", []):
            if element.get("action_id") == SHOW_CHART_ACTION_ID:
                return dict(element)
    return None


def fields(blocks: list[dict[str, Any]]) -> dict[str, str]:
    found = {}
    for block in blocks:
        for f in block.get("fields", []):
            label, _, value = f["text"].partition("\n")
            found[label.strip("*")] = value
    return found


@pytest.fixture(scope="module")
def replies() -> list[tuple[str, Reply]]:
    usage = [(f"usage export {n}", router.usage_reply(result)) for n, result in enumerate(usage_results())]
    return [(ask, router.answer(ask)) for ask in ASKS] + usage


def test_every_quote_in_the_corpus_is_valid_block_kit_whose_words_lint_clean(replies: list[tuple[str, Reply]]) -> None:
    seen = set()
    for ask, reply in replies:
        if not is_quote(reply.answer):
            continue
        seen.add(present.kind_of(answer_of(reply)))  # a table's rows answered each ("rows") is a kind of its own
        blocks = blocks_for(reply)
        assert not blockkit.problems(blocks), (ask, blockkit.problems(blocks))
        assert blocks[0]["type"] == "header"
        phrases = sorted({p for p in _user_phrases(reply) if p}, key=len, reverse=True)
        for text in blockkit.texts(blocks):
            for phrase in phrases:
                text = text.replace(phrase, "…")
            flags = glossary.lint(text)
            assert not flags, f"{ask!r}: {[(f.rule, f.matched) for f in flags]} in {text!r}"
    assert seen == QUOTE_KINDS


def test_the_blocks_keep_all_of_the_arithmetic_and_the_context_line(replies: list[tuple[str, Reply]]) -> None:
    for ask, reply in replies:
        if not is_quote(reply.answer):
            continue
        blocks = blocks_for(reply)
        shown = "\n".join(blockkit.texts(blocks))
        for line in reply.text.splitlines():
            assert line.strip("*") in shown, (ask, line)
        context = [b for b in blocks if b["type"] == "context"]
        assert len(context) == 1
        assert "illustrative" in json.dumps(context[0])


def test_break_even_fields_show_the_break_even_and_the_cost_at_the_utilization() -> None:
    reply = router.answer("PTUs at a 35% discount, we'd run at 50% and at 90% utilization")
    shown = fields(blocks_for(reply))
    assert shown["Break-even utilization"] == "65%"  # 1 − 35%
    # 0.65 ÷ 0.5 = 1.3: 30% above, and said as the share of the on-demand cost reps also ask for
    assert shown["Cost at 50% utilization"] == "30% above on-demand (130% of the on-demand cost)"
    assert shown["Cost at 90% utilization"].startswith("27.78% below on-demand")  # 0.65 ÷ 0.9 = 0.7222


def test_caching_and_markup_fields_carry_the_engines_figures() -> None:
    caching = router.answer("4,000-token system prompt at $5/1M, cache hits at $0.50/1M, 10k calls a day")
    assert fields(blocks_for(caching))["Saving per cache hit"] == "$0.018"  # 4,000 × ($5 − $0.50) / 1M
    markup = router.answer("Bedrock list is 20% over direct and they have a 10% EA discount")
    assert fields(blocks_for(markup))["Effective markup"] == "8%"  # 1.2 × 0.9 − 1


def test_a_reply_still_asking_for_a_figure_has_no_fields_and_no_button() -> None:
    reply = router.answer("provisioned is cheaper, right?")
    blocks = blocks_for(reply)
    assert not fields(blocks) and button(blocks) is None
    assert not blockkit.problems(blocks)


def test_only_quotes_with_a_chart_get_the_button(replies: list[tuple[str, Reply]]) -> None:
    with_button = 0
    for ask, reply in replies:
        if not is_quote(reply.answer):
            continue
        has = button(blocks_for(reply)) is not None
        assert has == (chart_spec(answer_of(reply)) is not None), ask
        with_button += has
    assert with_button >= 10


def test_user_text_stays_escaped_in_every_block() -> None:
    reply = router.answer("<!channel> <@U123> 40% discount on PTUs at 80% utilization for <https://evil|acme>")
    raw = json.dumps(blocks_for(reply))
    assert "<!channel>" not in raw and "<@U123>" not in raw and "<https://evil" not in raw


def _with_body(monkeypatch: pytest.MonkeyPatch, body: str) -> AnswerBase:
    """A real quote answer whose arithmetic is replaced by `body` (to reach Slack's size limits)."""
    answer = answer_of(router.answer("2M input + 500k output tokens a day at $5/$15 per 1M"))
    real = present.parts(answer)
    monkeypatch.setattr(kit, "parts", lambda _answer: present.Parts(**{**vars(real), "body": body}))
    return answer


def test_long_arithmetic_is_split_into_sections_under_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = "• " + "cost per call × calls a day = figure " * 30
    long_text = "\n\n".join(f"{i}. {paragraph}" for i in range(40))
    blocks = quote_blocks(_with_body(monkeypatch, long_text))
    assert not blockkit.problems(blocks)
    sections = [b["text"]["text"] for b in blocks if b["type"] == "section" and "text" in b]
    assert len(sections) > 1 and all(len(s) <= SECTION_LIMIT for s in sections)
    assert "".join(split_text(long_text)).replace("\n", "").replace(" ", "") == \
        long_text.replace("\n", "").replace(" ", "")


def test_a_huge_reply_is_cut_to_fifty_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = _with_body(monkeypatch, "\n\n".join("x" * 2900 for _ in range(80)))
    blocks = quote_blocks(answer, chart_value="{}")
    assert len(blocks) == blockkit.MAX_BLOCKS and not blockkit.problems(blocks)
    assert blocks[-1]["type"] == "actions"  # the button survives the cut


def test_coaching_flags_are_valid_blocks_with_phrase_suggestion_reason_and_mute() -> None:
    reply = router.coaching_reply("This will save you 30-50% and you're paying extra for Azure")
    assert reply is not None
    flags = answer_of(reply).flags
    blocks = coaching_blocks(answer_of(reply), mode="ephemeral", user="U1")
    assert not blockkit.problems(blocks)
    for flag, block in zip(flags, blocks[1:], strict=True):
        text = block["text"]["text"]
        assert flag.matched in text and flag.suggestion in text and flag.why and flag.why.rstrip(".") in text
        assert block["accessory"]["value"] == flag.rule


def test_the_schema_check_can_fail() -> None:
    assert blockkit.problems([{"type": "header", "text": {"type": "mrkdwn", "text": "x" * 151}}])
    assert blockkit.problems([{"type": "section", "fields": [{"type": "mrkdwn", "text": "f"}] * 11}])
    assert blockkit.problems([{"type": "actions", "elements": [{"type": "button", "text": {"type": "plain_text",
                                                                                          "text": "b"}}]}])


# --- what the button carries ---------------------------------------------------------------------------------


def test_the_button_names_the_stored_quote_and_rebuilds_the_same_chart_for_every_corpus_quote(
        replies: list[tuple[str, Reply]], tmp_path: Path) -> None:
    store = open_store(tmp_path / "b.db")
    for ask, reply in replies:
        spec = chart_spec(answer_of(reply))
        if spec is None:
            continue
        quote_id = store.record_quote(surface="mention", user="U1", channel="C1", thread_ts="1.2", text=ask,
                                      intent=reply.intent, understood=True, data=reply.data)
        value = button_value(quote_id)
        assert value == json.dumps({"q": quote_id}), ask  # the button carries no data of its own
        carried = spec_from_value(value, store, channel="C1")
        assert carried == spec and chart_data(carried) == chart_data(spec), ask
        assert spec_from_value(value, store, channel="C2") is None  # only in the quote's own conversation


def test_a_quote_that_could_not_be_stored_has_no_button_and_old_buttons_still_draw(tmp_path: Path) -> None:
    store = open_store(tmp_path / "q.db")
    reply = router.answer("40% discount on PTUs at 80% utilization")
    spec = chart_spec(answer_of(reply))
    assert spec is not None
    assert button_value(None) is None  # nothing to name: no button
    legacy = json.dumps({"d": SPEC.dump_python(spec, mode="json")})  # what earlier versions put in the button
    assert spec_from_value(legacy, store) == spec
    assert spec_from_value(json.dumps({"q": 1}), store) is None
    for junk in ("", "not json", "[1]", '{"q": true}', '{"d": 3}', '{"d": {"kind": "pie"}}'):
        assert spec_from_value(junk, store) is None


@pytest.mark.parametrize("ask, expected", [
    ("chart the break-even at 40% discount", True),
    ("40% discount, 80% utilization, show me a chart", True),
    ("Charts please: 40% discount", True),
    ("charter customer, 40% discount", False),
    ("40% discount at 80% utilization", False),
])
def test_the_word_chart_asks_for_the_chart(ask: str, expected: bool) -> None:
    assert chart_button.asks_for_chart(ask) is expected


def test_every_block_phrase_lints_clean() -> None:
    said = [*phrases()["titles"].values(), *phrases()["charts"].values(), *phrases()["buttons"].values()]
    for text in said:
        assert text and not glossary.lint(text), text
    reply = router.answer("Bedrock list is 20% over direct with a 10% EA discount")
    blocks = quote_blocks(answer_of(reply), chart_unavailable=True)
    assert phrases()["charts"]["none"] in json.dumps(blocks, ensure_ascii=False) and not blockkit.problems(blocks)
