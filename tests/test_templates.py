"""The bot obeys its own field-language guide: every reply template, rendered with varied inputs, lints clean.

Coaching, field-check and glossary-miss replies quote the user's own words (the flagged phrase, the
unknown term). Those quotes are the user's wording, not the bot's, so before linting each reply the
test replaces every phrase that came from the user (``matched`` of each flag, the glossary query) with
an ellipsis; everything left — suggestions, reasons, arithmetic, assumptions, footers — is the bot's
own wording and must raise no flag.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import glossary
from bot import present, router
from bot.answer import AnswerBase
from bot.reply import Reply
from bot.usage.analyse import UsageResult, analyse
from bot.usage.read import read_path, read_usage
from tests.parse.test_asks import CASES

USAGE = Path(__file__).resolve().parent / "data" / "usage"
EXTRA_ASKS = [
    "caching saves money, right? 4k token system prompt, 10k calls a day, $3 input $0.30 cached",
    "This will save you 30-50%: 40% discount on PTUs",
    "AI API pricing for 2M input and 400k output tokens a day on sonnet 4.5",
    "token costs at $0.02 a call, 2k in / 400 out, $3/$15 per 1M",
    "You're paying extra for Azure: 25% above direct",
    "the cache hit rate is 90%, 4k prefix, 10k calls/day, $5/1M input, $0.50/1M cache hits",
    "what's the break-even at 140% discount",
    "production agent, peak to average 1.2, 40% provisioned discount, 6k system prompt, 100k calls a day",
    "production agent, peak to average 5, 40% provisioned discount",
    "prompt caching on gpt-4o via openai, 500 token prefix, 10k calls/day",
    "what's the markup on sonnet 4.5 on bedrock vs direct",
    "what is a cache write",
    "what is flurbo",
    "x" * 5000 + " 40% discount, 80% utilization",
    "price out gpt-4p for 1M input and 200k output tokens a day",
    "bot,prefix_tokens,calls_per_day\nsupport,4000,20000\nsales,1500,6000\n$3/M input, $0.30/M cached: daily each?",
    "model,input_mtok_month,output_mtok_month,in_rate,out_rate\nbig,10,2,3,15\nsmall,90,9,0.15,0.6\nmonthly each?",
    "| deal | discount | utilization |\n|---|---|---|\n| A | 140% | 80% |\n| B | 30% | 80% |\nbreak-even each?",
]


def usage_results() -> Iterator[UsageResult]:
    """Usage analyses of every shape: each sample with and without a discount, a load no commitment suits with
    a model nothing prices and times without an offset."""
    for path in sorted(USAGE.glob("*.*")):
        for discount in (None, Decimal("0.4")):
            yield analyse(read_path(str(path)), discount=discount)
    spiky = ["timestamp,model,input_tokens,output_tokens"] + [
        f"2026-03-02T{h:02d}:00:00,{'gpt-4o' if h % 2 else 'gpt-4p'},{1_000_000 if h in (20, 21) else 0},0"
        for h in range(24)]
    yield analyse(read_usage(io.BytesIO("\n".join(spiky).encode()), "spiky.csv"), discount=Decimal("0.4"))


def _user_phrases(reply: Reply) -> Iterator[str]:
    for flag in reply.data.get("flags", []):
        yield flag["matched"]
    result = reply.data.get("result") or {}
    if isinstance(result, dict):
        for flag in result.get("flags", []):
            yield flag["matched"]
        if "query" in result:
            yield result["query"]


def bot_wording(reply: Reply) -> list[str]:
    """The reply's text and summary with the user's quoted phrases cut out."""
    texts = []
    for text in (reply.text, reply.summary):
        for phrase in sorted(set(_user_phrases(reply)), key=len, reverse=True):
            if phrase:
                text = text.replace(phrase, "…")
        texts.append(text)
    return texts


def assert_clean(reply: Reply) -> None:
    for text in bot_wording(reply):
        flags = glossary.lint(text)
        assert not flags, "\n".join(f"{f.rule}: {f.matched!r} in\n{text}" for f in flags)


@pytest.fixture
def rendered_templates(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Records which reply templates the router's answers are rendered with (the renderer itself still runs)."""
    seen: set[str] = set()
    real = present.reply

    def recording(answer: AnswerBase) -> Reply:
        seen.add(f"{present.kind_of(answer)}.j2")
        return real(answer)

    monkeypatch.setattr(present, "reply", recording)
    return seen


def test_every_template_renders_and_lints_clean(rendered_templates: set[str]) -> None:
    asks = [c["text"] for c in CASES] + EXTRA_ASKS
    for text in asks:
        assert_clean(router.answer(text))
    for term in glossary.terms():
        assert_clean(router.glossary_reply(term.id))
    for text in ("Caching saves money", "AI usage fees and token costs", "Inference pricing is simple", "provisioned "
                 "is cheaper and committed use is GCP's"):
        assert_clean(router.fieldcheck_reply(text))
        coached = router.coaching_reply(text)
        if coached is not None:
            assert_clean(coached)
    assert_clean(router.help_reply())
    for usage in usage_results():
        assert_clean(router.usage_reply(usage))
    assert rendered_templates == set(present.templates()), set(present.templates()) - rendered_templates


percent = st.integers(min_value=1, max_value=99)
money = st.decimals(min_value="0.01", max_value="80", places=2)
tokens = st.integers(min_value=1, max_value=200_000)


@given(
    d=percent,
    u=st.lists(st.integers(min_value=1, max_value=100), max_size=3),
    par=st.sampled_from(["", ", peak to average 3", ", 1.5:1 peak to average"]),
)
def test_break_even_replies_lint_clean(d: int, u: list[int], par: str) -> None:
    utilization = " and ".join(f"{x}% utilization" for x in u)
    assert_clean(router.answer(f"{d}% discount on PTUs {utilization}{par}"))


@given(prefix=tokens, calls=tokens, input_rate=money, ratio=st.integers(min_value=2, max_value=20),
       hit=st.one_of(st.none(), percent))
def test_caching_replies_lint_clean(prefix: int, calls: int, input_rate: Any, ratio: int, hit: int | None) -> None:
    hits = f", {hit}% hit rate" if hit is not None else ""
    assert_clean(router.answer(
        f"caching: {prefix:,}-token system prompt, {calls} calls a day, ${input_rate}/1M input, "
        f"cache hits at ${input_rate / ratio:.4f}/1M{hits}"
    ))


@given(fee=money, tin=tokens, tout=tokens, rin=money, rout=money)
def test_per_call_and_quote_replies_lint_clean(fee: Any, tin: int, tout: int, rin: Any, rout: Any) -> None:
    fee_text = f"${fee / 100:.4f}"
    assert_clean(router.answer(f"{fee_text} per call vs per token, {tin} in / {tout} out at ${rin}/${rout} per 1M"))
    assert_clean(router.answer(f"cost of {tin}k input + {tout} output tokens a day at ${rin}/${rout} per 1M"))


@given(markup=st.integers(min_value=0, max_value=90), ea=st.one_of(st.none(), percent))
def test_markup_replies_lint_clean(markup: int, ea: int | None) -> None:
    discount = f" and a {ea}% EA discount" if ea is not None else ""
    assert_clean(router.answer(f"Azure is {markup}% above direct{discount}"))


@given(traits=st.lists(st.sampled_from(["pilot", "production", "spiky", "steady", "federal", "on Azure with an EA",
                                        "RAG", "agent", "classification", "data residency", "peak to average 2",
                                        "4k token system prompt", "500 token system prompt", "35% PTU discount"]),
                       min_size=1, max_size=5, unique=True))
def test_scenario_replies_lint_clean(traits: list[str]) -> None:
    assert_clean(router.answer("which pricing structure fits? " + ", ".join(traits)))


@pytest.mark.parametrize(
    ("calls", "expected", "unexpected"),
    [
        ("1 call a day", ["(1 call a day)", "− 1 write ×"], ["1 calls", "1 writes"]),
        ("300 calls a day", ["(300 calls a day)", "writes ×"], ["300 call a"]),
    ],
)
def test_counts_agree_with_their_nouns(calls: str, expected: list[str], unexpected: list[str]) -> None:
    text = router.answer(f"4k token prompt at $3/M, cache reads $0.30, writes $3.75, {calls}").text
    for phrase in expected:
        assert phrase in text
    for phrase in unexpected:
        assert phrase not in text


@pytest.mark.parametrize(("ask", "federal"), [
    ("list markup 22%, EA discount 8%: effective markup?", False),
    ("Bedrock lists 12% over direct and their EA takes 4% off. Net markup?", False),
    ("state agency, FedRAMP moderate: Azure lists 20% over direct with a 6% EA. effective markup?", True),
    ("public sector buyer on GovCloud, 15% list markup, EA 10% - what's the real premium", True),
])
def test_the_federal_aside_in_a_markup_reply_appears_only_for_a_federal_buyer(ask: str, federal: bool) -> None:
    text = router.answer(ask, rate_cards={}).text
    assert "Effective markup" in text
    assert ("For a federal buyer the short answer is FedRAMP" in text) is federal
