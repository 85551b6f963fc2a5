"""Which structure, asked in reps' words (our own sentences, not a scored batch's): the lever to lean on, the hosted
tier or direct asked as a choice beside its markup figures, a yes/no on capacity sized for peak for a workload
described by what it is and how it swings, caching "yet or just stay per-token", and a rep saying there is no
repeated prefix at all."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import parse
from bot.parse.models import Intent
from bot.parse.traits import workload


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def _verdict_line(text: str, structure: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(f"• *{structure}:"))


# --- the lever to pull -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "saving"),
    [
        ("Legal-search bot sends a 30k-token case digest ahead of each query, about 20k queries daily, spiky load. "
         "$2.50/M in, $0.25/M cached. Which cost lever counts most?", "$0.0675"),
        ("helpdesk assistant: the same 9,000-token FAQ goes out with every ticket, ~4k tickets a day, bursty. "
         "$1/M input, cache reads $0.10/M. what should we lean on?", "$0.0081"),
        ("support copilot, a 16k-token handbook in front of every chat, 2,500 chats a day, traffic all over the "
         "place, $3 in and 30c cached per M. where should they focus?", "$0.0432"),
    ],
)
def test_the_lever_to_lean_on_is_the_structure_choice_with_the_caching_figures(text: str, saving: str) -> None:
    reply = _reply(text)
    assert reply.intent == "scenario"
    assert "not recommended" not in _verdict_line(reply.text, "Prompt caching")
    assert saving in reply.text


def test_a_lever_asked_without_a_volume_still_shows_what_a_hit_saves() -> None:
    reply = _reply("agent loop where each iteration re-sends a 6k-token tool manifest, lots of iterations a day, "
                   "$5/M input and $0.50/M cache reads. what's the main lever?")
    assert reply.intent == "scenario"
    assert "recommended" in _verdict_line(reply.text, "Prompt caching")
    assert "not recommended" not in _verdict_line(reply.text, "Prompt caching")
    assert "6,000 × ($5.00/1M − $0.50/1M) = *$0.027*" in reply.text  # the saving per hit, its arithmetic shown
    assert "call volume" in reply.text  # and what the daily figure still needs


# --- the hosted tier or direct, asked as the choice ---------------------------------------------------------------

def test_hosted_or_direct_asked_beside_its_markup_figures_is_the_channel_choice() -> None:
    reply = _reply("fintech already on azure for everything. azure lists 18% over openai, their EA discount is 10%, "
                   "and they need private networking. azure or direct?")
    assert reply.intent == "scenario"
    assert "*Hyperscaler tier: recommended.*" in reply.text
    assert "6.2%" in reply.text  # (1 + 18%) × (1 − 10%) − 1, worked out under the verdicts


@pytest.mark.parametrize(
    "text",
    [
        "Direct-equivalent spend is $2,000 a day. Bedrock markup 15%, EA 5%. Monthly on Bedrock and the extra vs "
        "direct?",
        "bedrock list is 25% over direct and the EA is 12%. what's the effective premium on bedrock vs direct?",
    ],
)
def test_a_markup_figure_asked_across_hosted_and_direct_stays_the_markup(text: str) -> None:
    assert _reply(text).intent == "markup"


# --- a yes/no on capacity sized for peak, for a described workload --------------------------------------------------

def test_a_yes_no_on_peak_sized_capacity_for_a_swinging_workload_maps_every_structure() -> None:
    reply = _reply("RAG assistant, super bursty, peak-to-average about 5. they'd size PTUs for the peak at 45% off. "
                   "yes or no?")
    assert reply.intent == "scenario"
    assert "*Per-token: recommended.*" in reply.text
    assert "20%" in reply.text and "2.75" in reply.text  # 1 ÷ 5, and (1 − 45%) × 5 beside the verdicts


def test_a_yes_no_that_rules_out_a_repeated_prefix_weighs_every_structure() -> None:
    reply = _reply("prod traffic, no big shared prefix, peaks at 3x average. provisioned sized to cover the peak at "
                   "35% off. should they move to provisioned?")
    assert reply.intent == "scenario"
    assert "*Prompt caching: not recommended.*" in reply.text
    assert "repeated prefix (system prompt" not in reply.text  # the rep already said there is none: not asked again
    assert "195%" in reply.text  # (1 − 35%) × 3 of the on-demand cost


@pytest.mark.parametrize(
    "text",
    [
        "sized for peak, PAR 3, 40% off. should they?",
        "PAR 2.2, they'd size the PTUs to peak at 30% off. should we do provisioned? what's the util?",
    ],
)
def test_a_bare_yes_no_on_peak_sized_capacity_stays_the_break_even(text: str) -> None:
    assert _reply(text).intent == "break_even"


# --- caching now, or stay per-token --------------------------------------------------------------------------------

def test_caching_yet_or_just_stay_per_token_is_the_choice_of_structure() -> None:
    reply = _reply("startup, still in pilot, but the system prompt is already 5,000 tokens. worth turning on caching "
                   "now or just stick with per-token?")
    assert reply.intent == "scenario"
    assert "*Prompt caching: recommended.*" in reply.text


# --- no repeated prefix, said outright --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "steady production chat, every prompt is unique, 24/7. structure?",
        "batchy summariser, nothing is shared across calls, prod. what fits?",
        "production search tool, no repeated system prompt to speak of. which structure?",
    ],
)
def test_no_repeated_prefix_said_rules_caching_out(text: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.SCENARIO
    assert workload(ask.fields, ask.text).repeated_context is False
    reply = _reply(text)
    assert "*Prompt caching: not recommended.*" in reply.text


def test_a_repeated_prefix_said_is_not_read_as_none() -> None:
    ask = parse("production RAG, the same 8k-token manual goes with every call. structure?")
    assert workload(ask.fields, ask.text).repeated_context is True


# --- stay on on-demand or move, asked of a described workload sized for peak ----------------------------------------

@pytest.mark.parametrize(
    ("text", "provisioned", "figures"),
    [
        # 1 ÷ 1.25 = 80% against 1 − 40% = 60%: (1 − 40%) × 1.25 = 0.75× on-demand
        ("Internal search assistant, live for two years, traffic is steady. PAR 1.25, sized for peak. 40% off "
         "provisioned on the table. Stay on per-token or move?", "recommended",
         ["1 − 40% = 60%", "1 ÷ 1.25 = 80%", "(1 − 40%) × 1.25 = 0.75×"]),
        # 1 ÷ 1.1 = 90.91% against 70%: (1 − 30%) × 1.1 = 0.77×
        ("Production claims bot, load steady around the clock, peak-to-average 1.1, they'd size for peak; the vendor "
         "offers 30% off. Keep them on on-demand or switch?", "recommended",
         ["1 − 30% = 70%", "1 ÷ 1.1 = 90.91%", "(1 − 30%) × 1.1 = 0.77×"]),
        # 1 ÷ 3 = 33.33% against 65%: 1.95× on-demand, so per-token stays the structure
        ("Production chatbot, very spiky, peak-to-average 3, sized for peak at 35% off. Move or stay on PAYG?",
         "worth evaluating", ["1 − 35% = 65%", "1 ÷ 3 = 33.33%", "(1 − 35%) × 3 = 1.95×"]),
    ],
)
def test_stay_on_demand_or_move_is_the_advice_with_the_peak_sizing_beside_it(
        text: str, provisioned: str, figures: list[str]) -> None:
    reply = _reply(text)
    assert reply.intent == "scenario"
    assert f"*Provisioned throughput: {provisioned}.*" in reply.text
    if provisioned != "recommended":
        assert "*Per-token: recommended.*" in reply.text
    missing = [f for f in figures if f not in reply.text]
    assert not missing, f"{missing} not in:\n{reply.text}"


@pytest.mark.parametrize(
    "text",
    [
        # nothing said about the workload: the break-even sum itself
        "sized for peak, PAR 1.2, 35% off. stay on-demand or move?",
        # a figure asked about the move, not whether to make it
        "Production, steady load, PAR 1.2 sized for peak, 35% off. If they move, what does it cost vs on-demand?",
    ],
)
def test_a_move_asked_without_a_workload_or_as_a_figure_stays_the_break_even(text: str) -> None:
    reply = _reply(text)
    assert reply.intent == "break_even"
    assert "(1 − 35%) × 1.2 = 0.78×" in reply.text


# --- a commitment on offer before anyone knows the traffic's shape within the day -----------------------------------

@pytest.mark.parametrize(
    ("text", "break_even"),
    [
        ("Production RAG service, volume has been consistent for a year, and the vendor offers PTUs at 35% off. "
         "Nobody has looked at hourly traffic yet. Should we recommend provisioned?", "1 − 35% = 65%"),
        ("Heavy steady traffic on their support copilot, ~50M tokens a day, and a 25% provisioned discount on offer. "
         "Should they commit?", "1 − 25% = 75%"),
    ],
)
def test_a_commitment_on_offer_with_no_peak_to_average_keeps_per_token_for_now(text: str, break_even: str) -> None:
    reply = _reply(text)
    assert reply.intent == "scenario"
    assert "*Per-token: recommended.* Stay on per-token for now" in reply.text
    assert "*Provisioned throughput: recommended.*" not in reply.text
    assert "What does your peak-to-average inference ratio look like?" in reply.text
    assert break_even in reply.text


def test_the_same_offer_with_its_peak_to_average_ratio_is_the_commitment() -> None:
    reply = _reply("Production support copilot, steady traffic, peak-to-average 1.2, sized for peak, 35% provisioned "
                   "discount on offer. Should they commit?")
    assert "*Provisioned throughput: recommended.*" in reply.text
    assert "*Per-token: viable.*" in reply.text
    assert "What does your peak-to-average inference ratio look like?" not in reply.text


def test_a_fixed_run_of_transactions_keeps_per_call_with_a_commitment_on_offer() -> None:
    reply = _reply("Invoice extraction, exactly 200k invoices a month, every invoice is a one-page scan, and PTUs at "
                   "30% off are on offer. What do we recommend?")
    assert "*Per-call: recommended.*" in reply.text
    assert "*Per-token: viable.*" in reply.text


# --- the structure that matters most for a context loaded once and questioned many times ----------------------------

@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # 80,000 × $2.70/1M = $0.216 a hit; premium 80,000 × $0.75/1M = $0.06; 24 × $0.216 = $5.18; net $5.12
        ("Due-diligence tool: each session loads one 80k-token data-room file and runs ~25 queries against it. Input "
         "$3/M, cache write $3.75/M, cache read $0.30/M. Which structure matters most? Give me the net saving per "
         "review session (1 write + 24 hits).",
         ["= *$0.216*", "the hits save 24 × $0.216 = $5.18, which nets $5.18 − $0.06 = *$5.12*"]),
        # 20,000 × $2.70/1M = $0.054 a hit; premium $0.015; 9 × $0.054 = $0.486; net $0.471
        ("Tutoring app loads a 20k-token textbook chapter per session and students ask about 10 questions on it. "
         "$3/M in, $0.30/M cache reads, $3.75/M writes. What's the best lever? And the net for one write + 9 hits?",
         ["= *$0.054*", "the hits save 9 × $0.054 = $0.486, which nets $0.486 − $0.015 = *$0.471*"]),
    ],
)
def test_a_context_questioned_many_times_makes_caching_the_lever_with_the_session_net(
        text: str, lines: list[str]) -> None:
    reply = _reply(text)
    assert reply.intent == "scenario"
    assert "*Prompt caching: recommended.* The " in reply.text
    missing = [line for line in lines if line not in reply.text]
    assert not missing, f"{missing} not in:\n{reply.text}"


def test_questions_about_a_topic_are_no_repeated_context() -> None:
    ask = parse("Support bot, each session asks ~40 questions about billing. Input $3/M, output $15/M. "
                "Which structure?")
    assert workload(ask.fields, ask.text).repeated_context is None
    assert "*Prompt caching: worth evaluating.*" in _reply(ask.text).text


def test_the_session_net_asked_alone_stays_the_caching_figures() -> None:
    reply = _reply("Contract review: each session loads one 50k-token contract and asks ~40 questions against it. "
                   "Input $3/M, cache write $3.75/M, cache read $0.30/M. Give me the net saving per contract session "
                   "(1 write + 39 hits).")
    assert reply.intent == "caching"
    assert "= *$5.23* against no caching" in reply.text
