"""What-ifs and corrections inside one message: a deal stated, then one number changed.

"..., weekly cost? and what if output doubles to 1,200 tokens", "... what's the daily? actually make that 20k
calls/day", "Break-even? Then the term drops to 12 months and the discount to 31%. Redo it for that.": :func:`split`
cuts such a message into the deal as first stated and the change, which the router reads as a follow-up to it
(:mod:`bot.followup`), so the reply works out both. :func:`plain_changes` restates a change said with a verb
("input climbs to 4,000", "the PAR is really 1.5") as the plain statement the scanner reads ("input is 4,000").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from glossary.regex_cache import compile_regex

# a cue opens a clause: at the start, or after a sentence mark, a comma, a line break or a dash, with any spaces
# between (checked by _opens_clause, not in the pattern: a pattern that skipped the spaces itself would scan a run of
# line breaks again from each of them, in time quadratic in its length)
_START = r"(?<![^\s.?!;…,\-—])"
_LINK = r"(?:(?:and|but|so|ok(?:ay)?|also|hmm|oh|then|now)\b,?\s+){0,2}"
#: "and what if ...", "but if ...", "what about if ...", "suppose ...": a change asked beside the deal.
_WHAT_IF = compile_regex(
    _START + r"(?P<cue>" + _LINK + r"(?:what if|what about if|how about if|what happens if|if instead|"
    r"(?<=and )if|(?<=but )if|suppose|supposing|say instead|and if|but if|and in case|"
    # "..., and what is it if output doubles to 1,000?", "... $3/$15. If output doubles to 800, how much ...?"
    r"what(?:'s| is| would be| would it be) (?:it|that|the (?:bill|cost|total)) if|(?<=[.?!] )if(?= \w+ \w+ \w+))\b)",
    re.IGNORECASE,
)
#: "actually make that 20k calls/day", "scratch that, it's 12 months", "correction: 31%": the deal said again.
_CORRECTION = compile_regex(
    _START + r"(?P<cue>" + _LINK + r"(?:actually,?\s+(?:make (?:that|it)|it'?s|they'?re|change (?:that|it) to|"
    r"(?:it )?should be|(?:i )?meant)|scratch that|correction\b|sorry,?\s+(?:make (?:that|it)|i meant|it'?s)|"
    r"wait,?\s+(?:make (?:that|it)|it'?s)|make (?:that|it) (?=[$~]?\d))|i meant\b)",
    re.IGNORECASE,
)
#: "Then the prefix grows to 9k ... net per day then?", "Now legal says 12 months at 31%. Redo it for that.": a
#: sentence opening with "then"/"now" whose change is worked out again.
_THEN = compile_regex(_START + r"(?P<cue>(?:and\s+)?(?:then|now|later|next year|after that)\b)", re.IGNORECASE)
_AGAIN = compile_regex(
    r"\b(?:re-?do|re-?run|re-?calc(?:ulate)?|re-?compute|re-?work|run it again|same (?:math|question|thing)|"
    r"everything else (?:the )?same|all else (?:equal|the same)|otherwise (?:the )?same|"
    r"what (?:does|do|would) (?:it|that|they|the \w+) (?:cost|look like|come to|save|be)|then\s*\?)",
    re.IGNORECASE,
)
#: "Redo it for 12 months at 31%": the change said with the request to work it out again.
_REDO = compile_regex(
    _START + r"(?P<cue>" + _LINK + r"(?:re-?do|re-?run|re-?calc(?:ulate)?|re-?work) (?:it|that|this|the (?:math|"
    r"numbers?))\b)",
    re.IGNORECASE,
)
_DIGIT = compile_regex(r"\d")
#: "what if it drops to 50%? and to 40%?": several values in turn, which the message read whole lists.
_IN_TURN = compile_regex(r"\b(?:and|or|then)\s+(?:to|at|with)\s+[$~]?\.?\d", re.IGNORECASE)


_MAX_CUTS = 20  # cues tried, each costing a pass over the message: a message of nothing but cues stays linear

_FEE_AMOUNT = r"(?:\$\s?\d{0,3}\.?\d{1,6}|\d{0,3}\.?\d{1,4}\s?(?:c|cents?)\b)"
_FEE_WORD = (r"(?:per[- ](?:call|request|transaction) (?:fee|price|charge|rate)|(?:call |flat |per[- ]call )?fee|"
             r"(?:fee|price|charge) (?:per|a) (?:call|request))")
#: "drop the per-call fee from $0.0048 to $0.0036": the fee as it is and as it would be.
_FEE_FROM_TO = compile_regex(
    r"\b" + _FEE_WORD + r"\s(?:[a-z]+\s){0,2}?(?P<from>from\s)(?P<a>" + _FEE_AMOUNT + r")\s(?:down\s|up\s)?"
    r"(?:to|->|→)\s(?P<b>" + _FEE_AMOUNT + r")",
    re.IGNORECASE,
)
#: "fee is $0.0025/call now, vendor may raise it to $0.004": a fee stated, then the fee it may move to.
_FEE_MOVED_TO = compile_regex(
    r"(?P<clause>(?:,\s?|\s)(?:(?:and|but|the|their|our|a|vendor|partner|provider|they|we|it|may|might|could|will|"
    r"would|wants? to|plans? to|is going to|are going to|next year|at renewal)\s){0,4}"
    r"(?:raise|raises|raising|increase|increases|bump|bumps|cut|cuts|drop|drops|lower|lowers|reduce|reduces|"
    r"take|takes|move|moves)\s(?:it|the fee|that|the price|the per[- ]call fee)\s(?:up\s|down\s)?to\s"
    r"(?P<b>" + _FEE_AMOUNT + r"))",
    re.IGNORECASE,
)
_FEE_BEFORE = compile_regex(r"(?:fee|/\s?call|per call|a call)\b", re.IGNORECASE)


def _fee_change(text: str) -> Split | None:
    """A per-call fee said with the fee it may change to ("drop the per-call fee from $0.0048 to $0.0036", "$0.0025 a
    call now, the vendor may raise it to $0.004"): the deal at the fee as it is, and at the new fee."""
    m = _FEE_FROM_TO.search(text)
    if m is not None:
        # ("the flat fee drops from 2c to 1.5c": the deal as it is reads "per-call fee 2c")
        base = text[:m.start()] + "per-call fee " + m.group("a") + text[m.end("b"):]
        return Split(base=base, variant=f"what if the per-call fee is {m.group('b')}?", correction=False)
    m = _FEE_MOVED_TO.search(text)
    if m is not None and _FEE_BEFORE.search(text, 0, m.start()) and _DIGIT.search(text, 0, m.start()):
        base = text[:m.start("clause")] + text[m.end("clause"):]
        return Split(base=base, variant=f"what if the per-call fee is {m.group('b')}?", correction=False)
    return None


@dataclass(frozen=True)
class Split:
    """A message cut into the deal as first stated and the change to it (``correction``: the change replaces the
    deal rather than being asked beside it)."""

    base: str
    variant: str
    correction: bool


def _opens_clause(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens a clause: only spaces between it and the start of the message, a line break, a
    sentence mark, a comma or a dash after a space. Reads back over the spaces alone."""
    i = start
    while i > 0 and text[i - 1].isspace():
        if text[i - 1] == "\n":
            return True
        i -= 1
    if i == 0 or text[i - 1] in ".?!;…,":
        return True
    return text[i - 1] in "-—" and i > 1 and text[i - 2].isspace()


def split(text: str) -> Split | None:
    """The deal and the change to it, when the message states a deal and then changes a number of it; else None.
    Both parts must hold a number: "what if" with nothing after it is no change."""
    cuts: list[tuple[int, bool]] = []
    for pattern, correction in ((_WHAT_IF, False), (_CORRECTION, True), (_REDO, False)):
        cuts += [(m.start("cue"), correction) for m in pattern.finditer(text) if _opens_clause(text, m.start("cue"))]
    again = [m.start() for m in _AGAIN.finditer(text)]
    for m in _THEN.finditer(text):
        if again and again[-1] >= m.end() and _opens_clause(text, m.start("cue")):
            cuts.append((m.start("cue"), False))
    for start, correction in sorted(cuts)[:_MAX_CUTS]:
        base, variant = text[:start].strip(), text[start:].strip()
        if _IN_TURN.search(variant):
            return None
        if _DIGIT.search(base) and _DIGIT.search(variant):
            return Split(base=base, variant=variant, correction=correction)
    return _fee_change(text) if "fee" in text.lower() or "call" in text.lower() else None


_CHANGE_VERB = (
    r"(?:climbs?|climbing|grows?|growing|rises?|rising|jumps?|jumping|drops?|dropping|falls?|falling|goes (?:up|down)|"
    r"going (?:up|down)|increases?|increasing|decreases?|decreasing|moves?|moving|changes?|changing|shrinks?|"
    r"bumps? up|comes? (?:in|down|up)|ends? up|lands?|gets? (?:bumped|cut|raised|lowered)|is (?:bumped|cut|raised|"
    r"lowered|dropped|increased|reduced)|(?:will|would|might|could|may) (?:climb|grow|rise|jump|drop|fall|go up|"
    r"go down|increase|decrease|move|change|shrink|be bumped|come in|end up|land|be))"
)
#: "input climbs to 4,000", "the discount drops to 31%": a verb of change right before "to <number>" (never "from a
#: to b", which the parser reads as a change of its own).
_CHANGED_TO = compile_regex(
    r"\b(?:(?:really|actually|then|eventually|probably)\s+)?"
    + _CHANGE_VERB
    + r"\s+(?:all the way\s+)?to\s+(?=[$~]?\.?\d)",
    re.IGNORECASE,
)
#: "the PAR is really 1.5", "the list delta is actually only 22%": a value said again with a hedge.
_IS_REALLY = compile_regex(
    r"\b(is|are|was|were)\s+(?:(?:really|actually|now|only|just|more like|closer to)\s+){1,3}"
    r"(?=[$~]?\.?\d)",
    re.IGNORECASE,
)


def plain_changes(text: str) -> str:
    """``text`` with each change said by a verb ("climbs to 4,000", "is really 1.5") said plainly ("is 4,000",
    "is 1.5"), which the scanner reads beside the name of the field."""
    text = _CHANGED_TO.sub("is ", text)
    return _IS_REALLY.sub(lambda m: m.group(1) + " ", text)
