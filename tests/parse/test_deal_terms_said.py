"""Commitment and hyperscaler asks in reps' words (our own sentences, each of a class that was misread): the highest
peak-to-average a discount survives, a saving the buyer wants, units billed over a month of days or hours against an
on-demand amount for the same span, the on-demand figure of the whole committed capacity, a markup named with its
cloud, the markup an EA discount absorbs, a range of markups worked at each end, both sides' bills added up, what the
markup buys asked as a meaning, and which structure to sell asked in words."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "par"),
    [
        # 1 ÷ (1 − 30%) = 1.429
        ("PTUs come in 30% under on-demand. What's the highest peak-to-average ratio they can carry before provisioned "
         "stops paying?", "1.429"),
        # 1 ÷ (1 − 40%) = 1.667
        ("With a 40% discount, how far can they over-provision if they buy for the peak?", "1.667"),
        # 1 ÷ (1 − 25%) = 1.333
        ("25% off on reserved capacity: max PAR before it costs more than on-demand?", "1.333"),
        # 1 ÷ (1 − 50%) = 2
        ("how peaky can the load get at a 50% provisioned discount if we size for peak?", "2"),
    ],
)
def test_the_highest_peak_to_average_a_discount_survives(text: str, par: str) -> None:
    reply = _reply(text)
    assert "PAR = 1 ÷ (1 − " in reply and f"= *{par}*" in reply
    assert "the expected sustained utilization" not in reply  # the question is answered, not asked back


@pytest.mark.parametrize(
    ("text", "discount", "saving", "utilization"),
    [
        # (1 − 35%) ÷ (1 − 25%) = 86.67%
        ("they want at least 25% savings and the PTU discount is 35%: what utilization do they need?", "35%", "25%",
         "86.67%"),
        # (1 − 40%) ÷ (1 − 20%) = 75%
        ("40% provisioned discount; finance needs a minimum 20% reduction vs on-demand. What load gets them there?",
         "40%", "20%", "75%"),
        # (1 − 45%) ÷ (1 − 15%) = 64.71%
        ("At 45% off, what utilisation to save at least 15%?", "45%", "15%", "64.71%"),
    ],
)
def test_a_saving_the_buyer_wants_gives_the_utilization(text: str, discount: str, saving: str,
                                                          utilization: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.BREAK_EVEN
    assert ask.fields.utilization == []  # the saving is not a utilization
    reply = _reply(text)
    assert f"= (1 − {discount}) ÷ (1 − {saving}) = *{utilization}*" in reply


@pytest.mark.parametrize(
    ("text", "bill", "gap"),
    [
        # 3 × $4 × 720 h = $8,640 against $9,000: $360 less
        ("3 PTUs at $4 per unit-hour for a 720-hour month; the same tokens on-demand would cost $9,000. worth it?",
         "$8,640.00", "$360.00 a month less"),
        # 6 × $2 × 744 h = $8,928 against $8,000: $928 more
        ("6 units x $2/hr, 31 days. on-demand for the same traffic would be $8k. which wins?", "$8,928.00",
         "$928.00 a month more"),
        # 5 × $1.40 × 720 h = $5,040 against $6,000: $960 less
        ("5 units x $1.40/hr, 30 days. the same tokens on-demand would be $6k. which is cheaper?", "$5,040.00",
         "$960.00 a month less"),
        # 4 × $25 × 720 h = $72,000 against $80,000: $8,000 less
        ("4 units at $25/hr over 30 days vs an on-demand estimate of $80,000 for the same 30 days. by how much?",
         "$72,000.00", "$8,000.00 a month less"),
    ],
)
def test_units_over_a_month_of_days_or_hours_against_on_demand_for_the_same_span(text: str, bill: str,
                                                                                  gap: str) -> None:
    reply = _reply(text)
    assert f"= *{bill}* a month, against" in reply
    assert gap in reply
    assert "Not used in these figures" not in reply


@pytest.mark.parametrize(
    ("text", "used", "bill"),
    [
        # $40,000 × 60% = $24,000 used; the commitment costs $40,000 × 65% = $26,000
        ("On-demand for the full committed capacity would be $40k a month; provisioned is 35% off. They'd use about "
         "60% of it. Ahead or behind?", "$24,000.00", "$26,000.00"),
        # $80,000 × 90% = $72,000 used; $80,000 × 70% = $56,000
        ("the whole reservation would cost $80,000/month at on-demand list; 30% discount, 90% utilised. new bill?",
         "$72,000.00", "$56,000.00"),
    ],
)
def test_an_on_demand_figure_for_the_whole_capacity_is_scaled_to_what_is_used(text: str, used: str,
                                                                               bill: str) -> None:
    reply = _reply(text)
    assert f"= *{used}* a month" in reply
    assert f"= *{bill}* a month" in reply


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ("which discount does a 25% hyperscaler mark-up need to go away?", "0.25"),
        ("which discount offsets a 22% hyperscaler list premium?", "0.22"),
        ("at what EA discount does a 14% hyperscaler uplift vanish?", "0.14"),
    ],
)
def test_a_markup_named_with_its_cloud_is_the_markup(text: str, markup: str) -> None:
    # the discount word sits nearer the figure than the markup word: the markup is named after it all the same
    fields = parse(text).fields
    assert str(fields.markup) == markup
    assert fields.ea_discount is None


@pytest.mark.parametrize(
    ("text", "absorbed"),
    [
        # 1 ÷ (1 − 20%) − 1 = 25%
        ("How big a markup can a 20% EA discount cancel before they pay more than direct?", "25%"),
        # 1 ÷ (1 − 30%) − 1 = 42.86%
        ("with a 30% EA, what's the max list markup before Azure costs more than going direct?", "42.86%"),
        # 1 ÷ (1 − 10%) − 1 = 11.11%
        ("their enterprise agreement takes 10% off. how much hyperscaler premium does that absorb?", "11.11%"),
    ],
)
def test_the_markup_an_ea_discount_absorbs(text: str, absorbed: str) -> None:
    reply = _reply(text)
    assert f"− 1 = *{absorbed}*" in reply
    assert "the list markup over direct" not in reply  # not asked back


def test_a_range_of_markups_is_worked_at_each_end() -> None:
    # (1.10 × 0.88) − 1 = −3.2%; (1.30 × 0.88) − 1 = 14.4%
    reply = _reply("Clouds charge anywhere from 10-30% over direct. With a 12% EA discount, what's the effective "
                   "markup at both ends?")
    assert "*3.2% below*" in reply
    assert "(1 + 30%) × (1 − 12%) − 1 = *14.4%*" in reply
    assert "Which list markup" not in reply


def test_both_sides_bills_are_added_up() -> None:
    # direct $600 + $750 = $1,350; on the hyperscaler × 1.045 = $1,410.75
    reply = _reply("Acme on Bedrock: 200M input and 50M output a month at direct $3/$15. Bedrock list is 10% over, "
                   "EA 5%. Direct monthly and Bedrock monthly?")
    assert "$600.00 + $750.00 = *$1,350.00* direct" in reply
    assert "$627.00 + $783.75 = *$1,410.75* on the hyperscaler" in reply


@pytest.mark.parametrize(
    "text",
    [
        "what does the hyperscaler markup actually buy a customer?",
        "what do we get for the Bedrock premium?",
        "what's the Vertex uplift actually for?",
    ],
)
def test_what_the_markup_buys_is_its_glossary_entry(text: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.GLOSSARY and ask.fields.term == "hyperscaler-markup"


@pytest.mark.parametrize(
    ("text", "recommended"),
    [
        ("Customer runs a steady 24/7 support bot, peak-to-average about 1.1, and PTUs would be 35% off. What's the "
         "right setup?", "Provisioned throughput"),
        ("hackathon demo, 40 calls a day, could be gone in a month. what do we sell them?", "Per-token"),
        ("Manufacturing client: constant load around the clock, 30% provisioned discount on offer. what do I tell "
         "them?", "Provisioned throughput"),
        ("Payslip extraction: 20k a month, each a one-page form, counts contractually agreed. how should we set them "
         "up?", "Per-call"),
        ("Legal RAG over a 50k-token bundle reused across ~300 queries an hour. what's the best setup?",
         "Prompt caching"),
    ],
)
def test_which_structure_asked_in_words_is_the_scenario(text: str, recommended: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.SCENARIO
    assert f"*{recommended}: recommended.*" in _reply(text)


def test_a_peak_said_as_a_multiple_sizes_provisioned_for_it() -> None:
    text = "Ticketing bot: load spikes 5x on sale days and is quiet otherwise. They keep asking about PTUs. Advice?"
    assert str(parse(text).fields.peak_to_average) == "5"
    reply = _reply(text)
    assert "20%" in reply  # sized for a 5:1 peak it averages 1 ÷ 5 utilization
    assert "*Provisioned throughput: not recommended.*" in reply or "*Provisioned throughput: worth" in reply


def test_what_to_tell_them_beside_commitment_figures_stays_break_even() -> None:
    assert parse("40% off PTUs and they'd run at 80% utilization. what do I tell them?").intent is Intent.BREAK_EVEN


def test_what_to_tell_them_about_one_structures_figure_stays_that_structure() -> None:
    text = ("their help bot sends a 1,200-token system prompt with every request, 30k requests a day; cached input is "
            "half price. how much will caching take off the bill? what do I tell them?")
    assert parse(text).intent is Intent.CACHING
