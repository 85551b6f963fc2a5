"""Follow-ups: a short message read against the last request of a conversation.

"and at 60%?", "same at a 30% discount", "make it 20k calls a day", "with a 1h TTL", "on bedrock instead":
:func:`read` scans the message with the parser's own scanner, places its numbers by the previous request's intent,
and replaces only the inputs the message states; everything else is kept. The console (``pricebot chat``) and
Slack threads both call it through :func:`bot.router.understand`, so a follow-up reads the same everywhere.

:func:`asks_something` is the gate Slack applies to messages in a thread pricebot answered: a question mark, a
quantity, or a word naming a pricing question. Anything else there is people talking to each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ValidationError

from bot.parse import MAX_CHARS, Ask, Intent, fields_for, parse, show_value
from bot.parse.extract import Found, scan
from bot.parse.forms import read_forms
from bot.parse.intent import KEYWORDS
from bot.parse.numbers import normalize
from bot.parse.rate_units import read_per_billion, read_per_token
from bot.parse.variants import plain_changes
from glossary.regex_cache import compile_regex

#: Requests a follow-up can be read against: the ones the engine prices.
CONTEXT_INTENTS = frozenset({Intent.QUOTE, Intent.BREAK_EVEN, Intent.CACHING, Intent.PER_CALL, Intent.MARKUP,
                             Intent.SCENARIO, Intent.COMPARE})

#: Openings (and words) that make a message a follow-up even when it could be read on its own.
CUE = compile_regex(
    r"^\s*(?:and|but|so|ok(?:ay)?|then|now|also|what about|how about|what if|same|make it|with|without|at|on|"
    r"for|instead|plus)\b|\b(?:instead|same as above|same but|rather)\b",
    re.IGNORECASE,
)

_DISCOUNT_SAID = compile_regex(r"\bdiscount|\b\d{1,3}(?:\.\d+)?\s?% off\b")
_UTILIZATION_SAID = compile_regex(r"utili[sz]|\butil\b|\bload\b|\busage\b|\brun(?:s|ning)? at\b|\bbusy\b")

#: Fields a follow-up never carries over or reports (free text, not inputs).
_NOT_INPUTS = frozenset({"traits", "term", "checked_text", "volume_period"})


class Change(BaseModel):
    """One input a follow-up replaced: the field and its new value as shown to the reader."""

    field: str
    shown: str


class Choice(BaseModel):
    """A question the answer asks, with the replies that settle it (:mod:`bot.clarify`): each option is the text a
    clarifying button types for the reader ("30% discount", "on gpt-4o"), read as a follow-up would be."""

    field: str
    options: list[str]


@dataclass(frozen=True)
class Reading:
    """How a message reads in its conversation: the request to answer and the inputs the message changed
    (empty when it is a request of its own)."""

    ask: Ask
    changes: list[Change] = field(default_factory=list)

    @property
    def is_follow_up(self) -> bool:
        return bool(self.changes)


def read(text: str, previous: Ask | None) -> Reading:
    """``text`` as a follow-up to ``previous`` when it is one, else as a request of its own."""
    fresh = parse(text)
    if previous is None or previous.intent not in CONTEXT_INTENTS or fresh.intent in (Intent.GLOSSARY,
                                                                                       Intent.FIELDCHECK):
        return Reading(fresh)
    if fresh.understood and fresh.intent is Intent.HELP:
        return Reading(fresh)  # "help", "hi": not a change to the last request
    normalized = read_per_token(read_per_billion(read_forms(normalize(text[:MAX_CHARS]).strip())[0])[0])[0]
    normalized = plain_changes(normalized)  # "and if input climbs to 4,000?": "input is 4,000"
    other = fresh.understood and fresh.intent in CONTEXT_INTENTS and fresh.intent is not previous.intent
    if other and not CUE.search(normalized):
        return Reading(fresh)  # a new question about another structure
    # "what about caching with a 3k prefix?": a follow-up that names another structure asks about that one
    switched = other and fresh.intent in KEYWORDS and KEYWORDS[fresh.intent].search(normalized) is not None
    intent = fresh.intent if switched else previous.intent
    found = scan(normalized)
    _place_percent(previous, intent, found, normalized)
    stated, ambiguities = fields_for(intent, found)
    update = {name: getattr(stated, name) for name in stated.model_fields_set
              if name not in _NOT_INPUTS and getattr(stated, name) not in (None, [])}
    if not update:
        return Reading(fresh)
    merged = previous.fields.model_copy(update=update)
    merged.traits = list(dict.fromkeys([*previous.fields.traits, *stated.traits]))
    if stated.volume_period is not None:  # the period the new volume is stated over (not an input of its own)
        merged.volume_period = stated.volume_period
    kept = [a for a in previous.ambiguities if a.field not in update and a.field not in ("percent", "number")]
    ask = Ask(text=f"{previous.text}\n{text[:MAX_CHARS]}", intent=intent, fields=merged,
              ambiguities=[*kept, *ambiguities], truncated=fresh.truncated)
    # A spend's period is said with the spend ("on-demand spend $20,000.00 a month"), not as a change of its own.
    from bot.phrases import phrases

    each = phrases()["periods"].get(update.get("spend_period"), {}).get("each")
    return Reading(ask, [
        Change(field=name, shown=_shown(name, value) + (f" {each}" if each and name.endswith("_spend") else ""))
        for name, value in update.items() if name != "spend_period"
    ])


def asks_something(text: str) -> bool:
    """Whether a message in a thread pricebot answered is addressed to pricebot: it has a question mark, a
    quantity (a number, a percentage, a price, "20k calls"), or a word naming a pricing question (cost, caching,
    utilization, discount, break-even, markup, per call, ... and "what about", "instead", "same")."""
    return states_a_question(text) or any(p.search(normalize(text[:MAX_CHARS])) for p in (*KEYWORDS.values(), CUE))


def states_a_question(text: str) -> bool:
    """A question mark, or a quantity the parser reads."""
    if "?" in text:
        return True
    found = scan(read_forms(normalize(text[:MAX_CHARS]))[0])
    return bool(found.values or found.unlabeled_percents or found.unlabeled_rates or found.calls_without_period)


def ask_of(data: Any) -> Ask | None:
    """A stored request (``Ask.model_dump(mode="json")``) back as an Ask; None when it is not one."""
    try:
        return Ask.model_validate(data)
    except ValidationError:
        return None


def _place_percent(previous: Ask, intent: Intent, found: Found, normalized: str) -> None:
    """A lone unlabeled percentage in a break-even follow-up replaces the utilization once a discount is known
    ("and at 60%?"), else it is the discount; one said to replace a value ("38% instead of 30%") or said with the
    word discount and not utilization ("the discount with it, to 31%") takes that value's place."""
    if intent is not Intent.BREAK_EVEN or len(found.unlabeled_percents) != 1:
        return
    if found.values.get("discount") or found.values.get("utilization"):
        return
    slot = "utilization" if previous.fields.discount is not None else "discount"
    replaced = set(found.superseded)
    if previous.fields.discount is not None and previous.fields.discount in replaced:
        slot = "discount"  # "they came back with 38% instead of 30%": the 30% was the discount
    elif _DISCOUNT_SAID.search(normalized) and not _UTILIZATION_SAID.search(normalized):
        slot = "discount"  # "the term drops to 12 months and the discount with it, to 31%"
    elif replaced & set(previous.fields.utilization):
        slot = "utilization"
    found.values[slot] = found.unlabeled_percents
    found.unlabeled_percents = []


def _shown(name: str, value: Any) -> str:
    if isinstance(value, list):
        return " and ".join(_shown(name, v) for v in value)
    return show_value(name, value) if isinstance(value, Decimal) else str(value)
