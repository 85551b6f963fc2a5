"""Two versions of a deal keyed line by line ("calls/day: 10,000 | 14,000" under "Planned vs actual", or "calls/day:
planned 10,000, actual 14,000") are read as the two-column table they stand for: each version priced, and the second
set against the first."""

from __future__ import annotations

from bot import router

# planned: 10,000 × (1,500 × $1 + 300 × $4)/1M = $27.00 a day, $821.25 a month;
# actual: 14,000 × (2,200 × $1 + 350 × $4)/1M = $50.40 a day, $1,533.00 a month; $711.75 a month more
DELTA = "= *$711.75 a month more*"


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_two_figures_set_apart_by_a_pipe_under_a_vs_heading() -> None:
    text = reply("Planned vs actual\ncalls/day: 10,000 | 14,000\navg in: 1,500 | 2,200\navg out: 300 | 350\n"
                 "rates $1/$4 per M\nwhat's the monthly delta?")
    assert DELTA in text
    assert "*Planned*" in text and "*actual*" in text


def test_two_figures_each_named_on_every_line() -> None:
    text = reply("calls/day: planned 10,000, actual 14,000\navg in: planned 1,500, actual 2,200\n"
                 "avg out: planned 300, actual 350\nrates $1/$4 per M. monthly delta?")
    assert DELTA in text


def test_lines_naming_different_versions_are_not_one_table() -> None:
    text = reply("calls/day: planned 10,000, actual 14,000\navg in: low 1,500, high 2,200\n"
                 "rates $1/$4 per M. monthly delta?")
    assert DELTA not in text
