"""A deal stated and then one number changed in the same message ("and what if input grows to 3,500 tokens",
"actually make that 60k calls/day", "then the prefix grows to 12k, everything else the same", "what if the PAR is
really 2"): the reply works out the deal as stated and the changed deal (or, for a correction, as first stated and as
corrected), each with its figures, whatever the question. Messages the parser already reads whole (values in turn,
"goes from 300 to 900", a what-if with no deal before it) are answered as before."""

from __future__ import annotations

import pytest

from bot import router
from bot.followup import read
from bot.parse import parse
from bot.parse.variants import plain_changes, split
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "title", "figures"),
    [
        # 2,000 × $1/1M + 500 × $5/1M = $0.0045 × 12,000 = $54.00; input 3,500: $0.006 × 12,000 = $72.00
        (
            "Support bot: 12k calls a day, 2,000 in / 500 out at $1/$5 per M. Daily cost? And what if input grows to "
            "3,500 tokens once we attach order history?",
            "Per-token quote: as stated and what if",
            ["$54.00", "$72.00", "What if (input tokens per call 3,500)"],
        ),
        # 800 × $0.40/1M + 250 × $1.60/1M = $0.00072 × 40,000 = $28.80; × 60,000 = $43.20
        (
            "quote me 40k calls/day, 800 in / 250 out, $0.40 in / $1.60 out per million. per day? actually make that "
            "60k calls/day",
            "Per-token quote: as first stated and as corrected",
            ["$28.80", "$43.20", "As corrected (calls a day 60,000)"],
        ),
        # 1.5M × (600 × $2 + 150 × $8)/1M = $3,600.00; output 100: 1.5M × $0.002 = $3,000.00
        (
            "1.5M calls a month at 600 in / 150 out, rates $2 / $8 per 1M - monthly bill? what if the output drops to "
            "100 tokens with the shorter template?",
            "Per-token quote: as stated and what if",
            ["$3,600.00", "$3,000.00"],
        ),
        # per-token 2M × $0.00135 = $2,700.00; output 1,200: 2M × $0.00315 = $6,300.00; per-call $8,000.00
        (
            "Per-call SKU is $0.004 a call; per-token is $0.50/$2 per M; calls average 1,500 in / 300 out, 2M calls a "
            "month. monthly both ways? and if output climbs to 1,200?",
            "Per-call vs per-token: as stated and what if",
            ["$2,700.00", "$6,300.00", "$8,000.00"],
        ),
        # break-even 1 − 35% = 65%; at 25% off, 75%
        (
            "PTU deal at a 35% discount. break-even utilization? what if the discount is only 25%?",
            "",
            ["*65%*", "75%"],
        ),
        # $90,000 × 0.6 × 1.6 = $86,400.00; PAR 2: $90,000 × 0.6 × 2 = $108,000.00
        (
            "we size for peak with a PAR of 1.6, discount 40%, on-demand would run $90k/mo. provisioned cost a month? "
            "what if the PAR is really 2?",
            "",  # the break-even reply works a second ratio in itself
            ["$86,400.00", "$108,000.00"],
        ),
        # 24,000 × 8,000 × $2.70/1M − 6,000 × 8,000 × $0.75/1M = $518.40 − $36.00 = $482.40; 12k: $777.60 − $54.00
        (
            "8k prefix, 30k calls a day, $3 input, $0.30 cache read, $3.75 cache write, 80% hits. net saving a day? "
            "then the prefix grows to 12k, everything else the same. net a day then?",
            "",
            ["$482.40 a day", "$723.60 a day"],
        ),
        # 1.25 × 0.90 − 1 = 12.5%; 1.25 × 0.82 − 1 = 2.5%
        (
            "Azure list is 25% over direct and they have a 10% EA. effective markup? and what if the EA goes to 18% at "
            "renewal?",
            "",
            ["12.5%", "2.5%"],
        ),
    ],
)
def test_the_deal_and_the_changed_deal_are_both_worked_out(text: str, title: str, figures: list[str]) -> None:
    reply = reply_text(text)
    # (a title only where the message read whole leaves the change out; the others work it in themselves)
    assert not title or reply.startswith(f"*{title}*"), reply
    for figure in figures:
        assert figure in reply, (figure, reply)


@pytest.mark.parametrize(
    "text",
    [
        # values in turn: the message read whole lists them
        "Deal: 30% discount on PTUs, they expect 75% utilization. cost vs on-demand at 75%? And what if utilization "
        "drops to 55%? and to 45%?",
        # a what-if with no deal before it
        "what if we commit at a 40% discount and run at 70%?",
        # a change said from one value to another, which the quote works out itself
        "20k calls a day, 1,000 in, $1/$4 per M; output goes from 300 to 900 tokens. what's the change a month?",
        # a condition inside the one question
        "If they run 10k calls a day at 2k in / 500 out on $3/$15 per M, what's the monthly?",
    ],
)
def test_messages_read_whole_are_not_split(text: str) -> None:
    assert " as stated and what if*" not in reply_text(text).split("\n")[0]


def test_a_discount_off_the_list_shows_the_day_it_was_asked_for() -> None:
    # 50,000 × (1,000 × $2 + 200 × $10)/1M = $200.00 a day; 15% off: $170.00
    reply = reply_text(
        "50k calls/day, 1,000 in / 200 out, $2/$10 per M. daily cost, and with a 15% volume discount on both rates?"
    )
    assert "$200.00" in reply and "*$170.00* a day" in reply, reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # per-token 800 × $2/1M + 200 × $8/1M = $0.0032 per 1,000 tokens: $0.0048 → 1,500 tokens, $0.0036 → 1,125
        ("If they lower the per-call fee from $0.0048 to $0.0036, where does the crossover land? Calls run 800 in / "
         "200 out at $2/$8.", ["*1,500 tokens per call*", "*1,125 tokens per call*"]),
        # 1,500 × $1/1M + 300 × $5/1M = $0.003 per 1,800 tokens: $0.006 → 3,600 tokens, $0.004 → 2,400
        ("The partner cut the per-call fee from $0.006 to $0.004 — where's the crossover now? calls are 1,500 in / 300 "
         "out at $1/$5.", ["*3,600 tokens per call*", "*2,400 tokens per call*"]),
        # 1,000 × $2/1M + 250 × $8/1M = $0.004: the $0.003 fee is cheaper by $0.001, the $0.005 fee dearer by $0.001
        ("per-call price is $0.003 a call today and the vendor wants to raise it to $0.005. calls are 1,000 in / 250 "
         "out at $2/$8. cheaper now, and after?", ["*25% less*", "*25% more*", "*938 tokens per call*",
                                                  "*1,563 tokens per call*"]),
    ],
)
def test_a_per_call_fee_and_the_fee_it_moves_to_are_both_worked_out(text: str, figures: list[str]) -> None:
    reply = reply_text(text)
    assert reply.startswith("*Per-call vs per-token: as stated and what if*"), reply
    for figure in figures:
        assert figure in reply, (figure, reply)
    assert "Not used in these figures" not in reply


def test_a_rate_change_is_not_a_fee_change() -> None:
    # 20,000 × (1,000 × $3 + 300 × $15)/1M = $150.00 a day; at $2.50 input, $140.00
    reply = reply_text("20k calls a day, 1,000 in / 300 out; input goes from $3 to $2.50 per M, output $15. daily?")
    assert "Per-call" not in reply
    assert "*$150.00*" in reply and "$140.00 a day" in reply


def test_a_what_if_reply_is_followed_up_from_the_changed_deal() -> None:
    first = router.answer(
        "Support bot: 12k calls a day, 2,000 in / 500 out at $1/$5 per M. Daily cost? And what if "
        "input grows to 3,500 tokens?",
        rate_cards={},
    )
    previous = router.context_of(first)
    assert previous is not None and previous.fields.input_tokens_per_call == 3500
    # 3,500 × $1/1M + 500 × $5/1M = $0.006 × 20,000 = $120.00
    assert "$120.00" in router.answer("and at 20k calls a day?", rate_cards={}, previous=previous).text


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("and if avg input climbs to 4,000?", "and if avg input is 4,000?"),
        ("what if the PAR is really 1.5", "what if the PAR is 1.5"),
        ("the list delta is actually only 22%", "the list delta is 22%"),
        ("if output would go up to 900 tokens", "if output is 900 tokens"),
    ],
)
def test_a_change_said_with_a_verb_is_read_plainly(said: str, plain: str) -> None:
    assert plain_changes(said) == plain


def test_from_a_to_b_is_left_for_the_parser() -> None:
    assert plain_changes("output goes from 300 to 900 tokens") == "output goes from 300 to 900 tokens"


def test_a_follow_up_naming_the_discount_changes_the_discount() -> None:
    previous = parse("18-month PTU term at 38% off on-demand. break-even utilization?")
    reading = read("then the term drops to 12 months and the discount with it, to 31%", previous)
    assert [(c.field, c.shown) for c in reading.changes] == [("discount", "31%")]


def test_split_needs_a_deal_before_the_change() -> None:
    assert split("what if output doubles to 1,200 tokens?") is None
    cut = split("8k calls/day at $1/$4, 1k in / 200 out. daily? actually make that 20k calls/day")
    assert cut is not None and cut.correction and cut.variant.startswith("actually")
