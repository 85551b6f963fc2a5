"""Round 43's classes: direct spends said beside a markup, a system prompt priced as input, sheets keyed by load,
price and cache size, thousands dots at a sentence's end, vague counts, and sizing and break-even discounts asked
in other words. Each message is our own; each reply is checked for the figure a rep would read."""

from __future__ import annotations

import pytest

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


@pytest.mark.parametrize(("text", "monthly"), [
    ("vertex is 25% over direct and their EA takes 10% off. if direct equiv is 32k a month, what do they pay on "
     "vertex?", "$36,000.00"),
    ("Bedrock lists 20% above direct; EA knocks 5% off. Direct API bill'd be 50k a month. Effective markup and "
     "monthly?", "$57,000.00"),
    ("Azure is 30% above direct, 12% EA. What would their $10,000-a-month spend at direct rates cost through Azure?",
     "$11,440.00"),
    ("Azure is 30% above direct, 12% EA. What would a $10,000 monthly spend at direct rates cost on Azure?",
     "$11,440.00"),
])
def test_a_direct_spend_said_beside_a_markup_is_priced_on_the_hyperscaler(text: str, monthly: str) -> None:
    reply = _reply(text)
    assert reply.intent == "markup"
    assert f"*{monthly}* a month" in reply.text


def test_a_bare_amount_beside_direct_is_never_a_call_count() -> None:
    ask = _reply("azure 30% over direct, 12% EA. if direct equiv is 18k a month what do they pay on azure?")
    assert ask.data["request"]["fields"].get("calls_per_day") is None
    assert "$20,592.00" in ask.text


@pytest.mark.parametrize("said", ["pushes it to three times the average", "drives load up to 3x the average",
                                  "takes traffic to three times the average"])
def test_a_peak_said_as_what_a_load_drives_the_average_to(said: str) -> None:
    reply = _reply(f"avg load 900 req/min, but the nightly import {said}. Provisioned quote is 40% off. Sized for the "
                   "peak, what utilization do they run at and how does the cost compare to on-demand?")
    assert "33.33%" in reply.text and "1.8×" in reply.text


def test_a_system_prompt_beside_a_smaller_question_is_input_with_it() -> None:
    # before: only the 500-token question was priced ($0.006 a call), silently
    reply = _reply("each call has a 6k token system prompt and a 400 token question, 250 tokens out. $3/$15 per M. "
                   "cost per call?")
    assert "6,000 sent with every call" in reply.text
    assert "6,400 tokens × $3.00/1M = $0.0192" in reply.text
    assert "*$0.02295*" in reply.text


def test_a_system_prompt_said_alone_is_the_calls_input() -> None:
    reply = _reply("each call sends a 5k token system prompt and gets 300 tokens back, 1,000 calls a day at $3/$15 "
                   "per M. daily cost?")
    assert "5,000 tokens × $3.00/1M" in reply.text
    assert "*$19.50*" in reply.text  # 1,000 × (5,000 × 3 + 300 × 15) / 1M


def test_which_structure_then_how_to_explain_it_is_the_structure() -> None:
    reply = _reply("State agency, all workloads in AWS GovCloud, their ATO needs a FedRAMP-authorized environment. "
                   "Which pricing structure should I steer them toward and how do I explain it?")
    assert reply.intent == "scenario"


def test_a_sheet_of_average_and_peak_loads_keyed_by_metric() -> None:
    reply = _reply("grafana summary, last week:\nmetric,value\navg_tpm_k,300\np100_tpm_k,1200\n"
                   "They want capacity sized so nothing spills. 35% off on-demand. Sized for that peak, what "
                   "utilization, and what does it cost against on-demand?")
    assert "25%" in reply.text and "2.6×" in reply.text  # PAR 4: (1 - 0.35) × 4


def test_a_console_export_of_requests_hits_and_writes_over_one_day() -> None:
    reply = _reply("console usage, 2025-03-02 (one day):\nrequests        10,000\ncache writes       200\n"
                   "cache reads      9,800\ncached prefix    4,000 tok\nbase input       $3 / MTok\n"
                   "cache read       $0.30 / MTok\ncache write      $3.75 / MTok\nnet saving that day?")
    # 9,800 × 4,000 × 2.70/1M − 200 × 4,000 × 0.75/1M = $105.84 − $0.60
    assert "*$105.24 a day*" in reply.text


def test_a_price_sheet_with_a_basis_column_priced_per_thousand_calls() -> None:
    reply = _reply("Option\tRate\tBasis\nPer-call\t$2.00\tper 1,000 calls\n"
                   "Per-token\t$0.50 / $2.00\tper MTok in / out\n"
                   "Avg call: 1,500 input tokens, 200 output. Volume: 2M calls a month. Monthly cost each way?")
    assert reply.intent == "per_call"
    assert "$4,000.00" in reply.text  # 2M × $0.002
    assert "$2,300.00" in reply.text  # 2M × (1,500 × 0.5 + 200 × 2) / 1M


def test_items_named_with_a_word_before_them_are_the_calls() -> None:
    reply = _reply("Each intake bundle averages ~6,000 tokens going in and 500 tokens coming back. They expect "
                   "400k bundles per quarter at $1/M input and $4/M output. Quarterly cost?")
    assert "$3,200.00" in reply.text  # 400k × (6,000 × 1 + 500 × 4) / 1M


def test_what_a_term_means_for_a_bill_with_a_word_before_bill() -> None:
    reply = _reply("config:\nttl: 1h\nthey asked what that TTL actually means for their caching bill. explainer?")
    assert reply.intent == "glossary"
    assert "TTL" in reply.text


def test_a_keyed_cache_size_and_business_days_in_the_month_price_the_storage() -> None:
    reply = _reply("gemini explicit cache sheet:\ncached_content.token_count = 100000\nttl = 1h\n"
                   "active hours per business day = 8\nbusiness days this month = 20\n"
                   "storage price = $4.50 per 1M tokens per hour\ninput price = $1.25 / 1M\n"
                   "cached input price = $0.125 / 1M\nwhat's the storage for the month?")
    assert "*$72.00*" in reply.text  # 0.1 × 4.50 × 8 × 20


def test_a_thousands_dot_before_a_full_stop() -> None:
    # before: "$48.500." in a message of decimal commas was read as $48.50
    reply = _reply("four units at $2,50 per unit-hour, round the clock for a month. Last month on-demand came to "
                   "$48.500. Save or lose?")
    assert "$48,500.00 a month on-demand" in reply.text
    calls = _reply("calls per day: 20.000. 2k in / 300 out at $3/$15. daily cost?")
    assert "20,000 calls" in calls.text


def test_a_vague_count_is_never_a_number() -> None:
    reply = _reply("prompts are a few hundred tokens, replies about 200 tokens, 10k calls a day at $3/$15. daily?")
    assert "100 tokens" not in reply.text and "$33.00" not in reply.text


def test_the_same_context_named_at_length_makes_caching_the_lever() -> None:
    reply = _reply("Retail platform in production puts the same ~25k-token product catalogue and regional shipping "
                   "matrix ahead of every order lookup, with short user messages after it. Roughly 15k lookups a "
                   "day, steady. Where's the biggest pricing lever?")
    assert "*Prompt caching: recommended.*" in reply.text


def test_how_much_to_reserve_for_a_bursty_load_asks_its_peak() -> None:
    reply = _reply("Customer averages 2M tokens per minute, very bursty: their agent runs pile up after lunch. "
                   "Provisioned offered at 30% below on-demand. How much should they reserve?")
    assert reply.intent == "break_even"
    assert "peak-to-average" in reply.text


def test_how_much_off_to_break_even_is_the_discount_needed() -> None:
    reply = _reply("they'll run the commitment ~62% busy. how much off on-demand do we need to breakeven? and with "
                   "a fifth off what util do they need")
    assert "38%" in reply.text and "80%" in reply.text


def test_a_direct_spend_a_quarter_with_a_markup_and_ea_in_words() -> None:
    reply = _reply("bedrock runs 20% above direct for this model, their EA knocks ten percent off. direct spend would "
                   "be ~50k/qtr, what do they pay per quarter going thru bedrock?")
    assert "*$54,000.00* a quarter" in reply.text  # 50k × 1.2 × 0.9


def test_a_vague_volume_still_describes_the_workload() -> None:
    reply = _reply("Summarizer tool, a few hundred calls a week, calls ~2k in / 400 out but they swing a lot. Vendor "
                   "offers per-call at $0.05 or per-token $3/$15. What do we lead with?")
    assert reply.intent == "scenario"


@pytest.mark.parametrize("text", [
    "gemini cache config:\ncached_content.ttl: 1800s\ncached_content.token_count: 60,000\nquick explainer on TTL?",
    "what does the TTL setting mean for our bill? ttl: 600s",
])
def test_a_ttl_explainer_beside_a_cache_config(text: str) -> None:
    assert _reply(text).intent == "glossary"


def test_nobody_can_tell_what_production_will_be_asks_no_meaning() -> None:
    reply = _reply("Pilot of a notes assistant, some days 150 calls, some days 2,500, nobody can tell me what "
                   "production will look like. Short prompts, no shared context. Which pricing structure fits?")
    assert reply.intent == "scenario"
