"""The quote form (a Slack modal): the structures it offers, the typed inputs of each, their ranges, and the ask
a submission turns into. Building the view is :func:`bot.present.blocks.quote_form_view`; the Slack side
(views.open, views.update, the model type-ahead, the submission) is :mod:`bot.listeners.quote_form`.

A submission is answered exactly as the ask it composes would be if typed ("40% discount on PTUs at 80%
utilization"): the same router, the same reply, the same thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from bot.reply import Reply
    from pricing.rates import Rates

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
        if spec.kind == "model" and chosen_model({"model": text}) is None:
            errors[spec.key] = words["unknown_model"]
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


def _words(values: Values) -> dict[str, str]:
    return {key: _plain(value) if isinstance(value, Decimal) else str(value) for key, value in values.items()}


def chosen_model(values: Values) -> tuple[str, str] | None:
    """The (model id, provider id) picked in the model select (its option value is "MODEL via PROVIDER"); None
    when no model was picked or the value names no catalog row."""
    from pricing.catalog import catalog_row

    value = values.get("model")
    if not isinstance(value, str) or " via " not in value:
        return None
    model, provider = (part.strip() for part in value.rsplit(" via ", 1))
    return (model, provider) if catalog_row(model, provider) else None


def ask_text(structure: str, values: Values, *, with_model: bool = True) -> str:
    """The ask the form's values make, in the words a rep would type (bot/phrases.yaml form.asks); it is echoed
    above the answer. With `with_model` False it leaves the model out: the model is given to the router as
    structured fields (:func:`answer`), not as words for the parser to read."""
    from bot.phrases import phrases

    asks = phrases()["form"]["asks"]
    words = _words(values)

    def part(key: str, *needed: str) -> str:
        return str(asks[key]).format(**words) if all(k in words for k in needed) else ""

    pick = chosen_model(values)
    model = str(asks["model"]).format(model=pick[0], provider=pick[1]) if pick and with_model else ""
    if structure == "scenario":
        extra = [part(key, key) for key in ("peak_to_average", "prefix_tokens", "calls_per_day")]
        return ", ".join([str(asks["scenario"]).format(**words), *[e for e in extra if e]])
    fill = {
        "model": model,
        "rates": part("rates", "input_rate", "output_rate"),
        "cache_rates": part("cache_rates", "input_rate", "cache_read_rate"),
        "calls": ", " + part("calls_per_day", "calls_per_day") if "calls_per_day" in words else "",
        "peak": ", " + part("peak_to_average", "peak_to_average") if "peak_to_average" in words else "",
    }
    return str(asks[structure]).format(**{**words, **fill})


def answer(structure: str, values: Values, *, rate_cards: Mapping[str, Rates] | None = None) -> Reply:
    """The reply to a valid submission. The figures are read from :func:`ask_text` without the model; a model
    picked in the select is set on the request as its (model, provider) fields, so the catalog row priced is
    the one picked, not whatever the parser makes of its id."""
    from bot import router
    from bot.parse import parse

    text = ask_text(structure, values, with_model=False)
    pick = chosen_model(values)
    if pick is None:
        return router.answer(text, rate_cards=rate_cards)
    fresh = parse(text)
    fields = fresh.fields.model_copy(update={"model": pick[0], "provider": pick[1]})
    picked = fresh.model_copy(update={"text": "", "fields": fields, "ambiguities": []})
    return router.choose(text, previous=picked, rate_cards=rate_cards)


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
