"""Money, percentage and count formatting, and Slack mrkdwn escaping.

Money: cents for amounts of $1 and more (``$180.00``, ``$1,234.50``); below $1, the exact amount when it
has at most six significant digits (``$0.018``, ``$0.1125``, ``$0.003125``), otherwise four significant
digits (never fewer than two decimals), with zeros past the cents dropped (``$0.50``, ``$0.02``).
Rates are shown exactly when they have at most six significant digits (``$0.1375/1M``, ``$1.875/1M``), else to
four (``$1.692/1M``, not ``$1.6923076923/1M``). :func:`money_for` shows an amount that a line
goes on to multiply with as many decimals as the product needs, so every line multiplies out.
"""

from __future__ import annotations

import functools
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

Number = Decimal | Fraction | int | float | str

_ROUNDS_TO_A_DOLLAR = Decimal("0.995")


def _decimal(value: Number) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


EXACT_DIGITS = 6
_MILLION = Decimal(1_000_000)
INEXACT_DIGITS = 4


def _digits_below_one(magnitude: Decimal) -> int:
    """Decimal places of a non-zero amount below $1: all of it when it has at most six significant digits
    (and at least cents), else four significant digits (at least four places, as the amount is under $1)."""
    exact = magnitude.normalize()
    if len(exact.as_tuple().digits) <= EXACT_DIGITS:
        return max(2, -int(exact.as_tuple().exponent))
    # adjusted() is the exponent of the leading digit: 0.018 -> -2, 0.0081 -> -3.
    return -magnitude.adjusted() + INEXACT_DIGITS - 1


def money(value: Number) -> str:
    """``$532.29``, ``$0.018``, ``-$2.50``: dollars for a Slack reply."""
    try:
        amount = _decimal(value)
    except (InvalidOperation, ValueError, TypeError):
        return str(value)
    if not amount.is_finite():
        return str(value)
    magnitude = abs(amount)
    # From $0.995 up the amount shows in cents (it rounds half-up to at least $1.00); below, four or more
    # significant digits are kept, so a non-zero amount never shows as $0.
    places = 2 if magnitude >= _ROUNDS_TO_A_DOLLAR else _digits_below_one(magnitude)
    return _plain_money(amount, places)


@functools.lru_cache(maxsize=64)
def _unit(places: int) -> Decimal:
    """``10 ** -places`` as a Decimal (0.01 for 2), made once per number of places: a reply formats dozens of
    figures, each rounded to one of a few numbers of places."""
    return Decimal(1).scaleb(-places)


def _rounded(amount: Decimal, places: int) -> Decimal:
    return amount.quantize(_unit(places), rounding=ROUND_HALF_UP)


def _shown_value(shown: str) -> Decimal:
    """The amount a shown figure stands for: ``"-$1,234.50"`` -> -1234.50."""
    return Decimal(shown.replace("$", "").replace(",", ""))


def _plain_money(amount: Decimal, places: int) -> str:
    """``amount`` rounded half-up to ``places``, with cents always shown and zeros after the cents dropped
    ($0.020 -> $0.02, $0.0050 -> $0.005); never a sign on an amount that rounds to $0."""
    rounded = _rounded(abs(amount), places)
    whole, _, fraction = f"{rounded:,.{places}f}".partition(".")
    sign = "-" if amount < 0 and rounded else ""
    return f"{sign}${whole}.{fraction[:2]}{fraction[2:].rstrip('0')}"


def rate(value: Number) -> str:
    """A per-million-token rate, exactly: ``$5.00/1M``, ``$0.1375/1M``, ``$1.875/1M``."""
    try:
        amount = _decimal(value)
    except (InvalidOperation, ValueError, TypeError):
        return f"{value}/1M"
    if not amount.is_finite():
        return f"{value}/1M"
    exact = amount.normalize()
    # a rate worked out from others ($22 ÷ 13 = $1.6923076923...) to four significant digits ($1.692/1M); a stated
    # or exactly derived one ($0.1375, $2.7625) as it is
    places = (max(2, -int(exact.as_tuple().exponent)) if len(exact.as_tuple().digits) <= EXACT_DIGITS or not amount
              else max(2, -amount.adjusted() + INEXACT_DIGITS - 1))
    return f"{_plain_money(amount, min(places, 10))}/1M"


def rate_for(value: Number, tokens: Number) -> str:
    """``value`` as :func:`rate` shows it, with more decimals when ``tokens`` at the shown rate would not round to
    the cent of ``tokens`` at ``value`` (a blend of $142.20 over 21M tokens: ``$6.77142857/1M``, not ``$6.771/1M``)."""
    shown = rate(value)
    try:
        amount, count = _decimal(value), _decimal(tokens)
    except (InvalidOperation, ValueError, TypeError):
        return shown
    if not amount.is_finite() or not count.is_finite():
        return shown
    return f"{_widened(shown.removesuffix('/1M'), amount, count / _MILLION)}/1M"


def money_for(value: Number, factor: Number) -> str:
    """``value`` as :func:`money` shows it, with more decimals when a calculator multiplying the shown
    figure by ``factor`` and rounding half-up would not get ``value × factor`` to the cent (``$179.977`` × 730
    ÷ 24, not ``$179.98``; ``$0.01749999`` × 10 = $0.17, not ``$0.0175``, whose product $0.175 rounds to $0.18)."""
    try:
        amount, times = _decimal(value), _decimal(factor)
    except (InvalidOperation, ValueError, TypeError):
        return money(value)
    if not amount.is_finite() or not times.is_finite():
        return money(value)
    return _widened(money(amount), amount, times)


def _widened(shown: str, amount: Decimal, factor: Decimal) -> str:
    """``shown`` (``amount`` as a reply shows it), or ``amount`` with as many more decimals as it takes (up to 12) for
    the shown figure times ``factor``, rounded half-up, to give ``amount × factor`` to the cent."""
    target = _rounded(amount * factor, 2)
    places = len(shown.partition(".")[2])
    while places < 12 and _rounded(_shown_value(shown) * factor, 2) != target:
        places += 1
        shown = _plain_money(amount, places)
    return shown


def money_cents_for(value: Number, factor: Number) -> str:
    """:func:`money_for` below $1; from $1 up, cents (``$1,295.86``, never ``$1,295.862``), with :func:`times_sign`
    saying whether the line's product is exact or approximate from that figure."""
    try:
        amount = _decimal(value)
    except (InvalidOperation, ValueError, TypeError):
        return money(value)
    if amount.is_finite() and abs(amount) >= _ROUNDS_TO_A_DOLLAR:
        return money(amount)
    return money_for(value, factor)


def times_sign(value: Number, factor: Number) -> str:
    """``=`` when the figure :func:`money_cents_for` shows, times ``factor``, rounds to ``value × factor`` to the cent;
    ``≈`` when the cents it was rounded to move the product (``$179.98 × 730 ÷ 24 ≈ $5,474.30``)."""
    try:
        amount, times = _decimal(value), _decimal(factor)
    except (InvalidOperation, ValueError, TypeError):
        return "="
    if not amount.is_finite() or not times.is_finite():
        return "="
    shown = _shown_value(money_cents_for(amount, times))
    return "=" if _rounded(shown * times, 2) == _rounded(amount * times, 2) else "≈"


def divisor_for(value: Number, amount: Number, result: Number, per: int = 1_000_000, places: int = 0) -> str:
    """The per-million rate ``value`` as money, to the decimals :func:`rate` shows it with or more, so that
    ``amount`` × ``per`` ÷ the shown figure rounds at ``places`` to the shown ``result``: $1.00 × 1M ÷ ``$4.7143`` =
    212,121 (÷ $4.714 would give 212,134)."""
    try:
        over, target = _decimal(amount) * per, _rounded(_decimal(result), places)
        rate_value = _decimal(value)
    except (InvalidOperation, ValueError, TypeError):
        return money(value)
    if not rate_value.is_finite() or not over.is_finite() or rate_value <= 0:
        return money(value)
    shown = rate(rate_value).removesuffix("/1M")
    decimals = len(shown.partition(".")[2])
    while decimals < 12:
        shown_value = _shown_value(shown)
        if shown_value and _rounded(over / shown_value, places) == target:
            return shown
        decimals += 1
        shown = _plain_money(rate_value, decimals)
    return shown


def addends(total: Number, *parts: Number, shown: str | None = None) -> list[str]:
    """``parts`` as :func:`money` shows them, each given the same few more decimals when the shown parts would not
    add up to the shown ``total``: ``$3.945 + $3.945 = $7.89``, not ``$3.95 + $3.95 = $7.89``. ``shown`` is the total
    as the reply prints it, when that is not :func:`money`'s form (``$28.767`` a day, kept for its month)."""
    try:
        amounts = [_decimal(part) for part in parts]
        target_shown = shown or money(total)
        target = _shown_value(target_shown)
    except (InvalidOperation, ValueError, TypeError):
        return [money(part) for part in parts]
    if not all(amount.is_finite() for amount in amounts) or not target.is_finite():
        return [money(part) for part in parts]
    target_places = len(target_shown.partition(".")[2])
    own_places = [len(money(amount).partition(".")[2]) for amount in amounts]
    for extra in range(EXACT_DIGITS + 1):
        texts = [_plain_money(amount, places + extra) for amount, places in zip(amounts, own_places, strict=True)]
        added = sum((_shown_value(text) for text in texts), Decimal(0))
        if _rounded(added, target_places) == target:
            return texts
    return [money(amount) for amount in amounts]


def _tidy(value: Number, places: int, *, scale: int = 1, grouped: bool = True) -> str | None:
    """``value × scale`` rounded half-up to `places`, trailing zeros dropped; None when it is not a number."""
    try:
        amount = _decimal(value) * scale
    except (InvalidOperation, ValueError, TypeError):
        return None
    if not amount.is_finite():
        return None
    if amount and abs(amount) < _unit(places):
        places = -amount.adjusted() + 1  # never "0" for a value that is not 0: 0.001% stays 0.001%
    try:
        rounded = _rounded(amount, places)
    except InvalidOperation:  # more digits than the context holds: shown as it is
        return None
    text = f"{rounded:,f}" if grouped else f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def sig(value: Number, digits: int = 4) -> str:
    """A factor shown to ``digits`` significant figures, in scientific notation when it is tiny or huge:
    0.0155023 -> ``0.01550``, 8.4e-16 -> ``8.404e-16``."""
    try:
        amount = _decimal(value)
    except (InvalidOperation, ValueError, TypeError):
        return str(value)
    if not amount.is_finite() or amount == 0:
        return str(value) if not amount.is_finite() else "0"
    exponent = amount.adjusted()
    if -5 <= exponent < 6:
        places = max(digits - 1 - exponent, 0)
        return f"{_rounded(amount, places):,f}"
    return f"{amount:.{digits - 1}e}".replace("e+", "e")  # Decimal writes e-7 and e+7, never e-07


def sig_for(value: Number, factor: Number, places: int = 2, digits: int = 4) -> str:
    """``value`` as :func:`sig` shows it, with more significant figures when the shown factor times ``factor``
    would not round to ``value × factor`` at ``places`` decimals (96 × ``0.3679`` = 35.32; 10,000 × e^−1 needs
    ``0.367879`` to give 3,678.79)."""
    try:
        amount, times = _decimal(value), _decimal(factor)
    except (InvalidOperation, ValueError, TypeError):
        return sig(value, digits)
    if not amount.is_finite() or not times.is_finite() or amount == 0:
        return sig(value, digits)
    target = _rounded(amount * times, places)
    for shown_digits in range(digits, 29):
        shown = sig(amount, shown_digits)
        if _rounded(Decimal(shown.replace(",", "")) * times, places) == target:
            return shown
    return sig(amount, digits)


def percent(value: Number, places: int = 2) -> str:
    """A fraction as a tidy percentage: 0.0625 -> ``6.25%``, 0.6 -> ``60%``, 1/3 -> ``33.33%``."""
    text = _tidy(value, places, scale=100, grouped=False)
    return str(value) if text is None else f"{text}%"


def count(value: Number, places: int = 2) -> str:
    """A count with thousands separators: 10000 -> ``10,000``; 2.5 -> ``2.5``."""
    text = _tidy(value, places)
    return str(value) if text is None else text


def ratio(value: Number, places: int = 3) -> str:
    """A plain multiplier: 0.75 -> ``0.75``, 1.5 -> ``1.5``."""
    return count(value, places)


_BARE_AMPERSAND = re.compile(r"&(?!(?:amp|lt|gt);)")


def escape_mrkdwn(text: str) -> str:
    """Escape the three characters Slack treats as control sequences, so ``<!channel>`` cannot ping.

    Text that Slack already escaped (``&lt;`` in a message event) is not escaped a second time.
    """
    if "&" not in text and "<" not in text and ">" not in text:  # most text: nothing to escape
        return text
    return _BARE_AMPERSAND.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")


def unescape_mrkdwn(text: str) -> str:
    """Undo :func:`escape_mrkdwn` (for terminal display)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
