"""Dots grouping thousands after a dollar sign (our own sentences, not a scored batch's): "$48.000" and
"$1.200.000" are thousands (no price is written to three zero decimals), as is "$12.500" in a message written the
continental way; "$0.003" and "$12.500" in an English message are left as written."""

from __future__ import annotations

import pytest

from bot.parse.forms import read_forms
from bot.parse.numbers import normalize


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("on-demand would be $48.000 / month", "$48000"),
        ("direct spend $1.200.000 a year", "$1200000"),
        ("preise 0,40 $ input, budget $12.500 pro monat", "$12500"),
    ],
)
def test_dots_after_a_dollar_sign_that_group_thousands(text: str, read: str) -> None:
    assert read in read_forms(normalize(text))[0]


@pytest.mark.parametrize(("text", "kept"), [("fee $0.003 a call", "$0.003"), ("a $12.500 fee, $3.25/M", "$12.500")])
def test_dollar_amounts_with_decimals_are_left_alone(text: str, kept: str) -> None:
    assert kept in read_forms(normalize(text))[0]
