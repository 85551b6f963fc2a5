"""Which side a lone rate prices when the message says which price it has, away from the figure: "I only have the
input price, 60 cents per million", "we know the output rate: $8/M", "no output price yet, input's $2/M". The rate is
that side's, and the other side's rate is then asked for by name. Patterns run on the normalized (lower-cased)
text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from glossary.regex_cache import compile_regex

if TYPE_CHECKING:
    from bot.parse.extract import Scanner

_SIDE = r"(?P<side>input|output|prompt|completion)(?:[- ]tokens?|[- ]side)?"
_PRICE = r"(?:price|rate|pricing|cost per (?:m|million|mtok))s?\b"
# "I only have the input price", "we've got the output rate", "input price only", "given the input pricing".
_KNOWN = (
    compile_regex(
        r"\b(?:only (?:have|got|know|has|had|with|see)|(?:i|we|they)(?: only)? (?:have|got|know|see)|(?:i|we)'ve got|"
        r"(?:i|we) (?:just )?have|given|just|all (?:i|we) have is) (?:the |their |an? |our |a )?" + _SIDE + " "
        + _PRICE + r"(?! (?:yet|either)\b)"),
    compile_regex(r"\b" + _SIDE + " " + _PRICE + r" only\b"),
    # "the rate card only shows output, at $12.50 per million", "the sheet just lists input: $2/M"
    compile_regex(r"\b(?:only|just) (?:shows?|lists?|gives?|covers?|quotes?|has|had) (?:the |an? |their |our )?" + _SIDE
                  + r"(?:,? (?:at|@|as|of)\b|:|,? \$)"),
)
# "no output price yet", "don't have the output rate", "without the output pricing", "output price unknown/tbd".
_UNKNOWN = (
    compile_regex(
        r"\b(?:no|not|don't|dont|do not|doesn't|haven't|havent|have not|without|missing|unknown|not sure (?:of|about)|"
        # (within one clause: "usage (no write surcharge):" heading a line "input rate $2.00/1M" lacks nothing)
        r"waiting (?:on|for)|still need|lack(?:ing)?)\b[^.;:?!\d$()\n]{0,25}?\b" + _SIDE + " " + _PRICE),
    compile_regex(r"\b" + _SIDE + " " + _PRICE + r" (?:is |are )?(?:unknown|tbd|missing|not known|not given|"
                  r"not (?:yet )?(?:available|shared|published|confirmed)|still open|pending)\b"),
)
_OTHER = {"input": "output", "output": "input"}
_SIDES = {"input": "input", "prompt": "input", "output": "output", "completion": "output"}


def place(scanner: Scanner) -> None:
    """The stage run after every rate is read: a lone rate is the side the message says it has (or not the side it
    says it lacks), whether it was read with no side or beside the other side's token count ("4M output tokens a
    month at $2.50 per million, no output price yet": the input rate)."""
    found = scanner.found
    if not any(w in scanner.text for w in ("price", "rate", "pricing", "cost per")):
        return
    ins, outs = set(found.values.get("input_rate", [])), set(found.values.get("output_rate", []))
    loose = set(found.unlabeled_rates)
    if len(ins) + len(outs) + len(loose) != 1:
        return
    known = {_SIDES[m.group("side")] for pattern in _KNOWN for m in pattern.finditer(scanner.text)}
    lacking = {_SIDES[m.group("side")] for pattern in _UNKNOWN for m in pattern.finditer(scanner.text)}
    sides = (known - lacking) if known - lacking else {_OTHER[s] for s in lacking} - known
    if len(sides) != 1:
        return
    side = sides.pop()
    rate = (ins | outs | loose).pop()
    found.values.pop("input_rate", None)
    found.values.pop("output_rate", None)
    found.unlabeled_rates = []
    found.add(f"{side}_rate", rate)
