"""A cost asked for a number of units of work, each making a number of calls ("cost per 500 tickets? 4 calls each"),
for any noun: the units' calls are priced (units × calls per unit), never the units as that many calls (our own
sentences, not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "units", "each", "noun"),
    [
        ("cost per 2,000 support tickets? 4 calls each, 1.5k in / 300 out at $1/$5", "2000", "4", "ticket"),
        ("what do 500 claims cost at 3 calls per claim, 2k in / 400 out, $3/$15?", "500", "3", "claim"),
        ("per 10k documents, 2 calls a document, 6k in / 800 out at $0.50/$1.50", "10000", "2", "document"),
        ("onboarding 1,200 users, 25 requests each, 700 in / 150 out at $0.15/$0.60 - total?", "1200", "25", "user"),
        ("8 model calls per session, 1.5k in / 200 out each, $3/$15. cost per 3,000 sessions?", "3000", "8",
         "session"),
    ],
)
def test_the_units_and_each_ones_calls_are_read(text: str, units: str, each: str, noun: str) -> None:
    fields = parse(text).fields
    assert (fields.units_asked, fields.calls_per_unit, fields.unit_noun) == (Decimal(units), Decimal(each), noun)
    assert fields.calls_total is None and fields.calls_per_day is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a call: 1,500 × $1 + 300 × $5 = $0.0015 + $0.0015 = $0.003; 2,000 × 4 = 8,000 calls: $24.00 ($12 + $12)
        ("cost per 2,000 support tickets? 4 calls each, 1.5k in / 300 out at $1/$5",
         ["8,000 calls", "*$24.00*", "input $12.00, output $12.00"]),
        # a call: 2,000 × $3 + 400 × $15 = $0.006 + $0.006 = $0.012; 500 × 3 = 1,500 calls: $18.00
        ("what do 500 claims cost at 3 calls per claim, 2k in / 400 out, $3/$15?", ["1,500 calls", "*$18.00*"]),
        # a call: 700 × $0.15 + 150 × $0.60 = $0.000105 + $0.00009 = $0.000195; 30,000 calls: $5.85
        ("onboarding 1,200 users, 25 requests each, 700 in / 150 out at $0.15/$0.60 - total?",
         ["30,000 calls", "*$5.85*"]),
    ],
)
def test_the_units_calls_are_priced(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_the_units_are_never_priced_as_calls() -> None:
    # 1,000 sessions of 8 calls: $0.0075 × 8,000 = $60.00, not $0.0075 × 1,000 = $7.50 "per 1,000 calls"
    reply = reply_text("8 model calls per session, 1.5k in / 200 out each, $3/$15. cost per 1,000 sessions?")
    assert "*$60.00*" in reply and "$7.50" not in reply, reply
