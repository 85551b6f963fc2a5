"""Which pricing structure a rep is told fits follows what the ask says about the workload: a stable volume of
classification or vision transactions is per-call; a buyer on a cloud with residency and private-networking needs is
the hyperscaler tier, asked as "direct API or Vertex?"; capacity that must never throttle at a high peak-to-average
ratio is per-token, not provisioned; one large document asked about again and again is prompt caching; a per-call fee
set against per-token rates for a described run of transactions is the choice with both bills; a short trial is
priced over its months; a per-call offer whose fee is still to come asks for the fee (our own sentences)."""

from __future__ import annotations

import pytest

from bot.router import answer


def _reply(text: str):  # type: ignore[no-untyped-def]
    return answer(text, rate_cards={})


def _line(text: str, structure: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(f"• *{structure}:"))


# --- a stable volume of classification / vision transactions: per-call ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "document OCR endpoint, call volume very stable at 40k scans a day. which pricing fits?",
        "vision endpoint tagging product photos, stable daily volume around 30k photos. which structure?",
        "Non-generative classifier for incoming support tickets: traffic stays pretty stable at 120k tickets a day. "
        "Best pricing structure?",
        # the new product listings are the items embedded, not a product in its early days
        "embedding every new product listing, volume stable at about 2M listings a month. which pricing structure?",
    ],
)
def test_a_stable_run_of_classification_calls_recommends_per_call(text: str) -> None:
    reply = _reply(text)
    assert reply.intent == "scenario"
    assert _line(reply.text, "Per-call").startswith("• *Per-call: recommended.*")
    assert not _line(reply.text, "Per-token").startswith("• *Per-token: recommended.*")


@pytest.mark.parametrize(
    "text",
    [
        # the volume is said not to be stable
        "classifier endpoint for support tickets, volume is not stable at all, which structure?",
        "image tagging endpoint, volume is never stable month to month. which structure?",
        # a stable prefix is what a cache reuses, not a steady volume
        "image tagging endpoint with a stable system prompt of 3k tokens. which structure?",
    ],
)
def test_stable_said_of_something_else_is_no_steady_volume(text: str) -> None:
    reply = _reply(text)
    assert not _line(reply.text, "Per-call").startswith("• *Per-call: recommended.*")


def test_a_new_product_being_built_is_still_early() -> None:
    reply = _reply("they're building a new product, volume unknown, which structure?")
    assert "• *Provisioned throughput: not recommended.*" in reply.text


# --- already on a cloud, residency and private networking: the hyperscaler tier ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Insurer already on Google Cloud with a large committed spend, must keep data in the EU and use Private "
        "Service Connect. direct Gemini API or Vertex?",
        "retail bank runs on Azure with a committed spend agreement, needs data residency and private endpoints, "
        "won't onboard another vendor. OpenAI API or Azure?",
        "They're on AWS with committed spend, need private networking and residency, no new vendors. direct Claude "
        "API or Bedrock?",
    ],
)
def test_direct_api_or_the_cloud_for_a_buyer_on_that_cloud_is_the_hyperscaler_tier(text: str) -> None:
    reply = _reply(text)
    assert reply.intent == "scenario"
    assert "• *Hyperscaler tier: recommended.*" in reply.text


def test_a_new_vendor_ruled_out_is_billing_through_the_existing_cloud_agreement() -> None:
    reply = _reply("EU bank already on Google Cloud with a big committed spend, needs EU data residency and Private "
                   "Service Connect, won't add a new vendor to procurement. direct Gemini API or Vertex?")
    assert "billing through the existing cloud agreement" in reply.text


def test_the_markup_of_the_direct_api_against_the_cloud_stays_a_markup_figure() -> None:
    assert _reply("what's the markup on the direct Gemini API vs Vertex if Vertex lists 20% over and EA is "
                  "10%?").intent == "markup"


# --- capacity that never throttles at a high peak-to-average ratio: per-token, not provisioned -----------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1 ÷ 5 = 20% against 1 − 40% = 60%: (1 − 40%) × 5 = 3×
        ("spiky support bot, PAR 5, customer insists it must never be throttled. provisioned offered at 40% off. "
         "should we pitch PTUs?", ["1 − 40% = 60%", "1 ÷ 5 = 20%", "(1 − 40%) × 5 = 3×"]),
        # 1 ÷ 3 = 33.33% against 70%: (1 − 30%) × 3 = 2.1×
        ("peak-to-average 3:1, they want no throttling at peak. 30% off on provisioned. pitch provisioned or not?",
         ["1 − 30% = 70%", "1 ÷ 3 = 33.33%", "(1 − 30%) × 3 = 2.1×"]),
        # 1 ÷ 2.5 = 40% against 55%: (1 − 45%) × 2.5 = 1.375×
        ("Bursty traffic with a peak-to-average ratio of 2.5; the buyer wants capacity that never throttles. 45% "
         "discount offered. Push provisioned or not?", ["1 − 45% = 55%", "1 ÷ 2.5 = 40%"]),
    ],
)
def test_never_throttled_capacity_below_break_even_is_not_recommended(text: str, figures: list[str]) -> None:
    reply = _reply(text)
    assert reply.intent == "scenario"
    assert "• *Per-token: recommended.*" in reply.text
    assert "• *Provisioned throughput: not recommended.*" in reply.text
    missing = [f for f in figures if f not in reply.text]
    assert not missing, f"{missing} not in:\n{reply.text}"


def test_never_throttled_capacity_above_break_even_stays_recommended() -> None:
    # 1 ÷ 1.2 = 83.33% against 1 − 35% = 65%
    reply = _reply("steady production claims bot, PAR 1.2, they want capacity that never throttles. 35% off "
                   "provisioned. push provisioned or not?")
    assert "• *Provisioned throughput: recommended.*" in reply.text


def test_capacity_merely_sized_for_peak_keeps_the_base_load_option() -> None:
    reply = _reply("Production chatbot, very spiky, peak-to-average 3, sized for peak at 35% off. Move or stay on "
                   "PAYG?")
    assert "• *Provisioned throughput: worth evaluating.*" in reply.text


def test_whether_to_push_with_a_figure_asked_stays_the_break_even() -> None:
    reply = _reply("deciding whether to push PT or not: on-demand would be $40k/month at full use, provisioned is "
                   "$26,000/month, they'd use 60% of it. What's the break-even?")
    assert reply.intent == "break_even"


# --- one large document, then many questions about it: prompt caching ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "analyst loads a single 60k-token annual report, then fires off a dozen or so questions at it. volume is "
        "tiny otherwise. which structure?",
        "reviewer opens a 70k-token due-diligence pack and runs a series of questions against it. which structure?",
        "support engineer pastes one 25k-token log bundle and asks 10-15 follow-up questions on it. low volume. what "
        "pricing structure fits?",
    ],
)
def test_one_document_asked_about_again_and_again_recommends_caching(text: str) -> None:
    reply = _reply(text)
    assert reply.intent == "scenario"
    assert "• *Prompt caching: recommended.*" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "legal team asks 20-30 questions a day, each about a different short contract. what structure?",
        "support bot, each session asks ~40 questions about billing. which structure?",
    ],
)
def test_questions_that_share_no_document_are_no_caching_lever(text: str) -> None:
    assert "• *Prompt caching: recommended.*" not in _reply(text).text


# --- a fee against per-token rates for a described run of transactions: the choice, with both bills -----------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1,500 × $2/1M + 150 × $8/1M = $0.003 + $0.0012 = $0.0042 a call; 90,000 × $0.002 = $180.00
        ("receipt OCR, one call per receipt, steady 90k receipts a month, each ~1,500 in / 150 out. per-token $2/$8 "
         "or per-call at $0.002?", ["$0.0042", "$180.00"]),
        # 1,000 × $1/1M + 100 × $4/1M = $0.0014; 300,000 × $0.001 = $300.00
        ("claims extraction, exactly one call per claim, fixed 300k claims a month, prompts capped at 1,000 in / 100 "
         "out. per-call $0.001 vs per-token $1/$4?", ["$0.0014", "$300.00"]),
    ],
)
def test_a_fee_or_per_token_for_a_fixed_run_of_transactions_is_the_choice(text: str, figures: list[str]) -> None:
    reply = _reply(text)
    assert reply.intent == "scenario"
    assert "• *Per-call: recommended.*" in reply.text
    missing = [f for f in figures if f not in reply.text]
    assert not missing, f"{missing} not in:\n{reply.text}"


def test_a_fee_or_per_token_with_no_workload_described_stays_the_comparison() -> None:
    assert _reply("embedding 1,000 in / 0 out per call. per-call $0.0001 vs per-token $0.02/M?").intent == "per_call"


# --- a short trial priced over its months -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # ($20 + $12) × 4 = $128.00
        ("4-month pilot, around 8M input and 1.2M output tokens a month, short prompts. What pricing should they "
         "take? $2.50 in / $10 out per M.", "$128.00"),
        # 5M × $3 + 1M × $15 = $30 a month, × 2 = $60.00
        ("They're running a trial for 2 months: 5M input and 1M output tokens per month at $3/$15 per million. "
         "Which structure should they use?", "$60.00"),
    ],
)
def test_a_trial_of_stated_months_is_priced_over_them(text: str, total: str) -> None:
    reply = _reply(text)
    assert reply.intent == "scenario"
    assert "• *Per-token: recommended.*" in reply.text
    assert total in reply.text
    assert "Not used in these figures" not in reply.text


def test_a_trial_in_its_early_months_is_no_span_to_price() -> None:
    # "3 months old" says how long the product has run, not a span asked over
    reply = _reply("product is 3 months old, 10M input and 2M output tokens a month at $2.50/$10. which structure?")
    assert "-month term" not in reply.text


# --- a per-call offer whose fee is still to come: the comparison asks for the fee ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Their reseller has a per-call option too; the per-call rate is still TBC. We're at $1/$4 per M per token, "
        "calls are 800 in / 200 out, 50k a day. Which should we go with?",
        "customer weighing our per-token price ($3/M in, $15/M out) against a per-call plan, fee to be confirmed. "
        "2,000 in / 400 out per call. which should they use?",
        "per-call offer from the partner, price still pending; per-token is $0.50/$1.50, each call 1,200 in / 300 "
        "out. which one should we go with?",
    ],
)
def test_a_per_call_offer_without_its_fee_asks_for_it(text: str) -> None:
    reply = _reply(text)
    assert reply.intent == "per_call"
    assert "per_call_fee" in {m["field"] for m in reply.data.get("missing") or []}


def test_a_workload_described_around_a_missing_fee_stays_the_choice() -> None:
    reply = _reply("steady production classification, 1k in / 100 out per call, per-call fee TBD, $1/$4 per token. "
                   "which structure?")
    assert reply.intent == "scenario"
