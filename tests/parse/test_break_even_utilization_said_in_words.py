"""Break-even asks whose utilization or peak-to-average ratio is said in words: the share of the commitment the
traffic fills, a corrected ratio ("1.5 not 2"), a shift maxed and idle outside it, a claim checked ("who's right")."""

from __future__ import annotations

import pytest

from bot.router import answer


def _reply(text: str) -> tuple[str, str]:
    reply = answer(text, rate_cards={})
    return reply.intent, reply.text


@pytest.mark.parametrize(("text", "figures"), [
    ("ok so the PTU discount is 40% vs OD but honestly their traffic fills maybe 50% of the commit. saving anything?",
     ["1.2×", "120%"]),
    ("30% off PTUs; the workload only uses about 45% of their reserved PTUs. worth it?", ["155.56%"]),
    ("discount 25% on provisioned, load fills roughly 80% of the commitment - cost vs on-demand?", ["93.75%"]),
    ("follow-up: discount still 40% vs OD, capacity sized for peak, but their PAR is actually 1.5 not 2. redo util",
     ["66.67%", "90%"]),
    ("30% off, sized for peak; peak-to-average is really 3x, not 2x. util and cost vs on-demand?", ["33.33%", "210%"]),
    ("discount 25%, provisioned sized for peak, PAR 1.6 instead of 2.2 - what utilization and cost vs OD?",
     ["62.5%", "120%"]),
    ("PTU is reserved 24/7 but their agents only work a 10-hour shift; during the shift it's basically maxed, "
     "outside it's idle. discount 35% vs OD. effective util + cost vs OD?", ["41.67%", "156%"]),
    ("reserved capacity, 30% off on-demand. the night team works one 8-hour shift and runs it flat out, idle the rest "
     "of the day. cost vs on-demand?", ["33.33%", "210%"]),
    ("cust keeps saying PTUs are cheaper. they get a quarter off on-demand but they'll run at about half utilisation. "
     "who's right", ["75%", "1.5×"]),
    ("the customer keeps saying provisioned. they get a third off and will run at about 60% utilization. "
     "are they right", ["111.11%"]),
    ("Customer insists on sizing provisioned for peak. Their peak-to-average ratio is 2.5 and the discount is 45%. "
     "How does that work out vs on-demand?", ["40%", "137.5%"]),
])
def test_utilization_said_in_words_gets_the_cost_against_on_demand(text: str, figures: list[str]) -> None:
    intent, body = _reply(text)
    assert intent == "break_even"
    for figure in figures:
        assert figure in body


def test_a_shift_alone_says_nothing_of_the_utilization() -> None:
    intent, body = _reply("their agents work a 10-hour shift; 35% discount on PTUs, cost vs OD?")
    assert intent == "break_even"
    assert "41.67%" not in body


def test_a_par_with_no_correction_is_read_as_said() -> None:
    _, body = _reply("40% discount, capacity sized for peak, PAR 2")
    assert "120%" in body


def test_a_meaning_asked_is_still_the_glossary() -> None:
    assert _reply("what does PTU mean? how does it work?")[0] == "glossary"
