"""The quote form (a Slack modal): the structures it offers, the typed inputs of each, their ranges, and the ask
a submission turns into. Building the view is :func:`bot.present.blocks.quote_form_view`; the Slack side
(views.open, views.update, the model type-ahead, the submission) is :mod:`bot.listeners.quote_form`.

A submission is answered exactly as the ask it composes would be if typed ("40% discount on PTUs at 80%
utilization"): the same router, the same reply, the same thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

Kind = Literal["number", "model", "text"]


@dataclass(frozen=True)
class Field:
    key: str
    kind: Kind
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    decimal: bool = True
    optional: bool = False


_PERCENT = (Decimal("0.01"), Decimal("99.99"))
_UTIL = (Decimal("0.01"), Decimal(100))
_RATE = (Decimal(0), Decimal(1000))
_TOKENS = (Decimal(1), Decimal(10) ** 12)
_CALLS = (Decimal(1), Decimal(10) ** 9)


def _num(key: str, bounds: tuple[Decimal, Decimal], *, decimal: bool = True, optional: bool = False) -> Field:
    return Field(key, "number", bounds[0], bounds[1], decimal, optional)


#: The structures the form offers, in order, with their inputs.
STRUCTURES: dict[str, tuple[Field, ...]] = {
    "quote": (Field("model", "model", optional=True), _num("input_rate", _RATE, optional=True),
              _num("output_rate", _RATE, optional=True), _num("input_tokens_per_day", _TOKENS, decimal=False),
              _num("output_tokens_per_day", _TOKENS, decimal=False)),
    "per_call": (_num("per_call_fee", (Decimal("0.000001"), Decimal(1000))),
                 _num("input_tokens_per_call", _TOKENS, decimal=False),
                 _num("output_tokens_per_call", _TOKENS, decimal=False), Field("model", "model", optional=True),
                 _num("input_rate", _RATE, optional=True), _num("output_rate", _RATE, optional=True),
                 _num("calls_per_day", _CALLS, decimal=False, optional=True)),
    "break_even": (_num("discount", _PERCENT), _num("utilization", _UTIL),
                   _num("peak_to_average", (Decimal(1), Decimal(100)), optional=True)),
    "caching": (Field("model", "model", optional=True), _num("input_rate", _RATE, optional=True),
                _num("cache_read_rate", _RATE, optional=True), _num("prefix_tokens", _TOKENS, decimal=False),
                _num("calls_per_day", _CALLS, decimal=False)),
    "markup": (_num("markup", (Decimal(0), Decimal(1000))), _num("ea_discount", (Decimal(0), Decimal("99.99")))),
    "scenario": (Field("description", "text"), _num("peak_to_average", (Decimal(1), Decimal(100)), optional=True),
                 _num("prefix_tokens", _TOKENS, decimal=False, optional=True),
                 _num("calls_per_day", _CALLS, decimal=False, optional=True)),
}

#: Inputs that need a model or their own rates: (structure, the rate fields).
_RATES_OR_MODEL = {"quote": ("input_rate", "output_rate"), "per_call": ("input_rate", "output_rate"),
                   "caching": ("input_rate", "cache_read_rate")}

Values = dict[str, Decimal | str]


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def read(structure: str, raw: dict[str, str | None]) -> tuple[Values, dict[str, str]]:
    """The form's values by field, and the problems by field (empty when it can be answered). `raw` holds what
    Slack submitted for each field (None or "" when left empty)."""
    from bot.phrases import phrases

    words = phrases()["form"]["errors"]
    values: Values = {}
    errors: dict[str, str] = {}
    for spec in STRUCTURES.get(structure, ()):
        text = (raw.get(spec.key) or "").strip()
        if not text:
            if not spec.optional:
                errors[spec.key] = words["required"]
            continue
        if spec.kind != "number":
            values[spec.key] = text[:500]
            continue
        try:
            number = Decimal(text.replace(",", ""))
        except InvalidOperation:
            errors[spec.key] = words["not_a_number"].format(value=text[:40])
            continue
        if not number.is_finite() or (spec.minimum is not None and number < spec.minimum) or (
                spec.maximum is not None and number > spec.maximum):
            errors[spec.key] = words["out_of_range"].format(value=text[:40], minimum=_plain(spec.minimum or
                                                            Decimal(0)), maximum=_plain(spec.maximum or Decimal(0)))
        elif not spec.decimal and number != number.to_integral_value():
            errors[spec.key] = words["whole"].format(value=text[:40])
        else:
            values[spec.key] = number
    rates = _RATES_OR_MODEL.get(structure)
    if rates and "model" not in values and not errors and not all(r in values for r in rates):
        errors[next(r for r in rates if r not in values)] = words["rates_or_model"]
    return values, errors


def ask_text(structure: str, values: Values) -> str:
    """The ask the form's values make, in the words a rep would type (the parser reads it as typed)."""
    def n(key: str) -> str:
        value = values[key]
        return _plain(value) if isinstance(value, Decimal) else str(value)

    def has(key: str) -> bool:
        return key in values

    model = f" on {values['model']}" if has("model") else ""
    if structure == "quote":
        rates = f" at ${n('input_rate')}/1M input and ${n('output_rate')}/1M output" if has("input_rate") and has(
            "output_rate") else ""
        return f"{n('input_tokens_per_day')} input + {n('output_tokens_per_day')} output tokens a day{model}{rates}"
    if structure == "per_call":
        rates = f" at ${n('input_rate')}/1M input and ${n('output_rate')}/1M output" if has("input_rate") and has(
            "output_rate") else ""
        calls = f", {n('calls_per_day')} calls a day" if has("calls_per_day") else ""
        return (f"per-call fee of ${n('per_call_fee')} a call vs per-token, {n('input_tokens_per_call')} input and "
                f"{n('output_tokens_per_call')} output tokens per call{model}{rates}{calls}")
    if structure == "break_even":
        peak = f", {n('peak_to_average')}:1 peak to average" if has("peak_to_average") else ""
        return f"{n('discount')}% discount on PTUs at {n('utilization')}% utilization{peak}"
    if structure == "caching":
        rates = f" at ${n('input_rate')}/1M input, cache hits at ${n('cache_read_rate')}/1M" if has(
            "input_rate") and has("cache_read_rate") else ""
        return (f"prompt caching with a {n('prefix_tokens')}-token system prompt, {n('calls_per_day')} calls a day"
                f"{model}{rates}")
    if structure == "markup":
        return f"hyperscaler list is {n('markup')}% over direct and they have a {n('ea_discount')}% EA discount"
    extra = [f"{n('peak_to_average')}:1 peak to average" if has("peak_to_average") else "",
             f"{n('prefix_tokens')} token system prompt" if has("prefix_tokens") else "",
             f"{n('calls_per_day')} calls a day" if has("calls_per_day") else ""]
    return ", ".join(["which pricing structure fits: " + n("description"), *[e for e in extra if e]])


def submitted(state: dict[str, Any]) -> dict[str, str | None]:
    """What a view_submission's ``view.state.values`` holds for each form field, as text."""
    raw: dict[str, str | None] = {}
    for block_id, actions in (state or {}).items():
        if not block_id.startswith("form_") or not isinstance(actions, dict):
            continue
        for element in actions.values():
            if not isinstance(element, dict):
                continue
            selected = element.get("selected_option")
            value = selected.get("value") if isinstance(selected, dict) else element.get("value")
            raw[block_id.removeprefix("form_")] = value if isinstance(value, str) else None
    return raw
