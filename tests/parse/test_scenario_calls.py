"""Which structure to lead with, asked in reps' words with one structure's figures in the message: the reply is the
scenario mapping (all four structures, each with a verdict and a reason), worked out with the figures given."""

from __future__ import annotations

import re

import pytest

from bot import router
from bot.parse import Intent, parse


def _verdict(text: str, structure: str) -> str:
    """The verdict word(s) of one structure's line in a scenario reply."""
    m = re.search(r"\*" + re.escape(structure) + r": ([a-z ]+)\.\*", text)
    assert m, text
    return m.group(1)


@pytest.mark.parametrize(
    "text",
    [
        # a call to make, with a commitment's figures
        "Steady prod traffic at Halden, $30k a month on-demand, peak-to-average 1.25, 30% off PTUs. What's the call?",
        "round-the-clock production load, PAR 1.2, 40% reserved discount, $12k/mo today. whats your take?",
        "Claims bot in production, steady, $18k/month on-demand, peak:avg 1.4, 35% off. your recommendation?",
        # a fee with a described workload, then which way / anything better / what would you do
        "Receipt scanning, exactly 80k receipts a month, each ~700 in / 40 out, very predictable. Vendor wants "
        "$0.0008 per call; per-token is $1/$3. Which way?",
        "Page extraction, a fixed 120k pages a month at $0.002 per page. Anything better than per-call?",
        "steady nightly-free prod pipeline, 2M calls a month, $0.004 per call, 1,000 in / 200 out at $2/$8. "
        "what would you do?",
        # "X or Y?" around a described workload
        "Steady volume, 500k runs a month, prompts capped at ~900 in / 100 out on a $2/$8 model, vendor charges "
        "$0.002 a run. Per-call or per-token?",
        # a yes/no on committing, with the subject before "should"
        "Marlow want to know if they should go provisioned. Live for two weeks, traffic is doubling every week, "
        "35% off on offer. What does the guide say?",
        "Weekly batch for 6 hours, idle the rest of the week, PAR about 28. Offered reserved capacity at 45% off. "
        "Good idea?",
    ],
)
def test_a_structure_call_with_one_structures_figures_is_a_scenario(text: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
    reply = router.answer(text, rate_cards={}).text
    for name in ("Per-token", "Per-call", "Provisioned throughput", "Prompt caching"):
        assert _verdict(reply, name)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a bare fee against a rate, "which way?": the comparison itself
        ("embedding service: $0.0002 per call vs $0.05/M tokens, chunks ~800 tokens. which way?", Intent.PER_CALL),
        # "which way does it fall?" about units against a spend: the capacity arithmetic
        ("4 units at $9.50 an hour for 730 hours vs $30,000 a month on-demand. Which way does it fall?",
         Intent.BREAK_EVEN),
        # "per-call or per-token?" with only the two prices and a call size: the comparison
        ("fee is 1.5 cents per call, calls ~5k in / 800 out, $2/$8 per M. per-call or per-token?", Intent.PER_CALL),
        # what's the call volume: not a call to make
        ("what's the call volume we need before $0.01 a call beats $3/$15 at 2k in / 300 out?", Intent.PER_CALL),
    ],
)
def test_a_comparison_asked_without_a_workload_stays_the_comparison(text: str, intent: Intent) -> None:
    assert parse(text).intent is intent


def test_a_commitment_call_shows_the_new_bill_sized_for_peak() -> None:
    # $30,000 × (1 − 30%) × 1.25 = $26,250.00, $3,750.00 less; 1 ÷ 1.25 = 80% against a 70% break-even
    reply = router.answer("Steady prod traffic at Halden, $30k a month on-demand, peak-to-average 1.25, 30% off PTUs. "
                          "What's the call?", rate_cards={}).text
    assert _verdict(reply, "Provisioned throughput") == "recommended"
    assert "$30,000.00 × (1 − 30%) × 1.25 = *$26,250.00* a month, $3,750.00 less than $30,000.00 on-demand" in reply


def test_a_commitment_call_at_a_stated_utilization_shows_that_bill() -> None:
    # $20,000 × (1 − 20%) ÷ 90% = $17,777.78, $2,222.22 less
    reply = router.answer("High-volume steady prod chatbot, $20k/month on-demand, 20% off PTUs, they'd run at 90% "
                          "utilization. What's the call?", rate_cards={}).text
    assert "$20,000.00 × (1 − 20%) ÷ 90% = *$17,777.78* a month, $2,222.22 less than $20,000.00 on-demand" in reply


def test_a_fee_and_a_volume_without_a_call_size_give_the_fee_bill() -> None:
    reply = router.answer("Page extraction, a fixed 120k pages a month at $0.002 per page. Anything better than "
                          "per-call?", rate_cards={}).text
    assert _verdict(reply, "Per-call") == "recommended"
    assert "120,000 calls × $0.002 = *$240.00* a 730-hour month" in reply


@pytest.mark.parametrize(
    ("text", "per_call"),
    [
        # $0.002 against 900 × $2/1M + 100 × $8/1M = $0.0026: the fee is cheaper on bounded, steady runs
        ("Steady volume, 500k runs a month, prompts capped at ~900 in / 100 out on a $2/$8 model, vendor charges "
         "$0.002 a run. Per-call or per-token?", "recommended"),
        # $0.004 against 1,000 × $2/1M + 200 × $8/1M = $0.0036: the fee costs more
        ("Steady volume, 500k runs a month, prompts capped at ~1,000 in / 200 out on a $2/$8 model, vendor charges "
         "$0.004 a run. Per-call or per-token?", "not recommended"),
    ],
)
def test_the_fee_against_per_token_sets_the_per_call_verdict(text: str, per_call: str) -> None:
    reply = router.answer(text, rate_cards={}).text
    assert _verdict(reply, "Per-call") == per_call


def test_an_early_workload_with_peaks_shows_why_provisioned_is_out() -> None:
    # sized for a peak of 4x the average: 1 ÷ 4 = 25% against a 75% break-even; (1 − 25%) × 4 = 3x on-demand
    reply = router.answer("Pre-launch startup in beta, traffic all over the place, peaks are about 4x the average. "
                          "They asked about PTUs at 25% off. Which structure should we lead with?", rate_cards={}).text
    assert _verdict(reply, "Per-token") == "recommended"
    assert _verdict(reply, "Provisioned throughput") == "not recommended"
    assert "1 ÷ 4 = 25% average utilization" in reply and "= 3× on-demand" in reply


def test_below_break_even_at_the_stated_utilization_recommends_per_token() -> None:
    # 1 − 10% = 90% break-even against 85% stated: (1 − 10%) ÷ 85% = 1.0588× on-demand
    reply = router.answer("Busy steady support bot, high volume, but PTUs are only 10% off and they'd sit at 85% util. "
                          "What should they do?", rate_cards={}).text
    assert _verdict(reply, "Per-token") == "recommended"
    assert _verdict(reply, "Provisioned throughput") == "not recommended"


@pytest.mark.parametrize(
    ("text", "par"),
    [
        ("their peak-to-average is somewhere around 6:1", "6"),
        ("peak-to-average in the region of 2.5", "2.5"),
        ("peak to avg estimated at 3x", "3"),
    ],
)
def test_a_peak_to_average_said_loosely_is_read(text: str, par: str) -> None:
    assert str(parse(text + ", 30% off PTUs").fields.peak_to_average) == par


@pytest.mark.parametrize(
    ("text", "trait"),
    [
        ("they went live two weeks ago", "early_stage"),
        ("only been live for 10 days", "early_stage"),
        ("launched a fortnight ago", "early_stage"),
        ("traffic is tripling every month", "variable"),
        ("usage keeps doubling", "variable"),
        ("a nightly batch, idle the rest of the day", "variable"),
        ("runs a weekly batch job", "variable"),
    ],
)
def test_stage_and_variability_in_reps_words(text: str, trait: str) -> None:
    assert trait in parse(text + ". PTUs at 30% off?").fields.traits


@pytest.mark.parametrize(
    "text",
    [
        "their helpdesk bot sends a 9,000-token product manual ahead of every user question, 15k calls a day, "
        "$3 in and $0.30 cached. what's the main lever?",
        "an 18k-token rulebook goes in front of each customer message; 4k chats a day, $2.50 in, cache reads $0.25. "
        "best lever?",
    ],
)
def test_a_large_context_sent_ahead_of_every_question_makes_caching_the_lever(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert _verdict(reply.text, "Prompt caching") == "recommended"
    assert "*Prompt caching on this workload:*" in reply.text


@pytest.mark.parametrize("text", ["busy in office hours, very quiet overnight", "dead quiet at weekends"])
def test_quiet_periods_are_variable_load(text: str) -> None:
    assert "variable" in parse(text + ". PTUs at 30% off?").fields.traits


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # (1 − 20%) ÷ 90% = 0.889: above the 80% break-even
        ("Volume is flat round the clock, 20% PTU discount, they'd sit at 90%. Lead with what?", "recommended"),
        # (1 − 15%) ÷ 70% = 1.214: below the 85% break-even
        ("steady prod load, 15% off reserved and they'd be running at 70%. what's your recommendation?",
         "not recommended"),
    ],
)
def test_a_utilization_said_as_how_busy_capacity_runs_sets_the_provisioned_verdict(text: str, verdict: str) -> None:
    assert len(parse(text).fields.utilization) == 1
    assert _verdict(router.answer(text, rate_cards={}).text, "Provisioned throughput") == verdict


@pytest.mark.parametrize(
    "text",
    [
        "ok so Halvorsen: early stage, tiny volume, they're asking about provisioned at 50% off because it sounds "
        "cheap. how do I steer this?",
        "Which of the four structures fits a bursty marketing copy tool with a 600-token system prompt?",
        "What's the best option for a claims classifier doing exactly 100k claims a month, $0.002 per claim vs "
        "$1/$4 per M at 1,500 in / 50 out?",
        "Would you put Corvid on PTUs? 24/7 prod, PAR ~1.3, 35% off, $80k/mo on-demand.",
    ],
)
def test_more_ways_of_asking_which_structure(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    for name in ("Per-token", "Per-call", "Provisioned throughput", "Prompt caching"):
        assert _verdict(reply.text, name)


# --- the figures behind a per-call verdict, from the call's size said as what is read or written ---------------

@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 900 × $0.40/1M + 8 × $1.60/1M = $0.00036 + $0.0000128 = $0.0003728; 60k × $0.0003728 = $22.37 a month
        ("Contract tagging: 60k contracts a month, each truncated to exactly 900 tokens, output is an 8-token label. "
         "Endpoint at $0.0003 per call or $0.40/$1.60 per MTok. Which structure?", ["*$0.0003728*", "$22.37"]),
        # 1,200 × $0.50/1M + 10 × $2/1M = $0.0006 + $0.00002 = $0.00062 against $0.0005
        ("Email triage, steady ~50k emails a day, prompts bounded (each email trimmed to ~1,200 tokens), output is a "
         "10-token label. Options: a $0.0005 per call endpoint, or $0.50/M in, $2/M out. Which structure fits?",
         ["*$0.00062*", "cheaper by $0.00012 a call"]),
        # 1,200 × $1/1M + 150 × $4/1M = $0.0018 against $0.0015: crossover $0.0015 × 1M ÷ ($1.3333/1M) = 1,125 tokens
        ("Claims router, fixed ~500k claims a month, every call a bounded 1,200-token input + 150-token label output. "
         "Per-call endpoint at $0.0015/call or per-token at $1/$4 per MTok. Recommendation?",
         ["*$0.0018*", "*1,125 tokens per call*"]),
    ],
)
def test_a_call_size_said_as_what_is_read_and_written_gives_the_per_call_figures(text: str,
                                                                                   figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert _verdict(reply.text, "Per-call") == "recommended"
    assert "I left these out" not in reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # prompts ~600 tokens and responses ~20 tokens: 600 × $0.15/1M + 20 × $0.60/1M = $0.00009 + $0.000012
        ("Vendor charges $0.02 per request. Our prompts are ~600 tokens and responses ~20 tokens, on a $0.15 / $0.60 "
         "model. per-call cost on ours?", ["$0.00009", "$0.000012"]),
        # a ceiling on the responses beside the input size is no input size
        ("40k requests daily, avg prompt 3k tokens and responses of 600 tokens at $1.25 in / $10 out. daily?",
         ["$150.00", "$240.00"]),
    ],
)
def test_a_count_followed_by_and_names_no_side(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={}).text
    for figure in figures:
        assert figure in reply, (figure, reply)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2M × $0.0015 = $3,000.00; 2M × $0.0018 = $3,600.00
        ("Page OCR, fixed 2M pages a month, one page per call. per-call $0.0015/page vs per-token ~$0.0018/page. "
         "which, and monthly each?", ["$3,000.00", "$3,600.00"]),
        # 300k × $0.004 = $1,200.00; 300k × $0.003 = $900.00
        ("Scanned claims, steady 300k claims a month, one call per claim. per-call is $0.004 per claim vs per-token "
         "~$0.003 per claim. which structure, and monthly each?", ["$1,200.00", "$900.00"]),
    ],
)
def test_a_fee_against_the_per_token_cost_of_an_item_is_worked_out_under_the_verdicts(text: str,
                                                                                       figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert "Which per-call fee should I use" not in reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 250k × $0.0015 = $375.00 a month; × 12 = $4,500.00 a year
        ("Invoice OCR: ~250k invoices a month, steady, every invoice is one API call at $0.0015 per invoice. Finance "
         "want a predictable cost per operation. Which structure, and the cost per month and per year?",
         ["*$375.00*", "*$4,500.00* an 8,760-hour year"]),
        # 40k × 365 × $0.001 = $14,600.00 a year; a quarter is 2,190 hours: 3,650,000 calls
        ("receipt OCR, 40k receipts a day, steady, one call per receipt at $0.001 per receipt. which structure, and "
         "the quarterly and annual bill?", ["*$3,650.00* a 2,190-hour quarter", "*$14,600.00*"]),
    ],
)
def test_the_fee_bill_under_the_verdicts_covers_each_longer_period_asked(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={}).text
    for figure in figures:
        assert figure in reply, (figure, reply)
