"""Which structure to propose, asked about a workload described only by its traits (our own sentences, not a scored
batch's): a fixed contractual run of bounded calls for a buyer who dislikes a bill that moves, the needs that point to
the hyperscaler tier with its uplift mentioned in passing, a buyer's requirements pasted as a table, and a prompt's
anatomy pasted as rows. Beside them, the near misses that keep their own intent: a glossary question forwarded from a
buyer, a rough monthly figure asked with "what would I tell them?", and figure questions about the same workloads."""

from __future__ import annotations

import re

import pytest

from bot import router
from bot.parse import parse
from bot.parse.anatomy import read_prompt_parts
from bot.parse.models import Intent
from bot.parse.traits import workload
from pricing.scenario import map_scenario


def _verdict(text: str, structure: str) -> str | None:
    """The verdict a reply's line for ``structure`` shows ("recommended", "not recommended", ...), None if absent."""
    for line in text.splitlines():
        m = re.match(r"\W*" + re.escape(structure) + r": ([^.*]+)", line.strip())
        if m:
            return m.group(1)
    return None


def _advice(text: str):  # type: ignore[no-untyped-def]
    ask = parse(text)
    return map_scenario(workload(ask.fields, ask.text))


# --- a fixed contractual run of bounded calls, and a buyer who wants a bill that does not move: per-call -----------

@pytest.mark.parametrize(
    "text",
    [
        "Payroll provider OCRs timesheets: the volume is written into their contract at 60k timesheets a month, each "
        "call is a capped ~800-token prompt, and their finance lead can't stand usage-based bills. Right pricing play?",
        "Fixed contractual volume of 12,000 loan applications a month; every application is one request, inputs never "
        "exceed 2,000 tokens. The CFO wants no surprises on the invoice. What should we propose?",
        "Customer is contractually committed to 300k product-tag calls a month, prompts top out at 400 tokens, and "
        "procurement hates floating monthly spend. Which structure should we lead with?",
        "Claims intake: each claim is a single call, bounded 1.5k-token prompts, volumes set by contract at 20k a "
        "month, finance insists on a predictable monthly bill. whch structure do we recomend?",
    ],
)
def test_a_fixed_run_of_bounded_calls_for_a_buyer_wanting_a_steady_bill_is_per_call(text: str) -> None:
    reply = router.answer(text)
    assert reply.intent == "scenario", reply.text
    assert _verdict(reply.text, "Per-call") == "recommended", reply.text
    assert _verdict(reply.text, "Provisioned throughput") != "recommended"


@pytest.mark.parametrize(
    "text",
    [
        "the CFO hates variable token bills",
        "finance dislikes variable monthly costs",
        "they refuse variable pricing of any kind",
    ],
)
def test_a_variable_bill_is_not_a_volume_that_swings(text: str) -> None:
    traits = parse(f"Chatbot in production, steady traffic; {text}. Which structure?").fields.traits
    assert "variable" not in traits
    assert "predictable_bill" in traits


def test_a_dislike_of_variable_bills_alone_does_not_make_a_chatbot_a_run_of_transactions() -> None:
    advice = _advice("Internal chatbot in production, steady 24/7, conversations of all lengths. The CFO hates "
                     "variable bills. Which structure?")
    assert advice.per_call.verdict != "recommended"
    assert advice.provisioned_throughput.verdict in ("recommended", "pending")


def test_a_volume_that_swings_still_swings_beside_a_dislike_of_variable_bills() -> None:
    advice = _advice("Receipt scanning, one call per receipt, prompts capped at 1k tokens, but volume is spiky around "
                     "month end; the CFO hates variable bills. What structure?")
    assert advice.per_call.verdict != "recommended"
    assert advice.per_token.verdict == "recommended"


# --- the hyperscaler tier, with its uplift mentioned in passing ---------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "County health department: needs FedRAMP Moderate, runs everything in Azure Government, and keeps grumbling "
        "that the Azure price sits about 20% over direct. What's the right pricing play?",
        "Hospital group, HIPAA, private endpoints only, already burning down a big Azure MACC. Their list uplift vs "
        "direct is 15%. Which pricing setup should we propose?",
        "EU bank: data must stay in EU regions, no public internet, existing Azure agreement. They know Azure costs "
        "~18% more than going direct. what pricing should we propose?",
    ],
)
def test_needs_that_point_to_the_hyperscaler_tier_are_the_scenario_whatever_uplift_is_mentioned(text: str) -> None:
    reply = router.answer(text)
    assert reply.intent == "scenario", reply.text
    assert "Hyperscaler tier" in reply.text
    assert _verdict(reply.text, "Hyperscaler tier") == "recommended", reply.text


def test_the_effective_markup_asked_for_the_same_buyer_stays_the_markup_figure() -> None:
    reply = router.answer("Hospital group, HIPAA, private endpoints, Azure list uplift vs direct is 15% and their EA "
                          "is 10%. What's the effective markup?")
    assert reply.intent == "markup"
    assert "3.5%" in reply.text  # 1.15 × 0.90 − 1


@pytest.mark.parametrize(
    "table",
    [
        "| need | detail |\n|---|---|\n| authorization | FedRAMP High |\n| cloud | Azure Government only |\n"
        "| network | private endpoints |\n| uptime | contractual SLA |",
        "| requirement | notes |\n| --- | --- |\n| residency | data has to stay in the EU |\n| billing | through "
        "their existing Azure MACC |\n| support | guaranteed uptime SLA |",
    ],
)
def test_a_pasted_requirements_table_with_a_structure_question_is_the_scenario(table: str) -> None:
    reply = router.answer(f"Customer's requirements:\n\n{table}\n\nWhich pricing structure fits?")
    assert reply.intent == "scenario", reply.text
    assert _verdict(reply.text, "Hyperscaler tier") == "recommended", reply.text


def test_a_meaning_asked_beside_a_requirement_is_still_a_glossary_question() -> None:
    reply = router.answer("Their RFP says data residency is contractual. What does data residency mean exactly?")
    assert reply.intent == "glossary"
    assert "Data residency" in reply.text


# --- a prompt's anatomy pasted as rows: the unchanging front of the prompt is the prefix ----------------------------

@pytest.mark.parametrize(
    ("paste", "prefix"),
    [
        ("part,tokens,changes per call\nrules,2500,no\nproduct catalogue,9,000,no\ncustomer message,300,yes", 11_500),
        ("| block | token count | static? |\n|---|---|---|\n| persona | 1,200 | yes |\n| style guide | 4,800 | yes |\n"
         "| retrieved passages | 3,000 | no |", 6_000),
        ("section      tokens   type\nsystem prompt   7k   static\nconversation   2k   dynamic", 7_000),
        # no header: each row says in words whether its part changes
        ("persona        2,500   fixed\ntool schemas   6,000   fixed\nhistory        2,000   varies", 8_500),
    ],
)
def test_a_prompt_anatomy_reads_its_unchanging_front_as_the_cached_prefix(paste: str, prefix: int) -> None:
    ask = parse(f"How the support agent's prompt is built (tokens):\n{paste}\nWhich pricing route should they take?")
    assert ask.intent is Intent.SCENARIO
    assert ask.fields.prefix_tokens == prefix
    assert map_scenario(workload(ask.fields, ask.text)).prompt_caching.verdict == "recommended"


def test_a_part_that_stays_the_same_after_one_that_changes_is_not_a_prefix() -> None:
    text = "part,tokens,static\nuser question,200,no\nreference manual,15000,yes\nwhich structure?"
    assert read_prompt_parts(text) == "each call is 15,200 input tokens.\nwhich structure?"
    ask = parse(text)
    assert ask.fields.prefix_tokens is None
    assert map_scenario(workload(ask.fields, ask.text)).prompt_caching.verdict != "recommended"


def test_output_rows_are_not_part_of_the_prompt() -> None:
    said = read_prompt_parts("part,tokens,fixed\ninstructions,3000,yes\nquestion,100,no\nanswer,500,no\n")
    assert "each call is 3,100 input tokens and 500 output tokens per call" in said
    assert "3,000-token prefix" in said


@pytest.mark.parametrize(
    "paste",
    [
        "model,tokens,calls\nsonnet,3000,100\nhaiku,2000,400",  # no column says what changes
        "part,tokens,changes per call\nrules,2500,yes\nquestion,300,yes",  # nothing stays the same
        "part,tokens,static\nrules,2500,yes",  # one row is not an anatomy
    ],
)
def test_rows_that_are_not_a_prompt_anatomy_are_left_as_they_were(paste: str) -> None:
    assert read_prompt_parts(paste + "\nwhat fits?") == paste + "\nwhat fits?"


# --- near misses: a glossary question forwarded from a buyer; a rough monthly figure --------------------------------

@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Forwarded from their head of data:\n> Could you clarify what \"provisioned throughput\" actually is before "
         "our steering meeting? We'd like a short explanation.\nwhat should I reply?", "Provisioned throughput"),
        ("Procurement wrote back: 'Honestly, what exactly is the hyperscaler markup?' How do I answer?",
         "Hyperscaler markup"),
        ("buyer asked in the email thread: we want to understand what a cache hit really is. reply ideas?",
         "Cache hit"),
    ],
)
def test_a_glossary_question_forwarded_from_a_buyer_gets_the_glossary_entry(text: str, title: str) -> None:
    reply = router.answer(text)
    assert reply.intent == "glossary", reply.text
    assert title in reply.text


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        ("Prospect wants a ballpark: 4,000 chats a day, each ~2,000 tokens in and 500 out, $1/M input and $4/M output. "
         "What would I tell them?", "$486.67"),
        ("Rough monthly number please, 10,000 calls a day at 1k in / 200 out, rates $2 in / $8 out per million. What "
         "do I tell finance?", "$1,095.00"),
        ("What should I tell the CFO the month costs? 2,500 requests/day, 3,000 tokens in, 400 out, $3/$15 per M.",
         "$1,140.63"),
    ],
)
def test_a_rough_monthly_figure_asked_with_what_to_tell_them_is_a_quote(text: str, monthly: str) -> None:
    reply = router.answer(text)
    assert reply.intent == "quote", reply.text
    assert monthly in reply.text


def test_what_to_tell_them_about_a_workload_with_no_figure_asked_is_still_the_scenario() -> None:
    reply = router.answer("Start-up in beta, traffic all over the place, no idea of volume yet. What do I tell them?")
    assert reply.intent == "scenario"
    assert _verdict(reply.text, "Per-token") == "recommended"


def test_structuring_the_prompt_is_not_a_pricing_structure_question() -> None:
    reply = router.answer("What is prompt caching, and how should we structure our prompts for it?")
    assert reply.intent == "glossary"
    assert "Prompt caching" in reply.text


def test_anatomy_rows_at_slack_length_are_read_in_linear_time() -> None:
    import time

    def seconds(n: int) -> float:
        paste = "part,tokens,static\n" + "rules,2500,yes\n" * n + "which structure?"
        start = time.process_time()  # this process's time: other work on the machine does not count
        read_prompt_parts(paste)
        return time.process_time() - start

    short = min(seconds(260) for _ in range(5))
    long = min(seconds(2_600) for _ in range(5))  # about 40,000 characters
    assert long < 20 * short + 0.05, (short, long)


# --- the other traits, said in other words ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Fraud scoring runs 24x7 at a constant rate and has been live for 3 years. Which structure fits?",
        "Translation service, steady 24 x 7, in use for over a year. What should they be on?",
        "Moderation queue: constant load 24-7, deployed for two years. Right pricing play?",
    ],
)
def test_steady_load_around_the_clock_however_written_points_to_provisioned(text: str) -> None:
    reply = router.answer(text)
    assert reply.intent == "scenario", reply.text
    assert (_verdict(reply.text, "Provisioned throughput") or "").startswith("recommended"), reply.text


def test_live_for_a_few_weeks_is_still_early() -> None:
    traits = parse("live for three weeks, traffic spiky. which structure?").fields.traits
    assert "early_stage" in traits and "production" not in traits


@pytest.mark.parametrize(
    "text",
    [
        "Every ticket gets the same 9,000-token troubleshooting guide prepended. What's the best approach for pricing?",
        "Each claim carries the same underwriting rulebook, about 14k tokens, ahead of the claim itself. Structure?",
        "All questions share the same product manual in the prompt. What should we propose?",
        "An 18k-token style bible is sent with every single translation job. Structure?",
        "| item | detail |\n|---|---|\n| prompt | 12k-token benefits handbook included every request |\n"
        "| stage | production |\nWhich structure do we lead with?",
    ],
)
def test_the_same_document_with_every_item_makes_caching_the_lever(text: str) -> None:
    reply = router.answer(text)
    assert reply.intent == "scenario", reply.text
    assert _verdict(reply.text, "Prompt caching") == "recommended", reply.text


@pytest.mark.parametrize(
    ("text", "steady"),
    [
        ("80k invoices a month guaranteed by contract", True),
        ("25,000 claims per month set in the MSA", True),
        ("40% discount guaranteed by contract", False),  # a discount the contract sets is not a volume
        ("$50k a month agreed in the contract", False),  # nor is a spend
    ],
)
def test_a_count_the_contract_sets_is_a_steady_volume(text: str, steady: bool) -> None:
    assert ("steady" in parse(f"{text}. which structure?").fields.traits) is steady


def test_brand_new_is_early() -> None:
    assert "early_stage" in parse("brand new app, usage unpredictable. structure?").fields.traits


@pytest.mark.parametrize(
    "text",
    [
        "They rolled out the new claims chatbot two weeks ago; traffic is erratic. They're asking about PTUs. Advice?",
        "Volume is anyone's guess for now and usage is lumpy. What structure should they start on?",
        "Customer has no idea where their usage will land, and it's sporadic. Which pricing route?",
    ],
)
def test_early_or_unknown_volume_that_swings_is_per_token_and_not_provisioned(text: str) -> None:
    reply = router.answer(text)
    assert reply.intent == "scenario", reply.text
    assert _verdict(reply.text, "Per-token") == "recommended", reply.text
    assert _verdict(reply.text, "Provisioned throughput") == "not recommended", reply.text


def test_being_unsure_of_something_else_is_not_an_unknown_volume() -> None:
    traits = parse("Not sure about the discount yet, but volume is steady. Which structure?").fields.traits
    assert "early_stage" not in traits and "steady" in traits


@pytest.mark.parametrize(
    "text",
    [
        "24/7 payments screening service, in use for four years, no overnight dip at all. Which structure fits?",
        "Their 24x7 support bot is busy the same at night as in the daytime; production. What should we pitch?",
    ],
)
def test_a_service_around_the_clock_with_no_dip_points_to_provisioned(text: str) -> None:
    reply = router.answer(text)
    assert reply.intent == "scenario", reply.text
    assert (_verdict(reply.text, "Provisioned throughput") or "").startswith("recommended"), reply.text


def test_a_meaning_a_buyer_asked_about_reported_in_a_sentence_gets_the_glossary_entry() -> None:
    reply = router.answer("Their CFO asked me over email what an EA discount is and whether it applies to them. How "
                          "do I respond?")
    assert reply.intent == "glossary", reply.text
    assert "EA discount" in reply.text


def test_a_figure_a_buyer_asked_about_reported_in_a_sentence_stays_that_figure() -> None:
    reply = router.answer("Buyer asked what the markup is on Bedrock for them. What do I tell them?")
    assert reply.intent == "markup", reply.text


def test_not_knowing_the_traffic_shape_is_the_peak_question_not_an_early_stage() -> None:
    reply = router.answer("Production chatbot at high volume, they want PTUs now but have no idea what their traffic "
                          "pattern looks like. What should we propose?")
    assert reply.intent == "scenario"
    assert "peak_to_average" in {m["field"] for m in reply.data["missing"]}  # type: ignore[index,union-attr]
