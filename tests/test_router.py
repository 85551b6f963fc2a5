"""The router end to end: free text in, the Reply a rep would read out (engine and glossary are real)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bot import router
from pricing.rates import Rates
from tests.parse.test_asks import CASES

WITH_FIGURES = [c for c in CASES if c.get("reply_contains")]
FOOTER = "verify them against the provider's current documentation"


@pytest.mark.parametrize("case", WITH_FIGURES, ids=[c["text"][:50] for c in WITH_FIGURES])
def test_reply_shows_the_key_figures(case: dict[str, Any]) -> None:
    reply = router.answer(case["text"])
    assert reply.intent == case["intent"]
    for figure in case["reply_contains"]:
        assert figure in reply.text, f"{figure!r} missing from:\n{reply.text}"


@pytest.mark.parametrize("case", CASES, ids=[f"{c['_file']}:{c['text'][:50]}" for c in CASES])
def test_every_corpus_ask_gets_a_reply(case: dict[str, Any]) -> None:
    reply = router.answer(case["text"])
    assert reply.intent == case["intent"]
    assert reply.text.strip() and reply.summary.strip()
    assert "internal_error" not in reply.data
    assert len(reply.summary) < len(reply.text) or case["intent"] in ("fieldcheck", "glossary", "error")
    if case["intent"] in ("quote", "break_even", "caching", "per_call", "markup", "scenario") and (
        "error" not in (reply.data.get("result") or {})
    ):
        assert reply.text.rstrip().endswith(FOOTER + " before using them with a customer._")
        if reply.data["result"] is not None:  # figures were computed: say where their rates came from
            assert "*Rate source:*" in reply.text


def test_caching_example_from_the_source_document_is_corrected() -> None:
    text = "Is caching worth it with a 4,000-token system prompt at $5/1M and cache hits at $0.50/1M, 10k calls a day?"
    reply = router.answer(text)
    assert "4,000 × ($5.00/1M − $0.50/1M) = *$0.018*" in reply.text
    assert "$180.00 a day" in reply.text
    assert "*$0.018*" in reply.summary and "$180.00 a day" in reply.summary
    assert "$0.025 per write" in reply.text
    assert "$0.0175" not in reply.text and "$175" not in reply.text
    # writes per day follow the stated cache model: 10k calls a day leave almost no 5-minute gap
    assert "λ·TTL = calls × TTL ÷ active minutes = 10,000 × 5 ÷ 1,440 = 34.7222" in reply.text
    assert "Cache model: calls arrive at random (Poisson) over 24 active hours a day" in reply.text
    assert "hit refreshes the 5-minute TTL" in reply.text
    assert "rates given in the message" in reply.text
    assert "730" in reply.text
    assert reply.data["request"]["fields"]["prefix_tokens"] == "4000"
    assert Decimal(reply.data["result"]["saving_per_hit"]) == Decimal("0.018")


def test_quote_reports_input_and_output_separately_with_the_month_convention() -> None:
    reply = router.answer("2M input + 500k output tokens/day at $5/$15 per million")
    assert "2,000,000 tokens × $5.00/1M = $10.00" in reply.text
    assert "500,000 tokens × $15.00/1M = $7.50" in reply.text
    assert "$17.50 × 730 h ÷ 24 h = *$532.29*" in reply.text
    assert reply.summary.startswith("*$17.50 a day, $532.29 a month*")


def test_break_even_shows_the_formula_with_numbers() -> None:
    reply = router.answer("customer is offered 40% off on-demand for PTUs, utilization 80% or maybe 40%")
    assert "1 − 40% = *60%*" in reply.text
    assert "(1 − 40%) ÷ 80% = 0.75" in reply.text and "25% below on-demand" in reply.text
    assert "(1 − 40%) ÷ 40% = 1.5" in reply.text and "50% above on-demand" in reply.text


def test_break_even_asks_for_the_peak_to_average_ratio_when_unknown() -> None:
    assert "peak-to-average inference ratio" in router.answer("35% PTU discount, 75% utilization").text
    sized = router.answer("35% PTU discount, peak to average 2")
    assert "What does your peak-to-average" not in sized.text
    assert "1 ÷ 2 = 50%" in sized.text


def test_markup_always_says_what_it_buys() -> None:
    for text in ("Azure is 25% above direct, customer has a 15% EA discount", "why are we paying more through Azure?"):
        reply = router.answer(text)
        assert "FedRAMP authorization" in reply.text and "Data residency" in reply.text
    assert "(1 + 25%) × (1 − 15%) − 1 = *6.25%*" in router.answer("Azure is 25% above direct, 15% EA discount").text


def test_a_catalog_markup_compares_one_model_version_on_both_sides() -> None:
    opus = router.answer("bedrock markup on claude opus 4 vs anthropic direct").text
    assert "claude-opus-4-20250514" in opus and "List markup on input = $15.00 ÷ $15.00 − 1 = 0%" in opus
    assert "cancels the list markup" not in opus  # no EA discount was given, so nothing cancels anything
    mistral = router.answer("what's the list markup on mistral large via bedrock vs direct").text
    assert "another version than mistral's mistral-large" in mistral and "List markup on input" not in mistral


def test_per_call_reports_crossover_and_growth_risk() -> None:
    reply = router.answer("vendor wants $0.02 a call, prompts are ~2k in / 400 out at $3/$15 per 1M")
    assert "input 2,000 × $3.00/1M = $0.006; output 400 × $15.00/1M = $0.006" in reply.text
    assert "$0.006 + $0.006 = *$0.012*" in reply.text
    assert "4,000 tokens per call" in reply.text
    assert "flips" in reply.text


def test_scenario_names_all_four_structures_with_a_verdict() -> None:
    reply = router.answer("RAG bot, 8k token preamble, 5k calls/day, sonnet 4.5 on anthropic")
    for name in ("Per-token:", "Per-call:", "Provisioned throughput:", "Prompt caching:"):
        assert name in reply.text
    assert "peak-to-average inference ratio" in reply.text
    assert "genai-prices" in reply.text  # the rate source is named
    assert "8,000 × ($3.00/1M − $0.30/1M) = *$0.0216*" in reply.text


def test_missing_inputs_are_asked_for_with_an_example() -> None:
    reply = router.answer("is caching worth it for a 900 token system prompt? 5k calls a day")
    assert reply.intent == "caching"
    assert 'e.g. "$3/1M input, $0.30/1M cached" or "sonnet 4.5 on anthropic"' in reply.text
    assert [m["field"] for m in reply.data["missing"]] == ["caching_rates"]
    partial = router.answer("caching: 4k prefix, 10k calls a day, $3/1M input")
    assert [m["field"] for m in partial.data["missing"]] == ["cache_read_rate"]
    assert 'e.g. "cache hits at $0.50/1M"' in partial.text


def test_ambiguous_values_are_asked_about_not_guessed() -> None:
    reply = router.answer("we have a 40% discount on PTUs but also maybe 30% discount, utilization 80%")
    assert "Which provisioned discount should I use? I read 40% and 30%." in reply.text
    assert reply.data["result"] is None


def test_domain_errors_become_a_clear_reply() -> None:
    reply = router.answer("committed capacity at 140% discount?")
    assert "Discount 140% is out of range: allowed 0% to &lt;100%" in reply.text
    assert "Traceback" not in reply.text
    negative = router.answer("cost for -500 input and 100 output tokens a day at $5/$15")
    assert "out of range" in negative.text


def test_field_language_in_the_ask_gets_coaching() -> None:
    reply = router.answer("provisioned is cheaper, right?")
    assert "Field language in your message" in reply.text
    assert "Provisioned throughput breaks even at sustained utilization above roughly 65%" in reply.text
    assert reply.data["flags"][0]["rule"] == "provisioned-is-cheaper"


def test_user_text_cannot_ping_a_channel() -> None:
    asks = ("<!channel> what's the <!here> break-even at 40% discount", "what is <!channel>", "check: <!everyone>")
    for text in asks:
        reply = router.answer(text)
        for rendered in (reply.text, reply.summary):
            assert "<!" not in rendered


def test_rate_sources_follow_the_resolution_order() -> None:
    card = Rates(input=Decimal(2), output=Decimal(8), source="workspace rate card acme")
    cards = {"gpt-4o": card}
    carded = router.answer("2M input and 1M output tokens a day on gpt-4o", rate_cards=cards)
    assert "workspace rate card" in carded.text
    catalog = router.answer("2M input and 1M output tokens a day on gpt-4o")
    assert "genai-prices" in catalog.text
    given = router.answer("2M input and 1M output tokens a day on gpt-4o at $1/$4 per 1M", rate_cards=cards)
    assert "2,000,000 tokens × $1.00/1M" in given.text


def test_unknown_model_gets_did_you_mean() -> None:
    reply = router.answer("price out gpt-4p for 1M input and 200k output tokens a day")
    assert reply.intent == "quote"
    assert "tell me" in reply.text.lower()


def test_not_understood_shows_examples() -> None:
    reply = router.answer("the weather is nice today")
    assert reply.understood is False
    assert "Is caching worth it" in reply.text


def test_glossary_fieldcheck_coaching_and_help_surfaces() -> None:
    assert "concurrent session" in router.glossary_reply("okta").text
    unknown = router.glossary_reply("flurbo")
    assert unknown.understood is False
    checked = router.fieldcheck_reply("Caching saves money and AI API pricing is simple")
    assert {f["rule"] for f in checked.data["result"]["flags"]} == {"caching-saves-money", "ai-api-pricing"}
    assert router.fieldcheck_reply("Inference pricing changes often.").data["result"]["flags"] == []
    coached = router.coaching_reply("honestly provisioned is cheaper for them")
    assert coached is not None and coached.data["flags"][0]["rule"] == "provisioned-is-cheaper"
    assert {"rule", "matched", "suggestion"} <= set(coached.data["flags"][0])
    muted = frozenset({"provisioned-is-cheaper"})
    assert router.coaching_reply("honestly provisioned is cheaper", muted_rules=muted) is None
    assert router.coaching_reply("see you at lunch") is None
    assert router.help_reply().understood is True


@pytest.mark.parametrize("case", CASES[::3], ids=[c["text"][:40] for c in CASES[::3]])
def test_summary_is_one_or_two_lines(case: dict[str, Any]) -> None:
    reply = router.answer(case["text"])
    assert 1 <= len(reply.summary.splitlines()) <= 2, reply.summary


def test_router_import_stays_light() -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    code = (
        "import sys, bot.router\n"
        "heavy = [m for m in ('matplotlib', 'genai_prices', 'slack_bolt') if m in sys.modules]\n"
        "bot.router.answer('40% discount on PTUs, 80% utilization')\n"
        "heavy += [m for m in ('genai_prices',) if m in sys.modules]\n"
        "bot.router.answer('2M input and 1M output tokens a day on gpt-4o')\n"
        "print(heavy, 'genai_prices' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert out.strip() == "[] True"  # the catalog is imported only once a model name needs it


def test_side_by_side_is_one_table_cheapest_first_with_each_rows_rates_and_source() -> None:
    reply = router.answer("compare gpt-4.1, haiku 4.5 and gemini 2.5 flash for 1.2k in / 300 out, 20k calls a day")
    assert reply.intent == "compare" and reply.text.count("```") == 2
    rows = reply.data["result"]["rows"]
    daily = [Decimal(r["per_day"]["input"]) + Decimal(r["per_day"]["output"]) for r in rows]
    assert daily == sorted(daily) and rows[0]["label"] == "gemini 2.5 flash"
    for row in rows:
        assert row["rates"]["source"].startswith("genai-prices") and row["rates"]["source"] in reply.text
        assert row["rates"]["catalog_version"]
    assert "cheapest" in reply.summary.lower()


def test_a_tier_the_catalog_lacks_is_said_not_guessed_in_a_comparison() -> None:
    reply = router.answer("compare gpt-4.1 and gpt-5 on the flex tier for 1k in / 200 out, 1k calls a day")
    assert "Not priced: gpt-4.1: the price catalog has no flex tier row for gpt-4.1 at openai" in reply.text
    assert [r["label"] for r in reply.data["result"]["rows"]] == ["gpt-5"]
    assert "flex tier row" in reply.data["result"]["rows"][0]["rates"]["source"]
