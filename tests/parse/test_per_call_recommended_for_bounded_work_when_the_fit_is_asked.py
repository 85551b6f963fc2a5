"""Which structure fits, asked ("what fits?", "which?", "what suits them best?") about bounded one-call-per-item work at
a stated volume, for a buyer who wants a fixed price per transaction, with a per-call fee and per-token rates given
(our own sentences, not a scored batch's). The reply is the scenario with per-call recommended and the month's
per-call and per-token totals worked out. Beside them, the near misses that keep the per-call comparison: one call's
fee against its per-token cost, asked as which is cheaper or which of the two, with no volume or buyer described."""

from __future__ import annotations

import re

import pytest

from bot import router


def _verdict(text: str, structure: str) -> str | None:
    """The verdict a reply's line for ``structure`` shows ("recommended", "not recommended", ...), None if absent."""
    for line in text.splitlines():
        m = re.match(r"\W*" + re.escape(structure) + r": ([^.*]+)", line.strip())
        if m:
            return m.group(1)
    return None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Mortgage broker: one call per application, 25,000 applications a month locked in by contract, prompts "
         "bounded at about 2,000 in / 250 out. Finance wants a fixed price per transaction. Vendor offers $0.01 a "
         "call; per-token is $3/$15. What fits?", ["$0.00975", "$243.75", "$250.00"]),
        ("Receipt parsing: 50k receipts a month, each receipt is one call of roughly 900 in / 120 out. Procurement "
         "prefers fixed unit costs. per-call $0.0012 or per-token at $1/$4. Which?", ["$0.00138", "$69.00", "$60.00"]),
        ("Ticket triage for a telco: one call per ticket, 80,000 tickets a month, prompts capped near 1,000 in / 150 "
         "out, the CFO wants a fixed unit cost. $0.004 per ticket vs per-token $2/$8. what suits them best?",
         ["$0.0032", "$256.00", "$320.00"]),
    ],
)
def test_bounded_per_item_work_with_the_fit_asked_recommends_per_call_with_both_totals(
        text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario", reply.text
    assert _verdict(reply.text, "Per-call") == "recommended", reply.text
    assert _verdict(reply.text, "Provisioned throughput") != "recommended", reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        "per-call $0.008 vs per-token $3/$15 for a 1,200 in / 300 out call: which is cheaper?",
        "embedding endpoint: $0.0001 per call vs $0.02/M, 500 tokens a call. which?",
        "one call at 1,200 in / 300 out, per-call fee $0.008, per-token $3/$15. per-call vs per-token for this call?",
        "per-call $0.004 or $0.30/$2.50 per-token for a 6k in / 400 out page, which?",
    ],
)
def test_one_call_weighed_without_a_workload_stays_the_per_call_comparison(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "per_call", reply.text
    assert "Per-token cost of the planned call" in reply.text, reply.text
