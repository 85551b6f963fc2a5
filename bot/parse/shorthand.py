"""Keyed shorthand reps type on a phone, spelt out as the scanner reads it.

"d=50%, u=0.8", "d=0.37 u=0.9", "mk 35% ea 18%", "disc=30 util=85": a key, then its value. Each pair becomes
"<value>% <label>," so the value sits before its own label and a run of pairs with no punctuation between them is
never read across ("35% ea" is not an EA discount of 35%). A value written as a fraction (0.8, 0.37) is the same
share as its percentage.

A single letter is read only for the two keys the break-even formula uses (d, the discount versus on-demand; u, the
utilization), only with "=" or ":" after it, and only when the letters in the message name nothing else: a letter
this module does not know ("m=20%", "x=0.3") is left as it was, so the reply asks what the figure is.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from glossary.regex_cache import compile_regex

_LABELS = {
    "d": "discount", "disc": "discount", "dsc": "discount", "discount": "discount",
    "u": "utilization", "util": "utilization", "utilization": "utilization", "utilisation": "utilization",
    "utl": "utilization",
    "mk": "markup", "mkup": "markup", "mkp": "markup", "mrkp": "markup", "mu": "markup", "markup": "markup",
    "ea": "ea discount", "edp": "ea discount",
}
_LETTERS = ("d", "u")
_HYPERSCALER_KEYS = ("mk", "mkup", "mkp", "mrkp", "mu", "ea", "edp")
_BARE_KEYS = (*_HYPERSCALER_KEYS, "markup")
# (a percentage said "35 pct" or "35 percent" is one: "markup 35 pct ea discount 22 pct")
_VALUE = r"(?P<v>\d{1,3}(?:\.\d{1,4})?|\.\d{1,4})(?P<pct>\s?%|\s(?:pct|percent)\b)?"
# "d=50%", "u: 0.8", "mk 35%", "ea=18", "disc 30" (a key that names a figure, then the figure; not "ea 18 calls").
_PAIR = compile_regex(
    r"(?<![\w.$/=:-])(?P<key>d|u|disc|dsc|discount|util|utl|utilization|utilisation|mk|mkup|mkp|mrkp|mu|markup|ea|edp)"
    # (a full stop after the value ends the sentence: "provisioned offer d=0.28. forecast ...")
    r"(?P<sep>\s?[=:]\s?|\s)" + _VALUE + r"(?![\w$/]|\.\d|\.?\s?(?:x|×|k|m|b)\b|\s?[-–]\s?\d)")
_PAIR_BEFORE = compile_regex(r"\b(?:" + "|".join(sorted(_LABELS, key=len, reverse=True)) + r")(?:\s?[=:]\s?|\s)"
                             + _VALUE.replace("?P<v>", "").replace("?P<pct>", "") + r",?\s?$")
# What may follow a value written with no "%": the end, punctuation, an arrow, another key ("d=2 days" is not a share).
_BARE_END = compile_regex(
    r"\s?(?:$|[,;.?!)>→+&|=/-]|(?:vs|versus|and|then|with|so|or|cost|costs|saving|savings|save|break[- ]?even|"
    r"pct|percent|share|eff|effective|what|whats|how|where|which)\b|"
    r"(?:d|u|disc|dsc|discount|util|utl|utilization|utilisation|mk|mkup|mkp|mrkp|mu|markup|ea|edp|par)\b)")
# A value just before the key ("25% ea = ..."): the key is labelled already.
# Not the value of the key before it in a run ("d: 0.25 u: 0.6").
_VALUE_BEFORE = compile_regex(r"\d\s?%?\s?$")
# "markup 30 / EA 20", "mk 35 ea 18": a markup and an EA each followed by a bare number, the two terms of a hyperscaler
# deal side by side, are percentages (one of them alone, "ea 18", may count something else).
# A bare value of that pair: a whole percentage or a fraction below one ("1.18" may be a multiplier: asked about).
_BARE_VALUE = r"\d{1,2}|0?\.\d{1,2}"
_BARE_HYPERSCALER = compile_regex(
    rf"(?<![\w.$/=:-])(?P<key>mk|mkup|mkp|mrkp|mu|markup|ea|edp)\s(?P<v>{_BARE_VALUE})(?![\w$/%]|\.\d)")
_BARE_SHARE = compile_regex(_BARE_VALUE)
# Letters of a keyed list the module does not know ("m=20%", "x: 0.3"): with one of them in the message, the single
# letters d and u may be keys of another scheme, so they are left as they were and the reply asks.
_OTHER_LETTER = compile_regex(r"(?<![\w.$/])(?![du]\b)[a-z](?=\s?[=:]\s?\.?\d)")
# "=" or ":" between a key and its value.
_KEYED = compile_regex(r"[=:]")


def _share(value: str, pct: bool) -> str | None:
    """The value as a percentage ("0.8" -> "80"), or None when it cannot be one."""
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    if not pct and number <= 1:
        number *= 100
    shown = format(number.normalize(), "f")
    return shown


def _pair(m: re.Match[str], letters_ok: bool, deal_side_by_side: bool) -> str:
    key, sep = m.group("key"), m.group("sep")
    if (_VALUE_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
            and not _PAIR_BEFORE.search(m.string, max(0, m.start() - 30), m.start())):
        return m.group(0)  # "40% markup minus 25% ea = 15% effective": the key has its value; "=" states a result
    keyed = bool(_KEYED.search(sep))
    if key in _LETTERS and not (keyed and letters_ok):
        return m.group(0)
    fraction = m.group("v").startswith(("0.", "."))
    bare_deal = (deal_side_by_side and not keyed and not m.group("pct") and key in _BARE_KEYS
                 and _BARE_SHARE.fullmatch(m.group("v")) is not None)
    if bare_deal and _BARE_END.match(m.string, m.end()):
        return f"{_share(m.group('v'), not fraction)}% {_LABELS[key]},"
    if not keyed and key not in _HYPERSCALER_KEYS and not (fraction and not m.group("pct")):
        # "discount 25%", "disc 30", "util 35% cheaper": the scanner reads a word and its value in their context (a
        # fraction, "util 0.9", is a share whatever follows)
        return m.group(0)
    if not m.group("pct") and not fraction and not _BARE_END.match(m.string, m.end()):
        return m.group(0)  # "d=2 days": a count of something, not a share
    if not keyed and not m.group("pct") and not fraction:
        return m.group(0)  # "ea 18" with no % or "=": not surely a percentage (a fraction, "mk 0.2", is)
    shown = _share(m.group("v"), bool(m.group("pct")))
    if shown is None:
        return m.group(0)
    return f"{shown}% {_LABELS[key]},"


def read_shorthand(text: str) -> str:
    """``text`` (normalized) with keyed shorthand pairs written out as "<value>% <label>,"."""
    if not any(ch.isdigit() for ch in text):
        return text
    letters_ok = _OTHER_LETTER.search(text) is None
    keys = {_LABELS[m.group("key")] for m in _BARE_HYPERSCALER.finditer(text)}
    deal_side_by_side = keys == {"markup", "ea discount"}
    return _PAIR.sub(lambda m: _pair(m, letters_ok, deal_side_by_side), text)
