"""The way to buy asked about a buyer whose cloud agreement, residency, private networking or FedRAMP need is described
(our own sentences, not a scored batch's): "which route, and the effective markup?", "how do they buy Claude?",
"direct API or via the cloud?", and one model named at its lab and at the hyperscaler. The reply is the scenario with
the hyperscaler tier recommended, the markup figures worked out under it. Beside them, the near misses that keep their
own intent: the effective markup or the effective rates asked on their own, and a cheaper-per-token question."""

from __future__ import annotations

import re

import pytest

from bot import router


def _verdict(text: str, structure: str) -> str | None:
    """The verdict a reply's line for ``structure`` shows ("recommended", "not recommended", ...), None if absent."""
    for line in text.splitlines():
        m = re.match(r"\W*" + re.escape(structure) + r": ([^.*]+)", line.strip())
        if m:
            return m.group(1)
    return None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("County health department must keep everything in their Azure Government tenant for FedRAMP. Direct is "
         "$2.50/M input, Azure lists 25% above that, their EA takes 10% off. Which procurement route, and what's the "
         "effective markup?", ["*12.5%*", "*$2.8125/1M*"]),
        ("bank needs data residency in-region and private endpoints; they have an AWS EA at 12% off, bedrock list is "
         "+10% on direct $4/M in. route + effective markup?", ["*3.2% below*", "*$3.872/1M*"]),
        ("Retailer is already committed to GCP and procurement won't add a vendor; data residency in the EU is "
         "required. Vertex list +30%, EA 20%, direct $1/M input. Which channel, and the effective input rate?",
         ["*4%*", "*$1.04/1M*"]),
    ],
)
def test_the_route_asked_beside_the_markup_is_the_hyperscaler_line_with_its_figures(
        text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario", reply.text
    assert _verdict(reply.text, "Hyperscaler tier") == "recommended", reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        "large AWS customer, all spend runs through their AWS EA, infosec mandates PrivateLink, procurement blocks new "
        "vendors. how do they buy Claude?",
        "retailer runs on GCP with an enterprise agreement, data residency in the EU, procurement won't add vendors. "
        "how can the customer procure Gemini?",
        "state-level regulator needs data residency and bills everything through its existing Azure agreement. direct "
        "API or through the cloud?",
        "EU bank, residency required, private endpoints only, already on a GCP commit. direct or via their cloud?",
        "Defense agency requires FedRAMP High and already runs in Azure Government under an EA. They want GPT-4o. "
        "OpenAI API direct or Azure?",
    ],
)
def test_the_way_to_buy_asked_for_a_buyer_with_cloud_needs_recommends_the_hyperscaler_tier(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario", reply.text
    assert _verdict(reply.text, "Hyperscaler tier") == "recommended", reply.text
    assert _verdict(reply.text, "Per-call") != "recommended", reply.text


@pytest.mark.parametrize(
    ("text", "intent", "figure"),
    [
        ("Azure list is 20% over direct, their EA is 5%. what's the effective markup?", "markup", "*14%*"),
        ("Bedrock vs direct: list markup 20%, EA 15%. what's the effective markup?", "markup", "*2%*"),
        ("the customer wants Claude. direct is $3/$15, bedrock +15% list, AWS EA 10%. what are the effective rates on "
         "bedrock?", "markup", "*$3.105/1M*"),
        ("how do they buy more tokens per dollar: 2M calls a month, 1k in / 200 out at $3/$15?", "quote", None),
    ],
)
def test_a_markup_or_cost_asked_on_its_own_keeps_its_reading(text: str, intent: str, figure: str | None) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == intent, reply.text
    if figure is not None:
        assert figure in reply.text, reply.text
