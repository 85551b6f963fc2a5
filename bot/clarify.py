"""Clarifying choices: when an answer needs the reader to pick ("which discount, 65% or 35%?", "gpt-4o or
gpt-4o-mini?", "is $20 per 1M input or output?"), the replies that settle each question.

Each option is a short reply in the words of bot/phrases.yaml (``choices``) that the follow-up reader
(:mod:`bot.followup`) reads against the answer's request; an option is offered only when reading it that way
actually settles the question (the field is set and no longer asked about), so a button never leads to the same
question again. Slack shows them as buttons (:mod:`bot.present.blocks`); a click is answered as if the option had
been typed in the thread, and typing it works the same.
"""

from __future__ import annotations

from bot import followup
from bot.answer import AnswerBase, ErrorAnswer
from bot.followup import Choice
from bot.format import money
from bot.phrases import phrases

#: At most this many options per question (Slack's actions block holds 25 elements; a question has few values).
MAX_OPTIONS = 5


def choices(answer: AnswerBase) -> list[Choice]:
    """The choices the answer needs, each with the options that settle it; empty when it needs none."""
    ask = answer.ask
    if isinstance(answer, ErrorAnswer) or ask.intent not in followup.CONTEXT_INTENTS:
        return []
    wording: dict[str, str] = phrases()["choices"]
    found: list[Choice] = []
    for ambiguity in ask.ambiguities:
        candidates: list[tuple[str, str]] = []  # (field the option sets, option)
        values = ambiguity.values[:MAX_OPTIONS]
        if ambiguity.field == "percent" and len(values) == 1:
            roles = phrases()["percent_roles"]
            for role in roles.get(ask.intent.value, roles["default"]):
                candidates.append((role, wording[role].format(value=values[0])))
        elif ambiguity.field == "calls_per_day" and len(values) == 1:
            for key in ("calls_per_day", "calls_per_hour", "calls_per_month"):
                candidates.append(("calls_per_day", wording[key].format(value=values[0])))
        elif ambiguity.field in wording and len(values) > 1:
            shown = [v.removesuffix(":1") for v in values] if ambiguity.field == "peak_to_average" else values
            candidates = [(ambiguity.field, wording[ambiguity.field].format(value=v)) for v in shown]
        options = [text for field, text in candidates if _settles(answer, field, ambiguity.field, text)]
        if len(options) > 1 or (options and ambiguity.field in ("percent", "calls_per_day")):
            found.append(Choice(field=ambiguity.field, options=options))
    rate = ask.fields.rate
    if rate is not None and any(m.key == "rate_label" for m in answer.missing):
        sides = [(side, wording[side].format(value=money(rate))) for side in ("input_rate", "output_rate")]
        labelled = [option for side, option in sides if _settles(answer, side, "rate_label", option)]
        if labelled:
            found.append(Choice(field="rate_label", options=labelled))
    return found


def _settles(answer: AnswerBase, field: str, asked: str, option: str) -> bool:
    """Whether `option`, read as a reply to the answer's request, sets `field` and stops asking about `asked`."""
    reading = followup.read(option, answer.ask)
    if field not in {c.field for c in reading.changes}:
        return False
    return asked not in {a.field for a in reading.ask.ambiguities}
