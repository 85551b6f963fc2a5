"""A rep who asks what a term means and, in the same message, asks for a worked figure gets both: the glossary entry
first, then the engine's figures (or what they still need). A computation that only uses the term is unchanged."""

from __future__ import annotations

import pytest

from bot import router
from bot.cli.ask import exit_code
from bot.parse import Intent, parse


@pytest.mark.parametrize(
    ("text", "title", "worked", "figure"),
    [
        ("Our CFO asked me to define PTU before Thursday. they'd get 20% off provisioned; what utilization breaks "
         "even?", "PTU (Provisioned Throughput Unit)", Intent.BREAK_EVEN, "*80%*"),
        ("what exactly is provisioned throughput? they offered 25% off and we think we run at 90% busy, does it pay?",
         "Provisioned throughput", Intent.BREAK_EVEN, "16.67% below on-demand"),
        ("pls explain break-even utilisation, and what is it for a 35% discount?", "Break-even utilization",
         Intent.BREAK_EVEN, "*65%*"),
        ("ELI5 the cache hit rate. and if 70% of 30,000 calls a day hit a 5k prefix at $3 in and $0.30 cached, what "
         "do we save a day?", "Cache hit rate (it varies)", Intent.CACHING, "$0.0135"),
        ("walk me through per-token pricing: 400k input and 90k output tokens at $2/$8 per million",
         "Per-token pricing", Intent.QUOTE, "*$1.52*"),
        ("how is per-token pricing billed? 1M in and 250k out at $5/$15", "Per-token pricing", Intent.QUOTE,
         "*$8.75*"),
        ('the buyer keeps saying "EA discount" - what does it mean? list markup is 18% and their EA is 9%, so what do '
         "they really pay over direct?", "EA discount", Intent.MARKUP, "*7.38%*"),
        ("how does the okta comparison map onto provisioned? customer peak-to-average is 2.5, 40% off, sized for peak "
         "does it pay?", "Okta analogy: concurrent session licensing", Intent.BREAK_EVEN, "150% of the on-demand"),
        ("define per-call pricing. the vendor wants $0.01 a call, our calls are 1,500 in and 300 out at $3/$15. which "
         "is cheaper?", "Per-call pricing", Intent.PER_CALL, "*2,000 tokens per call*"),
        ("What's per-token pricing vs per-call? $0.004 a call against 2k in / 200 out at $1/$4", "Per-token pricing",
         Intent.PER_CALL, "$0.004"),
        ("no idea what a PTU is. 3 PTUs at $4/hr, what's that a month?", "PTU (Provisioned Throughput Unit)",
         Intent.BREAK_EVEN, "*$8,760.00*"),
        # the figure given for the term by a pronoun: "if it's 4" is the ratio just asked about
        ("what does PAR mean? if it's 4, what utilization does capacity sized for peak run at?",
         "Peak-to-average ratio", Intent.BREAK_EVEN, "25%"),
        # units counted by a pronoun once the unit's meaning is asked: "one", "each one", "4 of them"
        ("wtf is a PTU? if one runs $3/hour, what's that per month?", "PTU (Provisioned Throughput Unit)",
         Intent.BREAK_EVEN, "*$2,190.00*"),
        ("what's a PTU exactly? 6 of them at $2.50 an hour, monthly bill?", "PTU (Provisioned Throughput Unit)",
         Intent.BREAK_EVEN, "*$10,950.00*"),
        # "each one" prices a unit: the units counted before it are the bill's
        ("they already run 3 PTUs. what's a PTU anyway? if each one were $4 an hour, what's that a month?",
         "PTU (Provisioned Throughput Unit)", Intent.BREAK_EVEN, "*$8,760.00*"),
        ("The Bedrock AE says the hyperscaler markup is just a fee. is it a fee? list 15% over direct, EA 5%, what's "
         "the effective markup?", "Hyperscaler markup", Intent.MARKUP, "*9.25%*"),
    ],
)
def test_the_entry_comes_first_then_the_worked_figures(text: str, title: str, worked: Intent, figure: str) -> None:
    ask = parse(text)
    assert (ask.intent, ask.worked) == (Intent.GLOSSARY, worked)
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}*"), reply.text[:200]
    assert figure in reply.text, reply.text
    assert reply.text.index(f"*{title}*") < reply.text.index(figure)
    assert "Figures are illustrative" in reply.text


@pytest.mark.parametrize(
    ("text", "title", "asked"),
    [
        ("what's a PTU? they'd get 30% off", "PTU (Provisioned Throughput Unit)", "utilization"),
        ("define prompt caching, and what would a 3k prefix save per day?", "Prompt caching", "calls_per_day"),
        ("what even is the hyperscaler markup? Azure lists 20% over direct, what do we actually pay with our EA?",
         "Hyperscaler markup", "ea_discount"),
    ],
)
def test_a_figure_missing_an_input_still_gets_the_entry_and_the_tell_me(text: str, title: str, asked: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}*")
    assert asked in [m["field"] for m in reply.data["missing"]]
    assert "tell me:*" in reply.text
    assert exit_code(reply) == 1


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what's the break-even utilization at a 40% discount?", Intent.BREAK_EVEN),
        ("what's break-even and what do they pay vs on-demand at 70% busy with 35% off?", Intent.BREAK_EVEN),
        ("what's a PTU cost at $3 an hour for a month?", Intent.BREAK_EVEN),
        ("what's provisioned vs on-demand per month for 2 units at $40/hr and 1B tokens a month at $3/$15?",
         Intent.BREAK_EVEN),
        ("walk me through the maths: 2M in / 300k out at $3/$15", Intent.QUOTE),
        ("explain the caching savings on a 4k prefix at 10k calls a day, $3 in / $0.30 cached", Intent.CACHING),
        ("trying to explain caching per call to the CFO: 5k prefix, $3 in, $0.30 cached", Intent.CACHING),
        ("how does caching work out at 10k calls a day on a 4k prefix, $3 in / $0.30 cached?", Intent.CACHING),
        ("what markup are they paying with 30% list and a 15% EA?", Intent.MARKUP),
        ("customer keeps saying PTUs are cheaper; 30% off at 60% utilization, are they?", Intent.BREAK_EVEN),
        ("Azure sent a provisioned deployment quote, 30% off. where does that break even at 60% busy?",
         Intent.BREAK_EVEN),
        ("what's the PAR if peak is 900 rpm and average 300?", Intent.BREAK_EVEN),
        # no meaning asked: "one" and "of them" are left as written
        ("no one is sure about provisioned. 5 PTUs at $2/hr, 40% off: break-even?", Intent.BREAK_EVEN),
    ],
)
def test_a_computation_that_only_uses_the_term_keeps_its_intent(text: str, intent: Intent) -> None:
    ask = parse(text)
    assert (ask.intent, ask.fields.term) == (intent, None)


def test_a_follow_up_changes_the_figures_asked_beside_the_entry() -> None:
    first = router.answer("what's a PTU? they'd get 30% off", rate_cards={})
    previous = router.context_of(first)
    assert previous is not None and previous.intent is Intent.BREAK_EVEN and previous.fields.term is None
    then = router.answer("and at 80% utilization?", rate_cards={}, previous=previous)
    assert then.intent == "break_even"
    assert "(1 − 30%) ÷ 80%" in then.text


def test_a_number_out_of_range_is_refused_after_the_entry() -> None:
    reply = router.answer("what's a break-even? at a 140% discount", rate_cards={})
    assert reply.intent == "glossary"
    assert reply.text.startswith("*Break-even utilization*")
    assert "140% is out of range" in reply.text and "Traceback" not in reply.text
    assert exit_code(reply) == 1


def test_the_summary_and_the_data_carry_both() -> None:
    reply = router.answer("pls explain break-even utilisation, and what is it for a 35% discount?", rate_cards={})
    assert reply.summary.startswith("*Break-even utilization*:")
    assert "*65%*" in reply.summary
    result = reply.data["result"]
    assert result["term"]["id"] == "break-even" and "break_even" in result
    assert reply.data["request"]["worked"] == "break_even"


def test_an_entry_asked_alone_is_unchanged() -> None:
    reply = router.answer("what's a PTU?", rate_cards={})
    assert reply.intent == "glossary" and reply.text.startswith("*PTU (Provisioned Throughput Unit)*")
    assert "Rate source" not in reply.text and "request" in reply.data and "worked" not in reply.data["request"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # 1 − 28% = 72%
        ("what does 'break-even utilization' mean? using a 28% PT discount as the example", "*72%*"),
        # 1 − 35% = 65%
        ("what does break-even utilization mean? for example, a 35% provisioned discount", "*65%*"),
        # 1 − 40% = 60%
        ("explain break-even utilization. take a 40% discount as an example.", "*60%*"),
    ],
)
def test_a_meaning_asked_with_an_example_figure_works_the_example(text: str, figure: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.text.startswith("*Break-even utilization*")
    assert figure in reply.text


def test_context_figures_after_a_meaning_stay_context() -> None:
    reply = router.answer("what does TTL mean? their engineer said the cache has a 5 minute TTL", rate_cards={})
    assert reply.text.startswith("*TTL")
    assert "To work this out" not in reply.text
