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
