"""Hyperscaler markup asks in the other forms reps use (our own sentences): an effective markup claimed as what the
buyer "effectively" or "still" pays over direct is checked, not read as a second list markup; "mkp 0.32" shorthand and
an EA in brackets ("the EA (10%)") are read; "the full 25%" is the list markup; "how do I explain it?" after the
effective markup asks for the figure (with what it buys), not a definition; and a need only the hyperscaler meets,
stated with the figures and no question, gets the scenario's hyperscaler line with the figures under it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1.30 × 0.90 − 1 = 17%, not the 20% claimed
        ("List markup 30%, their EA is 10%. So they effectively pay 20% more than direct, right?",
         ["No: the effective markup is *17%*, not 20%"]),
        # 1.20 × 0.85 − 1 = 2%, not 5%
        ("bedrock lists 20% over direct and the EDP takes 15% off, so the CFO says they're still paying about 5% more "
         "than going direct. true? effective markup?", ["No: the effective markup is *2%*, not 5%"]),
        # 1.25 × 0.92 − 1 = 15%: the claim holds
        ("azure +25% over direct, EA 8%. they end up paying 15% more than direct after the EA?", ["*15%*"]),
    ],
)
def test_an_effective_markup_claimed_as_what_they_pay_over_direct_is_checked(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent.value == "markup"
    assert ask.ambiguities == []
    assert_figures(text, figures)


def test_a_list_markup_said_as_what_the_cloud_costs_over_direct_is_no_claim() -> None:
    """Without a word saying it is the net figure, "costs 25% more than direct" is the list markup."""
    ask = parse("Azure costs 25% more than direct and their EA is 10%. effective markup?")
    assert ask.fields.markup == Decimal("0.25")
    assert ask.fields.claimed_markup is None
    assert_figures("Azure costs 25% more than direct and their EA is 10%. effective markup?", ["*12.5%*"])


@pytest.mark.parametrize(
    ("text", "markup", "ea", "effective"),
    [
        ("HS mkp 0.40, EA 0.10 -> net?", "0.40", "0.10", "*26%*"),  # 1.40 × 0.90 − 1
        ("mkp 0.25 ea 0.2 => eff?", "0.25", "0.2", "*0%*"),  # 1.25 × 0.80 − 1
        ("bedrock mkp 30%, edp 0.15. net mkp?", "0.30", "0.15", "*10.5%*"),  # 1.30 × 0.85 − 1
    ],
)
def test_mkp_shorthand_is_the_list_markup(text: str, markup: str, ea: str, effective: str) -> None:
    ask = parse(text)
    assert (ask.intent.value, ask.fields.markup, ask.fields.ea_discount) == ("markup", Decimal(markup), Decimal(ea))
    assert_figures(text, [effective])


@pytest.mark.parametrize(
    ("text", "ea", "effective"),
    [
        ("markup is 30% but the EA (20%) covers their whole cloud spend incl AI services. effective?", "0.20", "*4%*"),
        ("vertex +25% over direct, their Google EDP (12% off) applies. net markup?", "0.12", "*10%*"),
        ("big AWS EA (8%), bedrock list markup 15%. effective markup?", "0.08", "*5.8%*"),
    ],
)
def test_an_ea_in_brackets_is_the_ea_discount(text: str, ea: str, effective: str) -> None:
    ask = parse(text)
    assert ask.fields.ea_discount == Decimal(ea)
    assert ask.ambiguities == []
    assert_figures(text, [effective])


def test_a_bracketed_figure_not_beside_the_ea_is_no_ea_discount() -> None:
    ask = parse("azure markup 20%, their EA renews in june (about 30% of spend is AI). effective markup?")
    assert ask.fields.ea_discount in (None, Decimal(0))


@pytest.mark.parametrize(
    ("text", "markup", "effective"),
    [
        ("They assume the Azure markup is the full 30% from the deck, but their EA takes 10% off. real number?",
         "0.30", "*17%*"),
        ("bedrock premium is the headline 20%, EDP 15%. what is it really?", "0.20", "*2%*"),
    ],
)
def test_the_full_markup_is_the_list_markup(text: str, markup: str, effective: str) -> None:
    ask = parse(text)
    assert ask.fields.markup == Decimal(markup)
    assert ask.fields.utilization == []
    assert_figures(text, [effective])


def test_a_utilization_at_full_stays_a_utilization() -> None:
    assert parse("40% off provisioned, they run at the full 80%. break-even?").fields.utilization == [Decimal("0.8")]


@pytest.mark.parametrize(
    "text",
    [
        "Agency buyer on Azure Gov, list markup 30%, no EA. What's the effective markup and how do I explain it?",
        "bedrock +20% over direct, EDP 10%. what's the net markup, and how should I explain it to procurement?",
    ],
)
def test_explaining_the_effective_markup_gets_the_figure_and_what_it_buys(text: str) -> None:
    ask = parse(text)
    assert ask.intent.value == "markup"
    reply = reply_text(text)
    assert "Effective markup =" in reply
    assert "What the markup buys" in reply


def test_explaining_a_term_that_names_no_figure_is_still_its_meaning() -> None:
    ask = parse("PTUs at $2/hr for them. what's a PTU and how do I explain it?")
    assert ask.intent.value == "glossary"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1.20 × 0.90 − 1 = 8%; $20,000 × 1.08 = $21,600
        ("EU insurer requires data residency in-region. direct would be $20k/mo, azure +20%, EA 10%",
         ["*8%*", "$21,600.00"]),
        # 1.25 × 1.00 − 1 = 25%
        ("hospital group needs private endpoints and VNet, bedrock list markup 25%, no EDP", ["*25%*"]),
    ],
)
def test_a_need_the_hyperscaler_meets_stated_without_a_question_is_the_scenario(text: str,
                                                                                 figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent.value == "scenario"
    reply = reply_text(text)
    assert "Hyperscaler tier: recommended" in reply
    assert_figures(text, figures)


def test_a_need_stated_with_a_markup_question_stays_the_markup() -> None:
    text = "needs private endpoints, azure list +20%, EA 10%. what's the effective markup?"
    assert parse(text).intent.value == "markup"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # direct = 0.8 × Azure: markup 1 ÷ 0.8 − 1 = 25%; 1.25 × 0.90 − 1 = 12.5%
        ("Direct is about 20% cheaper than Azure for this model, their EA is 10%. effective markup?",
         ["= *25%* over direct", "*12.5%*"]),
        # 1 ÷ 0.75 − 1 = 33.33%; 1.3333 × 0.85 − 1 = 13.33%
        ("customer says direct is roughly 25% cheaper than Bedrock. EDP 15%. what do they really pay over direct?",
         ["= *33.33%* over direct", "*13.33%*"]),
        # 1 ÷ 0.9 − 1 = 11.11%, no EA
        ("going direct runs 10% less than vertex, no EA. what's the markup?", ["= *11.11%* over direct"]),
    ],
)
def test_direct_said_cheaper_than_the_hyperscaler_is_turned_into_the_list_markup(text: str,
                                                                                  figures: list[str]) -> None:
    """"Direct is 20% cheaper than Azure" is the list markup measured the other way round (never a saving wanted or a
    provisioned discount): 1 ÷ (1 − 20%) − 1 = 25%."""
    ask = parse(text)
    assert ask.intent.value == "markup"
    assert (ask.fields.discount, ask.fields.target_saving) == (None, None)
    assert_figures(text, figures)


def test_provisioned_said_cheaper_stays_a_discount() -> None:
    ask = parse("provisioned is 20% cheaper than on-demand, they run at 70%. break-even?")
    assert ask.fields.direct_cheaper_by is None
    assert ask.fields.discount == Decimal("0.2")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $0.50 ÷ $0.40 − 1 = 25%; 1.25 × 0.90 − 1 = 12.5%
        ("model,direct_in,direct_out,azure_in,azure_out\nmini,0.40,1.60,0.50,2.00\n\nEA is 10%. effective markup?",
         ["− 1 = *25%*", "*12.5%*"]),
        # $3.60 ÷ $3.00 − 1 = 20%; 1.20 × 0.85 − 1 = 2%
        ("| model | direct_input | direct_output | bedrock_input | bedrock_output |\n"
         "| sonnet | 3.00 | 15.00 | 3.60 | 18.00 |\nEDP 15%, net markup?", ["− 1 = *20%*", "*2%*"]),
        # $1.50 ÷ $1.25 − 1 = 20%, no EA given: asked for
        ("model,direct_in,direct_out,vertex_in,vertex_out\nflash,1.25,5.00,1.50,6.00\n\nmarkup after their EA?",
         ["− 1 = *20%*", "EA discount"]),
    ],
)
def test_a_sheet_of_direct_and_hyperscaler_rates_gives_the_list_markup(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent.value == "markup"
    assert ask.unused == []
    assert_figures(text, figures)


def test_direct_rates_alone_in_a_sheet_are_not_set_against_a_hyperscaler_rate() -> None:
    """With no hyperscaler column, the direct rates stay the direct rates and the stated markup is used."""
    ask = parse("1.25 direct in, 5.00 direct out, azure list markup 20%, EA 5%. effective markup?")
    assert ask.fields.markup == Decimal("0.2")
    assert ask.fields.input_rate is None
