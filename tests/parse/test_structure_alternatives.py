"""Terse structure choices (our own sentences, not a scored batch's): two structures named as alternatives ("PTUs or
stick with on-demand?"), "still provisioned?", "or something else?", "which should we pitch?", "is caching the lead?"
are answered as the scenario, with the figures the verdicts rest on; one call compared with no volume stays the
per-call comparison."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse
from bot.parse.traits import read_traits


def _verdict_line(text: str, structure: str) -> str:
    return next(line for line in text.replace("*", "").splitlines() if line.startswith(f"• {structure}:"))


@pytest.mark.parametrize(
    ("text", "recommended", "figures"),
    [
        # u = 1 ÷ 2.5 = 40% < 70% break-even; (1 − 30%) × 2.5 = 1.75× → 175%
        ("PAR 2.5, 30% off PTUs. provisioned or stick with per-token?", "Per-token", ["70%", "175%"]),
        # u = 1 ÷ 1.1 = 90.91% ≥ 60% break-even; (1 − 40%) × 1.1 = 0.66× → 66%
        ("peak to avg 1.1 at 40% off - PTUs or stay on on-demand?", "Provisioned throughput", ["60%", "66%"]),
        # u = 1 ÷ 1.4 = 71.43% ≥ 60%; 0.6 × 1.4 = 0.84× → 84%
        ("they're at PAR 1.4 with 40% off, still provisioned?", "Provisioned throughput", ["84%"]),
        # 8 h × 7 ÷ 168 = 33.33% < 50% break-even; PAR 3; (1 − 50%) × 3 = 1.5× → 150%
        ("Overnight ETL that runs flat out 8 hours a day and idles the rest, 50% off provisioned sized for it. "
         "still worth it, or something else?", "Per-token", ["33.33%", "150%"]),
    ],
)
def test_alternatives_named_are_the_scenario(text: str, recommended: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.SCENARIO
    reply = router.answer(text, rate_cards={}).text
    assert "not recommended" not in _verdict_line(reply, recommended)
    assert "recommended" in _verdict_line(reply, recommended)
    for figure in figures:
        assert figure in reply, reply


def test_a_duty_cycle_gives_the_peak_to_average_ratio() -> None:
    reply = router.answer("weekday batch scoring runs flat out 10 hours a day, 5 days a week, idle otherwise. 40% "
                          "off provisioned - or something else?", rate_cards={}).text
    # 10 h × 5 days ÷ 168 h = 29.76% of the time; PAR 168 ÷ 50 = 3.36; (1 − 40%) × 3.36 = 2.016×
    assert "10 h × 5 days ÷ 168 h = 29.76%" in reply and "3.36" in reply and "201.6%" in reply


def test_which_to_pitch_on_a_workload_with_volume_is_the_scenario() -> None:
    text = ("Invoice OCR: ~500k invoices a month, each ~2k in / 300 out, capped by the template. $0.005 per invoice "
            "or per-token $2/$8. Which should we pitch?")
    assert parse(text).intent is Intent.SCENARIO
    reply = router.answer(text, rate_cards={}).text
    # per-token call: 2,000 × $2/1M + 300 × $8/1M = $0.0064; a month: 500k × $0.0064 = $3,200; fees 500k × $0.005
    assert "recommended" in _verdict_line(reply, "Per-call") and "not" not in _verdict_line(reply, "Per-call")
    assert "$0.0064" in reply and "$3,200.00" in reply and "$2,500.00" in reply


def test_is_caching_the_lead_is_the_scenario() -> None:
    text = ("early pilot, 3k-token system prompt, ~40 calls a day over a 9h day, $3 in / $0.30 cached / $3.75 write. "
            "is caching the lead or not yet?")
    assert parse(text).intent is Intent.SCENARIO


@pytest.mark.parametrize(
    "text",
    [
        "OCR endpoint at $0.003 per page, pages ~1.5k in / 500 out; per-token is $0.40/$1.60. which should we propose?",
        "$0.01 a call or 3k in / 1k out at $1/$4 per token - which do we pitch?",
    ],
)
def test_one_call_compared_stays_the_per_call_comparison(text: str) -> None:
    assert parse(text).intent is Intent.PER_CALL


@pytest.mark.parametrize(
    "text",
    [
        "extraction calls capped by the schema at about 1k tokens",
        "the form template limits the prompts, so calls are all about 900 tokens",
    ],
)
def test_a_ceiling_set_by_a_template_bounds_the_prompts(text: str) -> None:
    assert "bounded_prompts" in read_traits(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # before: (1 − 40%) × 1.25 = 0.75× (75%); after: 0.6 × 2.5 = 1.5× (150%)
        ("if peak-to-average climbs from 1.25 to 2.5 on a 40% discount, still PTUs?", ["75%", "150%"]),
        # before: 0.7 × 1.1 = 0.77× (77%); after: 0.7 × 1.3 = 0.91× (91%)
        ("their PAR moves from 1.1 to 1.3 with 30% off - still provisioned?", ["77%", "91%"]),
    ],
)
def test_a_ratio_that_changes_is_worked_out_before_and_after(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent is Intent.SCENARIO and not ask.unused
    reply = router.answer(text, rate_cards={}).text
    assert "Before, at a peak-to-average ratio of" in reply
    for figure in figures:
        assert figure in reply, reply
