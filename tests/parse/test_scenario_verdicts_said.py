"""Scenario verdicts from workloads described in reps' words (our own sentences, not a scored batch's): a fixed
run of transactions, a large prefix reused by the turns after it, traits said under a negation, a peak-to-average
ratio given loosely, and the constraints that point to the hyperscaler tier. The verdicts are read through the
scenario path itself, whatever intent the ask's wording wins."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from bot.parse.traits import workload
from pricing.scenario import ScenarioAdvice, WorkloadTraits, map_scenario


def _traits(text: str) -> WorkloadTraits:
    ask = parse(text)
    return workload(ask.fields, ask.text)


def _advice(text: str) -> ScenarioAdvice:
    return map_scenario(_traits(text))


# --- a fixed run of transactions with bounded prompts: per-call ---------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "warehouse runs a fixed overnight batch: exactly 40k parcels get a priority code each night, inputs capped at "
        "200 tokens, and the count hasn't changed since spring. which structure?",
        "insurer reads ~15,000 claim forms a month and has been at that level for two years; every claim uses the same "
        "intake template, about 900 tokens. finance wants a price per claim. structure?",
        "receipt ocr, 500k receipts a month, flat every month, vision endpoint. per call or per token?",
        "a county archive labels each scanned deed with a document type, the same 6k deeds every week, one page each; "
        "they budget per document. what fits?",
    ],
)
def test_a_fixed_run_of_transactions_recommends_per_call(text: str) -> None:
    advice = _advice(text)
    assert advice.per_call.verdict == "recommended"
    assert "vary" not in advice.per_call.reason  # nothing in these says the prompt sizes vary


def test_a_batch_window_at_a_fixed_volume_rules_out_idle_capacity() -> None:
    traits = _traits("fixed nightly batch of exactly 90k product descriptions, each capped at 250 words, volume "
                     "unchanged all year. structure?")
    assert traits.volume_variability == "low"  # the window is when it runs, not a volume that swings
    advice = map_scenario(traits)
    assert advice.provisioned_throughput.verdict == "not_recommended"
    assert "idle" in advice.provisioned_throughput.reason


def test_a_batch_window_with_swinging_volume_stays_variable() -> None:
    assert _traits("a nightly batch whose volume is spiky from one week to the next. structure?").volume_variability \
        == "high"


# --- a large prefix reused by the turns after it: caching is the primary lever ------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "research agent: each session opens with a 15k-token codebase index and the tool schemas, then 30 steps "
        "that reuse it. about 900 sessions a day. what should they focus on?",
        "every chat starts with a 12k-token policy pack as the first part of the prompt, then the user's question; "
        "3k chats a day. which structure?",
    ],
)
def test_a_prefix_reused_by_what_follows_makes_caching_the_primary_lever(text: str) -> None:
    advice = _advice(text)
    assert advice.prompt_caching.verdict == "recommended"
    assert "primary lever" in advice.prompt_caching.reason


def test_no_appetite_for_a_commitment_rules_out_provisioned() -> None:
    advice = _advice("production chatbot, steady traffic, but the buyer has no appetite for commitments this year. "
                     "which structure?")
    assert advice.provisioned_throughput.verdict == "not_recommended"
    assert "no commitment" in advice.provisioned_throughput.reason


# --- traits under a negation do not count ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("city records office, not FedRAMP-bound, steady 20k forms a month. structure?", "fedramp"),
        ("no FedRAMP requirement here, it's a state system. structure?", "fedramp"),
        ("they don't need data residency; steady production load. structure?", "data_residency"),
        ("retail bot without any HIPAA scope, 24/7. structure?", "hipaa"),
    ],
)
def test_a_negated_compliance_need_is_not_a_need(text: str, absent: str) -> None:
    assert absent not in _traits(text).compliance_needs


@pytest.mark.parametrize(
    "text",
    [
        "payroll checks, no spikes worth mentioning, in production for years. structure?",
        "traffic isn't spiky at all, in production since 2023. structure?",
        "nothing seasonal about it, never bursty, prod workload. structure?",
    ],
)
def test_negated_swings_are_not_variable_volume(text: str) -> None:
    assert _traits(text).volume_variability != "high"


def test_a_trait_said_plainly_beside_a_negated_one_still_counts() -> None:
    traits = _traits("must run inside a FedRAMP boundary; not a pilot anymore, production for a year. structure?")
    assert "fedramp" in traits.compliance_needs
    assert traits.stage == "production"


# --- a peak-to-average ratio said loosely -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "par"),
    [
        ("peak vs average is roughly like 5x", "5"),
        ("peak versus average is probably about 3", "3"),
        ("peak-to-average: the ops lead reckons ~1.6", "1.6"),
        ("peak to average, their platform team says 2.2", "2.2"),
        ("their peak-to-average bounces around, like 4x", "4"),
    ],
)
def test_a_peak_to_average_said_loosely_is_read(text: str, par: str) -> None:
    assert _traits(text + ". which structure should they be on?").peak_to_average == Decimal(par)


def test_an_early_workload_with_a_stated_ratio_shows_the_utilization_sized_for_peak() -> None:
    reply = router.answer("launched two weeks ago, traffic is bursty, peak vs average is something like 5x. they "
                          "want PTUs for the discount. what structure?", rate_cards={})
    assert "*Per-token: recommended.*" in reply.text
    assert "*Provisioned throughput: not recommended.*" in reply.text
    assert "20%" in reply.text  # 1 ÷ 5


def test_a_stated_ratio_in_a_sustained_workload_firms_up_provisioned() -> None:
    reply = router.answer("claims queue in production, runs 24/7. Peak-to-average: the ops lead reckons ~1.6. "
                          "Provisioned offered at 45% below on-demand. Prompts are short and differ a lot. "
                          "What do we lead with?", rate_cards={})
    assert "*Provisioned throughput: recommended.*" in reply.text
    assert "once the peak-to-average ratio confirms it" not in reply.text
    assert "62.5%" in reply.text  # 1 ÷ 1.6, above the 55% break-even
    assert "88%" in reply.text  # (1 − 45%) × 1.6
    assert "*Per-call: not recommended.*" in reply.text


def test_a_daily_volume_range_is_not_a_prompt_size_range() -> None:
    assert _traits("daily volume moves anywhere from 100k to 2M tokens. structure?").prompt_sizes != "varied"
    assert _traits("documents run from 3k to 90k tokens. structure?").prompt_sizes == "varied"


# --- constraints that point to the hyperscaler tier -------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("retailer on Azure: everything has to stay in EU regions, private endpoints only, and purchases go "
         "through their existing MACC. where do we land them?", {"data_residency", "private_networking",
                                                                 "existing_billing"}),
        ("insurer on AWS wants the spend to count toward their commit, and legal only signs with SLAs. which "
         "route?", {"existing_billing", "sla"}),
        ("utility on GCP: workloads must remain in the us-east4 region, no public internet egress. which way?",
         {"data_residency", "private_networking"}),
    ],
)
def test_hyperscaler_constraints_recommend_the_hyperscaler_tier(text: str, needs: set[str]) -> None:
    traits = _traits(text)
    assert needs <= set(traits.compliance_needs)
    advice = map_scenario(traits)
    assert advice.hyperscaler is not None
    assert advice.hyperscaler.verdict == "recommended"
    assert {b.key for b in advice.hyperscaler.what_it_buys} >= needs & {"data_residency", "private_networking",
                                                                        "existing_billing", "sla"}


def test_the_hyperscaler_verdict_is_a_line_of_the_reply() -> None:
    reply = router.answer("federal agency, must stay inside FedRAMP High, already on Azure Government. which "
                          "structure should they be on?", rate_cards={})
    assert "• *Hyperscaler tier: recommended.* A FedRAMP requirement" in reply.text


def test_a_doubt_ruled_out_is_not_a_negation() -> None:
    assert _traits("there's no doubt the load is steady, production for two years. structure?").volume_variability \
        == "low"


@pytest.mark.parametrize(
    "text",
    [
        "they'd draw down the commitment monthly from prepaid credits with the model provider. structure?",
        "the provider bills against the commitment every month, steady production load. structure?",
    ],
)
def test_a_commitment_without_a_cloud_is_no_cloud_billing_need(text: str) -> None:
    traits = _traits(text)
    assert "existing_billing" not in traits.compliance_needs
    assert map_scenario(traits).hyperscaler is None


@pytest.mark.parametrize(
    "text",
    [
        "fraud scoring in production, steady, one call per transaction, but prompts vary per transaction. structure?",
        "ticket triage, 30k tickets a day, inputs differ from ticket to ticket by a lot. structure?",
        "support bot in production with variable conversation lengths, 3 to 40 turns. structure?",
    ],
)
def test_sizes_that_change_from_call_to_call_rule_out_per_call(text: str) -> None:
    advice = _advice(text)
    assert advice.per_call.verdict == "not_recommended"
    assert "vary" in advice.per_call.reason


def test_a_varying_conversation_length_is_not_a_swinging_volume() -> None:
    assert _traits("chat assistant in production, variable conversation length, 24/7. structure?"
                   ).volume_variability != "high"


def test_a_prompt_identical_across_calls_is_the_primary_lever() -> None:
    advice = _advice("service agent in production, 80k chats a day; a 7k-token instruction block, identical across "
                     "calls. which structure?")
    assert advice.prompt_caching.verdict == "recommended"
    assert "primary lever" in advice.prompt_caching.reason


def test_per_token_for_swinging_volume_says_so() -> None:
    advice = _advice("production chatbot, traffic is spiky around product launches. structure?")
    assert advice.per_token.verdict == "recommended"
    assert "volume swings" in advice.per_token.reason
    assert "still uncertain" not in advice.per_token.reason  # it is in production, not early


def test_prompts_of_the_same_size_are_not_a_repeated_context() -> None:
    traits = _traits("receipt classification, a fixed 8k receipts a day, each prompt roughly the same length, finance "
                     "wants a price per receipt. structure?")
    assert traits.repeated_context is None
    assert map_scenario(traits).per_call.verdict == "recommended"


def test_a_variable_part_of_the_prompt_is_not_a_swinging_volume() -> None:
    assert _traits("each step sends the same 10k-token toolset plus a short variable part, a steady few hundred runs "
                   "a day. structure?").volume_variability == "low"


# --- verdicts read from a description: what the rep sees in the reply --------------------------------------------

def _lines(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("help-desk assistant with a huge system prompt (~12k tokens) front-loaded and stable, traffic moderate and "
         "unpredictable so no commitment. what do we recommend?", "12,000-token"),
        ("internal copilot: the system prompt (about 9,000 tokens) never changes, traffic is bursty and they won't "
         "sign a commitment. which structure?", "9,000-token"),
        ("sales-notes bot; the system prompt — roughly 6k tokens — is the same for every rep; volume spiky. what do "
         "we recommend?", "6,000-token"),
        ("legal research assistant with a stable, front-loaded preamble of policy text; usage all over the place. "
         "what do we lead with?", "same large context"),
    ],
)
def test_a_large_stable_prefix_with_unpredictable_volume_recommends_caching(text: str, prefix: str) -> None:
    reply = _lines(text)
    assert "*Prompt caching: recommended.*" in reply
    assert prefix in reply
    assert "*Per-token: recommended.*" in reply  # the base caching applies to, with no commitment
    assert "Prompt sizes vary" not in reply  # the volume swings; nothing says the prompt sizes do


def test_a_short_prefix_in_brackets_is_not_the_primary_lever() -> None:
    reply = _lines("a short system prompt (~300 tokens), spiky traffic. what do we recommend?")
    assert "*Prompt caching: worth evaluating.* A short prefix" in reply


def test_a_bracketed_note_after_the_system_prompt_is_no_prefix_size() -> None:
    reply = router.answer("system prompt (3 sections) plus 500 tokens of user text, 10k calls a day at $3/M. daily "
                          "cost?", rate_cards={})
    assert reply.intent == "quote"
    assert "3-token" not in reply.text and "prefix" not in reply.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Swiss insurer: data must stay in-region in Switzerland, private endpoints only, and they already have a large "
        "Azure commitment. The direct API list price is lower — does that win?",
        "Healthcare client on AWS with HIPAA scope and an existing EDP; the direct rate card is cheaper. Should they "
        "just go direct?",
        "German retailer: GDPR, VPC-only networking, already on a GCP agreement. Why not go direct, since it's "
        "cheaper?",
    ],
)
def test_constraints_beside_a_cheaper_direct_price_recommend_the_hyperscaler_tier(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert "*Which pricing structure fits*" in reply.text
    assert "• *Hyperscaler tier: recommended.* The buyer needs" in reply.text


def test_a_markup_figure_asked_beside_direct_stays_the_markup() -> None:
    reply = router.answer("Azure list is 30% over direct, EA 20%. effective markup?", rate_cards={})
    assert reply.intent == "markup"
    assert "4%" in reply.text  # 1.3 × 0.8 − 1


@pytest.mark.parametrize(
    "text",
    [
        "Photo moderation for a marketplace: each photo = one call, bounded image size, volume contracted at 1M photos "
        "a month, and procurement wants a per-transaction price in the contract.",
        "Receipt OCR: one receipt = one call, bounded receipt size, 500k receipts a month contracted; finance wants a "
        "per-receipt price.",
        "invoicing startup: each invoice = exactly one model call, prompts capped at 800 tokens by the template, ~200k "
        "invoices a month and very predictable, peak/avg ~2 (month-end billing spike). They resell per invoice. "
        "per-token or per-call?",
    ],
)
def test_one_call_per_item_at_a_contracted_or_predictable_volume_recommends_per_call(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert "*Per-call: recommended.*" in reply.text
    assert "*Per-token: viable.*" in reply.text


def test_a_startup_whose_volume_is_unknown_stays_early() -> None:
    reply = _lines("startup pilot, one call per invoice, traffic spiky and unpredictable. which structure?")
    assert "*Per-token: recommended.* No commitment: the bill follows actual input and output tokens while volume is " \
        "still uncertain." in reply
    assert "*Per-call: recommended.*" not in reply


def test_a_scheduled_spike_beside_random_bursts_still_swings() -> None:
    reply = _lines("payroll startup, one call per payslip, 200k payslips a month, steady, with a month-end spike and "
                   "some random bursts too. structure?")
    assert "*Per-token: recommended.*" in reply
    assert "*Per-call: recommended.*" not in reply


# --- one item per call, with a fee that undercuts per-token at the stated call size --------------------------------

@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 3,000 × $0.40/1M + 200 × $1.60/1M = $0.00152 against $0.0015; 2M calls: $3,040.00 against $3,000.00
        ("Receipt parsing for an expense app, 2M receipts a month, always one receipt per call. Per-call is $0.0015. "
         "Per-token would be 3,000 in / 200 out at $0.40/$1.60. What do we recommend?",
         ["*$0.00152*", "$3,040.00", "$3,000.00"]),
        # 5,000 × $0.60/1M + 150 × $2.40/1M = $0.00336 against $0.003; 300k calls: $1,008.00 against $900.00
        ("ID-card checks for a bank's onboarding flow: one image per request, about 300k a month. The vendor quotes "
         "$0.003 per call; per-token it'd be 5,000 in / 150 out at $0.60/$2.40. Which should we propose?",
         ["*$0.00336*", "$1,008.00", "$900.00"]),
    ],
)
def test_one_item_per_call_with_a_cheaper_fee_recommends_per_call(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert "*Per-call: recommended.* One item per call" in reply.text
    assert "*Per-token: viable.*" in reply.text
    missing = [f for f in figures if f not in reply.text]
    assert not missing, f"{missing} not in:\n{reply.text}"


@pytest.mark.parametrize(
    ("text", "per_call"),
    [
        # the fee costs more: 2,500 × $0.50/1M + 300 × $2.00/1M = $0.00185 against $0.002
        ("Claims intake, a single claim form per call, 50k claims a month. Flat fee $0.002 per call vs per-token "
         "2,500 in / 300 out at $0.50/$2.00. Which structure?", "not recommended"),
        # the same cheaper fee, but prompt sizes that vary hide the cost driver
        ("Receipt parsing, 2M receipts a month, one receipt per call but prompt sizes vary widely. Per-call is "
         "$0.0015. Per-token would be 3,000 in / 200 out at $0.40/$1.60. What do we recommend?", "not recommended"),
        # the same cheaper fee, but a volume that swings keeps per-token the default
        ("Receipt parsing, one receipt per call, volume is all over the place. Per-call is $0.0015. Per-token would be "
         "3,000 in / 200 out at $0.40/$1.60. What do we recommend?", "viable"),
    ],
)
def test_one_item_per_call_is_not_enough_when_the_fee_costs_more_or_sizes_or_volume_swing(
        text: str, per_call: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert f"*Per-call: {per_call}.*" in reply.text
    assert "*Per-token: recommended.*" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "always one receipt per call",
        "a single claim form per call",
        "exactly one scanned invoice per request",
    ],
)
def test_one_item_said_before_its_call_is_transactional(text: str) -> None:
    assert _traits(f"Expense app, {text}, 40k a month. Which structure?").transactional is True


def test_one_conversation_per_session_is_no_business_item() -> None:
    assert _traits("Support chat, one conversation per session, 40k a month. Which structure?").transactional is None
