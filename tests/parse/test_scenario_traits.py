"""Scenario traits read from the description alone, as the source document's scenarios read them."""

from __future__ import annotations

import pytest

from bot import router

STRUCTURE_LINE = {"per_call": "*Per-call: recommended.*", "provisioned": "*Provisioned throughput: recommended.*",
                  "caching": "*Prompt caching: recommended.*", "per_token": "*Per-token: recommended.*"}


@pytest.mark.parametrize(
    ("text", "recommended"),
    [
        # the same large context with every call: caching is the primary lever, even with no token count
        ("our RAG bot prepends the entire policy handbook to each query, all day. what structure?", "caching"),
        ("support agent sends the same product catalogue with every single request, which structure fits?",
         "caching"),
        # flat around the clock: peak-to-average about 1, provisioned is the right question
        ("load is flat day and night, production for two years, 35% off provisioned offered. structure?",
         "provisioned"),
        # fixed-size transactions at a predictable volume: per-call
        ("OCR on scanned receipts, 80k receipts a month like clockwork, bounded sizes. pricing structure?",
         "per_call"),
        ("they embed product descriptions, a fixed 1M a month, and want a predictable per-item cost", "per_call"),
        # early and unknown: per-token
        ("pilot next quarter, no idea of volume yet. how should they buy inference?", "per_token"),
    ],
)
def test_traits_from_the_description(text: str, recommended: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert STRUCTURE_LINE[recommended] in reply.text


def test_a_ratio_of_one_read_from_flat_load_is_said() -> None:
    reply = router.answer("traffic is flat day and night in production, 40% off PTUs. which structure?", rate_cards={})
    assert "peak-to-average ratio of about 1" in reply.text


@pytest.mark.parametrize(
    ("text", "recommended"),
    [
        # one call per item, prompts capped, a fixed cost per item wanted: per-call
        ("claims intake: one model call per claim form, inputs capped at 2k tokens, around 40k claims a month. "
         "the CFO wants a fixed price per claim. which structure?", "per_call"),
        ("receipt scanning: a fixed number of receipts each week under contract, one call per receipt, tiny outputs. "
         "right structure?", "per_call"),
        ("exactly 250k support tickets a month get routed by the model (triage), under 400 tokens each. "
         "what should we pitch?", "per_call"),
        # the same block with every call, stated the other way round: caching
        ("each request carries an identical compliance preamble, 20k requests a day. biggest lever?", "caching"),
        ("every prompt opens with the same policy pack, a few thousand chats a day. which structure?", "caching"),
        ("coding agent with a 20k-token tool manifest on every call, 50k calls a day. which lever first?", "caching"),
        ("claims assistant with a static 9k-token instructions block, 6k chats a day. which structure fits?",
         "caching"),
        # document sizes that vary widely: per-token, never per-call
        ("contract review: document sizes vary widely, 3k to 120k tokens, and the vendor quotes per call. "
         "which structure?", "per_token"),
    ],
)
def test_traits_read_in_other_words(text: str, recommended: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert STRUCTURE_LINE[recommended] in reply.text


def test_varying_document_sizes_rule_out_per_call() -> None:
    reply = router.answer("legal summaries, doc lengths vary a lot from call to call, vendor offers a flat fee per "
                          "document. what should we steer them to?", rate_cards={})
    assert "*Per-call: not recommended.*" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "fraud model in prod running round the clock at heavy volume; they want PTUs now but have never looked at "
        "their peaks. anything we should check first?",
        "our biggest customer runs high sustained volume all day every day and asks whether to go provisioned. "
        "provisioned or not?",
    ],
)
def test_sustained_high_volume_without_a_ratio_asks_for_it_not_for_a_discount(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert "*Provisioned throughput: recommended once the peak-to-average ratio confirms it.*" in reply.text
    asked = {m["field"] for m in reply.data.get("missing") or []}
    assert "peak_to_average" in asked and "discount" not in asked


def test_a_reservation_that_runs_all_week_is_not_load_that_does() -> None:
    # "a 24/7 reservation" describes what they would buy, not how the load runs
    reply = router.answer("nightly batch at full speed for 6 hours, idle by day. they're asking about a 24/7 "
                          "reservation at 35% off. which structure?", rate_cards={})
    assert "Provisioned throughput: recommended" not in reply.text


@pytest.mark.parametrize(
    ("text", "recommended"),
    [
        # the repeat said before what is repeated, per agent step
        ("coding agent: each step re-sends the same 12,000 tokens of repo context, 20 steps a task. which structure?",
         "caching"),
        ("planner agent with 30k tokens of tool schemas repeated every step, thousands of runs a day. best structure?",
         "caching"),
        # a fixed cost per item wanted is a transaction priced per call
        ("HR helpdesk, every question uses one short template, volumes steady all year, finance wants a fixed cost "
         "per question. what would you suggest?", "per_call"),
        # verifying identity documents is a workload, not identity and access management
        ("identity verification vendor, a very predictable 8k document checks a day, buyer wants a price per check. "
         "natural structure?", "per_call"),
    ],
)
def test_traits_said_in_other_orders(text: str, recommended: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert STRUCTURE_LINE[recommended] in reply.text


def test_the_repeated_token_count_is_the_prefix() -> None:
    reply = router.answer("support agent re-sends the same ~9,000 tokens of instructions on every turn. structure?",
                          rate_cards={})
    assert "9,000-token repeated prefix" in reply.text


@pytest.mark.parametrize(
    ("text", "recommended", "figures"),
    [
        # a per-call fee on a described workload: the comparison under the verdicts, over the stated period
        ("receipt OCR, 200k receipts a month, each exactly one page (1,200 in / 80 out). vendor per-call $0.001 vs "
         "$0.50/$2 per token. recommend?", "per_call", ["$0.00076", "$200.00", "$152.00"]),
        # tokens and rates on a described workload: their per-token cost under the verdicts
        ("prototype, usage all over the place, maybe 40M in 8M out at $1/$4. which structure + what's that cost?",
         "per_token", ["$40.00", "$32.00", "$72.00"]),
    ],
)
def test_the_figures_of_the_structure_come_with_the_verdicts(text: str, recommended: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert STRUCTURE_LINE[recommended] in reply.text
    assert all(f in reply.text for f in figures), reply.text
    assert "Rate source:* rates given in the message" in reply.text


@pytest.mark.parametrize(
    ("text", "recommended"),
    [
        # a young company with fast-growing volume asking about a commitment: per-token, no commitment yet
        ("analytics startup, volumes doubling monthly, asked us about reserved capacity at 30% off. advice?",
         "per_token"),
        # 24/7 and flat said in either order: a peak-to-average ratio of about 1
        ("sorting-line vision model runs 24/7, very flat, 30% off provisioned. thoughts?", "provisioned"),
    ],
)
def test_a_described_workload_asked_for_advice(text: str, recommended: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert STRUCTURE_LINE[recommended] in reply.text
