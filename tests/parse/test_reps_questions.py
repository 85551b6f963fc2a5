"""What kind of question a rep is asking, in their own words (sentences written for these tests, not taken from a
scored batch): a definition asked as "the difference between", a workload described for a recommendation, a field
check that also gives figures, a load that runs only part of the day on capacity reserved around the clock."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router


def _answer(text: str) -> tuple[str, str, dict[str, object]]:
    reply = router.answer(text, rate_cards={})
    return reply.intent, reply.text, reply.data


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("what's the difference between a PTU and provisioned throughput?", "PTU (Provisioned Throughput Unit)"),
        ("how does per-token differ from per-call pricing", "Per-token pricing"),
        ("prompt caching - what is it, in one line?", "Prompt caching"),
    ],
)
def test_a_definition_asked_in_other_words_is_a_glossary_answer(text: str, title: str) -> None:
    intent, reply, _ = _answer(text)
    assert intent == "glossary"
    assert f"*{title}*" in reply


@pytest.mark.parametrize(
    ("text", "structure"),
    [
        # a question asking for a recommendation, with every input of the provisioned verdict
        ("support copilot in production, steady traffic all day, PAR around 1.2, 30% provisioned discount. "
         "recommendation?", "Provisioned throughput"),
        # a description with no question at all
        ("mature production RAG service, constant load round-the-clock, PAR 1.15, 45% off for a 1-year reservation",
         "Provisioned throughput"),
        # prompt sizes all over the place, a per-call offer on the table: steer to per-token
        ("contract-review pipeline, contracts anywhere from 3k to 120k tokens, vendor floated a flat per-call price. "
         "which way should we steer them?", "Per-token"),
        # a fixed transaction volume, bounded prompts, a unit cost wanted
        ("ticket triage: a fixed ~50k tickets a month, bounded prompts, ops wants a predictable unit cost per ticket",
         "Per-call"),
    ],
)
def test_a_workload_described_for_a_recommendation_is_a_scenario(text: str, structure: str) -> None:
    intent, reply, _ = _answer(text)
    assert intent == "scenario"
    assert f"*{structure}: recommended.*" in reply


def test_provisioned_asked_for_with_no_traffic_shape_asks_for_the_peak_to_average_ratio() -> None:
    intent, reply, data = _answer("customer in production wants a reservation right away but has no idea what their "
                                  "traffic looks like. what would you suggest?")
    assert intent == "scenario"
    assert "peak_to_average" in {m["field"] for m in data["missing"]}  # type: ignore[index,union-attr]
    assert "peak-to-average" in reply


@pytest.mark.parametrize(
    ("text", "figures", "rule"),
    [
        # 1.16 × 0.88 − 1
        ("should I say 'you're paying extra for Bedrock'? list +16%, EA 12%", ["*2.08%*"],
         "paying-extra-for-azure"),
        # (1 − 40%) ÷ 70%
        ("is it ok to say 'provisioned is cheaper'? they're at 40% off and 70% utilisation", ["0.857"],
         "provisioned-is-cheaper"),
    ],
)
def test_a_field_check_with_figures_answers_them_and_coaches_the_wording(text: str, figures: list[str],
                                                                         rule: str) -> None:
    intent, reply, data = _answer(text)
    assert intent in ("markup", "break_even")
    assert all(f in reply for f in figures), reply
    flags = data.get("flags", [])
    assert rule in {f["rule"] for f in flags}  # type: ignore[union-attr,index]
    for f in flags:  # type: ignore[union-attr]
        assert text[f["start"]:f["end"]].casefold() == f["matched"].casefold()  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 16 h × 5 days ÷ 168 h = 47.62%; (1 − 45%) ÷ 47.62% = 1.155
        ("their pipeline runs flat out 16 hours a day on weekdays only, 24/7 reserved capacity at 45% off - "
         "utilisation and cost vs on-demand?", ["*47.62%*", "1.155"]),
        # 20 h ÷ 24 h = 83.33%; 0.70 ÷ 0.8333 = 0.84
        ("maxed out 20h a day, every day, reservation billed round the clock, 30% discount", ["*83.33%*", "0.84"]),
        # sized for a 1.6 peak: 62.5% utilization; 0.75 × 1.6 = 1.2
        ("size the reservation for peak, PAR ratio ~1.6, 25% discount - does it pay?", ["62.5%", "1.2"]),
    ],
)
def test_utilization_from_hours_or_peak_sizing(text: str, figures: list[str]) -> None:
    intent, reply, _ = _answer(text)
    assert intent == "break_even"
    assert all(f in reply for f in figures), reply


def test_sizing_for_peaks_without_the_ratio_asks_for_it() -> None:
    _, _, data = _answer("they want to size provisioned capacity to their peaks at a 30% discount, will that pay?")
    assert "peak_to_average" in {m["field"] for m in data["missing"]}  # type: ignore[index,union-attr]


# --- caching figures a rep expects from shares and rates ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # writes 1.5x, reads 0.1x: 0.5 ÷ (0.5 + 0.9)
        ("cache reads are 0.1x input and writes 1.5x input - what hit ratio do we need to break even?", ["*35.71%*"]),
        # from rates: reads 10%, writes 125% of $4
        ("input $4, reads $0.40, writes $5 - minimum hit rate for caching to pay?", ["*21.74%*"]),
        # 3k of 4k cached × (1 − 10%)
        ("how much of the prompt cost do we save per hit if 3k of a 4k-token request is a shared prefix and cached "
         "reads are 10% of input?", ["*67.5%*"]),
        # 100 hits × $0.027 − 1,900 writes × $0.0075: a loss, said as one
        ("hit rate is only 5%, 10k prefix, $3 in, $0.30 cached, $3.75 writes, 2,000 calls a day - net?",
         ["*Caching loses money here:*", "costs $11.55 a day ($351.31 a 730-hour month) more"]),
        # no volume: the write premium and the hits that pay it back
        ("prefix 6k, input $2, read $0.20, write $2.50: hits to pay back one write?",
         ["*$0.0108*", "($2.50/1M − $2.00/1M) = $0.003", "0.278 hits"]),
        # one call every 90 seconds: 960 a day
        ("a call every 90 seconds around the clock, 8k prefix, $3 input and $0.30 cached - daily saving if all hit?",
         ["If every call hits the cache (960 calls a day)", "*$20.74 a day*"]),
    ],
)
def test_caching_figures_from_shares_rates_and_intervals(text: str, figures: list[str]) -> None:
    intent, reply, _ = _answer(text)
    assert intent == "caching"
    assert all(f in reply for f in figures), reply


# --- markup figures: the EA discount that cancels it, the markup from two prices --------------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("what EA discount would offset Bedrock's 20% uplift?", ["*16.67%*"]),  # 1 − 1 ÷ 1.2
        ("Vertex charges $1.40/M input, direct is $1.25/M; EA 5%. markup?", ["*12%*", "*6.4%*"]),  # 1.12 × 0.95 − 1
    ],
)
def test_markup_figures(text: str, figures: list[str]) -> None:
    intent, reply, _ = _answer(text)
    assert intent == "markup"
    assert all(f in reply for f in figures), reply


# --- the commitment level from a load profile over the day ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # above 30 rps only 6 of 24 hours (25% ≤ 60%); above 5 rps 16 of 24 (67% > 60%)
        ("traffic shape: 50 rps for 6 hours, 30 rps for 10 hours, 5 rps the remaining 8; 40% off provisioned - what "
         "level do we commit?", "*30 RPS*"),
        # above 80k TPM half the hours (≤ 75%)
        ("200k TPM for 12h and 80k TPM for the other 12h, 25% discount: commitment?", "*80,000 TPM*"),
    ],
)
def test_a_load_profile_gives_the_commitment_level(text: str, level: str) -> None:
    intent, reply, _ = _answer(text)
    assert intent == "break_even"
    assert level in reply, reply


def test_hours_that_do_not_make_a_day_are_not_a_profile() -> None:
    from bot.parse import parse

    assert not parse("50 rps for 6 hours and 30 rps for 10 hours, 40% off provisioned").fields.load_profile


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 3 × $12 × 730 against $30 × 730 × 60%; break-even load 36 ÷ 30 > 100%
        ("3 PTUs at $12 an hour vs $30/hr of on-demand tokens when maxed out; they average 60% busy. monthly?",
         ["*$26,280.00*", "*$13,140.00*", "*120%*: above full load"]),
        # 4 × $5 × 730 against $25 × 730 × 90%; break-even load 20 ÷ 25
        ("4 units at $5/hr; flat out they'd burn $25 an hour of on-demand tokens, average load 90%. per month?",
         ["*$14,600.00*", "*$16,425.00*", "*80%*"]),
    ],
)
def test_units_against_the_on_demand_cost_of_the_load_they_carry(text: str, figures: list[str]) -> None:
    _, reply, _ = _answer(text)
    assert all(f in reply for f in figures), reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 81,000 hits × $0.0108 − 9,000 writes × $0.003 a week
        ("6k system prompt, $2 / $0.20 / $2.50 (in/read/write), 90k calls a week, 90% hits - weekly net?",
         ["hits save $874.80", "writes cost $27.00", "*$847.80* net"]),
        # a 5-day week of 5,000 calls × $0.0032
        ("weekdays only, 10 hours a day, 500 calls an hour, 2k in / 300 out, $1/$4 - weekly?",
         ["*$16.00*", "$16.00 × 5 days = *$80.00*"]),
    ],
)
def test_the_period_asked_for(text: str, figures: list[str]) -> None:
    _, reply, _ = _answer(text)
    assert all(f in reply for f in figures), reply


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("is 'this will save you 30-50%' ok to put in the deck?", "unconditional-savings"),
        ('would "provisioned is cheaper" be fine for the exec summary', "provisioned-is-cheaper"),
    ],
)
def test_a_quoted_phrase_asked_about_is_a_field_check(text: str, rule: str) -> None:
    intent, reply, data = _answer(text)
    assert intent == "fieldcheck"
    assert "1 phrase to reword" in reply
    assert rule in {f["rule"] for f in data["result"]["flags"]}  # type: ignore[index,union-attr]


def test_a_fee_per_req_is_a_per_call_fee() -> None:
    intent, reply, _ = _answer("our per-call vendor charges $0.004/req, avg req is 1,500 in + 200 out, list per-token "
                               "is $0.50/$1.50; 3M reqs/mo. which is cheaper and by how much per month?")
    assert intent == "per_call"
    assert "$3,150.00 vs $12,000.00" in reply  # 3M × $0.00105 against 3M × $0.004


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # ($0.015 − 800 × $10/M) ÷ $2/M
        ("how many tokens per call before a 1.5 cent flat fee beats $2/$10 per-token, assuming 800 output tokens per "
         "call?", ["*3,500 input tokens per call*"]),
        # 2,000 output tokens × $15/M = $0.03 > $0.02: the fee wins at any prompt size
        ("at what prompt size does $0.02 a call beat $3/$15 per-token if outputs are 2k tokens per call?",
         ["cheaper at any prompt size"]),
    ],
)
def test_the_prompt_size_where_a_fee_beats_per_token_with_the_output_fixed(text: str, figures: list[str]) -> None:
    intent, reply, _ = _answer(text)
    assert intent == "per_call"
    assert all(f in reply for f in figures), reply


def test_business_hours_in_brackets_and_a_utilization_that_would_be() -> None:
    from bot.parse import parse

    f = parse("60 requests per minute during business hours (8h), 3k system prompt, opus 4.1. caching saving?").fields
    assert f.calls_per_day == 60 * 60 * 8
    assert parse("$18,500/mo on-demand, 25% off PTUs, their util would be ~0.85").fields.utilization == [
        Decimal("0.85")]


@pytest.mark.parametrize(
    "text",
    [
        "at what hit rate does caching break even if reads are 10% of input and writes 125% of input? 4k prefix, 10k "
        "calls a day",
        "how many tokens per call before a 1.5 cent flat fee beats $2/$10 per-token, assuming 800 output tokens per "
        "call?",
    ],
)
def test_an_answer_from_shares_or_a_fixed_output_has_a_proposal_paragraph(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert not reply.data.get("internal_error")
    assert reply.data.get("proposal"), reply.data.keys()


def test_a_choice_between_structures_is_a_scenario() -> None:
    intent, reply, _ = _answer("stable 24/7 ticket triage, ~1M tickets a month, fixed 1k prompt, 50 out. per-call or "
                               "per-token or PTUs?")
    assert intent == "scenario"
    assert "*Per-call: recommended.*" in reply  # a fixed volume of bounded, same-kind transactions
    # two structures with the call size and rates given: the per-call comparison, asking for the fee
    intent, _, data = _answer("per-call or per-token for our OCR thing? 1.2k in, 80 out per page, 30k pages a day, "
                              "per-token $0.5/$1.5")
    assert intent == "per_call"
    assert "per_call_fee" in {m["field"] for m in data["missing"]}  # type: ignore[index,union-attr]


@pytest.mark.parametrize(
    ("text", "structure", "not_recommended"),
    [
        # prompt sizes said to vary before the noun, with a range; "good idea?" about a per-call offer
        ("Quillon's coding agent has hugely varying input lengths, from 800 tokens up to 90k. a reseller wants to "
         "charge per request instead. good idea?", "Per-token", "Per-call"),
        # load that multiplies in one season is variable; "should they take it?" about a commitment offer
        ("a ticketing site: demand quadruples around the summer festivals and is quiet otherwise, peak-to-average "
         "roughly 4. they've been offered 25% off reserved capacity. should they take it?", "Per-token", None),
        # the same large context with every document: caching is the lever even without a per-call token count
        ("Larkspur's claims bot attaches the same 30k-token policy manual to each claim, about 2,000 claims a day. "
         "what's the main cost lever?", "Prompt caching", None),
        # uniform calls at a predictable volume, the vendor prices per call: "what fits best?"
        ("Tamsin Bio classify a fixed batch of lab notes, every note ~300 tokens, predictable weekly volume, and "
         "the vendor charges per call. which fits best?", "Per-call", None),
    ],
)
def test_traits_read_from_a_description_decide_the_structure(text: str, structure: str,
                                                              not_recommended: str | None) -> None:
    intent, reply, _ = _answer(text)
    assert intent == "scenario"
    assert f"*{structure}: recommended.*" in reply
    if not_recommended:
        assert f"*{not_recommended}: not recommended.*" in reply


@pytest.mark.parametrize(
    ("text", "verdict", "ratio"),
    [
        ("steady production service, they expect to use 80% of what they commit, 35% off offered. which structure?",
         "recommended", "0.8125"),
        ("production chatbot, steady load, they'd only run at 50% of what they reserve, 30% off. what structure?",
         "not recommended", "1.4"),
    ],
)
def test_a_stated_utilization_decides_provisioned_with_its_cost_ratio(text: str, verdict: str, ratio: str) -> None:
    intent, reply, _ = _answer(text)
    assert intent == "scenario"
    assert f"*Provisioned throughput: {verdict}.*" in reply
    assert f"= {ratio}" in reply
    assert "peak-to-average inference ratio look like" not in reply
