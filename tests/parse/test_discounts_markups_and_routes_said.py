"""Provisioned discounts, hyperscaler markups and structure choices as reps put them: a discount said as so much
"under their on-demand rate", an EA discount named with the cloud it is with ("EDP discount with AWS"), a premium
said as "paying 25% extra for Azure", a range of percentages worked out at both ends, a yes/no on recommending
provisioned for a described workload with only a spend and a discount, and "which route should we take" with
compliance needs and a cloud agreement."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from bot.parse.models import Intent
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize("text", [
    "Their PTU offer comes in 28% below the on-demand price. What utilization breaks even?",
    "reserved capacity priced 28% under our on-demand rates - where's break-even?",
    "provisioned at 28% under its on-demand list, what util do they need to sustain?",
])
def test_a_discount_said_under_their_on_demand_rate_is_the_discount(text: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.BREAK_EVEN
    assert ask.fields.discount == Decimal("0.28")
    assert not ask.ambiguities


def test_under_their_on_demand_rate_with_an_average_load_gives_both_figures() -> None:
    # 1 - 0.28 = 72%; at 90%: 0.72 / 0.9 = 0.8 -> 80% of on-demand
    assert_figures("PT quote is 28% under their on-demand rate. Break-even util, and how do they do at a 90% average?",
                   ["72%", "80%"])


@pytest.mark.parametrize(("text", "markup", "ea"), [
    ("Vertex lists about 20% over direct; their EDP discount with Google is 12%. Effective markup?", "0.2", "0.12"),
    ("Azure list runs 35% above direct and the MACC discount with Microsoft is 15%. Real premium?", "0.35", "0.15"),
])
def test_an_ea_discount_named_with_its_cloud_is_the_ea_discount(text: str, markup: str, ea: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.MARKUP
    assert (ask.fields.markup, ask.fields.ea_discount) == (Decimal(markup), Decimal(ea))
    assert not ask.ambiguities


def test_the_effective_markup_after_an_edp_with_aws() -> None:
    # 1.20 x 0.88 - 1 = 5.6%
    assert_figures("Bedrock sits about 20% over direct, and their EDP discount with AWS is 12%. Effective markup?",
                   ["5.6%"])


@pytest.mark.parametrize("text", [
    "Buyer says they're paying 30% extra for Azure. EA discount is 20%. What's the real number?",
    "Customer says 'we pay 30% extra for Bedrock'. Their EA discount is 20%. What is it really?",
])
def test_paying_so_much_extra_for_a_cloud_is_its_markup(text: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.MARKUP
    assert (ask.fields.markup, ask.fields.ea_discount) == (Decimal("0.3"), Decimal("0.2"))
    # 1.30 x 0.80 - 1 = 4%
    assert_figures(text, ["4%"])


@pytest.mark.parametrize(("text", "figures"), [
    # 1.20 x 0.85 - 1 = 2%; 1.35 x 0.85 - 1 = 14.75%
    ("Clouds are 20 to 35 percent over direct per our deck. With a 15% EA, what's the effective range?",
     ["2%", "14.75%"]),
    ("hyperscaler list is between 20 and 35% above direct; EA 15%. effective markup?", ["2%", "14.75%"]),
])
def test_a_range_of_markups_is_worked_out_at_both_ends(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.fields.compare_markups == [Decimal("0.2"), Decimal("0.35")]
    assert_figures(text, figures)


def test_a_range_of_discounts_alone_is_worked_out_at_both_ends() -> None:
    ask = parse("PTU pricing should land between 25 and 45% off on-demand. Break-even utilization?")
    assert ask.fields.compare_discounts == [Decimal("0.25"), Decimal("0.45")]
    assert not ask.ambiguities
    assert_figures("PTU pricing should land between 25 and 45% off on-demand. Break-even utilization?", ["75%", "55%"])


def test_a_range_beside_another_percentage_is_not_taken_for_both_discounts() -> None:
    ask = parse("they say 25-45% off is typical; at the 35% level what utilization do they need?")
    assert ask.fields.compare_discounts != [Decimal("0.25"), Decimal("0.45")]


@pytest.mark.parametrize("text", [
    "Steady production chatbot, roughly $30k a month on-demand, offered 35% off for a reservation. Should we "
    "recommend provisioned?",
    "They've run steady in production for months at about $12k/mo on-demand; 30% off PTUs is on the table. Do we "
    "pitch PTUs?",
])
def test_recommending_provisioned_with_a_spend_and_a_discount_asks_for_the_peak_to_average_ratio(text: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.SCENARIO
    assert ask.fields.peak_to_average is None
    assert "peak-to-average" in reply_text(text)


@pytest.mark.parametrize("text", [
    "Dutch bank: prompts must stay in an EU region over private endpoints, and they have a big Azure MACC. Which "
    "route should the proposal take?",
    "Records have to stay in-region with private networking; they already commit spend to AWS under an EDP. What "
    "path should the proposal take?",
])
def test_which_route_with_residency_and_a_cloud_agreement_points_to_the_hyperscaler(text: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.SCENARIO
    assert "*Hyperscaler tier: recommended.*" in reply_text(text)


# --- an EA said to take its discount off, beside a compliance need and a channel choice ------------------------------

@pytest.mark.parametrize(
    ("text", "line"),
    [
        # (1 + 20%) × (1 − 10%) − 1 = 8%
        ("Civilian agency, FedRAMP High required, already on an Azure commitment. Azure OpenAI is 20% over direct and "
         "their EA takes 10% off. Direct API or hyperscaler?", "(1 + 20%) × (1 − 10%) − 1 = *8%*"),
        # (1 + 25%) × (1 − 12%) − 1 = 10%
        ("Federal health agency, FedRAMP Moderate, all-in on AWS. Bedrock lists 25% above direct and the EDP knocks "
         "off 12%. Bedrock or direct?", "(1 + 25%) × (1 − 12%) − 1 = *10%*"),
    ],
)
def test_an_ea_that_takes_its_discount_off_is_the_ea_discount_in_the_channel_choice(text: str, line: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.SCENARIO
    assert ask.fields.discount is None  # no provisioned discount was offered
    reply = reply_text(text)
    assert line in reply
    assert "*Hyperscaler tier: recommended.*" in reply
    assert "What discount does the buyer's enterprise agreement apply" not in reply  # said already: not asked again


@pytest.mark.parametrize(
    ("text", "discount"),
    [
        # a commitment named between the agreement and the figure, or right after it: the provisioned discount
        ("EA customer, PTUs at 30% off, they'd run at 80%. break-even?", Decimal("0.3")),
        ("their EA gives them 30% off provisioned; util 80%. worth it?", Decimal("0.3")),
    ],
)
def test_a_commitment_discount_said_near_an_ea_stays_the_provisioned_discount(text: str, discount: Decimal) -> None:
    ask = parse(text)
    assert ask.fields.discount == discount and ask.fields.ea_discount is None
    assert "1 − 30% = *70%*" in reply_text(text)


def test_an_ea_and_a_provisioned_offer_in_one_ask_are_both_read() -> None:
    text = ("Azure 20% over direct, their EA takes 10% off, PTUs are 35% off on top. Production, steady. Which way "
            "should we go?")
    ask = parse(text)
    assert (ask.fields.ea_discount, ask.fields.discount) == (Decimal("0.1"), Decimal("0.35"))
    reply = reply_text(text)
    assert "(1 + 20%) × (1 − 10%) − 1 = *8%*" in reply
    assert "1 − 35% = 65%" in reply


# --- going direct put as the way to go ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "line"),
    [
        # (1 + 18%) × (1 − 20%) − 1 = −5.6%: below direct
        ("State government buyer, data residency required, existing AWS EA. Bedrock is 18% over direct for the model "
         "but their EA discount is 20%. Should we push them direct to save money?", "*5.6% below* the direct list"),
        ("County health department, HIPAA and data residency, on Azure with an EA. Azure OpenAI lists 25% above "
         "direct, EA takes 15% off. Do we move them over to direct?", "(1 + 25%) × (1 − 15%) − 1 = *6.25%*"),
        ("Bank on GCP with private endpoints mandatory; Vertex is 20% over direct, EA discount 10%. Should they go "
         "direct instead?", "(1 + 20%) × (1 − 10%) − 1 = *8%*"),
    ],
)
def test_going_direct_asked_as_the_way_to_go_is_the_channel_choice_with_its_markup(text: str, line: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
    reply = reply_text(text)
    assert "*Hyperscaler tier: recommended.*" in reply
    assert line in reply


@pytest.mark.parametrize(
    "text",
    [
        "Bedrock 18% over direct, EA 20%. How much would they save if we push them direct?",
        "Bedrock is 18% over direct and the EA discount is 20%. What's the effective markup?",
    ],
)
def test_a_figure_asked_about_going_direct_stays_the_markup(text: str) -> None:
    assert parse(text).intent is Intent.MARKUP
    assert "*5.6% below* the direct list price" in reply_text(text)
