"""A rendered part is tidied the same whether or not it has anything to tidy: spaces before a line break go,
runs of blank lines become one, and text with neither comes back as it was (trimmed)."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from bot.format import count, money, percent
from bot.present import _tidy


@pytest.mark.parametrize(("raw", "shown"), [
    ("Per day: $12.00   \nPer month: $8,760.00", "Per day: $12.00\nPer month: $8,760.00"),
    ("Break-even\t\n62.5%", "Break-even\n62.5%"),
    ("Saving per hit\n\n\n\nNet saving", "Saving per hit\n\nNet saving"),
    ("Title\n  \n\nBody", "Title\n\nBody"),  # the spaces go first, then the blank lines they leave
    ("  Plain line, nothing to tidy  ", "Plain line, nothing to tidy"),
    ("One\n\nTwo\nThree", "One\n\nTwo\nThree"),
    ("", ""),
])
def test_tidied_text(raw: str, shown: str) -> None:
    tidied = _tidy(raw)
    assert tidied == shown
    assert isinstance(tidied, Markup)


@pytest.mark.parametrize(("shown", "expected"), [
    (money("0.004999"), "$0.004999"), (money("1234.565"), "$1,234.57"), (money("-2.5"), "-$2.50"),
    (percent("0.00001"), "0.001%"), (percent("0.625"), "62.5%"), (count("1234567.5", 0), "1,234,568"),
    (count("0.125", 2), "0.13"), (count("0.0004", 2), "0.0004"),
])
def test_figures_round_the_same_on_every_call(shown: str, expected: str) -> None:
    assert shown == expected
