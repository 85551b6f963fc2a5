"""Whether to move a described production workload onto the commitment on offer, asked as a move or as what goes in the
proposal ("should we switch them, or leave it?", "should we migrate the account now?", "should we include it in our
proposal?", "whats the play?"), in our own sentences, not a scored batch's. The reply is the scenario: provisioned
recommended where the peak-to-average ratio puts the utilization above break-even (with the new monthly bill when the
on-demand bill is given), and the peak-to-average ratio asked for where it is unknown. Beside them, the near misses that
keep their own intent: a saving or a cost asked as a figure, a move to per-call, and caching numbers for a proposal."""

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
    ("text", "figure"),
    [
        ("Logistics firm in production for three years, steady all day, PAR 1.2, they'd size for peak and the offer is "
         "30% off on $80k/mo on-demand. Should we switch them, or leave it?", "*$67,200.00*"),
        ("steady production search workload, $50k a month on-demand, peak-to-average 1.25, sized for peak, 40% off. "
         "should we migrate the account now?", "*$37,500.00*"),
        ("whats the play? in production, flat 20 hrs a day, PAR 1.1, 30% discount offered on provisioned.", "90.9%"),
    ],
)
def test_moving_a_steady_workload_onto_the_commitment_recommends_provisioned(text: str, figure: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario", reply.text
    assert _verdict(reply.text, "Provisioned throughput") == "recommended", reply.text
    assert figure in reply.text, reply.text


def test_the_commitment_for_the_proposal_with_no_peak_ratio_asks_for_it() -> None:
    reply = router.answer("Production support bot with decent traffic; the vendor offered 35% off provisioned. Should "
                          "we include it in our proposal?", rate_cards={})
    assert reply.intent == "scenario", reply.text
    assert _verdict(reply.text, "Provisioned throughput") != "recommended", reply.text
    assert "peak-to-average" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("steady production, $120k/mo on-demand, PAR 1.25, 35% off sized for peak. what's the monthly saving?",
         "break_even"),
        ("should we move them to per-call? 2M calls a month at 1k in / 200 out, $3/$15, fee $0.004", "per_call"),
        ("35% discount, 80% utilization. what's the cost vs on-demand?", "break_even"),
        ("should we put the caching numbers in the proposal? 20k prefix, 5k calls a day, $3 in, $0.30 reads",
         "caching"),
    ],
)
def test_a_figure_or_another_structure_asked_keeps_its_reading(text: str, intent: str) -> None:
    assert router.answer(text, rate_cards={}).intent == intent
