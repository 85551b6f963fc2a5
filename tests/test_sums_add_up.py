"""Every sum a reply shows adds up as shown: a rep checking "$3.945 + $3.945 = $7.89" with a calculator gets the
total, where "$3.95 + $3.95 = $7.89" would look like a slip."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from bot import router
from bot.format import addends, money

ASKS = Path(__file__).resolve().parent / "data" / "asks"
# "$1.00 + $2.00 = $3.00", "$270.00 + $32.40 + $64.80 = $367.20": the parts (one group, split at " + ") and the total
_AMOUNT = r"-?\$[\d,]+\.\d+"
_SUM = re.compile(r"(?<![\d+] )(?P<parts>" + _AMOUNT + r"(?: \+ " + _AMOUNT + r")+) = \*?(?P<total>" + _AMOUNT + ")")


def _value(shown: str) -> Decimal:
    return Decimal(shown.replace("$", "").replace(",", ""))


def _adds_up(*parts_and_total: str) -> bool:
    *parts, total = parts_and_total
    places = len(total.partition(".")[2])
    added = sum((_value(p) for p in parts), Decimal(0))
    return added.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) == _value(total)


AMOUNTS = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("10000000"), places=6)


@given(AMOUNTS, AMOUNTS)
def test_the_parts_shown_add_up_to_the_total_shown(a: Decimal, b: Decimal) -> None:
    shown = addends(a + b, a, b)
    assert _adds_up(shown[0], shown[1], money(a + b)), (shown, money(a + b))
    assert all(abs(_value(s) - x) <= Decimal("0.005") for s, x in zip(shown, (a, b), strict=True))


def test_parts_that_already_add_up_are_shown_as_money_shows_them() -> None:
    assert addends(Decimal("17.5"), Decimal("10"), Decimal("7.5")) == ["$10.00", "$7.50"]
    assert addends(Decimal("7.8904"), Decimal("3.9452"), Decimal("3.9452")) == ["$3.945", "$3.945"]


def _asks() -> list[str]:
    texts: list[str] = []
    for path in sorted(ASKS.glob("*.yml")):
        for case in yaml.safe_load(path.read_text()) or []:
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                texts.append(case["text"])
    return texts


@pytest.mark.parametrize("batch", range(4))
def test_every_sum_in_the_replies_to_the_ask_corpus_adds_up(batch: int) -> None:
    texts = _asks()[batch::4]
    sums = 0
    bad: list[str] = []
    for text in texts:
        for m in _SUM.finditer(router.answer(text, rate_cards={}).text):
            sums += 1
            if not _adds_up(*m.group("parts").split(" + "), m.group("total")):
                bad.append(f"{m.group(0)}  ({text[:60]!r})")
    assert sums > 50
    assert bad == []
