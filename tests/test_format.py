"""Money, percentages and counts as replies show them (cents from $1, exact or four significant digits below)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.format import count, escape_mrkdwn, money, money_for, percent, rate, rate_for, ratio, sig, unescape_mrkdwn


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("180", "$180.00"),
        ("532.2916666", "$532.29"),
        ("1234.5", "$1,234.50"),
        ("1000000", "$1,000,000.00"),
        ("0.018", "$0.018"),
        ("0.0081", "$0.0081"),
        ("0.025", "$0.025"),
        ("0.5", "$0.50"),
        ("0.0175", "$0.0175"),
        ("0.00812", "$0.00812"),
        ("0.0135", "$0.0135"),
        ("0.999", "$1.00"),
        ("0", "$0.00"),
        ("-2.5", "-$2.50"),
        ("0.00001", "$0.00001"),
        ("0.02", "$0.02"),
        ("0.005", "$0.005"),
        ("0.0123456", "$0.0123456"),  # exact: six significant digits or fewer
        ("0.1125", "$0.1125"),
        ("0.123456789", "$0.1235"),  # inexact: four significant digits
    ],
)
def test_money(value: str, shown: str) -> None:
    assert money(Decimal(value)) == shown


@given(st.decimals(min_value=Decimal("0.000001"), max_value=Decimal("0.99"), places=8))
def test_money_below_a_dollar_is_accurate_to_three_significant_digits(value: Decimal) -> None:
    shown = Decimal(money(value).replace("$", ""))
    # rounding at the third significant digit: off by at most half a unit in that place
    third_digit = Decimal(1).scaleb(value.adjusted() - 2)
    assert abs(shown - value) <= third_digit / 2


@pytest.mark.parametrize(
    ("value", "shown"),
    [(Decimal("0.0625"), "6.25%"), (Decimal("0.6"), "60%"), (Fraction(1, 3), "33.33%"), (Decimal("-0.25"), "-25%"),
     (Decimal("0.08"), "8%"), (Decimal(0), "0%")],
)
def test_percent(value: Decimal | Fraction, shown: str) -> None:
    assert percent(value) == shown


def test_count() -> None:
    assert count(Decimal(10000)) == "10,000"
    assert count(Decimal("2.50")) == "2.5"


def test_escape_keeps_slack_control_sequences_inert() -> None:
    assert escape_mrkdwn("<!channel> & <@U123>") == "&lt;!channel&gt; &amp; &lt;@U123&gt;"
    assert unescape_mrkdwn(escape_mrkdwn("a < b & c > d")) == "a < b & c > d"
    # text Slack already escaped is not escaped twice (it would show as "&lt;" in the channel)
    assert escape_mrkdwn("a &lt; b &amp; c") == "a &lt; b &amp; c"
    assert escape_mrkdwn("&lt;!channel&gt; <!here>") == "&lt;!channel&gt; &lt;!here&gt;"


def test_rates_are_shown_exactly() -> None:
    assert rate(Decimal("1.875")) == "$1.875/1M" and rate(Decimal("0.1375")) == "$0.1375/1M"
    assert rate(Decimal(5)) == "$5.00/1M"


def test_money_for_shows_the_decimals_a_product_needs() -> None:
    month = Decimal(730) / Decimal(24)
    assert money_for(Decimal("179.977"), month) == "$179.977"  # $179.98 × 730 ÷ 24 would be $5,474.39
    assert money_for(Decimal(10), month) == "$10.00"
    assert money_for(Decimal("0.0216"), Decimal(5000)) == "$0.0216"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        # Half-up, as a calculator rounds: half-even would show $1.12 and $2.34.
        ("1.125", "$1.13"),
        ("2.345", "$2.35"),
        ("0.9949", "$0.9949"),  # exact below $1: six significant digits or fewer
        ("0.9951", "$1.00"),
        ("-0.0175", "-$0.0175"),
        ("-0", "$0.00"),
        ("0.10", "$0.10"),
        ("0.1", "$0.10"),
        ("0.101", "$0.101"),
        ("12345678.905", "$12,345,678.91"),
    ],
)
def test_money_rounds_half_up_and_keeps_cents(value: str, shown: str) -> None:
    assert money(Decimal(value)) == shown


def test_money_from_other_number_types() -> None:
    assert money(Fraction(1, 8)) == "$0.125"
    assert money(Fraction(9, 8)) == "$1.13"
    assert money(0.1) == "$0.10"  # the float's shortest repr, not 0.1000000000000000055...
    assert money(3) == "$3.00"
    assert money("0.0135") == "$0.0135"
    assert money(Fraction(1, 3)) == "$0.3333"  # not exact: four significant digits


@pytest.mark.parametrize("value", ["n/a", "Infinity", "NaN", float("inf"), None])
def test_money_that_is_not_a_number_is_shown_as_given(value: object) -> None:
    assert money(value) == str(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "shown"),
    [(Decimal(5), "$5.00/1M"), (Decimal("0.3"), "$0.30/1M"), (Decimal("0.075"), "$0.075/1M"),
     (Decimal("3.75"), "$3.75/1M"), (Decimal("1250"), "$1,250.00/1M")],
)
def test_rate_is_money_per_million_tokens(value: Decimal, shown: str) -> None:
    assert rate(value) == shown
    assert rate("n/a") == "n/a/1M" and rate(Decimal("NaN")) == "NaN/1M"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("12.345"), "1234.5%"),  # a 1,234.5% markup is one figure, not grouped
        (Decimal(10), "1000%"),
        (Decimal("0.00125"), "0.13%"),  # half-up (half-even would give 0.12%)
        (Decimal("-0.00001"), "-0.001%"),  # a tiny value is shown as computed, never as 0%
        (Decimal("0.6"), "60%"),
    ],
)
def test_percent_at_large_and_tiny_values(value: Decimal, shown: str) -> None:
    assert percent(value) == shown


def test_percent_with_other_places_and_non_numbers() -> None:
    assert percent(Decimal("0.123456"), 1) == "12.3%"
    assert percent(Decimal("0.12345"), 3) == "12.345%"
    assert percent("abc") == "abc"
    assert percent(Decimal("NaN")) == "NaN"


@pytest.mark.parametrize(
    ("value", "shown"),
    [(Decimal("0.7555"), "0.756"), (Decimal("0.625"), "0.625"), (Decimal("1.5"), "1.5"),
     (Decimal("1234.5"), "1,234.5"), (Decimal(3), "3"), (Decimal("-0.0001"), "-0.0001"), (Fraction(2, 3), "0.667"),
     (Decimal("2.3445"), "2.345")],
)
def test_ratio(value: Decimal | Fraction, shown: str) -> None:
    assert ratio(value) == shown


def test_ratio_and_count_places_and_non_numbers() -> None:
    assert ratio(Decimal("1.23456"), 4) == "1.2346"
    assert count(Decimal("1234567.891"), 1) == "1,234,567.9"
    assert count("many") == "many" and ratio(Decimal("Infinity")) == "Infinity"


@pytest.mark.parametrize(
    ("value", "digits", "shown"),
    [
        (Decimal("0.0155023"), 4, "0.01550"),
        (Decimal("-0.0155023"), 4, "-0.01550"),
        (Decimal("123456.7"), 4, "123,457"),  # exponent 5: still written out, rounded to units
        (Decimal("1234567"), 4, "1.235e6"),  # exponent 6: scientific
        (Decimal("0.000012345"), 4, "0.00001235"),  # exponent -5: written out, half-up
        (Decimal("0.00000123456"), 4, "1.235e-6"),  # exponent -6: scientific
        (Decimal("8.4e-16"), 4, "8.400e-16"),
        (Decimal("2.25"), 2, "2.3"),
        (Decimal("7"), 3, "7.00"),
        (Decimal(0), 4, "0"),
    ],
)
def test_sig(value: Decimal, digits: int, shown: str) -> None:
    assert sig(value, digits) == shown


def test_sig_of_non_numbers_and_default_digits() -> None:
    assert sig(Decimal("3.14159265")) == "3.142"
    assert sig(1.5e-20) == "1.500e-20"
    assert sig("x") == "x" and sig(Decimal("Infinity")) == "Infinity"


@pytest.mark.parametrize(
    ("value", "factor", "shown"),
    [
        # $1.1235 × 100 = $112.35, which is $112.345 rounded half-up: four decimals suffice, five are not needed.
        (Decimal("1.12345"), Decimal(100), "$1.1235"),
        # $1.234 × 10 = $12.34 is the cent of 12.344: three decimals, not all four.
        (Decimal("1.2344"), Decimal(10), "$1.234"),
        # thousands keep their separator while decimals are added: $1,234.5678 × 100 = $123,456.78
        (Decimal("1234.5678"), Decimal(100), "$1,234.5678"),
        # shown to four digits, $0.0175 × 10 = $0.175 rounds half-up to $0.18, but the amount × 10 is $0.1749999 ->
        # $0.17: every digit is needed.
        (Decimal("0.01749999"), Decimal(10), "$0.01749999"),
        # $0.0125 × 10 = $0.125: a calculator rounds it half-up to $0.13, not to $0.12 like the amount
        (Decimal("0.01249999"), Decimal(10), "$0.01249999"),
        # no number of decimals up to twelve multiplies out: twelve is the most shown
        (Fraction(1, 3), Decimal(10) ** 13, "$0.333333333333"),
    ],
)
def test_money_for_shows_the_fewest_decimals_that_multiply_out(value: Decimal, factor: Decimal, shown: str) -> None:
    assert money_for(value, factor) == shown


def test_money_for_what_is_not_a_finite_number() -> None:
    assert money_for("n/a", 3) == "n/a"
    assert money_for(Decimal("Infinity"), 2) == "Infinity"
    assert money_for(Decimal("2.5"), Decimal("Infinity")) == "$2.50"  # no product to match: shown as money() does


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("0.00000000125"), "$0.0000000013/1M"),  # ten decimals at most, the eleventh rounded half-up
        (Decimal("2.500000000004"), "$2.50/1M"),  # rounded to ten decimals, the zeros after the cents dropped
        (Decimal("1.0005"), "$1.0005/1M"),  # zeros inside the decimals stay
        (Decimal("-0.5"), "-$0.50/1M"),
    ],
)
def test_rate_beyond_ten_decimals_and_below_zero(value: Decimal, shown: str) -> None:
    assert rate(value) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal(-1), "-$1.00"),
        (Decimal("0.01230004"), "$0.0123"),  # four significant digits, the trailing zero dropped
    ],
)
def test_money_sign_and_trailing_zeros(value: Decimal, shown: str) -> None:
    assert money(value) == shown


def test_count_and_percent_rounding_edges() -> None:
    assert count(Decimal("2.345")) == "2.35"  # two places by default, half-up
    assert count(Decimal("0.015")) == "0.02"  # at the smallest shown step it is rounded, not widened
    assert count(Decimal("-0")) == "0"
    assert percent(Decimal("0.0000123")) == "0.0012%"  # under 0.01%: two significant figures


@pytest.mark.parametrize(
    ("value", "shown"),
    [(Decimal("0.000"), "0"), (Decimal("1.5e-7"), "1.500e-7"), (Decimal("2.5e7"), "2.500e7")],
)
def test_sig_of_zero_and_single_digit_exponents(value: Decimal, shown: str) -> None:
    assert sig(value) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("0.995", "$1.00"),  # the smallest amount that rounds half-up to a dollar shows in cents
        ("0.9949", "$0.9949"),  # just below it: every digit, not $0.99
        ("-0.995", "-$1.00"),
        ("0", "$0.00"),
        ("-0.004", "-$0.004"),  # a small negative amount keeps its sign and digits
        ("-0.0000", "$0.00"),  # a negative zero shows no sign
        ("-0.001", "-$0.001"),
    ],
)
def test_money_at_the_dollar_boundary_and_around_zero(value: str, shown: str) -> None:
    assert money(Decimal(value)) == shown


def test_money_for_adds_no_digits_once_the_product_rounds_to_the_right_cent() -> None:
    # $1.2345 × 0.5 = $0.61725, $0.62 to the cent; the shown $1.23 × 0.5 = $0.615 also rounds half-up to $0.62,
    # so $1.23 is enough (a stricter match at a tenth of a cent would show $1.2345).
    assert money_for(Decimal("1.2345"), Decimal("0.5")) == "$1.23"


# --- sums that add up as shown (addends) and factors that multiply out as shown (sig_for) -----------------------

E_MINUS_1 = Decimal("0.36787944117144233")


def test_addends_add_decimals_only_when_the_shown_parts_would_not_make_the_total() -> None:
    from bot.format import addends

    assert addends(Decimal("7.89"), Decimal("3.945"), Decimal("3.945")) == ["$3.945", "$3.945"]
    assert addends(Decimal("7.89"), Decimal("3.94"), Decimal("3.95")) == ["$3.94", "$3.95"]
    assert addends(10, Decimal("3.333333"), Decimal("3.333333"), Decimal("3.333334")) == ["$3.333"] * 3
    assert addends(Decimal("1234567.89"), Decimal("617283.945"), Decimal("617283.945")) == ["$617,283.945"] * 2
    assert addends(Decimal("0.03"), Decimal("0.01"), Decimal("0.02")) == ["$0.01", "$0.02"]


def test_addends_that_cannot_make_the_total_are_shown_as_money_shows_them() -> None:
    from bot.format import addends

    assert addends(5, 1, 1) == ["$1.00", "$1.00"]
    assert addends("five", 1, 2) == ["$1.00", "$2.00"]
    assert addends(Decimal("Infinity"), 1, 2) == ["$1.00", "$2.00"]
    assert addends(3, Decimal("NaN"), 2) == ["NaN", "$2.00"]


def test_sig_for_shows_the_factor_with_the_figures_its_product_needs() -> None:
    from bot.format import sig_for

    assert sig_for(E_MINUS_1, 96) == "0.3679"  # 96 × 0.3679 = 35.32, as 96 × e^-1 rounds
    assert sig_for(E_MINUS_1, 10_000) == "0.367879"  # 10,000 × 0.3679 would be 3,679.00, not 3,678.79
    assert sig_for(E_MINUS_1, 10_000, places=0) == "0.3679"  # to the whole unit 3,679 is right
    assert sig_for(E_MINUS_1, 96, digits=2) == "0.3679"  # 0.37 and 0.368 give 35.52 and 35.33
    assert sig_for(Decimal("0.5"), 96, digits=2) == "0.50"
    for factor in (3, 96, 1_440, 86_400, 1_000_000):
        shown = Decimal(sig_for(E_MINUS_1, factor))
        assert (shown * factor).quantize(Decimal("0.01")) == (E_MINUS_1 * factor).quantize(Decimal("0.01"))


def test_addends_take_up_to_six_more_decimals_to_make_the_total() -> None:
    from bot.format import addends

    # $30.21 + $5.75 and even $30.2055 + $5.7495 would make $35.96: only the eighth decimal makes $35.95.
    assert addends(Decimal("35.95499999"), Decimal("30.20549999"), Decimal("5.7495")) == ["$30.20549999", "$5.7495"]


def test_addends_needing_more_than_six_more_decimals_are_shown_in_cents() -> None:
    from bot.format import addends

    # Only nine decimals ($8.3075 + $19.497499999) would make $27.80: more noise than a sum is worth.
    assert addends(Decimal("27.8049999991"), Decimal("8.3075000001"), Decimal("19.497499999")) == ["$8.31", "$19.50"]


def test_sig_for_a_factor_no_shown_form_multiplies_out_is_shown_to_the_figures_asked_for() -> None:
    from bot.format import sig_for

    # More figures than the decimal context holds: even 28 figures miss 1,440 × e^-1 at 25 places.
    e_minus_1 = "0.36787944117144232159552377016146"
    assert sig_for(e_minus_1, 1_440, places=25, digits=6) == "0.367879"
    assert sig_for(e_minus_1, 1_440, places=25) == "0.3679"


def test_sig_for_of_what_is_not_a_finite_number_is_shown_as_sig_shows_it() -> None:
    from bot.format import sig_for

    assert sig_for(0, 5) == "0"
    assert sig_for("many", 2) == "many"
    assert sig_for(Decimal("Infinity"), 2) == "Infinity"
    assert sig_for(2, "twice") == "2.000"
    assert sig_for(2, Decimal("Infinity")) == "2.000"


def test_sig_for_keeps_the_thousands_separators_it_shows_and_the_figures_asked_for() -> None:
    from bot.format import addends, sig_for

    assert sig_for(Decimal("12345.678"), 3) == "12,345.678"  # 3 × 12,350 would not be 37,037.03
    assert sig_for(Decimal("0.123456"), Decimal("Infinity"), digits=2) == "0.12"
    assert sig_for(Decimal("0.123456"), "twice", digits=2) == "0.12"
    assert addends(5) == []


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal(22) / 13, "$1.692/1M"),  # worked out from others: four significant digits
        (Decimal(20) / 3, "$6.667/1M"),
        (Decimal("0.0123456789"), "$0.01235/1M"),
        (Decimal("2.7625"), "$2.7625/1M"),  # exact with at most six significant digits: as it is
        (Decimal("1234.5678"), "$1,234.57/1M"),  # never fewer than cents
    ],
)
def test_a_worked_out_rate_shows_a_sensible_number_of_digits(value: Decimal, shown: str) -> None:
    assert rate(value) == shown


def test_a_figure_of_a_dollar_or_more_is_shown_in_cents_and_its_product_marked_approximate_when_cents_move_it() -> None:
    from bot.format import money_cents_for, times_sign

    day = Decimal("179.977")
    assert money_cents_for(day, Decimal(730) / 24) == "$179.98"  # never $179.977
    assert times_sign(day, Decimal(730) / 24) == "≈"  # $179.98 × 730 ÷ 24 = $5,474.39, not the $5,474.30 shown
    assert times_sign(Decimal("87.70"), Decimal(730) / 24) == "="  # exact in cents: the product holds
    assert money_cents_for(Decimal("0.01749999"), 10) == "$0.01749999"  # below $1 the digits the product needs
    assert times_sign(Decimal("0.01749999"), 10) == "="


@pytest.mark.parametrize(
    ("value", "tokens", "shown"),
    [
        (Decimal(98) / 26, Decimal(26_000_000), "$3.7692/1M"),  # $3.769 × 26 = $97.994, not $98.00
        (Decimal(3), Decimal(27_000_000), "$3.00/1M"),  # an exact rate as rate() shows it
        (Decimal("142.20") / 21, Decimal(21_000_000), "$6.7714/1M"),  # $6.771 × 21 = $142.191
        (Decimal(2) / 3, Decimal(1_000), "$0.6667/1M"),  # a thousand tokens: four digits already give the cent
    ],
)
def test_rate_for_shows_the_decimals_a_product_needs(value: Decimal, tokens: Decimal, shown: str) -> None:
    assert rate_for(value, tokens) == shown
    product = Decimal(shown.removeprefix("$").removesuffix("/1M")) * tokens / 1_000_000
    assert round(product, 2) == round(value * tokens / 1_000_000, 2)


def test_rate_for_leaves_what_is_no_number_as_rate_shows_it() -> None:
    assert rate_for("n/a", 3) == "n/a/1M"
    assert rate_for(Decimal(2), Decimal("Infinity")) == "$2.00/1M"
