"""Text in, Reply out: the single entry point every surface (Slack, console, CLI) calls.

``answer`` parses the text (:mod:`bot.parse`), hands the typed request to the engine (:mod:`pricing`)
or the glossary, and renders the result through the Jinja2 template for that kind of reply
(:mod:`bot.render`). Domain errors become a reply that names the field, the value and the allowed range;
anything unexpected is logged with its traceback and answered with an apology (``data["internal_error"]``
is set so tests and the store can see it), never raised to the surface.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from bot.parse import Ask, Fields, Intent, parse
from bot.parse.requests import Missing, RateResolution, missing, resolve_rates
from bot.render import render_reply
from bot.reply import Reply
from pricing.errors import MissingRateError, PricingError
from pricing.rates import Rates

log = logging.getLogger(__name__)

NUMBERS_SOURCE = "none needed; the percentages come from your message"

EXAMPLES = (
    "Is caching worth it with a 4,000-token system prompt at $5/1M and cache hits at $0.50/1M, 10k calls a day?",
    "40% discount on PTUs, we'd sit around 80% utilization",
    "vendor wants $0.02 a call, prompts are ~2k in / 400 out at $3/$15 per 1M",
    "Bedrock list is 20% over direct and they have a 10% EA discount",
    "2M input + 500k output tokens a day on gpt-4o via openai",
    "RAG bot, 8k token preamble, 5k calls/day, sonnet 4.5 on anthropic",
    "what's the okta analogy?",
)


@dataclass
class Answer:
    """What a handler hands to the renderer: the template, its context, and the JSON-ready result."""

    template: str
    context: dict[str, Any] = field(default_factory=dict)
    result: Any = None
    missing: list[Missing] = field(default_factory=list)
    understood: bool = True


# --- public surface -------------------------------------------------------------------------------------


def answer(text: str, *, rate_cards: Mapping[str, Rates] | None = None) -> Reply:
    """Answer a free-text ask (/quote, @mention, DM, `pricebot ask`)."""
    try:
        return _answer(text, rate_cards)
    except Exception:  # the last line of defence: log the bug, never raise into Slack or the console
        log.exception("answer() failed on %r", text[:200])
        return _internal_error(text)


def glossary_reply(term: str) -> Reply:
    """Look a term up (/glossary, `pricebot glossary`)."""
    try:
        ask = Ask(text=term, intent=Intent.GLOSSARY, fields=Fields(term=term.strip(" ?!.")))
        return _reply(ask, _glossary(ask), coach=False)
    except Exception:
        log.exception("glossary_reply() failed on %r", term[:200])
        return _internal_error(term, intent="glossary")


def fieldcheck_reply(text: str) -> Reply:
    """Check text against the field-language guide on request (/fieldcheck, message shortcut)."""
    try:
        ask = Ask(text=text, intent=Intent.FIELDCHECK, fields=Fields(checked_text=text))
        return _reply(ask, _fieldcheck(ask), coach=False)
    except Exception:
        log.exception("fieldcheck_reply() failed on %r", text[:200])
        return _internal_error(text, intent="fieldcheck")


def coaching_reply(text: str, *, muted_rules: frozenset[str] = frozenset()) -> Reply | None:
    """Unprompted coaching for a channel message, skipping rules the author muted.

    None when nothing is flagged; otherwise ``data["flags"]`` lists each flag as a dict with at least
    ``rule``, ``matched`` and ``suggestion`` (the Slack layer stores them and offers a mute per rule).
    """
    try:
        flags = [f for f in _lint(text) if f["rule"] not in muted_rules]
    except Exception:
        log.exception("coaching_reply() failed on %r", text[:200])
        return None
    if not flags:
        return None
    body, summary = render_reply("coaching.j2", flags=flags)
    return Reply(intent="coaching", text=body, summary=summary, data={"flags": flags})


def help_reply() -> Reply:
    """Usage with examples to try."""
    ask = Ask(text="help", intent=Intent.HELP, fields=Fields())
    return _reply(ask, Answer("help.j2", {"examples": EXAMPLES, "unclear": False}), coach=False)


# --- plumbing -------------------------------------------------------------------------------------------


def _answer(text: str, rate_cards: Mapping[str, Rates] | None) -> Reply:
    ask = parse(text)
    handler = _HANDLERS[ask.intent]
    try:
        result = handler(ask, rate_cards)
    except PricingError as exc:
        result = Answer("error.j2", {"error": str(exc), "examples": _examples_for(ask.intent)})
        result.result = {"error": str(exc), "error_type": type(exc).__name__}
    return _reply(ask, result, coach=ask.intent not in (Intent.FIELDCHECK, Intent.HELP, Intent.GLOSSARY))


def _reply(ask: Ask, result: Answer, *, coach: bool) -> Reply:
    flags = _lint(ask.text) if coach else []
    asked = {a.field for a in ask.ambiguities}
    still_missing = [m for m in result.missing if m.key not in asked]
    context = {
        "ask": ask,
        "f": ask.fields,
        "missing": still_missing,
        "ambiguities": ask.ambiguities,
        "coaching": flags,
        "truncated": ask.truncated,
        "source": None,
        "rate_notes": [],
        "rate_problem": None,
        "suggestions": [],
        **result.context,
    }
    body, summary = render_reply(result.template, **context)
    data: dict[str, Any] = {
        "request": ask.model_dump(mode="json", exclude_none=True),
        "result": _jsonable(result.result),
        "missing": [{"field": m.key, "what": m.what, "example": m.example} for m in still_missing],
        "ambiguities": [a.model_dump(mode="json") for a in ask.ambiguities],
    }
    if flags:
        data["flags"] = flags
    understood = result.understood and ask.understood
    return Reply(intent=ask.intent.value, text=body, summary=summary, understood=understood, data=data)


def _jsonable(value: Any) -> Any:
    if value is None:
        return None
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return value


def _internal_error(text: str, intent: str = "help") -> Reply:
    message = (
        "Sorry, something went wrong on my side while reading that; it has been logged. "
        "Try rephrasing, or type `help` for examples."
    )
    return Reply(intent=intent, text=message, summary=message, understood=False, data={"internal_error": True})


def _lint(text: str) -> list[dict[str, Any]]:
    """Field-language flags as plain dicts (rule, start, end, matched, suggestion, why)."""
    import glossary

    return [flag.model_dump() for flag in glossary.lint(text)]


def _examples_for(intent: Intent) -> list[str]:
    by_intent = {
        Intent.QUOTE: ["2M input + 500k output tokens a day at $5/$15 per 1M"],
        Intent.BREAK_EVEN: ["40% discount on PTUs, 80% utilization"],
        Intent.CACHING: ["4,000-token system prompt at $5/1M, cache hits at $0.50/1M, 10k calls a day"],
        Intent.PER_CALL: ["$0.02 a call, 2k in / 400 out at $3/$15 per 1M"],
        Intent.MARKUP: ["25% above direct with a 15% EA discount"],
        Intent.SCENARIO: ["production RAG bot, 3:1 peak to average, 4k token system prompt"],
    }
    return by_intent.get(intent, list(EXAMPLES[:3]))


def _rates_or_missing(
    ask: Ask, rate_cards: Mapping[str, Rates] | None, answer_: Answer, *, need_output: bool = True
) -> Rates | None:
    """Resolve rates; when there are none, record what to ask for (and the catalog's did-you-mean)."""
    f = ask.fields
    if f.rate is not None and f.input_rate is None and f.output_rate is None:
        answer_.missing += missing("rate_label")
        return None
    resolution: RateResolution = resolve_rates(f, rate_cards, need_output=need_output)
    if resolution.rates is None:
        answer_.missing += missing("rates" if need_output else "caching_rates")
        answer_.context["rate_problem"] = resolution.problem
        answer_.context["suggestions"] = resolution.suggestions
    return resolution.rates


def _source_context(rates: Rates | None) -> dict[str, Any]:
    if rates is None:
        return {"source": None, "rate_notes": []}
    return {"source": rates.source, "rate_notes": list(rates.notes)}


# --- handlers -------------------------------------------------------------------------------------------


def _quote(ask: Ask, rate_cards: Mapping[str, Rates] | None) -> Answer:
    from pricing import PerTokenRequest, quote_per_token

    f = ask.fields
    out = Answer("quote.j2")
    tokens_per: str | None = None
    tin = tout = None
    if f.input_tokens_per_day is not None or f.output_tokens_per_day is not None:
        tokens_per, tin, tout = "day", f.input_tokens_per_day, f.output_tokens_per_day
    elif f.input_tokens_per_call is not None or f.output_tokens_per_call is not None:
        tokens_per, tin, tout = "call", f.input_tokens_per_call, f.output_tokens_per_call
    if tokens_per is None:
        out.missing += missing("token_split" if (f.tokens_per_day or f.tokens_per_call) else "tokens")
    elif tin is None or tout is None:
        out.missing += missing("tokens")
    rates = _rates_or_missing(ask, rate_cards, out)
    out.context.update(_source_context(rates))
    out.context["quote"] = None
    if tokens_per == "call" and f.calls_per_day is None:
        out.context["volume_hint"] = missing("calls_per_day")[0]
    if out.missing or rates is None or tin is None or tout is None:
        return out
    quote = quote_per_token(PerTokenRequest(
        rates=rates, input_tokens=tin, output_tokens=tout, calls_per_day=f.calls_per_day, tokens_per=tokens_per,
    ))
    out.context["quote"] = out.result = quote
    return out


def _break_even(ask: Ask, rate_cards: Mapping[str, Rates] | None) -> Answer:
    from pricing import (
        PeakSizingRequest,
        UtilizationRequest,
        break_even_utilization,
        compare_at_utilization,
        size_for_peak,
    )

    f = ask.fields
    out = Answer("break_even.j2", {"break_even": None, "comparisons": [], "peak": None, "needed_discounts": [],
                                   "capacity": None, "source": NUMBERS_SOURCE})
    if f.unit_hour_price is not None or f.tokens_per_minute_per_unit is not None:
        _capacity(ask, rate_cards, out)
        if f.discount is None:
            return out
    if f.discount is None:
        out.missing += missing("discount")
        # Without a discount the question still has an answer: the discount needed at each utilization.
        for u in f.utilization:
            compare_at_utilization(UtilizationRequest(discount=Decimal(0), utilization=u))  # range check
        out.context["needed_discounts"] = [(u, Decimal(1) - u) for u in f.utilization]
        return out
    be = break_even_utilization(f.discount)
    comparisons = [
        compare_at_utilization(UtilizationRequest(discount=f.discount, utilization=u)) for u in f.utilization
    ]
    peak = None
    if f.peak_to_average is not None:
        peak = size_for_peak(PeakSizingRequest(peak_to_average=f.peak_to_average, discount=f.discount))
    if not f.utilization and peak is None and out.context["capacity"] is None:
        out.missing += missing("utilization")
    out.context.update(break_even=be, comparisons=comparisons, peak=peak)
    out.result = {"break_even_utilization": be, "comparisons": comparisons, "peak_sizing": peak,
                  "capacity": out.context["capacity"]}
    return out


def _capacity(ask: Ask, rate_cards: Mapping[str, Rates] | None, out: Answer) -> None:
    """The capacity form: units × $/unit-hour × 730 h against the on-demand cost of the tokens they serve."""
    from pricing import CapacityRequest, compare_capacity

    f = ask.fields
    for key, value in (("units", f.units), ("unit_hour_price", f.unit_hour_price),
                       ("tokens_per_minute_per_unit", f.tokens_per_minute_per_unit)):
        if value is None:
            out.missing += missing(key)
    share = f.input_share
    if share is None and f.input_tokens_per_call is not None and f.output_tokens_per_call is not None:
        total = f.input_tokens_per_call + f.output_tokens_per_call
        share = f.input_tokens_per_call / total if total else None
        out.context["share_from_call"] = True
    if share is None:
        out.missing += missing("input_share")
    rates = _rates_or_missing(ask, rate_cards, out)
    if rates is not None:
        out.context.update(_source_context(rates))
    if (rates is None or share is None or f.units is None or f.unit_hour_price is None
            or f.tokens_per_minute_per_unit is None):
        return
    utilization = f.utilization[0] if f.utilization else Decimal(1)
    out.context["utilization_assumed"] = not f.utilization
    comparison = compare_capacity(CapacityRequest(
        rates=rates, units=f.units, price_per_unit_hour=f.unit_hour_price,
        tokens_per_minute_per_unit=f.tokens_per_minute_per_unit, input_share=share, utilization=utilization,
    ))
    out.context.update(capacity=comparison, capacity_rates=rates, input_share=share)
    out.result = {"capacity": comparison}


def _caching(ask: Ask, rate_cards: Mapping[str, Rates] | None) -> Answer:
    from pricing import CachingRequest, analyse_caching
    from pricing.units import token_cost

    f = ask.fields
    out = Answer("caching.j2", {"caching": None, "per_hit_only": None, "all_hits_per_day": None})
    if f.prefix_tokens is None:
        out.missing += missing("prefix_tokens")
    if f.calls_per_day is None:
        out.missing += missing("calls_per_day")
    rates = _rates_or_missing(ask, rate_cards, out, need_output=False)
    out.context.update(_source_context(rates))
    if rates is not None and rates.cache_read is None:
        out.missing += missing("cache_read_rate")
        rates = None
    if rates is None or f.prefix_tokens is None:
        return out
    if f.calls_per_day is None:
        # Per-hit figures need no volume: show them and ask for the rest.
        CachingRequest(rates=rates, prefix_tokens=f.prefix_tokens, calls_per_day=Decimal(0))  # range checks
        assert rates.cache_read is not None
        out.context["per_hit_only"] = {
            "saving_per_hit": token_cost(f.prefix_tokens, rates.input - rates.cache_read),
            "prefix_tokens": f.prefix_tokens, "input_rate": rates.input, "cache_read_rate": rates.cache_read,
        }
        return out
    ttl: Literal["5m", "1h"] = "1h" if f.ttl_minutes is not None and f.ttl_minutes >= 60 else "5m"
    try:
        result = analyse_caching(CachingRequest(
            rates=rates, prefix_tokens=f.prefix_tokens, calls_per_day=f.calls_per_day, hit_ratio=f.hit_ratio,
            writes_per_day=f.writes_per_day, provider=f.provider, model=f.model, ttl=ttl, ttl_minutes=f.ttl_minutes,
            active_hours_per_day=f.active_hours if f.active_hours is not None else Decimal(24),
        ))
    except MissingRateError as exc:
        if exc.rate != "cache_storage":
            raise
        out.missing += missing("cache_storage_rate")
        return out
    out.context["caching"] = out.result = result
    out.context["all_hits_per_day"] = result.saving_per_hit * result.calls_per_day
    return out


def _per_call(ask: Ask, rate_cards: Mapping[str, Rates] | None) -> Answer:
    from pricing import PerCallRequest, compare_per_call

    f = ask.fields
    out = Answer("per_call.j2", {"comparison": None})
    if f.per_call_fee is None:
        out.missing += missing("per_call_fee")
    tin, tout = f.input_tokens_per_call, f.output_tokens_per_call
    if tin is None or tout is None:
        out.missing += missing("tokens")
    rates = _rates_or_missing(ask, rate_cards, out)
    out.context.update(_source_context(rates))
    if out.missing or rates is None or f.per_call_fee is None or tin is None or tout is None:
        return out
    comparison = compare_per_call(PerCallRequest(
        rates=rates, fee_per_call=f.per_call_fee, input_tokens=tin, output_tokens=tout, calls_per_day=f.calls_per_day,
    ))
    out.context["comparison"] = out.result = comparison
    out.context["rates"] = rates
    return out


def _markup(ask: Ask, rate_cards: Mapping[str, Rates] | None) -> Answer:
    from pricing import WHAT_THE_MARKUP_BUYS, MarkupRequest, effective_markup

    f = ask.fields
    out = Answer("markup.j2", {"markup": None, "list_prices": None, "benefits": WHAT_THE_MARKUP_BUYS,
                               "source": NUMBERS_SOURCE})
    list_markup = f.markup
    if list_markup is None and f.model and f.provider in ("azure", "aws", "google"):
        from pricing.hyperscaler import compare_list_prices

        try:
            prices = compare_list_prices(f.model, f.provider)
        except PricingError as exc:
            out.context["rate_problem"] = str(exc)
        else:
            out.context["list_prices"] = prices
            if prices.separate_row and prices.input_markup is not None:
                list_markup = prices.input_markup
    if list_markup is None:
        out.missing += missing("markup")
    if f.ea_discount is None:
        out.missing += missing("ea_discount")
    if list_markup is not None:
        result = effective_markup(MarkupRequest(list_markup=list_markup, ea_discount=f.ea_discount or Decimal(0)))
        out.context["markup"] = out.result = result
    return out


_COMPLIANCE = {
    "fedramp": re.compile(r"fedramp|federal|government|\bgov\b|agency|public sector|govcloud", re.I),
    "data_residency": re.compile(r"residency|sovereign", re.I),
    "hipaa": re.compile(r"hipaa|healthcare|health care|\bphi\b", re.I),
    "private_networking": re.compile(r"private (?:endpoint|network|link)|vnet|\bvpc\b", re.I),
}


def _scenario(ask: Ask, rate_cards: Mapping[str, Rates] | None) -> Answer:
    from pricing.scenario import WorkloadTraits, map_scenario

    f = ask.fields
    traits = set(f.traits)
    stage = "early" if "early_stage" in traits else "production" if "production" in traits else None
    variability = "high" if "variable" in traits else "low" if "steady" in traits else None
    compliance = tuple(k for k, rx in _COMPLIANCE.items() if rx.search(ask.text))
    workload = WorkloadTraits(
        stage=stage, volume_variability=variability, peak_to_average=f.peak_to_average,
        prefix_tokens=f.prefix_tokens, calls_per_day=f.calls_per_day,
        transactional=True if "transactional" in traits else None,
        compliance_needs=compliance, hyperscaler_agreement=True if "hyperscaler" in traits else None,
        provisioned_discount=f.discount, provider=f.provider, model=f.model,
    )
    advice = map_scenario(workload)
    out = Answer("scenario.j2", {"advice": advice, "workload": workload, "caching": None, "all_hits_per_day": None,
                                 "source": "none needed for the verdicts, which follow the workload traits in your "
                                           "message"})
    out.result = {"traits": workload, "advice": advice}
    if f.prefix_tokens is not None and f.calls_per_day is not None and not (f.model or f.input_rate is not None):
        out.context["caching_hint"] = missing("caching_rates")[0]
    if f.prefix_tokens is not None and f.calls_per_day is not None and (f.model or f.input_rate is not None):
        sub = _caching(ask, rate_cards)
        out.context["caching"] = sub.context.get("caching")
        out.context["all_hits_per_day"] = sub.context.get("all_hits_per_day")
        out.context.update({k: sub.context[k] for k in ("source", "rate_notes") if k in sub.context})
        out.result["caching"] = sub.result
    return out


def _glossary(ask: Ask) -> Answer:
    import glossary

    query = (ask.fields.term or "").strip()
    try:
        term = glossary.lookup(query)
    except glossary.UnknownTerm as exc:
        suggestions = list(exc.suggestions)
        return Answer("glossary.j2", {"term": None, "query": query, "suggestions": suggestions, "see_also": []},
                      result={"query": query, "suggestions": suggestions}, understood=False)
    see_also = []
    for ref in term.see_also:
        try:
            see_also.append(glossary.lookup(ref).title)
        except glossary.UnknownTerm:
            see_also.append(ref)
    return Answer("glossary.j2", {"term": term, "query": query, "suggestions": [], "see_also": see_also}, result=term)


def _fieldcheck(ask: Ask) -> Answer:
    checked = ask.fields.checked_text or ""
    flags = _lint(checked)
    return Answer("fieldcheck.j2", {"flags": flags, "checked": checked}, result={"flags": flags})


def _help(ask: Ask) -> Answer:
    return Answer("help.j2", {"examples": EXAMPLES, "unclear": not ask.understood}, understood=ask.understood)


_HANDLERS: dict[Intent, Callable[[Ask, Mapping[str, Rates] | None], Answer]] = {
    Intent.QUOTE: _quote,
    Intent.BREAK_EVEN: _break_even,
    Intent.CACHING: _caching,
    Intent.PER_CALL: _per_call,
    Intent.MARKUP: _markup,
    Intent.SCENARIO: _scenario,
    Intent.GLOSSARY: lambda ask, _cards: _glossary(ask),
    Intent.FIELDCHECK: lambda ask, _cards: _fieldcheck(ask),
    Intent.HELP: lambda ask, _cards: _help(ask),
}
