"""Quantities, rates and percentages as reps write them, checked as properties over many values."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.parse import parse
from bot.parse.numbers import normalize, per_day, to_decimal

amounts = st.integers(min_value=1, max_value=999_999_999)
cents = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999.99"), places=2)
percents = st.integers(min_value=1, max_value=99)


@pytest.mark.parametrize(
    ("text", "value"),
    [("4k", 4000), ("4K", 4000), ("4,000", 4000), ("2M", 2_000_000), ("500k", 500_000), ("1.5B", 1_500_000_000),
     ("2 million", 2_000_000), ("1.5bn", 1_500_000_000), ("12", 12), ("4 000", 4000)],
)
def test_token_quantities(text: str, value: int) -> None:
    assert parse(f"is caching worth it with a {text}-token system prompt").fields.prefix_tokens == value


def test_to_decimal() -> None:
    assert to_decimal("4,000") == 4000
    assert to_decimal("1.5", "b") == 1_500_000_000
    assert to_decimal(".5") == Decimal("0.5")
    assert to_decimal("1.2.3") is None


def test_a_month_is_730_hours() -> None:
    assert per_day(Decimal(730), "month") == 24
    assert per_day(Decimal(1), "hour") == 24
    assert per_day(Decimal(1), "minute") == 1440


def test_normalize_hides_nothing() -> None:
    assert normalize("Provisioned\u200b is  CHEAPER\u2014right") == "provisioned is cheaper-right"
    assert normalize("4\u202f000 tokens, $0,50/1M, 12,5%") == "4,000 tokens, $0.50/1m, 12.5%"
    assert normalize("a &lt;b&gt; &amp; c\x00d") == "a <b> & c d"


@pytest.mark.parametrize("odd", ["\x07", "\x1b", "\r", "\x7f", "\x0b", "\x85", "\u200e"])
@pytest.mark.parametrize("accent", ["", " café"])
def test_control_characters_pasted_into_an_ask_read_as_spaces_with_tabs_and_lines_kept(odd: str, accent: str) -> None:
    text = f"2M input{odd}tokens a day\tat $3/1M{accent}\nand 500k{odd}output at $15"
    read = f"2m input tokens a day at $3/1m{accent.replace('é', 'e')}\nand 500k output at $15"  # accents dropped
    assert normalize(text) == normalize(text.replace(odd, " ")) == read
    ask = parse(f"2M input{odd}tokens a day{accent} at $3/$15 per 1M, 500k{odd}output tokens a day")
    assert (ask.fields.input_tokens_per_day, ask.fields.output_tokens_per_day) == (2_000_000, 500_000)


@given(n=amounts)
def test_token_counts_with_separators_or_scales(n: int) -> None:
    ask = parse(f"what's the monthly cost of {n:,} input tokens and 1k output tokens a day at $3/$15 per 1M")
    assert ask.fields.input_tokens_per_day == n
    assert ask.fields.output_tokens_per_day == 1000


@given(n=st.integers(min_value=1, max_value=999))
def test_scaled_token_counts(n: int) -> None:
    ask = parse(f"{n}k input + {n}M output tokens per day at $5/$15")
    assert ask.fields.input_tokens_per_day == n * 1000
    assert ask.fields.output_tokens_per_day == n * 1_000_000


RATE_FORMS = [
    "${a}/${b} per 1M", "${a} / ${b} per million", "${a}/1M input and ${b}/1M output",
    "${a} per million input, ${b} per million output", "input ${a}/MTok, output ${b}/MTok", "${a} in / ${b} out per 1M",
]


@given(a=cents, b=cents, form=st.sampled_from(RATE_FORMS))
def test_rate_pairs(a: Decimal, b: Decimal, form: str) -> None:
    ask = parse(f"cost of 2M input + 500k output tokens a day at {form.format(a=a, b=b)}")
    assert (ask.fields.input_rate, ask.fields.output_rate) == (a, b)


@given(d=percents, u=percents)
def test_discount_and_utilization_in_either_order(d: int, u: int) -> None:
    for text in (f"{d}% discount on PTUs, {u}% utilization", f"utilization of {u}% with a {d}% provisioned discount"):
        ask = parse(text)
        if d == u:
            continue
        assert ask.fields.discount == Decimal(d) / 100, text
        assert ask.fields.utilization == [Decimal(u) / 100], text


PERIODS = [
    ("a day", 1), ("per day", 1), ("/day", 1), ("per hour", 24), ("an hour", 24), ("per minute", 1440),
    ("a month", Decimal(24) / 730), ("per second", 86_400),
]


@given(calls=st.integers(min_value=1, max_value=10_000), period=st.sampled_from(PERIODS))
def test_call_volumes_become_per_day(calls: int, period: tuple[str, Decimal | int]) -> None:
    words, factor = period
    ask = parse(f"4k token system prompt, {calls:,} calls {words}, is caching worth it")
    assert ask.fields.calls_per_day is not None
    assert abs(ask.fields.calls_per_day - calls * Decimal(factor)) < Decimal("1e-15") * calls * 100_000
