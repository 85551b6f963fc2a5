"""Deal figures a European customer writes in German, pasted into an ask (our own sentences, not a scored batch's):
"pro" as per, "Aufrufe" as calls, "rein"/"raus" as in/out, "Eingabe"/"Ausgabe", "Rabatt", "Auslastung", the
periods, with decimal commas and thousands dots read where the message's forms are unambiguous, and "0,012" (a
leading zero) never read as twelve."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures


def test_a_per_call_offer_in_german() -> None:
    ask = parse('Partner schreibt: "$0,015 pro Aufruf". Aufrufe: ca. 2.400 Tokens rein, 300 raus. '
                "Per-Token 2,00 $/M input und 10,00 $/M output. cheaper?")
    f = ask.fields
    assert ask.intent is Intent.PER_CALL
    assert (f.per_call_fee, f.input_tokens_per_call, f.output_tokens_per_call) == (
        Decimal("0.015"), Decimal(2400), Decimal(300))
    assert (f.input_rate, f.output_rate) == (Decimal(2), Decimal(10))


def test_volumes_and_rates_in_german() -> None:
    # 1.2B × $0.20/M = $240.00; 150M × $0.80/M = $120.00 a month
    text = ('von der Kundin: "Eingabe 0,20 $ pro Million Tokens, Ausgabe 0,80 $ pro Million. Volumen: 1,2 Mrd. Input '
            'und 150 Mio. Output pro Monat." monthly?')
    assert_figures(text, ["$240.00", "$120.00", "$360.00"])


def test_caching_in_german() -> None:
    ask = parse('Kunde: "Eingabe 3,00 $/M, Cache-Lesen 0,30 $/M, Präfix 6.000 Tokens, 20.000 Aufrufe pro Tag"')
    f = ask.fields
    assert ask.intent is Intent.CACHING
    assert (f.input_rate, f.cache_read_rate, f.prefix_tokens, f.calls_per_day) == (
        Decimal(3), Decimal("0.3"), Decimal(6000), Decimal(20000))


def test_a_discount_and_utilization_in_german() -> None:
    f = parse('Einkauf fragt: "Rabatt 30 %, erwartete Auslastung 0,8" - worth it?').fields
    assert (f.discount, f.utilization) == (Decimal("0.3"), [Decimal("0.8")])


@pytest.mark.parametrize("text", ["the pro tier at $3/$15, 2k in / 500 out", "tag the deal: 40% discount at 80% util"])
def test_english_with_one_german_looking_word_is_left_alone(text: str) -> None:
    ask = parse(text)
    assert "per tier" not in ask.text and ask.intent is not Intent.HELP


def test_a_leading_zero_before_a_comma_is_a_decimal_not_a_thousands_group() -> None:
    # "$0,012" cannot be twelve: with "3,00 $" beside it the message's other figures read the continental way
    f = parse("Angebot: $0,012 pro Call, Calls 1.500 Tokens rein, 100 raus, 3,00 $/M input und 15,00 $/M output").fields
    assert (f.per_call_fee, f.input_tokens_per_call) == (Decimal("0.012"), Decimal(1500))
