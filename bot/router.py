"""Text in, typed Answer out (and, through :mod:`bot.present`, the Reply every surface posts or prints).

``answer`` parses the text (:mod:`bot.parse`), hands the typed request to the engine (:mod:`pricing`) or the
glossary, and packages what came back as a :mod:`bot.answer` model: the engine's result models, what is still
missing, the ambiguities and the coaching flags. Wording is not here: :func:`bot.present.reply` renders the
Answer. Domain errors become an :class:`~bot.answer.ErrorAnswer` that names the field, the value and the allowed
range; anything unexpected is logged with its traceback and answered with an apology
(``data["internal_error"]`` is set so tests and the store can see it), never raised to the surface.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import ROUND_CEILING, Decimal
from typing import TYPE_CHECKING, Any, Literal

from bot import followup, present
from bot.answer import (
    AnswerBase,
    CatalogSide,
    CoachingAnswer,
    ErrorAnswer,
    FieldcheckAnswer,
    GlossaryAnswer,
    HelpAnswer,
    QuoteAnswer,
    UnpricedSide,
)
from bot.parse import MAX_CALL_TOKENS, MAX_CHARS, Ask, Fields, Intent, deal_terms, read_words
from bot.parse.extract import BEEN_SO_FAR
from bot.parse.intent import CALL_SIZE_ASKED
from bot.parse.requests import missing, resolve_rates, row_options
from bot.phrases import phrases
from bot.reply import Reply
from glossary.regex_cache import compile_regex
from pricing.claims import claim_holds
from pricing.errors import MissingRateError, PricingError
from pricing.rates import Rates

if TYPE_CHECKING:  # each intent's answer (and the engine models it holds) loads when that intent is answered
    import logging

    from bot.answer.break_even import BreakEvenAnswer
    from bot.answer.caching import CachingAnswer
    from bot.answer.compare import CompareAnswer
    from bot.answer.markup import MarkupAnswer, TokenBill
    from bot.answer.per_call import PerCallAnswer
    from bot.answer.scenario import ScenarioAnswer
    from bot.usage.analyse import UsageResult
    from pricing.budget import BudgetPeriod
    from pricing.caching import CachingRequest
    from pricing.caching_figures import StorageBill
    from pricing.periods import FeeBill, FeeOverPeriod
    from pricing.provisioned import BillAtUtilization, BillInPeriod, PeakSizing, UtilizationComparison

RateCards = Mapping[str, Rates] | None


def _log() -> logging.Logger:
    """This module's logger (``logging`` loads when an answer fails, not with every command)."""
    import logging

    return logging.getLogger(__name__)


# --- public surface -------------------------------------------------------------------------------------


def answer(text: str, *, rate_cards: RateCards = None, previous: Ask | None = None) -> Reply:
    """Answer a free-text ask (/quote, @mention, DM, `pricebot ask`); ``previous`` is the conversation's last
    request (:func:`context_of`), which a follow-up is read against (:mod:`bot.followup`)."""
    try:
        return _present(understand(text, rate_cards=rate_cards, previous=previous))
    except Exception:  # the last line of defence: log the bug, never raise into Slack or the console
        _log().exception("answer() failed on %r", text[:200])
        return _internal_error(text)


def understand(text: str, *, rate_cards: RateCards = None, previous: Ask | None = None) -> AnswerBase:
    """The typed Answer to a free-text ask; may raise on a bug (``answer`` catches it)."""
    from bot.parse.tables import item_rows

    items = item_rows(text[:MAX_CHARS])
    if items is not None:  # a table of separate items (three bots, two deals): each row answered on its own
        from bot.rows import answer_rows

        rows = answer_rows(text, [(item.label, understand(item.text, rate_cards=rate_cards)) for item in items],
                           versions=all(item.version for item in items), months=all(item.month for item in items))
        rows.flags = _lint(text)
        return rows
    if previous is None:
        variants = _variants(text, rate_cards)
        if variants is not None:  # a deal, then a number of it changed: both worked out
            return variants
    reading = followup.read(text, previous)
    ask = reading.ask
    try:
        result = _HANDLERS[ask.intent](ask, rate_cards)
    except PricingError as exc:
        result = ErrorAnswer(ask=ask, error=str(exc), error_type=type(exc).__name__)
    # "what's a PTU? ... a month?": the figures after the entry are shown as their own answer is
    figures = result.figures if isinstance(result, GlossaryAnswer) else None
    if ask.intent not in (Intent.FIELDCHECK, Intent.HELP, Intent.GLOSSARY) or not ask.understood or figures:
        # A discouraged phrase is coached even in a message with no pricing question in it; the wording linted
        # is this message's, not the earlier one a follow-up builds on.
        result.flags = _lint(text)
        checked = ask.fields.checked_text
        if checked and ask.intent not in (Intent.FIELDCHECK, Intent.HELP, Intent.GLOSSARY):
            # "can I say '...'? <figures>": the quoted wording is checked on its own, offsets as in the message.
            shift = text.find(checked)
            seen = {f.rule for f in result.flags}
            result.flags += [f.model_copy(update={"start": f.start + max(shift, 0), "end": f.end + max(shift, 0)})
                             for f in _lint(checked) if f.rule not in seen]
    result.changes = reading.changes
    shown = figures or result  # the answer whose asks, coaching and choices the reply shows
    asked = {a.field for a in ask.ambiguities}
    shown.missing = [m for i, m in enumerate(shown.missing)
                     if m.key not in asked and all(m.key != n.key for n in shown.missing[:i])]  # each asked once
    if figures is not None:
        figures.flags, result.missing = result.flags, figures.missing
    from bot import clarify

    result.choices = clarify.choices(shown)
    return result


def _variants(text: str, rate_cards: RateCards) -> AnswerBase | None:
    """A message that states a deal and then changes a number of it ("... weekly cost? and what if output doubles to
    1,200 tokens", "... actually make that 20k calls/day"): the deal as stated and the changed deal (the change read
    as a follow-up to the deal, :mod:`bot.followup`), each answered, as one answer. None when the message is not
    such a pair, or when read whole it already works the change in."""
    from bot.answer.rows import RowAnswer, RowsAnswer
    from bot.parse import parse
    from bot.parse.variants import split

    cut = split(text[:MAX_CHARS])
    if cut is None:
        return None
    base = understand(cut.base, rate_cards=rate_cards)
    if (isinstance(base, (ErrorAnswer, RowsAnswer)) or base.ask.intent not in followup.CONTEXT_INTENTS
            or not base.computed or base.ambiguities):
        return None
    reading = followup.read(cut.variant, base.ask)
    fields = [c.field for c in reading.changes]
    if not fields or reading.ask.intent is not base.ask.intent or {m.key for m in base.missing} & set(fields):
        return None  # no change, another question, or the rest of the message completes the deal
    whole = parse(text)
    if not whole.ambiguities and not whole.unused:
        return None  # read whole, the message places every number: it works the change in itself
    changed = understand(cut.variant, rate_cards=rate_cards, previous=base.ask)
    if (isinstance(changed, ErrorAnswer) or not changed.computed or not changed.changes
            or changed.result() == base.result()):
        return None
    out = RowsAnswer(ask=Ask(text=text, intent=base.ask.intent, fields=Fields()),
                     items=[RowAnswer(label="", answer=base), RowAnswer(label="", answer=changed)],
                     rates=base.rates if changed.rates == base.rates else None,
                     variant_of="correction" if cut.correction else "what_if")
    base.flags = changed.flags = []  # the message is coached once, as a whole
    out.flags = _lint(text)
    return out


def choose(option: str, *, previous: Ask, rate_cards: RateCards = None) -> Reply:
    """The answer completed by a clarifying choice (a button's ``option``, read against the request that asked):
    it replaces the message that asked, so it does not open with what changed."""
    try:
        completed = understand(option, rate_cards=rate_cards, previous=previous)
        completed.changes = []
        return _present(completed)
    except Exception:
        _log().exception("choose() failed on %r", option[:200])
        return _internal_error(option)


def context_of(reply: Reply) -> Ask | None:
    """The request a later follow-up is read against: the one this reply priced (or asked the inputs of)."""
    answer_ = reply.answer
    if isinstance(answer_, GlossaryAnswer) and answer_.figures is not None:
        answer_ = answer_.figures  # "what's a PTU? ... a month?" then "and at $4?": the figures' request changes
    if getattr(answer_, "variant_of", None):
        answer_ = answer_.items[-1].answer  # type: ignore[union-attr]  # a what-if: later changes build on the change
    if answer_ is None or answer_.ask.intent not in followup.CONTEXT_INTENTS or isinstance(answer_, ErrorAnswer):
        return None
    if getattr(answer_, "kind", None) == "rows":
        return None  # a table of items has no one request to change; a follow-up is read on its own
    return answer_.ask


def thread_reply(text: str, *, previous: Ask, rate_cards: RateCards = None) -> Reply | None:
    """The reply to a message in a thread where pricebot answered ``previous``; None when the message is people
    talking to each other. Answered: a follow-up that changes an input of ``previous``, or a question pricebot
    understands on its own that has a question mark or a quantity. The message must first ask something
    (:func:`bot.followup.asks_something`)."""
    if not followup.asks_something(text):
        return None
    reply = answer(text, rate_cards=rate_cards, previous=previous)
    answered = reply.answer
    if answered is None or isinstance(answered, HelpAnswer):
        return None
    if answered.changes or (answered.understood and followup.states_a_question(text)):
        return reply
    return None


def glossary_reply(term: str) -> Reply:
    """Look a term up (/glossary, `pricebot glossary`)."""
    try:
        ask = Ask(text=term, intent=Intent.GLOSSARY, fields=Fields(term=term.strip(" ?!.")))
        return _present(_glossary(ask))
    except Exception:
        _log().exception("glossary_reply() failed on %r", term[:200])
        return _internal_error(term, intent="glossary")


def fieldcheck_reply(text: str) -> Reply:
    """Check text against the field-language guide on request (/fieldcheck, message shortcut)."""
    try:
        ask = Ask(text=text, intent=Intent.FIELDCHECK, fields=Fields(checked_text=text))
        return _present(_fieldcheck(ask))
    except Exception:
        _log().exception("fieldcheck_reply() failed on %r", text[:200])
        return _internal_error(text, intent="fieldcheck")


def coaching_reply(text: str, *, muted_rules: frozenset[str] = frozenset(),
                   full_text: bool = True) -> Reply | None:
    """Unprompted coaching for a channel message, skipping rules the author muted.

    None when nothing is flagged; otherwise the answer's flags (``data["flags"]``: ``rule``, ``matched``,
    ``suggestion``, ``why`` ...; the Slack layer stores them and offers a mute per rule). ``full_text=False``: the
    reply's text is its summary, for a post whose blocks say the rest (:func:`bot.present.reply`).
    """
    try:
        flags = [f for f in _lint(text) if f.rule not in muted_rules]
        if not flags:
            return None
        ask = Ask(text=text, intent=Intent.FIELDCHECK, fields=Fields(checked_text=text))
        coaching = CoachingAnswer(ask=ask, flags=flags)
        return _present(coaching) if full_text else present.reply(coaching, full_text=False)
    except Exception:
        _log().exception("coaching_reply() failed on %r", text[:200])
        return None


def help_reply() -> Reply:
    """Usage with examples to try."""
    return _present(HelpAnswer(ask=Ask(text="help", intent=Intent.HELP, fields=Fields())))


def usage_reply(usage: UsageResult, text: str = "") -> Reply:
    """A usage export's analysis (:mod:`bot.usage`); ``text`` is the message the file came with."""
    from bot.answer.usage import UsageAnswer

    return _present(UsageAnswer(ask=Ask(text=text, intent=Intent.USAGE, fields=Fields()), usage=usage))


# --- plumbing -------------------------------------------------------------------------------------------


def _present(answer_: AnswerBase) -> Reply:
    return present.reply(answer_)


def _internal_error(text: str, intent: str = "help") -> Reply:
    message = phrases()["internal_error"]
    return Reply(intent=intent, text=message, summary=message, understood=False, data={"internal_error": True})


def _lint(text: str) -> list[Any]:
    """Field-language flags on a text (:class:`glossary.Flag`)."""
    import glossary

    return list(glossary.lint(text))


def _rates_or_missing(ask: Ask, rate_cards: RateCards, out: AnswerBase, *, need_output: bool = True) -> Rates | None:
    """Resolve rates into ``out.rates``; when there are none, record what to ask for (and the did-you-mean)."""
    f = ask.fields
    if f.rate is not None and f.input_rate is None and f.output_rate is None:
        out.missing += missing("rate_label")
        return None
    resolution = resolve_rates(f, rate_cards, need_output=need_output)
    if resolution.rates is None:
        # "per-token is $3/M input": only the side left out is asked for, never the rate already given.
        one_given = need_output and f.model is None and (f.input_rate is None) != (f.output_rate is None)
        out.missing += missing(("output_rate" if f.output_rate is None else "input_rate") if one_given
                               else "rates" if need_output else "caching_rates")
        out.rate_problem = resolution.problem
        out.suggestions = resolution.suggestions
    out.rates = resolution.rates
    return resolution.rates


# --- handlers: one per intent, each returns its Answer ----------------------------------------------------


def _quote(ask: Ask, rate_cards: RateCards) -> QuoteAnswer:
    from pricing import PerTokenRequest, quote_per_token
    from pricing.per_token import after_discount, cost_of_calls, cost_over_days
    from pricing.units import month_on_days

    f = ask.fields
    out = QuoteAnswer(ask=ask)
    tokens_per: str | None = None
    tin = tout = None
    if f.input_tokens_per_day is not None or f.output_tokens_per_day is not None:
        tokens_per, tin, tout = "day", f.input_tokens_per_day, f.output_tokens_per_day
    elif f.input_tokens_per_call is not None or f.output_tokens_per_call is not None:
        tokens_per, tin, tout = "call", f.input_tokens_per_call, f.output_tokens_per_call
    total = f.tokens_per_day if f.tokens_per_day is not None else f.tokens_per_call
    if tokens_per is None and total is not None and f.input_share is not None:
        # "500M tokens a month at 4:1 input:output": the total split at the stated mix.
        from pricing.per_token import split_tokens

        split_per: Literal["day", "call"] = "day" if f.tokens_per_day is not None else "call"
        tokens_per = split_per
        tin, tout = split_tokens(total, f.input_share)
        out.split = (total, f.input_share, split_per)
    if (tokens_per == "call" and f.budget is not None and f.budget_period in _BUDGET_PERIODS and tin is not None
            and tout is not None and _tokens_are_traffic(ask, tin, tout)):
        # "budget is $10k/mo. they do 1.5bn input tokens and 150M out": the traffic over the budget's period
        from pricing.units import per_period

        tokens_per = "day"
        tin, tout = per_period(tin, f.budget_period, "day"), per_period(tout, f.budget_period, "day")
        ask = ask.model_copy(update={"fields": f.model_copy(update={
            "input_tokens_per_day": tin, "output_tokens_per_day": tout, "input_tokens_per_call": None,
            "output_tokens_per_call": None, "volume_period": f.budget_period})})
        f = ask.fields
        out.ask = ask
        out.tokens_over_budget_period = f.budget_period
    if tokens_per in (None, "call") and tin is None and f.context_tokens is not None:
        # "500k-token contexts on gemini 2.5 pro, 2k output": the context is the prompt.
        tokens_per, tin = "call", f.context_tokens
    if tokens_per in (None, "call") and f.prefix_tokens is not None and (tin is None or tin < f.prefix_tokens):
        # "a 4k-token system prompt and a 500-token question": the prompt sent with every call is input too (a
        # smaller count beside it cannot hold it); said alone, it is the call's input
        out.prompt_parts = (f.prefix_tokens, tin or Decimal(0))
        tokens_per, tin = "call", f.prefix_tokens + (tin or Decimal(0))
    one_side = _one_side(f, tin, tout)
    if one_side is not None:
        # "cost of 250k input tokens at $5/M": one side's tokens at that side's rate, the other side not asked.
        tin, tout = (tin, Decimal(0)) if one_side == "input" else (Decimal(0), tout)
        out.one_side = one_side
    unpriced = _rate_missing_side(f, tin, tout)
    if unpriced is not None and tin is not None and tout is not None and tokens_per is not None:
        # "20M input a day at $2.50/M + 4M output a day": the side with its rate is priced alone, the other side's
        # tokens are kept aside and its rate asked for (never priced at the rate stated for the other side).
        from pricing.rates import MESSAGE_SOURCE

        volume = quote_per_token(PerTokenRequest(
            rates=Rates(input=Decimal(0), output=Decimal(0), source=MESSAGE_SOURCE), input_tokens=tin,
            output_tokens=tout, calls_per_day=f.calls_per_day, tokens_per=tokens_per))
        out.unpriced = UnpricedSide(side=unpriced, per_call=getattr(volume, f"{unpriced}_tokens_per_call"),
                                    per_day=getattr(volume, f"{unpriced}_tokens_per_day"))
        tin, tout = (tin, Decimal(0)) if unpriced == "output" else (Decimal(0), tout)
        one_side = "input" if unpriced == "output" else "output"
        out.missing += missing(f"{unpriced}_rate")
    if tokens_per is None:
        out.missing += missing("token_split" if (f.tokens_per_day or f.tokens_per_call) else "tokens")
    elif tin is None or tout is None:
        out.missing += missing("tokens")
    if one_side is not None:
        from pricing.rates import MESSAGE_SOURCE

        rates: Rates | None = Rates(input=f.input_rate or Decimal(0), output=f.output_rate or Decimal(0),
                                    source=MESSAGE_SOURCE)
        out.rates = rates
    elif _rows_own_rates(f):
        # a table pricing each row apart: its rows' summed tokens at the blend of their own rates
        from pricing.per_token import rates_of_rows
        from pricing.rates import ROWS_SOURCE

        rates = out.rates = rates_of_rows(f.usage_rows, f.usage_row_rates, ROWS_SOURCE)
    else:
        rates = _rates_or_missing(ask, rate_cards, out)
    if tokens_per is None and not (f.tokens_per_day or f.tokens_per_call):
        if f.input_share is not None and rates is not None and _ASKS_BLENDED.search(ask.text):
            # "blended rate at a 3:1 in:out mix for $3/$15?": the rate at the mix, no tokens needed
            from pricing.per_token import blended_rate

            out.blended = blended_rate(rates, f.input_share, 1 - f.input_share)
        elif f.on_demand_spend is not None and f.spend_period in _SPEND_PERIODS and f.input_rate is None:
            # "$410 a day on-demand, what's that per month?": the same spend over the other periods
            from pricing.units import hours_in, per_period

            stated = f.spend_period
            out.spend = [(stated, hours_in(stated), f.on_demand_spend)] + [
                (p, hours_in(p), per_period(f.on_demand_spend, stated, p)) for p in _SPEND_PERIODS if p != stated]
            days_said = _DAYS_MONTH.search(ask.text)
            if days_said is not None and stated != "month":
                # "-> $12,600/mo right? (30 days)": the rep's month of whole days, beside the 730-hour month
                from pricing.units import over_days

                n = Decimal(days_said.group("days"))
                over = over_days(f.on_demand_spend, stated, n)
                out.spend_days = (n, n * 24, over, per_period(f.on_demand_spend, stated, "month") - over)
            out.rates = None
        if out.blended is not None or out.spend:
            out.missing = [m for m in out.missing if m.key not in ("tokens", "rates", "input_rate", "output_rate")]
            return out
    if tokens_per == "call" and f.calls_per_day is None and f.calls_total is None:
        if _ASKS_A_PERIOD.search(ask.text) and not _PER_N_CALLS.search(ask.text):
            # "2k in / 300 out at $3/$15 - how much per day?": the daily figure needs the call volume; ask for it.
            out.missing += missing("calls_per_day")
        elif not any(a.field == "calls_per_day" for a in ask.ambiguities):
            # (a count of calls with no period is asked about instead: one question, not two)
            out.volume_hint = missing("calls_per_day")[0]
            out.per_call_said = _PER_CALL_SAID.search(ask.text) is not None
            out.past_one_call = (tin or 0) + (tout or 0) > MAX_CALL_TOKENS
    asked_only = {"calls_per_day", f"{out.unpriced.side}_rate" if out.unpriced else "calls_per_day"}
    if any(m.key not in asked_only for m in out.missing) or rates is None or tin is None or tout is None:
        return out
    if f.peak_hour_share is not None and tokens_per == "day" and f.calls_per_day is None:
        # "busiest hour: 18M in / 2.4M out ... the average hour runs at a third of peak": the peak hour priced, and
        # the traffic every hour the average hour, that share of it
        from pricing.per_token import peak_hour
        from pricing.units import HOURS_PER_DAY

        out.peak_hour = peak_hour(rates, tin / HOURS_PER_DAY, tout / HOURS_PER_DAY, f.peak_hour_share)
        tin, tout = tin * f.peak_hour_share, tout * f.peak_hour_share
    out.quote = quote_per_token(PerTokenRequest(
        rates=rates, input_tokens=tin, output_tokens=tout, calls_per_day=f.calls_per_day, tokens_per=tokens_per,
    ))
    out.catalog_side = _catalog_side(f, rates)
    if out.catalog_side is not None:
        # "llama 3.3 70b, input $0.72/M": priced with the catalog's output rate, which the rep is asked to confirm
        out.missing += missing(f"{out.catalog_side.side}_rate")
    if out.unpriced:
        return out  # totals over periods, terms and blends would leave the unpriced side out: only its side is shown
    if len(f.compare_calls) == 2 and tokens_per == "call":
        # "5k-8k calls/day ... daily range?": the low end above, the high end beside it
        out.range_high = quote_per_token(PerTokenRequest(
            rates=rates, input_tokens=tin, output_tokens=tout, calls_per_day=f.compare_calls[1], tokens_per="call"))
    if f.tokens_range_high is not None and tokens_per == "day":
        # "between 50 and 80M input tokens a month": the low end above, the top of the range beside it
        out.tokens_range_high = quote_per_token(PerTokenRequest(
            rates=rates, input_tokens=f.tokens_range_high[0], output_tokens=f.tokens_range_high[1], tokens_per="day"))
    if _SHARE_ASKED.search(ask.text):
        # "what share of the bill is output?", "output's like 95% of the per-call cost, yeah?": each side's share
        from pricing.per_token import side_shares

        cost = out.quote.per_month or out.quote.per_day or out.quote.per_call
        out.shares = side_shares(cost) if cost is not None else None
    if len(f.other_rates) == 2:
        # "moving them from $10/$30 to $2.50/$10": the same tokens at the other rates, and the difference
        from pricing.per_token import quote_change

        out.at_other_rates = quote_per_token(PerTokenRequest(
            rates=rates.model_copy(update={"input": f.other_rates[0], "output": f.other_rates[1]}), input_tokens=tin,
            output_tokens=tout, calls_per_day=f.calls_per_day, tokens_per=tokens_per))
        out.rates_change = quote_change(out.quote, out.at_other_rates)
        if f.route_shares is not None:
            # "70% of calls to the small model, 30% to the large": each model's share of the bill and the total
            from pricing.per_token import routed_split

            routed_span = "per_month" if out.quote.per_month is not None else "per_call"
            first, second = getattr(out.quote, routed_span), getattr(out.at_other_rates, routed_span)
            if first is not None and second is not None:
                from pricing.periods import calls_in

                calls = (calls_in(out.quote.calls_per_day, "month")
                         if routed_span == "per_month" and out.quote.calls_per_day is not None else None)
                out.routed = routed_split(first, second, f.route_shares, calls)
    if f.changed_from is not None:
        # "if avg output goes from 300 to 900 tokens ... how much does the monthly bill change?": both, and the change
        from pricing.per_token import quote_change

        name, old = f.changed_from
        earlier = _quote(ask.model_copy(update={"fields": f.model_copy(update={name: old, "changed_from": None})}),
                         rate_cards).quote
        if earlier is not None:
            out.before, out.change = earlier, quote_change(earlier, out.quote)
    elif f.volume_factor is not None and f.volume_factor > 0 and out.quote.per_day is not None:
        # "what if their volume doubles?": the same workload with every count times the factor
        from pricing.per_token import quote_change

        grown = quote_per_token(PerTokenRequest(
            rates=rates, tokens_per=tokens_per, input_tokens=tin if f.calls_per_day else tin * f.volume_factor,
            output_tokens=tout if f.calls_per_day else tout * f.volume_factor,
            calls_per_day=f.calls_per_day * f.volume_factor if f.calls_per_day else None))
        out.grown, out.change = grown, quote_change(out.quote, grown)
    elif (f.volume_factor is not None and f.volume_factor > 0 and out.quote.per_day is None and f.calls_per_day is None
          and out.quote.per_call is not None and tin is not None and tout is not None):
        # "and at 4x the volume? base was 3M in 1M out": these tokens, with no period, times the factor
        out.grown = quote_per_token(PerTokenRequest(
            rates=rates, tokens_per="call", input_tokens=tin * f.volume_factor, output_tokens=tout * f.volume_factor))
    elif f.side_factor is not None and f.side_factor[1] > 0:
        # "what if output doubles?": that side's tokens times the factor, the other side as it was
        from pricing.per_token import quote_change

        side, factor = f.side_factor
        out.side_grown = quote_per_token(PerTokenRequest(
            rates=rates, tokens_per=tokens_per, calls_per_day=f.calls_per_day,
            input_tokens=tin * factor if side == "input" else tin, output_tokens=tout * factor if side == "output"
            else tout))
        out.change = quote_change(out.quote, out.side_grown)
    from pricing.providers import is_hyperscaler

    if (f.ea_discount and f.provider and is_hyperscaler(f.provider) and out.quote.per_day is not None
            and out.quote.per_month is not None):
        # "Azure OpenAI gpt-4o with a 10% EA": what they pay on their cloud contract.
        out.after_ea = after_discount(out.quote.per_day, out.quote.per_month, f.ea_discount)
    elif f.discount and out.quote.per_day is not None and out.quote.per_month is not None:
        # "a third off list, $3/$15 per million ... what's the bill?": the bill at list, then less the discount.
        out.off_list = after_discount(out.quote.per_day, out.quote.per_month, f.discount)
    if f.blended_rate is None and _ASKS_BLENDED.search(ask.text):
        # "what blended rate per M is that?": the bill over the tokens, at the workload's mix.
        from pricing.per_token import blended_rate

        q = out.quote
        tokens = ((q.input_tokens_per_day, q.output_tokens_per_day) if q.input_tokens_per_day is not None
                  else (q.input_tokens_per_call, q.output_tokens_per_call))
        if tokens[0] is not None and tokens[1] is not None:
            out.blended = blended_rate(rates, tokens[0], tokens[1])
    if f.calls_per_unit is not None and out.quote.per_call is not None:
        # "12 model calls per task ... cost per task?": a task's calls at the per-call cost
        out.per_unit = cost_of_calls(out.quote.per_call, f.calls_per_unit)
    if f.units_asked is not None and f.calls_per_unit is not None and out.quote.per_call is not None:
        # "cost per 1,000 conversations? 6 turns each": the units' calls at the per-call cost
        from pricing.per_token import cost_of_units

        out.per_units = cost_of_units(out.quote.per_call, f.units_asked, f.calls_per_unit)
        out.volume_hint = None
    # "per 1,000 conversations" with each conversation's calls said is priced above, never as 1,000 calls
    per_n = [m for m in _PER_N_CALLS.finditer(ask.text)
             if out.per_units is None or not re.search(rf"\b{re.escape(f.unit_noun or '')}", m.group(0), re.I)]
    unit = per_n[0] if per_n else None
    if f.calls_total is not None and out.quote.per_call is not None and out.quote.per_day is None:
        # "a one-off batch of 2M documents": the whole job.
        out.per_n_calls = cost_of_calls(out.quote.per_call, f.calls_total)
        out.volume_hint = None
    elif unit and out.quote.per_call is not None:
        # "cost per 1k calls? and per million?": the per-call cost times the calls in each unit asked for.
        sizes: list[Decimal] = []
        for m in per_n:
            key = m.group("n").lower().replace(",", "").replace(" ", "").removeprefix("a")
            size = _N_CALLS.get(key) or Decimal(key)
            if size not in sizes:
                sizes.append(size)
        out.per_n_calls = cost_of_calls(out.quote.per_call, sizes[0])
        out.more_per_n_calls = [cost_of_calls(out.quote.per_call, size) for size in sizes[1:]]
    if f.claimed_call_cost is not None and out.quote.per_call is not None:
        # "1k in / 1k out is basically two cents a call at $5/$15": the claim against the call's per-token cost
        out.call_cost_check = (f.claimed_call_cost, claim_holds(f.claimed_call_cost, out.quote.per_call.total))
    if (f.volume_parts and f.parts_period is not None and out.quote.per_call is not None
            and out.quote.input_tokens_per_call is not None and out.quote.output_tokens_per_call is not None):
        # "weekdays 80k calls a day, weekends 15k a day ... a week?": the period's calls part by part, and their cost
        from pricing.periods import cost_over_parts

        out.by_part = cost_over_parts(out.quote.per_call, out.quote.input_tokens_per_call,
                                    out.quote.output_tokens_per_call, f.parts_period, f.volume_parts)
    if out.quote.per_day is not None:
        # "weekly cost?", "what's that annualised?": the period asked for, beside day and month.
        # "8 hrs a day, 5 days a week ... weekly cost?": a week of the days the traffic runs.
        week = int(f.active_days) if f.active_days is not None and f.active_days == int(f.active_days) else 7
        if week != 7 and out.quote.per_month is not None and f.days_per_month is None:
            # the days a month said outright ("weekdays, call it 22 a month") are the month, not 730 h × 5 ÷ 7
            out.active_month = (week, month_on_days(out.quote.per_month.total, Decimal(week)))
        # "5 days a week ... yearly?": a year of those days too, 365 × days ÷ 7 to the nearest day (261 for five)
        out.asked_periods = [
            cost_over_days(out.quote.per_day, name, _days_in(name, days, week, f.days_per_year))
            for name, days, rx in _ASKED_PERIODS
            if (rx.search(ask.text) or (name == "year" and (f.days_per_year or f.volume_period == "year")))
            and not (out.by_part is not None and out.by_part.period == name)  # the week said part by part is above
        ]
        span = _DAYS_SPAN.search(ask.text)
        if span is not None and 0 < int(span.group("n") or span.group("n2") or span.group("n3")) <= 366:
            # "what's that over 30 days?", "the 30-day number": the daily cost times the days said
            days = int(span.group("n") or span.group("n2") or span.group("n3"))
            out.asked_periods.append(cost_over_days(out.quote.per_day, "days", days))
            out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused
                                                            if not re.fullmatch(r"\d+[- ]days?", u.strip())]})
        quarter_weeks = _QUARTER_WEEKS.search(ask.text)
        if quarter_weeks is not None:
            # "per week and per quarter (13 weeks)": the quarter is that many weeks of the traffic's days
            said = (quarter_weeks.group("n") or quarter_weeks.group("n2")).lower()
            quarter_n = _WEEKS_IN_WORDS.get(said) or int(said)
            out.quarter_weeks = quarter_n
            out.asked_periods.append(cost_over_days(out.quote.per_day, "quarter", week * quarter_n))
            out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused
                                                            if not re.fullmatch(r"\d+[- ]weeks?", u.strip())]})
        weeks = _WEEKS_SPAN.search(ask.text) if quarter_weeks is None else None
        said_weeks = _weeks_said(weeks) if weeks is not None else 0
        if (not said_weeks and f.volume_period == "week" and _PERIOD_WORDS_ASKED["year"].search(ask.text)
                and week == 7):
            # "200k requests per week ... weekly and annual cost?": a year of 52 such weeks beside the 365-day year
            said_weeks = 52
        if 1 < said_weeks <= 53:
            # "what's one week and the annual at 52 weeks?", "for two weeks": the week's days times the weeks said
            # (364 days for 52)
            out.asked_periods.append(cost_over_days(out.quote.per_day, "days", week * said_weeks))
            out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused
                                                            if not re.fullmatch(r"\w+[- ](?:weeks?|wks?)", u.strip())]})
        if (f.days_per_month is not None and f.days_per_month == int(f.days_per_month) and 0 < f.days_per_month <= 31
                and (f.volume_period != "month" or f.days_per_month >= 28)):
            # "9k calls per working day, 22 working days a month": a month of the days the traffic runs (which is
            # what "over 22 business days a month" asked, so not also a span of 22 days); a month's volume said as
            # such beside its working days ("38M tokens a month ... 22 business days a month") is already that month
            out.asked_periods = [p for p in out.asked_periods
                                 if not (p.period == "days" and p.days == int(f.days_per_month))]
            out.asked_periods.append(cost_over_days(out.quote.per_day, "month", int(f.days_per_month)))
            out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused
                                                            if not re.fullmatch(r"\d+[- ]days?", u.strip())]})
            if f.volume_period == "quarter" or _PERIOD_WORDS_ASKED["quarter"].search(ask.text):
                # "use a 30-day month ... and the quarterly total (3 months)": three of those months
                out.asked_periods.append(cost_over_days(out.quote.per_day, "quarter", 3 * int(f.days_per_month)))
                out.quarter_month_days = int(f.days_per_month)
        if out.at_other_rates is not None and out.at_other_rates.per_day is not None and out.rates_change is not None \
                and out.rates_change.per_day is not None:
            # "model A $5/$15, model B $3/$15, 400M in a year: each cost and the gap?": the second list over each
            # period asked too, and the gap over it
            change = out.rates_change.per_day
            # ("22 business days a month": the month said in days is the second rates' month too, never 730 hours)
            out.other_rates_periods = [(cost_over_days(out.at_other_rates.per_day, p.period, p.days),
                                        cost_over_days(change, p.period, p.days))
                                       for p in out.asked_periods
                                       if p.period != "month" or f.days_per_month is not None]
        if out.before is not None and out.before.per_day is not None:
            # "weekly cost? and what if output doubles to 1,200 tokens": each period asked, before the change too
            out.before_periods = [cost_over_days(out.before.per_day, p.period, p.days) for p in out.asked_periods]
        grown_quote = out.side_grown if out.side_grown is not None else out.grown
        if grown_quote is not None and grown_quote.per_day is not None:
            # "what if output doubles? ... 30-day month", "if volume grows 50%, the new 30-day monthly bill?": the
            # grown quote over each period asked too
            out.side_grown_periods = [cost_over_days(grown_quote.per_day, p.period, p.days) for p in out.asked_periods]
        if out.tokens_range_high is not None and out.tokens_range_high.per_day is not None:
            # "20-30M input tokens a week ... weekly range?": the top of the range over the same periods
            out.tokens_range_periods = [cost_over_days(out.tokens_range_high.per_day, p.period, p.days)
                                        for p in out.asked_periods]
        if f.heads is not None and out.quote.per_month is not None:
            # "800 seats, 40 req/seat/day ... per seat?": the month's cost shared by the seats
            from pricing.per_token import cost_per_head

            month = next((p.cost for p in out.asked_periods if p.period == "month"), out.quote.per_month)
            out.per_head = cost_per_head(month, f.heads)
        term = _term(ask.text)
        if term is not None and out.quote.per_month is not None and out.active_month is None:
            from pricing.per_token import cost_over_term

            months, said = term
            out.term = cost_over_term(out.quote.per_month, months)
            # "a 12 month commitment": the term's number is used, so the reply does not list it as unused
            out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused if u not in said]})
        if f.calls_per_day is not None and out.quote.per_call is not None and _hourly(ask):
            # "3,000 calls/hour ... hourly cost?": the calls of an hour of traffic at the per-call cost.
            from pricing.periods import cost_over_period

            out.per_hour = cost_over_period(out.quote.per_call, f.calls_per_day, "hour", _active_hours(ask))
        elif f.calls_per_day is None and _hourly(ask) and out.peak_hour is None:
            # "2M in / 250k out per hour 24/7": an hour of those tokens, a day's cost over its active hours
            from pricing.periods import daily_over_period

            out.hour_of_tokens = daily_over_period(out.quote.per_day.total, "hour", _active_hours(ask))
            # "12M input and 3M output an hour ... per hour?": each side's hour too
            out.hour_of_sides = (daily_over_period(out.quote.per_day.input, "hour", _active_hours(ask)).total,
                                 daily_over_period(out.quote.per_day.output, "hour", _active_hours(ask)).total)
        ramp = out.by_part is not None and out.by_part.period == "months" and len(out.by_part.parts) == 3
        quarter_days = (f.days_per_quarter if quarter_weeks is None and f.days_per_quarter is not None
                        and 0 < f.days_per_quarter <= 92 and not ramp else None)
        if quarter_days is not None and not any(p.period == "quarter" for p in out.asked_periods):
            # "a 90-day quarter": the day's cost times the quarter's days as stated, not three 730-hour months
            out.asked_periods.append(cost_over_days(out.quote.per_day, "quarter", int(quarter_days)))
        if out.quote.per_month is not None and quarter_weeks is None and not ramp and quarter_days is None and (
                f.volume_period == "quarter" or _PERIOD_WORDS_ASKED["quarter"].search(ask.text)):
            # "900k calls a quarter ... quarterly cost?": three 730-hour months
            from pricing.per_token import cost_over_term

            out.per_quarter = cost_over_term(out.quote.per_month, Decimal(3))
            changed = out.side_grown if out.side_grown is not None else out.grown
            if changed is not None and changed.per_month is not None:
                out.grown_quarter = cost_over_term(changed.per_month, Decimal(3))
            if (out.at_other_rates is not None and out.at_other_rates.per_month is not None
                    and out.rates_change is not None and out.rates_change.per_month is not None):
                # "vendor A $3/$15, vendor B $2.50/$20 ... the quarterly bill under each": the second list's quarter,
                # and its change from the first's
                out.other_quarter = (cost_over_term(out.at_other_rates.per_month, Decimal(3)),
                                     cost_over_term(out.rates_change.per_month, Decimal(3)))
        if out.per_quarter is not None or any(p.period == "quarter" for p in out.asked_periods):
            # "the quarterly total (3 months)": the quarter's months are used
            out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused
                                                            if not re.fullmatch(r"(?:3|three)[- ]months?", u.strip())]})
        _period_volumes(out)
    if f.usage_days is not None and out.quote is not None and out.quote.per_day is not None:
        # a usage export of a row a day: the days' total, the average day times their count
        out.asked_periods.append(cost_over_days(out.quote.per_day, "days", f.usage_days))
    if f.usage_rows and not out.unpriced and not out.one_side:
        # a pasted usage table: each row at the same rates (the quote above prices their total)
        from pricing.per_token import price_rows

        out.rows = price_rows(rates, f.usage_rows, f.usage_row_rates if _rows_own_rates(f) else None)
    _budget(out)
    if f.claimed_amounts:
        _check_claims(out)
    return out


def _rows_own_rates(f: Fields) -> bool:
    """A pasted table prices each row apart and the message names no other rates or model."""
    return (bool(f.usage_row_rates) and len(f.usage_row_rates) == len(f.usage_rows) and f.input_rate is None
            and f.output_rate is None and f.model is None and f.rate is None)


def _tokens_are_traffic(ask: Ask, tin: Decimal, tout: Decimal) -> bool:
    """Tokens said with no period or calls that are too many for one call ("they do 1.5bn input tokens"): a period's
    traffic, not a call's tokens."""
    f = ask.fields
    return (f.calls_per_day is None and f.calls_total is None and not _ONE_CALL_SAID.search(ask.text)
            and max(tin, tout) >= _TRAFFIC_NOT_A_CALL)


def _weeks_said(m: re.Match[str]) -> int:
    """The weeks a span says, in figures or in words ("over 13 weeks", "for two weeks")."""
    said = (m.group("n") or m.group("n2") or m.group("n3")).lower()
    return _WEEK_WORDS[said] if said in _WEEK_WORDS else int(said)


def _days_in(period: str, days: int, week: int, days_per_year: Decimal | None) -> int:
    """The days of traffic in an asked period: a week's ``week`` days; a year of the days a year said ("250 business
    days a year"), else 365 × ``week`` ÷ 7 to the nearest day (261 for five)."""
    if period == "week":
        return week
    if period == "year" and days_per_year is not None and days_per_year == int(days_per_year):
        return int(days_per_year)
    return round(days * week / 7)


def _check_claims(out: QuoteAnswer) -> None:
    """ "I get $16 in, $16 out, $32/day, about $973 a month?": each stated figure against the quote's own."""
    from pricing.claims import matching_figure

    q = out.quote
    if q is None:
        return
    figures: list[tuple[str, Decimal]] = []
    for span, cost in (("call", q.per_call), ("day", q.per_day), ("month", q.per_month)):
        if cost is not None:
            figures += [(f"{span}.input", cost.input), (f"{span}.output", cost.output), (f"{span}.total", cost.total)]
    figures += [(f"{p.period}.total", p.cost.total) for p in out.asked_periods if p.period in ("week", "year")]
    used: set[str] = set()
    for claimed in out.ask.fields.claimed_amounts:
        # "$16 in, $16 out": a figure already matched goes to the next claim only when no other one fits
        worked = matching_figure(claimed, [f for f in figures if f[0] not in used]) or matching_figure(claimed, figures)
        if worked is not None:
            used.add(worked[0])
        out.claim_checks.append((claimed, worked))


_BUDGET_PERIODS: dict[str, BudgetPeriod] = {"day": "day", "week": "week", "month": "month", "quarter": "quarter",
                                            "year": "year"}


def _budget(out: QuoteAnswer) -> None:
    """ "budget is $5,000/month ... inside budget?", "$45k a year ... how many calls does that cover?": the bill over
    the budget's period against it, and the calls it pays for."""
    from pricing.budget import check_budget

    f = out.ask.fields
    period = _BUDGET_PERIODS.get(f.budget_period or "")
    if f.budget is None or out.quote is None or out.unpriced or period is None:
        return
    days = f.days_per_month if period == "month" else f.days_per_year if period == "year" else None
    out.budget = check_budget(f.budget, period, out.quote, days)
    if out.budget.calls_covered is not None and out.quote.per_day is None:
        # the budget answers how many calls: no call volume is needed for it
        out.missing = [m for m in out.missing if m.key != "calls_per_day"]
        out.volume_hint = None


def _period_volumes(out: QuoteAnswer) -> None:
    """The calls and tokens of each period the quote prices: the month, each period asked, a quarter, a term."""
    from pricing.periods import volume_in, volume_over_days, volume_over_months

    quote = out.quote
    if quote is None or out.unpriced or out.one_side:
        return
    month = volume_in(quote, "month")
    if month is None:
        return
    out.volumes["month"] = month
    for p in out.asked_periods:
        volume = volume_over_days(quote, p.days, p.period)
        if volume is not None:
            out.volumes[f"{p.period}{p.days}"] = volume
    if out.per_quarter is not None:
        out.volumes["quarter"] = volume_over_months(month, out.per_quarter.months, "quarter")
    if out.term is not None:
        out.volumes["term"] = volume_over_months(month, out.term.months)


def _catalog_side(f: Fields, rates: Rates) -> CatalogSide | None:
    """The side of ``rates`` the catalog filled for the named model when the message states only the other side's
    rate (not a workspace rate card's, and not when the message states both or neither)."""
    if f.model is None or (f.input_rate is None) == (f.output_rate is None) or "genai-prices" not in rates.source:
        return None
    side: Literal["input", "output"] = "output" if f.output_rate is None else "input"
    catalog = rates.source.split("; ", 1)[-1]
    return CatalogSide(side=side, rate=getattr(rates, side), source=catalog)


def _rate_missing_side(f: Fields, tin: Decimal | None, tout: Decimal | None) -> Literal["input", "output"] | None:
    """The side whose rate an ask leaves out while stating its tokens, the other side's tokens and rate both given
    (no model or rate card to fill it)."""
    labelled = f.rate is None or f.rate in (f.input_rate, f.output_rate)  # "$20/1M" then chosen as the input rate
    if f.model is not None or not labelled or tin is None or tout is None:
        return None
    if f.input_rate is not None and f.output_rate is None and tout > 0:
        return "output"
    if f.output_rate is not None and f.input_rate is None and tin > 0:
        return "input"
    return None


def _one_side(f: Fields, tin: Decimal | None, tout: Decimal | None) -> Literal["input", "output"] | None:
    """The side an ask prices alone: its tokens and its rate stated, the other side's neither (no model)."""
    if f.model is not None or f.rate is not None:
        return None
    if tin is not None and tout is None and f.input_rate is not None and f.output_rate is None:
        return "input"
    if tout is not None and tin is None and f.output_rate is not None and f.input_rate is None:
        return "output"
    return None


_HOURLY = compile_regex(r"\b(?:per|an|a|each|every|/)\s?(?:hour|hr)\b|\bhourly\b", re.I)
_STATED_PERIODS: dict[str, Literal["hour", "week", "month", "quarter", "year"]] = {
    "second": "hour", "minute": "hour", "hour": "hour", "week": "week", "month": "month", "quarter": "quarter",
    "year": "year"}


def _hourly(ask: Ask) -> bool:
    """The ask states its volume per hour (or finer) or asks for an hourly figure."""
    return _STATED_PERIODS.get(ask.fields.volume_period or "") == "hour" or bool(_HOURLY.search(ask.text))


def _active_hours(ask: Ask) -> Decimal:
    return ask.fields.active_hours if ask.fields.active_hours is not None else Decimal(24)


_ASKS_BLENDED = compile_regex(
    r"\bble\w{1,3}ed\b|"
    r"\b(?:effective|average|avg|all-in|overall) (?:rate|price|cost) per (?:1\s?)?(?:m|mtok|million)\b|"
    r"\b(?:rate|price|cost) per (?:1\s?)?(?:m|mtok|million)(?: tokens)? (?:is that|does that|that is|works out)",
    re.I)
_ASKS_A_PERIOD = compile_regex(
    r"\b(?:per|a|each|every) (?:day|week|month|year)\b|\b(?:daily|weekly|monthly|yearly|annual(?:ly)?)\b|\bper annum\b",
    re.I)
_PER_N_CALLS = compile_regex(
    r"\bper (?P<n>1k|1 k|1,000|1000|thousand|a thousand|1m|1 m|1,000,000|1000000|million|a million|100k|10k|100|10,000|"
    r"100,000) (?:(?:such|similar|identical|of (?:these|those|such|the same))\s)?"
    r"(?:api )?(?:calls|requests|queries|invocations|conversations|messages|documents|pages|images)\b", re.I)
_N_CALLS = {"1k": Decimal(1000), "thousand": Decimal(1000), "1m": Decimal(1_000_000), "million": Decimal(1_000_000),
            "100k": Decimal(100_000), "10k": Decimal(10_000)}

# "a 12 month term", "3-year contract", "commitment of 18 months": the contract term a total covers.
_TERM = compile_regex(
    r"\b(?P<n>\d{1,3})[- ]?(?P<u>months?|mos?|years?|yrs?)[- ](?:term|contract|commit(?:ment)?|deal|agreement)\b|"
    r"\b(?:term|contract|commitment) (?:of|is|for) (?:a )?(?P<n2>\d{1,3})[- ]?(?P<u2>months?|years?|yrs?)\b|"
    # "what's 18 months of it?": a span of months the monthly cost is asked over (not "12 months of history")
    r"\b(?:what(?:'s| is| would be| are)|how much (?:is|are|would be|for)|cost (?:of|for)|total (?:of|for)|price) "
    r"(?P<n3>\d{1,3}) (?P<u3>months|years|yrs) of\b|"
    # "over the next 24 months", "total cost over 12 months", "..., over 2 years?" (not "usage has been flat over 12
    # months": said in passing)
    r"\b(?:(?:over|across) (?:the )?(?:next|first) |(?:over|across) (?:a |the )?(?=\d{1,3} (?:months|years|yrs) ?\?)|"
    r"for the next |(?:cost|costs|total|spend|bill|price)"
    r" (?:over|across|for) (?:the |a )?)(?P<n4>\d{1,3}) (?P<u4>months|years|yrs)\b|"
    # "a proof of concept for 3 months", "3-month pilot", "the trial runs 6 months": the span a trial is priced over
    r"\b(?:pilot|poc|proof[- ]of[- ]concept|trial|evaluation)(?: (?:phase|period|run))? (?:is |runs |will run |lasts? "
    r")?(?:for |of |over |lasting )?(?:about |around |roughly |~)?(?P<n5>\d{1,2}) (?P<u5>months?)\b|"
    r"\b(?P<n6>\d{1,2})[- ](?P<u6>months?)[- ](?:pilot|poc|proof[- ]of[- ]concept|trial|evaluation)\b",
    re.I)


def _term(text: str) -> tuple[Decimal, str] | None:
    """The contract term the ask states, in months, and the words that state it."""
    m = _TERM.search(text)
    if m is None:
        return None
    n = Decimal(next(m.group(g) for g in ("n", "n2", "n3", "n4", "n5", "n6") if m.group(g)))
    unit = next(m.group(g) for g in ("u", "u2", "u3", "u4", "u5", "u6") if m.group(g)).lower()
    return (n * 12 if unit.startswith("y") else n), m.group(0)


_SPEND_PERIODS = ("day", "week", "month", "year")
# "(30 days)", "a 30-day month", "x 31 days": a month counted in whole days
_DAYS_MONTH = compile_regex(r"(?<![\d.,])(?P<days>2[89]|3[01])[- ]?days?\b(?! (?:net|payment|terms|notice|trial))",
                            re.I)
# "what share of the bill is output?", "how much of their bill is output?", "output's like 95% of the cost, yeah?"
# "1k in / 200 out per call", "each request is ...", "our calls are 3,000 input / 250 output": tokens said of one call.
_PER_CALL_SAID = compile_regex(r"\b(?:per|each|every|a|an|one|/)\s?(?:call|request|req|query|prompt|invocation)\b|"
                               r"\b(?:calls?|requests?|reqs?) (?:are|is|average|averages|run|runs)\b", re.I)
_SHARE_ASKED = compile_regex(
    r"\b(?:what|which) (?:share|%|percent(?:age)?|proportion|fraction|part|portion)\b|"
    r"\bhow much of (?:the|their|our|that|this|a|its) (?:bill|cost|spend|total|invoice)\b|"
    r"\b(?:input|output)(?:'s| is)? (?:like |about |around |roughly |~)?\d{1,3}(?:\.\d+)?\s?% of "
    r"(?:the|their|our|a|its)\b|"
    r"\bshare of (?:the |their |our )?(?:bill|cost|spend|total)\b|"
    # "why's output eating the bill", "output dominating the cost?", "what's driving the bill": which side the cost is
    r"\b(?:input|output|completion|prompt)s?(?:'s| is| are)? (?:eating|dominating|driving|taking over|making up|"
    r"blowing up|eats|dominates|drives|takes up)\b|"
    r"\bwhat(?:'s| is|s) (?:driving|eating|dominating) (?:the |their |our )?(?:bill|cost|spend)\b|"
    # "what's the actual split per call?", "where does the money go?", "input vs output split of the cost"
    r"\bwhat(?:'s| is|s) the (?:actual |real |cost |input[/ ]output |in/out )?split\b|"
    r"\b(?:cost|bill|spend|dollar|money) split\b|\bwhere (?:does |do |did )?(?:the )?(?:money|spend|cost|dollars) "
    r"(?:go|goes|going|went)\b", re.I)
# "over 30 days", "for the next 30 days", "the 30-day number": a span of days the daily cost is asked over.
_DAYS_SPAN = compile_regex(
    # ("what does the yr look like at 365 days": the days a year is counted as)
    # ("the total per quarter (call it 90 days)": the period's length, said as the days to count)
    r"\b(?:over|for|across|in|during|within|at|call it)(?: (?:the|a|the next|a full))? (?P<n>\d{1,3}) "
    r"(?:business |working |work |week)?days\b|"
    r"\b(?P<n2>\d{1,3})[- ]day (?:number|total|figure|cost|bill|spend|period|window|run|estimate|term|pilot|trial)s?\b|"
    # "| term | 30 days |", "term: 30 days", "pilot length = 14 days": the span the deal runs, said as a field
    r"\b(?:term|pilot|trial|contract|duration|length)\b[ \t|:=-]{1,8}(?P<n3>\d{1,3}) days\b", re.I)


def _days_span(text: str) -> Decimal | None:
    """The days the ask totals over ("over 22 business days", "the 30-day number"), or None."""
    m = _DAYS_SPAN.search(text)
    return Decimal(m.group("n") or m.group("n2") or m.group("n3")) if m else None


_WEEK_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "eleven": 11, "twelve": 12, "thirteen": 13}
# "the annual at 52 weeks", "over 13 weeks", "a 50-week year": a span said in weeks, each a week of the traffic's days.
_WEEKS_SPAN = compile_regex(
    r"\b(?:over|for|across|at|in|during|within|of)(?: (?:the|a|the next|a full))? "
    r"(?P<n>\d{1,2}|" + "|".join(_WEEK_WORDS) + r") (?:weeks|wks)\b|"
    r"\b(?P<n2>\d{1,2})[- ]week (?:year|period|total|term|pilot|trial|run|window)s?\b|"
    # "the year (52 weeks)", "the pilot (6 weeks)": a period with its length in weeks in brackets (a quarter's weeks are
    # read by _QUARTER_WEEKS)
    r"\b(?:year|yr|period|term|pilot|trial|season)\s?\(\s?(?:=\s?|of\s|i\.?e\.?,?\s|~\s?)?"
    r"(?P<n3>\d{1,2}) (?:weeks?|wks?)\s?\)", re.I)
# "per quarter (13 weeks)", "a 13-week quarter", "the quarter, i.e. 13 weeks": a quarter counted in weeks, not months.
_QUARTER_WEEKS = compile_regex(
    # ("what's a quarter look like, call it 13 weeks": the weeks said after a few words about the quarter)
    r"\bquarter(?:ly)?\b(?: \w+){0,5}?\s?(?:\(|,|:|=|-|–|—)?\s?"
    # ("finance counts a quarter as thirteen weeks": the weeks in words)
    r"(?:i\.e\.,? |ie |so |that's |that is |which is |is |as |of |= |call it |say |count it as |treat it as )?"
    r"(?P<n>1[2-4]|twelve|thirteen|fourteen) ?(?:weeks|wks)\b|\b(?P<n2>1[2-4])[- ]?(?:week|wk)s? (?:quarters?|qtrs?)\b",
    re.I)
_WEEKS_IN_WORDS = {"twelve": 12, "thirteen": 13, "fourteen": 14}
# "annually", "annualised", "what does that annualize to?", "the annualization": a year asked for
_ANNUAL = r"annual(?:ly|i[sz](?:ed?|es|ing|ation))?"
_YEAR_ASKED = compile_regex(r"\b(?:year(?:ly)?|yr|yrly|" + _ANNUAL + r"|per annum)\b", re.I)
_ASKED_PERIODS = (
    ("week", 7, compile_regex(r"\bweek(?:ly)?\b", re.I)),
    ("year", 365, _YEAR_ASKED),
)


# Tokens said of one call ("each call is 2k in"), and a count too small to be a period's traffic for provisioned units.
_ONE_CALL_SAID = re.compile(r"\b(?:per|each|a|every|one|an? average) (?:call|request|req|prompt|query|message|task)\b"
                            r"|\bper[- ]call\b|\bcalls? (?:is|are|average|averages|of)\b", re.I)
_TRAFFIC_NOT_A_CALL = 1_000_000


def _per_call_tokens_as_volume(ask: Ask) -> Fields | None:
    """Against provisioned units, "1.5B in @ $2.50/M + 300M out @ $10/M per week" is the traffic's volume over the
    one period the ask names, not the tokens of one call: the fields with those tokens as a day's volume; None when
    the ask gives calls, no units, or not exactly one period (then nothing changes)."""
    from pricing.units import per_period

    f = ask.fields
    if (f.units is None or f.unit_hour_price is None or f.tokens_per_minute_per_unit is not None
            or f.input_tokens_per_day is not None or f.output_tokens_per_day is not None or f.calls_per_day is not None
            or f.input_tokens_per_call is None or f.output_tokens_per_call is None or f.on_demand_spend is not None):
        return None
    if (_ONE_CALL_SAID.search(ask.text)
            or max(f.input_tokens_per_call, f.output_tokens_per_call) < _TRAFFIC_NOT_A_CALL):
        return None  # "each call is 2,000 in / 500 out": one call's tokens, which need a call volume
    named = {name for name, rx in _BILL_PERIODS if rx.search(ask.text)}
    if len(named) != 1:
        return None
    period = named.pop()
    return f.model_copy(update={
        "input_tokens_per_day": per_period(f.input_tokens_per_call, period, "day"),
        "output_tokens_per_day": per_period(f.output_tokens_per_call, period, "day"),
        "input_tokens_per_call": None, "output_tokens_per_call": None, "volume_period": period})


def _traffic_period(ask: Ask) -> str:
    """The period units are set against traffic in: the one period the ask names for the answer other than the
    traffic's own ("14M tokens an hour ... what's that a month?"), else the traffic's own (an hour, a week...), else a
    day."""
    from pricing.units import HOURS_PER_PERIOD

    stated = ask.fields.volume_period if ask.fields.volume_period in HOURS_PER_PERIOD else "day"
    named = {name for name, rx in _BILL_PERIODS for m in rx.finditer(ask.text) if _period_asked(ask.text, m)} - {stated}
    return named.pop() if len(named) == 1 else stated


# "the weekly bill", "cost per month", "$ a week": a period said of money
_MONEY_NEAR = compile_regex(r"\b(?:bills?|costs?|spend|totals?|prices?|pay|paying|numbers?|figures?|budget|cheaper|"
                            r"dearer|savings?|save|both ways|comparison|compare)\b|\$", re.I)
# "weekly traffic is steady", "tokens a month", "we report usage weekly": a period said of the traffic
_TRAFFIC_NEAR = compile_regex(r"\b(?:traffic|volumes?|usage|load|tokens?|calls?|requests?|demand|throughput|steady|"
                              r"flat|spiky|report(?:s|ed|ing)?|invoiced|billed|reviews?)\b", re.I)


def _period_asked(text: str, m: re.Match[str]) -> bool:
    """Whether a period word asks for the answer's period ("what's that a month?", "weekly bill?") rather than
    describing the traffic ("weekly traffic is steady", "usage reported weekly")."""
    ends = [i for i in (text.find(c, m.end()) for c in ".;!?\n") if i >= 0]
    start = max(text.rfind(c, 0, m.start()) for c in ".;!?\n") + 1
    near = text[max(start, m.start() - 16) : min([*ends, m.end() + 16])]  # within the period's own clause
    if _MONEY_NEAR.search(near):
        return True
    question = bool(ends) and text[min(ends)] == "?"
    return question and not _TRAFFIC_NEAR.search(near)


def _break_even(ask: Ask, rate_cards: RateCards) -> BreakEvenAnswer:
    from bot.answer.break_even import (
        AtDiscount,
        BreakEvenAnswer,
        SpendOverPeriod,
        TrafficCost,
        UnitsBill,
        UnitsVsSpend,
    )
    from pricing import (
        PeakSizingRequest,
        UtilizationRequest,
        break_even_utilization,
        compare_at_utilization,
        size_for_peak,
    )
    from pricing.provisioned import bill_at_utilization, discount_to_break_even, duty_cycle

    f = ask.fields
    from_rates = None
    if f.discount is None and f.provisioned_rate is not None and f.on_demand_rate is not None:
        # "on-demand $10/M blended, provisioned works out at $6.50/M": the discount is 1 − $6.50 ÷ $10.00
        from pricing.provisioned import discount_from_rates

        from_rates = (f.on_demand_rate, f.provisioned_rate, discount_from_rates(f.on_demand_rate, f.provisioned_rate))
        ask = ask.model_copy(update={"fields": f.model_copy(update={"discount": from_rates[2]})})
        f = ask.fields
    from_saving = None
    # ("peak to avg is 2.5 to 1 ... what discount gets them 20% under on demand": capacity sized for the peak runs at
    # 1 ÷ 2.5 = 40%, the utilization the saving is asked at)
    at_peak = (1 / f.peak_to_average if f.peak_to_average is not None and f.peak_to_average >= 1 and not f.utilization
               else None)
    if (f.discount is None and from_rates is None and f.target_saving is not None
            and ((len(set(f.utilization)) == 1 and f.peak_to_average is None) or at_peak is not None)
            and f.on_demand_spend is None and f.units is None):
        # "at 80% utilization they save 30% vs on-demand": the claim gives the discount, 1 − 80% × (1 − 30%) = 44%
        from pricing.provisioned import discount_from_saving

        at = at_peak if at_peak is not None else f.utilization[0]
        from_saving = (at, f.target_saving, discount_from_saving(at, f.target_saving))
        ask = ask.model_copy(update={"fields": f.model_copy(update={"discount": from_saving[2],
                                                                     "target_saving": None})})
        f = ask.fields
    out = BreakEvenAnswer(ask=ask, discount=f.discount, discount_from_rates=from_rates,
                          discount_from_saving=from_saving,
                          break_even_discount=discount_to_break_even(from_saving[0]) if from_saving else None)
    utilizations = list(f.utilization)
    load = None
    if not utilizations and f.active_hours is not None and f.units is None and (
            "full_load" in f.traits or (f.active_hours < 24 and _IDLE_OUTSIDE_HOURS.search(ask.text))):
        # "runs flat out 10 hours a day, 5 days a week, on a 24/7 reservation", "the nightly batch runs 2 hours, the
        # capacity reserved 24/7": the reservation's utilization, the load using it fully while it runs (said so).
        load = Decimal(1)
    elif (len(set(utilizations)) == 1 and f.active_hours is not None and f.active_hours < 24 and f.units is None
          and _IDLE_OUTSIDE_HOURS.search(ask.text) and not _LOAD_OVER_COMMITMENT.search(ask.text)):
        # "12 hours a day at 90% of the capacity, otherwise nothing; PT is billed round the clock": the load's share
        # while it runs, over the reservation's hours
        load = out.duty_load = utilizations[0]
    if load is not None and f.active_hours is not None:
        if f.active_days is None and f.days_per_month is not None and f.hours_per_month in (None, 730):
            # "10 hours a business day, 22 business days a month": its hours of the 730-hour month
            from pricing.provisioned import duty_cycle_over_month

            out.duty_month = True
            out.duty_cycle = (f.active_hours, f.days_per_month,
                              duty_cycle_over_month(f.active_hours, f.days_per_month, load))
        else:
            days = f.active_days if f.active_days is not None else Decimal(7)
            out.duty_cycle = (f.active_hours, days, duty_cycle(f.active_hours, days, load))
        utilizations = [out.duty_cycle[2]]
    period = f.spend_period or "month"
    on_demand_spend = f.on_demand_spend

    def day_tokens_over(tokens: Decimal, wanted: str) -> Decimal:
        """A day's tokens over ``wanted``: tokens said a day, over a month of the hours the ask bills the units for ("a
        30 day month": 720); tokens said over a month are that month's, whatever its hours."""
        from pricing.units import HOURS_PER_DAY, over_days, per_period

        month_hours = ask.fields.hours_per_month
        if wanted == "month" and month_hours is not None and ask.fields.volume_period == "day":
            return over_days(tokens, "day", month_hours / HOURS_PER_DAY)
        return per_period(tokens, "day", wanted)

    volumes = _per_call_tokens_as_volume(ask)
    if volumes is not None:
        ask = ask.model_copy(update={"fields": volumes})
        f = ask.fields
    if (on_demand_spend is None and f.units is not None and f.unit_hour_price is not None
            and f.tokens_per_minute_per_unit is None and f.blended_rate is not None and f.tokens_per_day is not None):
        # "3 units at $30/hr vs 600M tokens a day at a $4.50/M blended rate": the same traffic's on-demand cost, over
        # the period the traffic is stated in ("14M tokens an hour": an hour) or the one period the ask names besides
        from pricing.per_token import tokens_at_rate

        period = _traffic_period(ask)
        out.tokens_spend = tokens_at_rate(day_tokens_over(f.tokens_per_day, period), f.blended_rate)
        out.tokens_spend_period = period
        on_demand_spend = out.tokens_spend.cost
    input_only = f.output_tokens_per_day is None and f.output_rate is None and f.input_rate is not None
    if (on_demand_spend is None and f.units is not None and f.unit_hour_price is not None
            and f.tokens_per_minute_per_unit is None and f.input_tokens_per_day is not None
            and (f.output_tokens_per_day is not None or input_only)):
        # "4 units at $9.50/unit-hour; flat out they push 8,000M input and 1,500M output a month at $2.50/$10": the
        # same tokens priced on-demand over the period the units are billed ("12 billion input tokens a month, output
        # tiny, $5 per million": the input side alone).
        rates = _rates_or_missing(ask, rate_cards, out, need_output=not input_only)
        tokens_in, tokens_out = f.input_tokens_per_day, f.output_tokens_per_day or Decimal(0)
        if rates is not None:
            from pricing.per_token import per_token_cost

            shown = ("month" if f.volume_period in (None, "hour", "day") and re.search(r"\bmonth|\b730", ask.text, re.I)
                     else f.volume_period if f.volume_period in ("day", "week", "month", "quarter", "year")
                     else "month")
            over_in, over_out = day_tokens_over(tokens_in, shown), day_tokens_over(tokens_out, shown)
            out.traffic = TrafficCost(period=shown, input_tokens=over_in, output_tokens=over_out, rates=rates,
                                      cost=per_token_cost(rates, over_in, over_out))
            on_demand_spend, period = out.traffic.cost.total, shown
    if (on_demand_spend is not None and f.units is not None and f.unit_hour_price is not None
            and f.tokens_per_minute_per_unit is None):
        # "50 PTUs at $1/PTU-hr vs their $42k/month on-demand": the capacity bill against the spend it replaces;
        # "$95/hr worth of tokens at full load, average load ~70%": the on-demand cost of the load carried.
        from pricing.provisioned import unit_hour_worth, units_against_spend
        from pricing.units import hours_in, per_period

        # "5B tok/mo": traffic stated over a month is answered over a month, however the month was written
        shown = ("month" if period in ("hour", "day") and (re.search(r"\bmonth", ask.text, re.I)
                                                          or f.volume_period == "month") else period)
        hours = hours_in(shown)
        spend = per_period(on_demand_spend, period, shown)
        if out.tokens_spend is not None and shown != period:
            # the traffic's cost restated in the period the units are shown over, so both lines read alike
            from pricing.per_token import tokens_at_rate

            out.tokens_spend = tokens_at_rate(per_period(out.tokens_spend.tokens, period, shown), out.tokens_spend.rate)
            out.tokens_spend_period = shown
        load = utilizations[0] if "full_load" in f.traits and len(utilizations) == 1 else None
        # "flat out, those units would push ...": the traffic is what the units carry at full load, so the units break
        # even at a load of provisioned ÷ that cost.
        at_full = "full_load" in f.traits and not utilizations
        billed = None
        if shown == "month" and f.active_hours is not None and f.days_per_month is not None:
            # "only for a 10-hour workday, 22 days/mo": the units are billed for those hours alone.
            from pricing.provisioned import billed_hours

            billed = (f.active_hours, f.days_per_month)
            hours = billed_hours(f.active_hours, f.days_per_month)
        else:
            hours = _hours_stated(f, shown)  # "a 30-day month (720 hours)", "a 90-day quarter": the hours billed
            if period == "hour" and hours != hours_in(shown):
                spend = on_demand_spend * hours  # "~$180/hour on-demand" over those same hours
            elif period != shown and hours != hours_in(shown):
                # "on-demand ~$4.8k a day ... a 30-day month": the spend over the stated days, as the units are
                spend = on_demand_spend * hours / hours_in(period)
        x = units_against_spend(f.units, f.unit_hour_price, hours, spend, load)
        worth = unit_hour_worth(f.units, f.unit_hour_price, hours, spend) if load is not None or at_full else None
        out.units_vs_spend = UnitsVsSpend(
            units=f.units, unit_hour_price=f.unit_hour_price, hours=hours, period=shown, provisioned=x.provisioned,
            on_demand=x.on_demand, difference=x.difference, full_load=spend if load is not None or at_full else None,
            load=load, break_even_load=units_against_spend(f.units, f.unit_hour_price, hours, spend, Decimal(1)
                                                           ).break_even_load if at_full else x.break_even_load,
            cost_ratio=x.cost_ratio, billed=billed,
            unit_hour_on_demand=worth.on_demand if worth else None, unit_hours=worth.unit_hours if worth else None,
            implied_discount=worth.implied_discount if worth else None,
        )
        if billed is None and hours == hours_in(shown):
            # "give me the annual view": the same units and spend over each longer period asked for (a year is
            # 8,760 h); with a daily spend, "per week, which is cheaper?" too (a week is 168 h)
            week = ["week"] if shown == "day" and _BILL_PATTERNS["week"].search(ask.text) else []
            for name in [*week, *_longer_periods_asked(ask.text)]:
                if name != shown:
                    y = units_against_spend(f.units, f.unit_hour_price, hours_in(name), per_period(spend, shown, name),
                                            load)
                    out.units_vs_spend_periods.append(UnitsVsSpend(
                        units=f.units, unit_hour_price=f.unit_hour_price, hours=hours_in(name), period=name,
                        provisioned=y.provisioned, on_demand=y.on_demand, difference=y.difference,
                        cost_ratio=y.cost_ratio))
        term = _span(ask.text, shown)
        spans_shown = {hours_in(y.period) / hours_in(shown) for y in out.units_vs_spend_periods}
        if term is not None and term[0] not in spans_shown:  # (not "a one-year term" beside the yearly line)
            # "over a 12-month term, how much do they save?": the same units and spend over that many periods
            count, named, said = term
            out.units_vs_spend_term = (count, named, UnitsVsSpend(
                units=f.units, unit_hour_price=f.unit_hour_price, hours=hours * count, period=shown,
                provisioned=x.provisioned * count, on_demand=x.on_demand * count, difference=x.difference * count,
                cost_ratio=x.cost_ratio))
            out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused if u.strip() not in said]})
        if f.discount is None:
            return out
    if (f.provisioned_spend is not None and f.on_demand_spend is None and f.units is None
            and f.unit_hour_price is None and f.spend_period is not None
            and (f.capacity_tokens_per_day is not None or f.tokens_per_day is not None
                 or (f.input_tokens_per_day is not None and f.output_tokens_per_day is not None))):
        _bill_against_tokens(ask, rate_cards, out, utilizations)
        if f.discount is None:
            return out
    if (f.provisioned_spend is not None and f.on_demand_spend is not None and f.units is None
            and f.unit_hour_price is None and f.spend_period is not None):
        # "PT commit would be $52k/mo flat, the same capacity fully used would cost $85k/mo on demand": the bill against
        # the spend, and with the spend at full use the break-even load and the discount the bill amounts to.
        from pricing.provisioned import bill_against_spend

        full = "full_load" in f.traits or deal_terms.asked(deal_terms.FULL_CAPACITY_ON_DEMAND, ask.text)
        if f.provisioned_spend_stated is not None:
            # "1-year reserved deal for $1.44M" against a monthly spend: the commitment over the spend's period
            from pricing.units import hours_in

            amount, stated = f.provisioned_spend_stated
            out.bill_restated = (amount, stated, hours_in(stated), hours_in(f.spend_period))
        out.bill_vs_spend = bill_against_spend(f.provisioned_spend, f.on_demand_spend, at_full_use=full,
                                               load=utilizations[0] if full and len(utilizations) == 1 else None)
        # each period with what the commitment saves over it (on-demand − provisioned)
        amounts: tuple[Decimal, ...] = (f.provisioned_spend, f.on_demand_spend, f.on_demand_spend - f.provisioned_spend)
        if out.bill_vs_spend.load is not None:  # "... at 75% utilization, what do they save per year?"
            amounts += (out.bill_vs_spend.on_demand, out.bill_vs_spend.difference)
        out.bill_vs_spend_periods = [SpendOverPeriod.of(*period) for period in _restated(f.spend_period, amounts,
                                                                                           ask.text)]
        if f.discount is None:
            return out
    periods_named = [name for name, rx in _BILL_PERIODS if rx.search(ask.text)]
    if (f.units is not None and f.unit_hour_price is not None and f.tokens_per_minute_per_unit is None
            and f.tokens_per_hour_per_unit is None and on_demand_spend is None
            and (f.discount is None or periods_named)):
        # "1-year commitment, 4 units at $9.60/hr, 38% off: the annual commit and the quarterly number?", "30% under
        # pay-as-you-go: the monthly commit?": the bill too
        # "3 units at $4.80/hr, 730h month, what's that monthly?": the units' bill is the on-demand spend to beat.
        from pricing.provisioned import units_bill
        from pricing.units import hours_in

        # ("10 hrs a day, 22 days a month": a day of the month's running hours, the month still the period)
        running = f.active_hours is not None and f.days_per_month is not None
        shown = f.spend_period or ("day" if not running and re.search(r"\b(?:a|per|each) day\b|\bdaily\b", ask.text,
                                                                      re.I) else "month")

        units, price = f.units, f.unit_hour_price
        if f.peak_to_average is not None and "size_for_peak" in f.traits and _UNITS_OF_LOAD.search(ask.text):
            # "averages 2.5 provisioned units' worth of traffic, peaks at 2.4x, sized for peak": the units said are
            # the average load; the block bought for the peak is that many units × the ratio, rounded up
            exact = units * f.peak_to_average
            units = exact.to_integral_value(rounding=ROUND_CEILING)
            out.units_for_peak = (f.units, f.peak_to_average, exact, units, f.units / units)

        def bill_over(name: str) -> UnitsBill:
            """The units' bill over a period, at the hours the ask states for it ("only running biz hours, 10 hrs a
            day 22 days a month": those 220 hours a month)."""
            if name == "month" and f.active_hours is not None and f.days_per_month is not None:
                from pricing.provisioned import billed_hours

                hours = billed_hours(f.active_hours, f.days_per_month)
            elif name == "day" and running and f.active_hours is not None:
                hours = f.active_hours  # a running day's hours
            else:
                hours = _hours_stated(f, name)
            return UnitsBill(units=units, unit_hour_price=price, hours=hours, period=name,
                             bill=units_bill(units, price, hours))

        out.units_bill = bill_over(shown)
        # "what's that over a 24/7 month, and over a year?": the same units over each other period asked for; "for a
        # 30-day month ... total, and per day?": the month stated too
        others = [name for name in periods_named if name != shown]
        if f.hours_per_month is not None and "month" not in (shown, *others):
            others.insert(0, "month")
        out.units_bills = [bill_over(name) for name in others]
        span = _span(ask.text, "month")
        if span is not None and span[0] not in ({3} if "quarter" in others else set()) | (
                {12} if "year" in others else set()):
            # "4 units at $12/unit-hour, committed for three months: the commitment?": the bill over the term said
            months, named, _ = span
            hours = _hours_stated(f, "month") * months
            out.units_term = (named, UnitsBill(units=f.units, unit_hour_price=f.unit_hour_price, hours=hours,
                                               period="month", bill=units_bill(f.units, f.unit_hour_price, hours)))
        rates_said = {r for r in (f.blended_rate, f.on_demand_rate, f.input_rate, f.output_rate) if r is not None}
        if len(rates_said) == 1 and (f.blended_rate is not None or f.on_demand_rate is not None):
            # "OD blended rate is $4 per 1M: how many tokens a month before PT breaks even?": the bill ÷ the rate
            from pricing.provisioned import break_even_tokens

            rate = rates_said.pop()
            out.break_even_tokens = (rate, break_even_tokens(out.units_bill.bill, rate))
        if "year" in periods_named:
            # "1-year commitment ... the annual commit": the term's bill is shown, so the term is not listed as unused
            out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused
                                                            if not _ONE_YEAR.fullmatch(u.strip())]})
    average = _average_tokens_a_minute(f)  # the load, when the traffic is said: sized below in units or in tokens
    if (average is not None and f.tokens_per_minute_per_unit is not None
            and (f.units is None or (f.units == 1 and _asked(_UNITS_ASKED, ask)))):
        # "avg ~2M tokens/min, 1 PTU = 50k TPM: how many PTUs?": the units the load needs, sized for its peak; a spiky
        # load with no peak-to-average ratio gets the average's units and a question for the ratio
        from pricing.provisioned import units_for_load

        out.units_for_load = units_for_load(average, f.tokens_per_minute_per_unit, f.peak_to_average or Decimal(1))
        out.peak_unknown = _peak_unknown(f)
        if out.peak_unknown:
            out.missing += missing("peak_to_average")
        else:
            utilizations = utilizations or [out.units_for_load.utilization]
        ask = ask.model_copy(update={"fields": f.model_copy(update={"units": out.units_for_load.units})})
        f = ask.fields
    elif (average is not None and f.units is None and f.tokens_per_minute_per_unit is None
          and f.unit_hour_price is None and (_asked(_THROUGHPUT_ASKED, ask) or (
              "size_for_peak" in f.traits and f.peak_to_average is not None))):
        # "averages ~2M tokens/min, how much TPM should we commit?": the average times the peak-to-average ratio; a
        # spiky load with no ratio gets the average as the floor and a question for the ratio
        from pricing.provisioned import capacity_for_load

        out.capacity_for_load = capacity_for_load(average, f.peak_to_average or Decimal(1))
        out.peak_unknown = _peak_unknown(f)
        if out.peak_unknown:
            out.missing += missing("peak_to_average")
    # "they want to size for the peaks: what utilization will they run at?": 1 ÷ the peak-to-average ratio;
    # "avg load is 2 PTUs' worth but really spiky: how many units?": the units a spiky load needs turn on it too
    peak_asked = (f.peak_to_average is None and not utilizations and out.units_for_load is None and (
        "size_for_peak" in f.traits or ("variable" in f.traits and _asked(_UNITS_ASKED, ask))))
    if f.unit_hour_price is not None or (f.tokens_per_minute_per_unit is not None and out.units_for_load is None):
        _capacity(ask, rate_cards, out)
        if f.discount is None:
            if peak_asked:
                out.missing += missing("peak_to_average")  # ("... each unit is $30/hr": the price does not size it)
            if utilizations and _asked(_BREAK_EVEN_DISCOUNT_ASKED, ask):
                # "4 units @ $21/hr ... what discount would they need to break even at 70%?": 1 − u beside the bill
                out.needed_discounts = [(u, discount_to_break_even(u)) for u in dict.fromkeys(utilizations)]
            return out
    if f.discount is None and out.units_for_load is not None:
        return out  # "how many PTUs?": the sizing is the answer; a discount would add the break-even
    if f.discount is None:
        out.missing += missing("discount")
        if peak_asked:
            out.missing += missing("peak_to_average")
        # Without a discount the question still has an answer: the discount needed at each utilization.
        out.needed_discounts = [(u, discount_to_break_even(u)) for u in utilizations]
        if f.peak_to_average is not None and f.peak_to_average >= 1:
            # "peak-to-average about 2, sized for peak: does provisioned beat on-demand?": capacity sized for peak runs
            # at 1 ÷ PAR, so the discount must be at least 1 − 1 ÷ PAR
            from pricing.provisioned import utilization_for_peak

            at_peak = utilization_for_peak(f.peak_to_average)
            out.peak_utilization = (f.peak_to_average, at_peak)
            out.needed_discounts.append((at_peak, discount_to_break_even(at_peak)))
        return out
    out.break_even = break_even_utilization(f.discount)
    if utilizations and from_saving is None and _asked(_BREAK_EVEN_DISCOUNT_ASKED, ask):
        # "what's the smallest discount that breaks even at 70%? the rep offers a quarter off": 1 − u beside the offer
        out.needed_discounts = [(u, discount_to_break_even(u)) for u in dict.fromkeys(utilizations)]
    if f.target_saving is not None:
        # "40% off: what utilisation for that 20% saving to be true?": (1 − d) ÷ u = 1 − saving
        from pricing.provisioned import utilization_for_saving

        out.saving_target = (f.target_saving, utilization_for_saving(f.discount, f.target_saving))
        if utilizations and _asked(_DISCOUNT_ASKED, ask):
            # "... and what discount would we need to come in 10% under on-demand at 50%?": the discount that
            # delivers the saving at each utilization said, 1 − u × (1 − saving)
            from pricing.provisioned import discount_from_saving

            out.discounts_for_saving = [(u, discount_from_saving(u, f.target_saving))
                                        for u in dict.fromkeys(utilizations)]
    if f.commitment_value is not None and f.consumption_value is not None:
        # "Commitment value: $480,000 ... Forecast on-demand-equivalent consumption (12 mo): $300,000": the
        # utilization that forecast makes of the capacity bought, and what the commitment costs against on-demand
        from pricing.provisioned import commitment_against_use

        out.commitment_use = commitment_against_use(f.commitment_value, f.discount, f.consumption_value)
    if f.peak_to_average is None and deal_terms.asked(deal_terms.MAX_PAR_ASKED, ask.text):
        # "how far can they over-provision at 45% off?": the peakiest load capacity sized for peak still pays on
        from pricing.provisioned import max_peak_to_average

        out.max_par = max_peak_to_average(f.discount)
    if f.load_profile:
        # "100k TPM for 8 hours, 60k for another 8h, 20k overnight": the cost-minimising commitment level.
        from pricing.commitment import CommitmentRequest, optimal_commitment

        hourly = tuple(load for load, hours in f.load_profile for _ in range(int(hours)))
        priced = {"on_demand_price_per_unit_hour": f.load_unit_price} if f.load_unit_price is not None else {}
        out.commitment = optimal_commitment(CommitmentRequest(hourly_load=hourly, discount=f.discount, **priced))
        if f.load_unit_price is not None and out.commitment.hours == 24:
            # "$10 per unit-hour on-demand ... the monthly bill vs all on-demand?": the day's dollars over a month
            from pricing.units import month_from_day

            plan = out.commitment
            out.commitment_month = (month_from_day(plan.cost), month_from_day(plan.all_on_demand_cost),
                                    month_from_day(plan.all_on_demand_cost - plan.cost))
    if not utilizations and f.on_demand_spend is not None and f.units is None and f.provisioned_spend is None:
        sized = _sized_for(ask.text)
        if sized is not None:
            # "sized for double today's volume ... what if their volume actually doubles?": capacity worth k × today's
            # spend at full use, today's traffic filling 1 ÷ k of it (and the grown traffic g ÷ k)
            k, grown = sized
            out.sized_for = (k, f.on_demand_spend * k)
            utilizations = [1 / k] + ([min(grown / k, Decimal(1))] if grown is not None else [])
    out.comparisons = [
        compare_at_utilization(UtilizationRequest(discount=f.discount, utilization=u)) for u in utilizations
    ]
    _effective_rates(f, out)
    if f.peak_to_average is not None:
        out.peak = size_for_peak(PeakSizingRequest(peak_to_average=f.peak_to_average, discount=f.discount))
    if (not utilizations and out.peak is None and out.capacity is None and out.commitment is None
            and out.units_for_load is None and out.capacity_for_load is None
            and out.saving_target is None and out.max_par is None and out.commitment_use is None):
        # "they want to size for peak": the peak-to-average ratio sets the utilization, so ask for that.
        # A spiky load runs at 1 ÷ its peak-to-average ratio when sized for its peaks: the ratio is the question.
        out.missing += missing("peak_to_average" if {"size_for_peak", "variable"} & set(f.traits) else "utilization")
    stated_spend = f.on_demand_spend if out.sized_for is None else out.sized_for[1]
    if (stated_spend is None and f.provisioned_spend is not None and f.spend_period is not None and f.units is None
            and f.unit_hour_price is None and out.bill_vs_spend is None and utilizations):
        # "they'd commit $30,000/month, priced 35% under on-demand, will use half": the commitment buys capacity worth
        # commitment ÷ (1 − d) on-demand at full use, and what they use is a share of that
        from pricing.provisioned import capacity_bought

        stated_spend = capacity_bought(f.provisioned_spend, f.discount)
        out.capacity_bought = (f.provisioned_spend, stated_spend)
    full = stated_spend is not None and (out.capacity_bought is not None or out.sized_for is not None
                                         or deal_terms.asked(deal_terms.FULL_CAPACITY_ON_DEMAND, ask.text))
    if full:
        # "on-demand for the full committed capacity would be $50k a month ... they only use 55%": the on-demand cost
        # of the tokens used is that share of it, and that is what the commitment is set against.
        out.full_capacity_on_demand = stated_spend

    def on_demand_at(c: UtilizationComparison) -> Decimal:
        from pricing.provisioned import on_demand_of_use

        assert stated_spend is not None
        return on_demand_of_use(stated_spend, c.utilization) if full else stated_spend

    for d in f.compare_discounts[1:]:
        # "break-even for 25% and 45% off; and at 70% util?": each further discount worked out as the first one is
        comparisons = [compare_at_utilization(UtilizationRequest(discount=d, utilization=u)) for u in utilizations]
        peak = (size_for_peak(PeakSizingRequest(peak_to_average=f.peak_to_average, discount=d))
                if f.peak_to_average is not None else None)
        out.other_discounts.append(AtDiscount(
            discount=d, break_even=break_even_utilization(d), comparisons=comparisons, peak=peak,
            bills=[bill_at_utilization(on_demand_at(c), c)
                   for c in [*comparisons, *([peak.comparison] if peak else [])]] if f.on_demand_spend else []))
    if f.other_peak_to_average is not None and out.peak is not None:
        # "PAR ~1.25 ... and if the PAR is really 1.5?": the same deal sized for the other peak
        other = size_for_peak(PeakSizingRequest(peak_to_average=f.other_peak_to_average, discount=f.discount))
        out.other_peak = (other, bill_at_utilization(on_demand_at(other.comparison), other.comparison)
                          if f.on_demand_spend is not None else None)
    if stated_spend is not None:
        # "$9,000 a month on-demand today, 35% off, 70% utilised": the new bill in the same period, and the saving.
        out.spend_period = period
        out.bills = [
            bill_at_utilization(on_demand_at(c), c)
            for c in [*out.comparisons, *([out.peak.comparison] if out.peak else [])]
        ]
        # "$20k/mo on-demand ... what do they save per year?": the same bills in each other period the ask names.
        from pricing.provisioned import bill_in_period
        from pricing.units import HOURS_PER_PERIOD

        _term_bills(ask.text, period, stated_spend if full else None, out)
        peak_bill = out.bills[-1] if out.peak else None
        # a bill stated per quarter is restated only once the calendar counts a quarter's hours
        month_hours = (f.hours_per_month if f.hours_per_month is not None else f.days_per_month * 24
                       if f.days_per_month is not None and 28 <= f.days_per_month <= 31 else None)
        out.asked_bills = [bill_in_period(b, period, name, out.peak.peak_to_average if out.peak and b is peak_bill
                                          else None, month_hours)
                           for name, rx in _BILL_PERIODS if name != period and rx.search(ask.text) for b in out.bills
                           ] if period in HOURS_PER_PERIOD else []
        if out.term is not None:
            # "over a quarter (13 weeks)": the quarter is the 13 weeks said, not 2,190 hours of the weekly rate
            spanned = out.term[0] * HOURS_PER_PERIOD.get(period, 0)
            out.asked_bills = [b for b in out.asked_bills if abs(spanned - b.hours) > b.hours / 100]
    return out


# "for 24 months", "over a quarter (13 weeks)", "a 24-month term": how many of a period the ask totals a deal over.
_SPAN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12,
               "eighteen": 18, "twenty-four": 24, "thirty-six": 36}
_SPAN_COUNT = r"\d{1,3}|" + "|".join(sorted(_SPAN_WORDS, key=len, reverse=True))
_SPAN = compile_regex(
    r"\b(?:for|over|across|during)\s(?:a\s|the\s|the next\s|the first\s|the whole\s)?(?<![\d.,])(?P<n>"
    + _SPAN_COUNT + r")[- ]?(?P<u>weeks?|months?|quarters?|years?)\b|"
    r"\((?P<n2>\d{1,3})\s(?P<u2>weeks|months|quarters|years)\)|"
    r"(?<![\d.,$])\b(?P<n3>" + _SPAN_COUNT + r")[- ](?P<u3>week|month|quarter|year)[- ](?:term|contract|"
    r"commit(?:ment)?|deal|reservation|agreement)\b", re.I)
# "has been on pay-as-you-go ", "they've been using it ": a span after these words is the past, not the one priced
_BEEN_BEFORE = compile_regex(BEEN_SO_FAR + "$", re.I)
# A span in one period counted in another: months in a quarter or a year, quarters in a year.
_SPAN_IN = {("month", "quarter"): Decimal(3), ("month", "year"): Decimal(12), ("quarter", "year"): Decimal(4)}


# "how many PTUs do I put in the proposal?", "number of units needed": the count of units is what is asked.
_UNITS_ASKED = compile_regex(r"\bhow many (?:\w+ )?(?:ptus?|units?|model units?|pt units?)\b|"
                             r"\b(?:number|count|#) of (?:\w+ )?(?:ptus|units)\b", re.I)


# "how much TPM should we commit?", "what throughput do we reserve?": the capacity to commit, in tokens a minute.
_THROUGHPUT_ASKED = compile_regex(r"\bhow much (?:\w+ ){0,2}?(?:tpm|throughput|capacity)\b|"
                                  r"\bwhat (?:tpm|throughput|capacity) (?:should|do|would|to)\b", re.I)


def _average_tokens_a_minute(f: Fields) -> Decimal | None:
    """The average load in tokens a minute from the traffic said ("~2M tokens/min", "600M tokens a day", over its active
    hours when they are said), or None."""
    per_day = f.tokens_per_day
    if per_day is None and f.input_tokens_per_day is not None:
        per_day = f.input_tokens_per_day + (f.output_tokens_per_day or Decimal(0))
    if per_day is None or per_day <= 0:
        return None
    hours = f.active_hours if f.active_hours is not None and 0 < f.active_hours <= 24 else Decimal(24)
    return per_day / (hours * 60)


def _hours_stated(f: Fields, period: str) -> Decimal:
    """A period's hours as the ask states them ("a 30-day month": 720, "a 90-day quarter": 2,160), else its own."""
    from pricing.units import hours_in

    if period == "month" and f.hours_per_month is not None:
        return f.hours_per_month
    if period == "quarter" and f.days_per_quarter is not None and 0 < f.days_per_quarter <= 92:
        return f.days_per_quarter * 24
    return hours_in(period)


def _span(text: str, period: str) -> tuple[Decimal, str, str] | None:
    """How many ``period``s the ask totals over ("for 24 months" of a monthly figure: 24; "over 2 years" of a monthly
    figure: 24), the span as the reply names it ("24 months") and the words that say it; None when none is said or it
    is a single period."""
    for m in _SPAN.finditer(text):
        if _BEEN_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "they've been on pay-as-you-go for six months": how long so far, not the span asked about
        said = (m.group("n") or m.group("n2") or m.group("n3")).lower()
        n = Decimal(_SPAN_WORDS.get(said) or said)
        unit = (m.group("u") or m.group("u2") or m.group("u3")).lower().rstrip("s")
        if unit == period:
            count = n
        elif (period, unit) in _SPAN_IN:
            count = n * _SPAN_IN[(period, unit)]
        elif (unit, period) in _SPAN_IN:
            count = n / _SPAN_IN[(unit, period)]
        else:
            continue
        if count > 1:
            return count, f"{n} {unit}{'' if n == 1 else 's'}", m.group(0)
    return None


def _term_bills(text: str, period: str, full_use: Decimal | None, out: BreakEvenAnswer) -> None:
    """Each bill totalled over the span the ask names ("for 24 months", "a quarter (13 weeks)"): the on-demand cost of
    what is used and the provisioned bill over that many periods, and with the capacity's full-use worth, that worth."""
    from pricing.provisioned import bill_at_utilization

    span = _span(text, period)
    if span is None or not out.bills:
        return
    count, named, said = span
    out.term = (count, named)
    out.term_bills = [bill_at_utilization(b.on_demand * count, b.comparison) for b in out.bills]
    out.term_full_use = full_use * count if full_use is not None else None
    out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused if u.strip() not in said]})


_MULTIPLES = {"double": Decimal(2), "twice": Decimal(2), "two times": Decimal(2), "triple": Decimal(3),
              "three times": Decimal(3), "doubles": Decimal(2), "triples": Decimal(3)}
# "provisioned sized for double today's volume", "PT sized for 3x current traffic": capacity bought for a multiple of
# today's traffic; "what if their volume actually doubles?": the traffic grown to a multiple.
_SIZED_FOR = compile_regex(
    r"\b(?:sized|sizing|size|bought|buy|buying|reserved|reserve|provisioned) (?:it |capacity |them )?(?:for|at|to) "
    r"(?P<k>double|twice|triple|two times|three times|(?<![\d.])\d(?:\.\d)?\s?x) (?:today'?s|their|the|current|"
    r"present|existing)(?: current)? (?:volume|usage|traffic|load|demand|tokens)\b", re.I)
_GROWN = compile_regex(
    r"\b(?:volume|usage|traffic|load|demand)s? (?:actually |really |then |eventually )?"
    r"(?:(?P<g>doubles|triples)|(?:grows?|goes) (?:to |by )?(?P<g2>(?<![\d.])\d(?:\.\d)?\s?x))\b", re.I)


def _multiple(word: str) -> Decimal:
    """ "double", "3x", "1.5 x": the multiple a word or figure says."""
    word = word.lower()
    return _MULTIPLES[word] if word in _MULTIPLES else Decimal(word.rstrip("x ").strip())


def _sized_for(text: str) -> tuple[Decimal, Decimal | None] | None:
    """The multiple of today's traffic the capacity is sized for (above 1), and the multiple the traffic is asked to
    grow to, if any."""
    m = _SIZED_FOR.search(text)
    if m is None:
        return None
    k = _multiple(m.group("k"))
    if k <= 1:
        return None
    g = _GROWN.search(text)
    return k, (_multiple(g.group("g") or g.group("g2")) if g else None)


def _effective_rates(f: Fields, out: BreakEvenAnswer) -> None:
    """"blended on-demand rate $8/M, 35% below, at 80% and at 50%": what a token actually used costs per 1M at each
    utilization, when one on-demand rate and nothing else to price (no spend, units or volumes) is stated."""
    rate = (f.on_demand_rate or f.blended_rate or (f.input_rate if f.input_rate == f.output_rate else None)
            or (f.rate if f.input_rate is None and f.output_rate is None else None))
    if (rate is None or not out.comparisons or f.on_demand_spend is not None or f.provisioned_spend is not None
            or f.units is not None or f.unit_hour_price is not None or f.tokens_per_minute_per_unit is not None
            or f.capacity_tokens_per_day is not None or f.tokens_per_day is not None):
        return
    from pricing.provisioned import effective_rate

    out.effective_rate = rate
    out.effective_rates = [(c.utilization, effective_rate(rate, c)) for c in out.comparisons]


def _bill_against_tokens(ask: Ask, rate_cards: RateCards, out: BreakEvenAnswer, utilizations: list[Decimal]) -> None:
    """A commitment priced in dollars against the on-demand cost of tokens: "$3,600/month flat for capacity good for
    3.2B tokens/month" (the capacity at full use: break-even, discount, and the traffic's share of it), or "a flat
    $45,000 a month for capacity that covers their 600M tokens a day" (the traffic alone: the saving)."""
    from bot.answer.break_even import CapacityValue
    from pricing.per_token import blended_rate, tokens_at_rate
    from pricing.provisioned import bill_against_spend
    from pricing.units import per_period

    f = ask.fields
    assert f.provisioned_spend is not None and f.spend_period is not None
    mix = None
    rate = f.blended_rate
    if rate is None and f.input_rate is not None and f.output_rate is not None and f.input_rate == f.output_rate:
        rate = f.input_rate
    traffic_day = f.tokens_per_day
    if rate is None:
        rates = _rates_or_missing(ask, rate_cards, out)
        share = f.input_share
        if share is None and f.input_tokens_per_day is not None and f.output_tokens_per_day is not None:
            from pricing.provisioned import input_share_of

            share = input_share_of(f.input_tokens_per_day, f.output_tokens_per_day)
            traffic_day = f.input_tokens_per_day + f.output_tokens_per_day
        if rates is None:
            return
        if share is None:
            out.missing += missing("input_share")
            return
        blended = blended_rate(rates, share, 1 - share)
        if blended is None:
            return
        mix, rate = (rates, blended.input_share, blended.output_share), blended.rate
    elif traffic_day is None and f.input_tokens_per_day is not None and f.output_tokens_per_day is not None:
        traffic_day = f.input_tokens_per_day + f.output_tokens_per_day
    period = f.spend_period
    traffic = tokens_at_rate(per_period(traffic_day, "day", period), rate) if traffic_day is not None else None
    if f.capacity_tokens_per_day is None:
        assert traffic is not None
        out.capacity_value = CapacityValue(period=period, rate=rate, mix=mix, full=None, traffic=traffic)
        out.bill_vs_spend = bill_against_spend(f.provisioned_spend, traffic.cost)
        return
    full = tokens_at_rate(per_period(f.capacity_tokens_per_day, "day", period), rate)
    load = (traffic_day / f.capacity_tokens_per_day if traffic_day is not None
            else utilizations[0] if len(utilizations) == 1 else None)
    if load is not None and not 0 < load <= 1:
        load = None  # more traffic than the capacity serves: the break-even alone is set against the capacity
    out.capacity_value = CapacityValue(period=period, rate=rate, mix=mix, full=full,
                                       traffic=traffic if load is not None and traffic_day is not None else None)
    out.bill_vs_spend = bill_against_spend(f.provisioned_spend, full.cost, at_full_use=True, load=load)


def _bills_in_periods(text: str, bill: BillAtUtilization, period: str,
                      peak: PeakSizing | None) -> list[BillInPeriod]:
    """A new provisioned bill restated over each other period the ask names ("... what's the annual saving?")."""
    from pricing.provisioned import bill_in_period
    from pricing.units import HOURS_PER_PERIOD

    if period not in HOURS_PER_PERIOD:
        return []
    return [bill_in_period(bill, period, name, peak.peak_to_average if peak else None)
            for name, rx in _BILL_PERIODS if name != period and rx.search(text)]


def _peak_unknown(f: Fields) -> bool:
    """A load that swings, or is to be covered at its peak, with no peak-to-average ratio to size it by."""
    return f.peak_to_average is None and bool({"variable", "size_for_peak"} & set(f.traits))


def _asked(question: re.Pattern[str], ask: Ask) -> bool:
    """The ask's words hold ``question`` as typed or as the parser reads them ("what discount ... to brek even")."""
    return question.search(ask.text) is not None or question.search(read_words(ask.text)) is not None


# "what discount would we have to negotiate", "how deep does the discount need to be": the discount is what is asked.
_DISCOUNT_ASKED = compile_regex(
    r"\b(?:what|which|how (?:big|deep|much|large)(?: of)?(?: an?)?)\s(?:\w+\s){0,2}?discount\b"
    r"(?!\s(?:is|are|was|of)\b)", re.I)
# "what's the smallest discount that gets them to break even", "the discount needed to break even": 1 − utilization
_BREAK_EVEN_DISCOUNT_ASKED = compile_regex(
    r"\b(?:what|which|smallest|minimum|min|lowest|least|how (?:much|big|deep|large))\b[^.?!;]{0,40}?\bdiscount\b"
    r"[^.?!;]{0,60}?\bbreak(?:s|ing)?[- ]?even\b|\bbreak[- ]?even discount\b|"
    r"\bdiscount\b[^.?!;]{0,20}?\b(?:needed|required|necessary)\b[^.?!;]{0,20}?\bbreak(?:s|ing)?[- ]?even\b|"
    # "what discount do we need just to match on-demand", "the minimum discount ... before it stops being a loss":
    # breaking even said another way
    r"\b(?:what|which|smallest|minimum|min|lowest|least|how (?:much|big|deep|large))\b[^.?!;]{0,40}?\bdiscount\b"
    r"[^.?!;]{0,40}?\b(?:match|matches|matching|equal|equals|tie|ties)\s(?:with\s)?(?:on[- ]demand|payg|od)\b|"
    r"\b(?:what|which|smallest|minimum|min|lowest|least|how (?:much|big|deep|large))\b[^.?!;]{0,40}?\bdiscount\b"
    r"[^.?!;]{0,80}?\b(?:stops? being a loss|(?:is|isn't|is not) (?:a )?loss|stops? losing|(?:doesn't|does not|don't|"
    r"won't|not) lose|pays? (?:off|for itself)|"
    # ("what discount would they need to not be underwater", "... so they're not losing money")
    r"(?:not|never|stop being|no longer|aren't|isn't|wouldn't be|won't be) (?:be )?(?:underwater|under water|"
    r"upside[- ]down|in the red|losing money|out of pocket)|(?:come|comes|coming) out (?:ahead|even|square)|"
    r"keeps? (?:them|it|us|the (?:customer|buyer|client)) (?:from (?:losing money|being underwater|going underwater)|"
    r"(?:above|out of the) water))|"
    # "how much off on-demand do we need just to breakeven?": the discount said as what comes off
    r"\bhow (?:much|far) (?:off|below|under|cheaper)\b[^.?!;]{0,60}?\bbreak(?:s|ing)?[- ]?even\b|"
    # "their tier breaks even at 55% utilisation. What discount would that correspond to?": the break-even first,
    # then the discount it stands for asked of it in the next sentence
    r"\bbreak(?:s|ing)?[- ]?even at\b[^?!;\n]{0,60}?\b(?:what|which)\b[^.?!;]{0,20}?\bdiscount\b[^.?!;]{0,30}?"
    r"\b(?:correspond|corresponds|equate|equates|translate|translates|mean|means|imply|implies|implied)\b", re.I)
# "does 25% off really break even at 75%?", "so they'd save $2k, right?": the rep asks to confirm a figure.
_CHECK_ASKED = compile_regex(
    # ("per million tokens actually used" says which tokens, not that a figure is to be confirmed)
    r"\b(?:really|actually)\b(?<!tokens actually)(?<!what they actually)(?<!what they'd actually)|"
    r"\b(?:right|correct|true|yeah|yes|no)\s?\?|\bis (?:it|that|this) (?:true|right|correct)\b|"
    r"\bam i (?:right|wrong|correct)\b|\bdoes (?:that|this|it) (?:hold|check out|add up|stack up)\b|"
    r"\b(?:sanity|double)[- ]?check\b|\bconfirm\b|\bcorrect me if\b|\bisn'?t it\b|"
    r"\bcan (?:we|i) (?:say|claim|tell them)\b|\bor not\b|"
    # "did it pay off?", "will the reservation save them anything?": whether it comes out cheaper, asked outright
    r"\b(?:did|does|do|will|would) (?:it|this|that|we|they|the (?:commitment|reservation|deal|pt|ptus?)) "
    r"(?:actually |really |even )?(?:pay (?:off|for itself)|save|come out (?:ahead|cheaper)|beat on[- ]demand)\b|"
    # "are they above break-even?", "is the commitment under break-even at that load?"
    r"\b(?:are|is|were|was) (?:they|we|you|it|that|this|the (?:commitment|reservation|deal|customer|account)) "
    r"(?:still |actually |really |even )?(?:above|over|below|under|past|beyond) (?:the )?break[- ]?even\b", re.I)
# "did we lose money vs on-demand?", "are we underwater on the PTUs?": asked whether provisioned costs more.
_LOSS_ASKED = compile_regex(
    r"\b(?:lose|loses|losing|lost|lossing|wast(?:e|es|ed|ing)|burn(?:ed|ing|t)?) (?:any |real |some )?(?:money|cash)\b|"
    r"\bunder ?water\b|\bin the red\b|\b(?:below|under) (?:the )?break[- ]?even\b|"
    r"\bover-?pa(?:y|ying|id|ys)\b|\bmoney[- ]losing\b|"
    # (not "what utilisation before it stops costing them more than on-demand?": the break-even asked)
    r"(?<!stops )(?<!stop )(?<!stopped )(?<!stopping )(?<!no longer )"
    r"\b(?:cost|costs|costing|costed|pay|paying|paid) (?:us |them |you |the customer )?more than "
    r"(?:(?:just |simply )?(?:staying |going |being |paying )?(?:on[- ]demand|od|payg|pay[- ]as[- ]you[- ]go))\b", re.I)
_BREAK_EVEN_CLAIM = compile_regex(
    # (not "where does this break even, and at 70% are they ahead?": a new clause asks of another figure)
    r"break(?:s|ing)?[- ]?even\b(?:(?!,\s?(?:and|but|or|so|then)\b)[^.?!;\d]){0,20}?\b(?:at|around|by|above|from|with|"
    r"near)\s(?:about |around |~)?"
    r"(?P<u>\d{1,3}(?:\.\d{1,4})?)\s?%", re.I)
_CHEAPER_CLAIM = compile_regex(
    r"\b(?:save|saves|saving) (?:them )?(?:money|something)\b|\bcheaper\b|\bpays? (?:off|for itself)\b|"
    r"\bbeats? on[- ]demand\b|\bcomes? out (?:ahead|cheaper)\b|\bbelow on[- ]demand\b|\bworth it\b|\bsave\b|"
    r"\b(?:above|over|past|beyond) (?:the )?break[- ]?even\b", re.I)


# "at 45%, how much are they overpaying?": a utilization the question is asked at.
_AT_UTILIZATION = compile_regex(
    r"\bat (?:about |around |~)?(?<![\d.])(?P<u>\d{1,3}(?:\.\d{1,2})?)\s?%(?!\s?(?:off|discount))", re.I)


def _utilization_asked(text: str, comparisons: list[UtilizationComparison]) -> int:
    """Which of several utilizations a loss question is asked at ("was 90%, now runs at 45%. At 45%, are they
    overpaying?": the one said last with "at"); the first when it names none or there is only one."""
    if len(comparisons) < 2:
        return 0
    said = [Decimal(m.group("u")) / 100 for m in _AT_UTILIZATION.finditer(text)]
    at = [i for u in said for i, c in enumerate(comparisons) if c.utilization == u]
    return at[-1] if at else 0


def _checked_break_even(ask: Ask, rate_cards: RateCards) -> BreakEvenAnswer:
    """The break-even answer, with the rep's own figure checked when the ask asks to confirm one."""
    out = _break_even(ask, rate_cards)
    loss = _LOSS_ASKED.search(ask.text)
    if not loss and not _CHECK_ASKED.search(ask.text):
        return out
    from bot.answer.break_even import Check

    claim = _BREAK_EVEN_CLAIM.search(ask.text)
    which = _utilization_asked(ask.text, out.comparisons) if loss else 0
    comparison = out.comparisons[which] if out.comparisons else out.peak.comparison if out.peak else None
    saving = (out.bills[which].saving if len(out.bills) > which else out.bills[0].saving if out.bills else
              out.units_vs_spend.difference if out.units_vs_spend is not None else None)
    claimed = None if claim is None else Decimal(claim.group("u")) / 100
    if any(u == claimed for u, _ in out.needed_discounts):
        return out  # "the other vendor's breaks even at 55%: what discount is that?" claims nothing of this offer
    if claimed is not None and out.break_even is not None:
        out.check = Check(kind="break_even", claimed=claimed, actual=out.break_even, holds=claimed == out.break_even)
    elif ask.fields.claimed_saving is not None and saving is not None:
        claimed = ask.fields.claimed_saving
        out.check = Check(kind="saving", claimed=claimed, actual=saving,
                          holds=claim_holds(claimed, saving))
    elif loss and (ratio := comparison.cost_ratio if comparison is not None else
                   out.capacity.cost_ratio if out.capacity is not None else
                   out.units_vs_spend.cost_ratio if out.units_vs_spend is not None else None) is not None:
        # "4 units at $15/unit-hour ... did we lose money?": the units' bill against on-demand for what they serve
        # ("did the reservation pay off or are we underwater?": asked both ways, answered with the outcome)
        out.check = Check(kind="loss", claimed=None, actual=ratio, holds=ratio > 1,
                          either=_CHEAPER_CLAIM.search(ask.text) is not None,
                          from_bills=comparison is None and out.capacity is None)
    elif _CHEAPER_CLAIM.search(ask.text) and comparison is not None:
        out.check = Check(kind="cheaper", claimed=None, actual=comparison.cost_ratio,
                          holds=comparison.direction == "below")
    return out


# Periods other than the month the capacity form is worked in, named in the ask ("8,760 hrs/yr", "weekly", "1-yr").
_CAPACITY_PERIODS = (
    # "what's the commit per day?", "daily commit": the day's bill beside the month's
    ("day", compile_regex(r"\b(?:commit(?:ment)?|cost|bill|spend|price|pay)\w{0,3} (?:per|a|each|every|/)\s?day\b|"
                          r"\bdaily (?:commit(?:ment)?|cost|bill|spend|price)\b|\b(?:per|a) day (?:commit(?:ment)?|"
                          r"cost|bill)\b", re.I)),
    ("week", compile_regex(r"\b(?:per|a|each|every|/)\s?(?:week|wk)\b|\bweekly\b|\b168\s?(?:h|hrs?|hours)\b", re.I)),
    ("year", compile_regex(r"\b(?:per|a|each|every|/)\s?(?:year|yr)\b|\b(?:yearly|" + _ANNUAL + r"|per annum)\b|"
                           r"\b(?:1|one|12)[- ](?:yr|year|month)\b|\b8,?760\s?(?:h|hrs?|hours)\b", re.I)),
)
_ONE_YEAR = compile_regex(r"(?:1|one|12)[- ](?:yr|year|months?)", re.I)
# "over a full year", "for the whole month": a period asked for by the span it covers
_OVER_A = r"\b(?:over|for|across)\s(?:a|the|one)\s(?:full\s|whole\s|entire\s|calendar\s)?"
_BILL_PERIODS = (
    ("day", compile_regex(r"\b(?:per|a|each|every|/)\s?day\b|\bdaily\b", re.I)),
    ("week", compile_regex(r"\b(?:per|a|each|every|/)\s?(?:week|wk)\b|\bweekly\b|" + _OVER_A + r"week\b", re.I)),
    ("month", compile_regex(r"\b(?:per|a|each|every|/)\s?(?:month|mo|mth)\b|\bmonthly\b|" + _OVER_A + r"month\b",
                            re.I)),
    # "the quarterly number", "per quarter"; not "a quarter off" or "a quarter of the price" (a fraction)
    # ("one and a quarter times input": a multiple)
    ("quarter", compile_regex(r"\b(?:per|(?<!\band )a|each|every|/)\s?(?:quarter|qtr)\b(?!\s(?:off|of|less|discount|"
                              r"cheaper|below|under|more|above|times|x)\b)|\bquarterly\b", re.I)),
    # "annual cost?", "the annual view"; not "our annual review" or "the annual renewal in March" (a date's context)
    ("year", compile_regex(r"\b(?:per|a|each|every|/)\s?(?:year|yr)\b|" + _OVER_A + r"(?:year|yr)\b|"
                           r"\b(?!(?-i:Annual\s[A-Z]))"
                           r"(?:yearly|" + _ANNUAL + r"|per annum)\b(?!\s(?:review|renewal|report|conference|"
                           r"summit|planning|meeting|kick-?off|event|cycle|leave|offsite|party|audit|true-?up|general))",
                           re.I)),
)


def _longer_periods_asked(text: str) -> list[Literal["quarter", "year"]]:
    """The periods longer than a month that the ask names for a total ("monthly and annual cost?", "the quarterly
    number"), quarter before year: each is shown beside the monthly figure, worked from the 730-hour month."""
    return [name for name in _LONGER_PERIODS if _BILL_PATTERNS[name].search(text)]


def _restated(stated: str, amounts: tuple[Decimal, ...], text: str
              ) -> list[tuple[str, Decimal, Decimal, list[Decimal]]]:
    """ "$2,000/day ... and the monthly commit (730h)?": amounts stated over a day (or an hour or a week) restated over
    each longer period the ask names at the same hourly rate (a 730-hour month, a 2,190-hour quarter, an 8,760-hour
    year): (period, its hours, the stated period's hours, the amounts over it)."""
    from pricing.units import HOURS_PER_PERIOD, hours_in, per_period

    if stated not in HOURS_PER_PERIOD:
        return []
    asked = [name for name, rx in _BILL_PERIODS if rx.search(text)]
    if "month" not in asked and _MONTH_HOURS_SAID.search(text):
        asked.append("month")
    return [(name, hours_in(name), hours_in(stated), [per_period(a, stated, name) for a in amounts])
            for name in HOURS_PER_PERIOD if name in asked and hours_in(name) > hours_in(stated)]


# "on the 730h convention", "(730 hours)": the month asked for by its hours
_MONTH_HOURS_SAID = compile_regex(r"\b730\s?-?(?:h|hrs?|hours?)\b", re.I)
_LONGER_PERIODS: tuple[Literal["quarter", "year"], ...] = ("quarter", "year")
_BILL_PATTERNS = dict(_BILL_PERIODS)


def _capacity(ask: Ask, rate_cards: RateCards, out: BreakEvenAnswer) -> None:
    """The capacity form: units × $/unit-hour × 730 h against the on-demand cost of the tokens they serve."""
    from pricing import CapacityRequest, compare_capacity
    from pricing.provisioned import input_share_of

    f = ask.fields
    for key, value in (("units", f.units), ("unit_hour_price", f.unit_hour_price),
                       ("tokens_per_minute_per_unit", f.tokens_per_minute_per_unit)):
        if value is None:
            out.missing += missing(key)
    share = f.input_share
    if share is None and f.blended_rate is not None:
        share = Decimal(1)  # one rate for input and output: every served token is priced at it
    if share is None and f.input_tokens_per_call is not None and f.output_tokens_per_call is not None:
        share = input_share_of(f.input_tokens_per_call, f.output_tokens_per_call)
        out.share_from_call = True
    if share is None:
        out.missing += missing("input_share")
    rates = _rates_or_missing(ask, rate_cards, out)
    if (rates is None or share is None or f.units is None or f.unit_hour_price is None
            or f.tokens_per_minute_per_unit is None):
        return
    utilization = f.utilization[0] if f.utilization else None
    traffic = f.tokens_per_day if f.tokens_per_day is not None else (
        f.input_tokens_per_day + f.output_tokens_per_day
        if f.input_tokens_per_day is not None and f.output_tokens_per_day is not None else None)
    if utilization is None and traffic is not None and f.blended_rate is not None:
        # "60M tokens a day ... covers up to 100M tokens a day": the share of the capacity their traffic fills
        from pricing.provisioned import capacity_per_day, traffic_utilization

        filled = traffic_utilization(traffic, f.units, f.tokens_per_minute_per_unit)
        if 0 < filled <= 1:
            utilization = filled
            out.traffic_fill = (traffic, capacity_per_day(f.units, f.tokens_per_minute_per_unit))
    out.utilization_assumed = utilization is None
    out.input_share = share
    out.capacity = compare_capacity(CapacityRequest(
        rates=rates, units=f.units, price_per_unit_hour=f.unit_hour_price,
        tokens_per_minute_per_unit=f.tokens_per_minute_per_unit, input_share=share,
        utilization=utilization if utilization is not None else Decimal(1), hours=_hours_stated(f, "month"),
    ))
    # "8 units ... 8,760 hrs/yr ... annual PT cost?": the same capacity over each other period the ask names.
    from pricing.units import hours_in

    out.capacity_periods = [
        (name, compare_capacity(CapacityRequest(
            rates=rates, units=f.units, price_per_unit_hour=f.unit_hour_price,
            tokens_per_minute_per_unit=f.tokens_per_minute_per_unit, input_share=share,
            utilization=out.capacity.utilization, hours=hours_in(name))))
        for name, rx in _CAPACITY_PERIODS if rx.search(ask.text)]


# ("no explicit cache API", "without explicit caching": the automatic kind, said by what it is not)
_EXPLICIT_CACHE = compile_regex(r"(?<!\bno )(?<!\bnot )(?<!\bwithout )(?<!\bwithout an )(?<!\bwithout any )"
                                r"\bexplicit (?:context )?cach|\bcontext cach(?:e|ing)\b|\bcachedcontent", re.I)
_BREAK_EVEN_HIT = compile_regex(
    r"break[- ]?even (?:cache )?hit|(?:what|which|minimum|min\.?|lowest) (?:cache )?hit (?:rate|ratio)|"
    r"hit (?:rate|ratio)[^.?!;]{0,40}break[- ]?even|break[- ]?even[^.?!;]{0,40}hit (?:rate|ratio)|"
    # "how low can the hit rate go before caching loses money?", "below what hit rate does the cache stop paying?"
    r"how low can (?:the |our |their |a )?(?:cache )?hit (?:rate|ratio)|"
    r"hit (?:rate|ratio)[^.?!;]{0,60}?(?:los(?:es?|ing) money|stops? (?:paying|being worth)|pays? (?:for )?itself|"
    r"worth (?:it|caching)|in the red|under ?water|net negative|costs? more than it saves)|"
    r"(?:los(?:es?|ing) money|stops? paying(?: off)?|in the red|under ?water|net negative)[^.?!;]{0,40}?"
    r"hit (?:rate|ratio)", re.I)
# "how many hits per write to break even?", "hits needed to pay back one write": the break-even in hits a write.
_HITS_TO_PAY_BACK = compile_regex(
    r"\bhow many (?:cache )?(?:hits|reads|calls)\b[^.?!;]{0,50}?(?:break[- ]?even|pay (?:back|for|off)|cover|recoup|"
    r"earn back|make up for|offset)|\b(?:hits|reads) (?:per|for each|for every|a) (?:cache )?write to "
    r"(?:break[- ]?even|pay)|\b(?:break[- ]?even|payback|pay[- ]back) (?:number of |no\.? of )?hits\b|"
    r"\bhits (?:needed|required|it takes) to (?:pay (?:back|for|off)|cover|recoup|offset)", re.I)
_INPUT_CUT = compile_regex(
    r"(?:what|which|how much|by what) (?:%|per ?cent(?:age)?|pct|share|fraction|part|proportion)|"
    r"how much of the (?:input|prefix|prompt)|"
    # "how much does that cut input cost overall?": the share of the input cost a hit removes
    r"how much (?:does|would|will|can) (?:that|it|this|caching|prompt caching|the cache|an? (?:cache )?hit|each "
    r"(?:cache )?hit) (?:cut|reduce|lower|save|knock off|take off)"
    r"(?: (?:the |our |their |my )?(?:input|prompt))|"
    # "what's the cut in effective input cost", "how much does the effective input cost drop?"
    r"\b(?:cut|reduction|drop|decrease|fall) (?:in|on|of) (?:the |our |their )?(?:effective )?(?:input|prompt) "
    r"(?:cost|bill|spend|rate|price)|\bhow much (?:does|would|will|do) (?:the |our |their )?(?:effective )?"
    r"(?:input|prompt) (?:cost|bill|spend|rate|price)s? (?:drop|fall|go down|decrease|come down)\b",
    re.I)


# "how much of the total per-call bill caching knocks off, not just input", "whole bill per call": input and output.
_CALL_BILL = compile_regex(
    r"\b(?:total|whole|full|all-in|entire|overall) (?:per[- ]call |call |daily |monthly |day's |month's )?"
    r"(?:bill|cost|spend|price)\b|"
    r"\bper[- ]call (?:bill|spend|total)\b|\b(?:bill|spend) (?:per|of a|of each|for a|for each) (?:call|request)\b|"
    r"\bnot just (?:the )?input\b|\bincluding (?:the )?output\b|"
    # ("will 'cut our bill by 90%'", "the real per-call reduction": a claim about the whole bill, or a call's)
    r"\b(?:cut|cuts|reduce|reduces|slash|slashes|lower|lowers) (?:our|their|the|your|my) (?:whole |total |overall )?"
    r"bill\b|\bper[- ]call (?:reduction|saving|cut)\b", re.I)
# "the total daily bill", "the whole bill a day", "daily spend, output included": the day's bill asked, not a call's.
_DAY_BILL = compile_regex(
    r"\b(?:daily|day's|monthly|month's) (?:bill|cost|spend|total)\b|\b(?:bill|cost|spend) (?:a|per|each) day\b",
    re.I)
_COST_PER_CALL = compile_regex(
    r"\b(?:effective|net) (?:input )?(?:cost|price)\b|"
    # "cut the input bill per call", "each call's input spend", "the input cost of one request"
    r"\b(?:input )?(?:cost|bill|spend) (?:per|of a|of each|of one|a|for a|for each|on a|on each) (?:call|request)\b|"
    r"\bper[- ](?:call|request) (?:input )?(?:cost|bill|spend)\b|\b(?:each|a|one) (?:call|request)'s input\b|"
    # "per-call input drop?", "how much cheaper is a hit?", "input cost per call before and after?"
    r"\bper[- ](?:call|request) input\b|\bcheaper (?:is )?(?:a|each|one) (?:hit|cached call|call that hits)\b|"
    r"\bbefore and after\b", re.I)


def _calls_said(ask: Ask) -> Decimal | None:
    """The calls an ask counts: its calls a day or its one-off calls, else the one count whose period it left open
    ("they make 50,000 calls")."""
    f = ask.fields
    if f.calls_per_day is not None or f.calls_total is not None:
        return f.calls_per_day if f.calls_per_day is not None else f.calls_total
    open_counts = [a.values for a in ask.ambiguities if a.field == "calls_per_day"]
    if len(open_counts) == 1 and len(open_counts[0]) == 1:
        try:
            return Decimal(open_counts[0][0].replace(",", ""))
        except ArithmeticError:
            return None
    return None


# "the pricing doc says ...", "the enablement doc", "the deck": a figure quoted from a document.
_DOC_QUOTED = compile_regex(
    r"\b(?:pricing|enablement|sales|field|source|internal|training)? ?(?:doc|docs|document|guide|deck|playbook|"
    r"one-pager|wiki)\b[^.?!\n]{0,25}?\b(?:says?|said|claims?|quotes?|has|shows?|states?|puts?)\b|"
    r"\bin the (?:pricing |enablement |sales |source )?(?:doc|document|guide|deck|playbook)\b", re.I)


def _source_example(ask: Ask) -> Ask | None:
    """A saving quoted from the source document's caching example ("the pricing doc says a 4k prompt at $5/M with hits
    at $0.50/M saves $0.0175 per hit"), with its call volume left out: the ask with the example's own 10,000 calls a
    day and $175 a day, so both of the document's figures are checked. None for any other ask."""
    from bot.phrases import phrases

    f = ask.fields
    example = phrases()["source_examples"]["caching"]
    if (f.calls_per_day is not None or f.claimed_hit_saving is None or not _DOC_QUOTED.search(ask.text)
            or f.prefix_tokens != Decimal(example["prefix_tokens"]) or f.input_rate != Decimal(example["input_rate"])
            or f.cache_read_rate != Decimal(example["cache_read_rate"])):
        return None
    return ask.model_copy(update={"fields": f.model_copy(update={
        "calls_per_day": Decimal(example["calls_per_day"]),
        "claimed_day_saving": f.claimed_day_saving or Decimal(example["saving_per_day"])})})


def _caching(ask: Ask, rate_cards: RateCards) -> CachingAnswer:
    """The caching answer, with the break-even hit rate and the share of input cost cut when asked for."""
    from pricing.caching_figures import hit_break_even, input_cut, multiple_of_input

    example = _source_example(ask)
    ask = example or ask
    out = _caching_figures(ask, rate_cards)
    out.source_example = example is not None
    f = ask.fields
    read, write = f.cache_read_share, f.cache_write_share
    if f.cache_write_1h_share is not None and (write is None or (f.ttl_minutes or 0) >= 60):
        write = f.cache_write_1h_share  # "1h writes at 2x input": the hour-long cache's write multiple
    rates = out.rates
    # The cache prices as multiples of the input rate: the resolved rates', else the message's own.
    read_price, write_price, input_rate = ((rates.cache_read, rates.cache_write, rates.input)
                                           if rates is not None and rates.input > 0
                                           else (f.cache_read_rate, f.cache_write_rate, f.input_rate))
    if rates is not None and rates.input > 0 and rates.cache_write_1h is not None and (
            (f.ttl_minutes or 0) >= 60 or write_price is None):
        write_price = rates.cache_write_1h  # "the 1-hour cache where writes are 2x input": the hour-long write's price
    read = read if read is not None else multiple_of_input(read_price, input_rate)
    write = write if write is not None else multiple_of_input(write_price, input_rate)
    payback_asked = _HITS_TO_PAY_BACK.search(ask.text) is not None
    out.writes_set_aside = _WRITES_SET_ASIDE.search(ask.text) is not None
    if read is not None and write is not None and (_BREAK_EVEN_HIT.search(ask.text) or payback_asked):
        out.hit_break_even = hit_break_even(read, write)
        out.hits_per_write_asked = payback_asked and out.hit_break_even is not None
    priced = out.caching or out.per_hit_only
    if f.claimed_hit_saving is not None and priced is not None:
        # "saves $0.0175 a hit and $175/day at 10k calls, right?": each claimed saving against the one worked out
        actual = priced.saving_per_hit
        out.hit_claim = (f.claimed_hit_saving, claim_holds(f.claimed_hit_saving, actual))
        if f.claimed_day_saving is not None and out.all_hits_per_day is not None:
            day = out.all_hits_per_day
            out.day_claim = (f.claimed_day_saving, claim_holds(f.claimed_day_saving, day))
    if (f.claimed_hit_saving is not None and priced is None and f.prefix_tokens is None
            and f.calls_per_day is not None):
        # "cache saves ~0.9c per call, 25k calls/day. daily + monthly?": the saving said, over the calls
        from pricing.caching_figures import stated_saving
        from pricing.periods import daily_over_period

        out.stated_saving = stated_saving(f.claimed_hit_saving, f.calls_per_day, f.hit_ratio)
        out.stated_saving_periods = [daily_over_period(out.stated_saving.per_day, name) for name, rx in _CACHING_PERIODS
                                     if name != "month" and rx.search(ask.text)]
        out.missing = []
    if f.hits_counted is not None:
        # "9,000 of 10,000 calls hit the cache": the hit rate those counts make
        from pricing.caching_figures import hit_rate_from_counts

        out.hit_rate_counted = hit_rate_from_counts(*f.hits_counted)
    if (f.prefix_tokens is None and f.cache_write_rate is not None and f.input_rate is not None
            and f.cache_write_share is None and out.write is None):
        # "why does a write cost more? base is $3/M and write is $3.75/M": the write price as a multiple of the input
        # rate and what it adds per million tokens, with no prefix to price a write on
        from pricing.caching_figures import write_rate_premium

        out.write_rate = write_rate_premium(f.cache_write_rate, f.input_rate)
    if (f.prefix_tokens is None and f.cache_read_rate is not None and f.input_rate is not None
            and f.cache_read_share is None and out.per_hit_only is None):
        # "what is a cache read? input is $3/M and cached reads are $0.30/M": the read price as a multiple of the input
        # rate and what it saves per million tokens, with no prefix to price a hit on
        from pricing.caching_figures import read_rate_saving

        out.read_rate = read_rate_saving(f.cache_read_rate, f.input_rate)
    calls_said = _calls_said(ask)
    if f.hit_ratio is not None and priced is None and calls_said is not None:
        # "if 9 in 10 calls hit and they make 50,000 calls, how many are cache writes?": the split, whatever the period
        from pricing.caching_figures import hit_counts

        out.hit_counts = hit_counts(calls_said, f.hit_ratio)
    claimed = f.claimed_cut  # "caching cuts input cost 80%+, right?": answered with the cut worked out
    if read is not None and (claimed is not None or (_INPUT_CUT.search(ask.text) and re.search(
            r"\b(?:cut|save|saves|saving|reduce|reduction|lower|knock|shave|take|off|drop|decrease|fall)", ask.text,
            re.I))):
        out.input_cut = input_cut(read, f.prefix_tokens, f.input_tokens_per_call, f.prefix_share,
                                  f.hit_ratio if calls_said is None and priced is None else None, write)
        if claimed is not None:
            out.cut_claim = (claimed, out.input_cut.cut >= claimed)
    spend, spend_period = f.input_spend, f.spend_period
    if (spend is None and f.prefix_share is not None and f.input_tokens_per_day is not None and input_rate is not None
            and f.prefix_tokens is None):
        # "steady 2,000 tok/s of input, ~80% of it is cacheable prefix, $2/M": the input spend of those tokens, a month
        from pricing.units import month_from_day, token_cost

        spend, spend_period = month_from_day(token_cost(f.input_tokens_per_day, input_rate)), "month"
        out.input_bill_tokens = (f.input_tokens_per_day, input_rate)
    if (spend is None and f.prefix_share is not None and f.on_demand_spend is not None and f.input_share is not None
            and 0 < f.input_share <= 1):
        # "the bill last month was $48,000; 70% of that is input; 60% of the input is a repeated system prompt": the
        # input's part of the bill
        spend, spend_period = f.on_demand_spend * f.input_share, f.spend_period
        out.input_bill_share = (f.on_demand_spend, f.input_share, spend)
    if spend is not None and f.prefix_share is not None and read is not None:
        # "$9,000/mo on input tokens, 70% of it a repeated prefix, reads at 10%": the input bill with caching.
        from pricing.caching_figures import input_bill_with_caching

        out.input_bill = input_bill_with_caching(spend, f.prefix_share, read,
                                                 f.hit_ratio if f.hit_ratio is not None else Decimal(1))
        out.input_bill_period = spend_period or "month"
        stated = out.input_bill_period
        from pricing.units import HOURS_PER_PERIOD, hours_in, per_period

        if stated in HOURS_PER_PERIOD:
            # "$12k a month on input ... monthly saving, and per day?": the saving over each other period asked, at
            # the same hourly rate
            out.input_bill_periods = [(name, hours_in(name), hours_in(stated), hours_in(name) / hours_in(stated),
                                       per_period(out.input_bill.saving, stated, name))
                                      for name, rx in _BILL_PERIODS if name != stated and rx.search(ask.text)]
        # the bill is worked out from the spend and the shares: no prefix, volume or rates are needed for it
        out.missing = [m for m in out.missing if m.key not in ("calls_per_day", "prefix_tokens", "caching_rates")]
    if (f.prefix_tokens is not None and f.input_tokens_per_call is not None and read_price is not None
            and input_rate is not None and (claimed is not None or _COST_PER_CALL.search(ask.text)
                                            or (out.input_cut is not None and out.input_cut.prefix_share is not None))):
        # (a cut asked with the prompt's size and rates known is shown in dollars on one call too)
        # "prompt is 5k, 4k of it a fixed prefix ... effective input cost per call": a call that hits, priced.
        from pricing.caching_figures import input_cost_on_hit

        out.hit_input_cost = input_cost_on_hit(f.input_tokens_per_call, f.prefix_tokens, input_rate, read_price)
        if (out.hit_input_cost is not None and f.hit_ratio is not None and write_price is not None
                and not f.compare_hit_ratios):
            # "95% hit rate ... what's the actual cut in input cost per call?": the average call, misses writing
            from pricing.caching_figures import input_cost_at_hit_rate

            out.input_at_hit_rate = input_cost_at_hit_rate(out.hit_input_cost, f.hit_ratio, write_price)
            if claimed is not None:
                out.cut_claim = (claimed, out.input_at_hit_rate.cut >= claimed)
    if (out.hit_input_cost is None and f.prefix_tokens is not None and f.input_tokens_per_call is None
            and f.hit_ratio is not None and read_price is not None and write_price is not None
            and input_rate is not None and out.input_cut is not None and not f.compare_hit_ratios):
        # "SE says 'with 90% hits you save 90% on the prefix'", "by what % does caching cut the prefix's input cost at
        # a 95% hit rate (misses write)?": the prefix's cost on an average call, hits reading and misses writing it
        from pricing.caching_figures import input_cost_at_hit_rate, input_cost_on_hit

        prefix_hit = input_cost_on_hit(f.prefix_tokens, f.prefix_tokens, input_rate, read_price)
        if prefix_hit is not None:
            out.prefix_at_hit_rate = (prefix_hit, input_cost_at_hit_rate(prefix_hit, f.hit_ratio, write_price))
            if claimed is not None:
                out.cut_claim = (claimed, out.prefix_at_hit_rate[1].cut >= claimed)
    output_rate = rates.output if rates is not None and rates.output > 0 else f.output_rate
    if (f.prefix_tokens is not None and f.input_tokens_per_call is not None and read_price is not None
            and input_rate is not None and f.output_tokens_per_call is not None and output_rate is not None
            and (out.hit_input_cost is not None or _CALL_BILL.search(ask.text) or f.claimed_bill_cut is not None)):
        # "how much of the total per-call bill caching knocks off, not just input": the whole call, both ways
        from pricing.caching_figures import call_bill_on_hit, input_cost_on_hit

        hit = out.hit_input_cost or input_cost_on_hit(f.input_tokens_per_call, f.prefix_tokens, input_rate, read_price)
        if hit is not None:
            out.hit_input_cost = hit
            out.call_bill = call_bill_on_hit(hit, f.output_tokens_per_call, output_rate)
            if out.caching is not None and out.caching.eligible and (
                    _DAY_BILL.search(ask.text) or f.claimed_bill_cut is not None):
                # "how much of the total daily bill does caching knock off?": the day's calls, both ways
                from pricing.caching_figures import day_bill_with_caching

                out.day_bill = day_bill_with_caching(out.call_bill, out.caching)
            if f.claimed_bill_cut is not None:
                # "caching will cut our bill by 90%": the day's whole bill (or a call's, with no volume) against it
                cut = out.day_bill.cut if out.day_bill is not None else out.call_bill.cut
                out.bill_claim = (f.claimed_bill_cut, cut >= f.claimed_bill_cut)
    read_rate = read_price if read_price is not None else (
        input_rate * read if input_rate is not None and read is not None else None)
    if f.cache_lines and input_rate is not None and read_rate is not None and read_rate <= input_rate:
        _cache_lines(out, f, rates, input_rate, read_rate)
    if f.cached_tokens_per_day is not None and f.prefix_tokens is None:
        # "~0.5B cached tokens a day, 30c cached vs $3 normal": the tokens read from the cache, priced both ways; no
        # call volume or prefix is needed for it
        if input_rate is not None and read_rate is not None and read_rate <= input_rate:
            from pricing.caching_figures import cached_volume_saving

            out.cached_volume = cached_volume_saving(f.cached_tokens_per_day, input_rate, read_rate)
            spans: dict[str, Literal["week", "quarter", "year"]] = {
                "week": "week", "quarter": "quarter", "year": "year"}
            covered = spans.get(f.volume_period or "")
            if covered is not None:
                # "console export (last 7 days): ... 420M cached input tokens": the saving over the period they cover
                from pricing.periods import daily_over_period

                out.cached_volume_period = daily_over_period(out.cached_volume.per_day, covered)
            if (f.hit_ratio is not None and 0 < f.hit_ratio <= 1 and not f.cached_of_input
                    and not _VOLUME_READ.search(ask.text)):
                # "~1.2B prefix tokens/month ... hit rate 90%": the volume is the prefix sent; the hits save, the
                # misses write
                _prefix_volume(out, f, rates, input_rate, read_rate)
            if f.cached_of_input and f.input_tokens_per_day is not None:
                # "900M input tokens a month at $3/M; 600M of those are cache hits": the input bill both ways, in the
                # period the volume was said in
                from pricing.caching_figures import cached_input_bill

                periods: dict[str | None, Literal["week", "month", "quarter", "year"]] = {
                    "week": "week", "month": "month", "quarter": "quarter", "year": "year"}
                out.cached_bill = cached_input_bill(f.input_tokens_per_day, f.cached_tokens_per_day, input_rate,
                                                    read_rate, periods.get(f.volume_period, "day"))
                out.cached_volume = None if out.cached_bill is not None else out.cached_volume
            out.missing = [m for m in out.missing if m.key not in ("calls_per_day", "prefix_tokens")]
        else:
            out.missing = [m for m in out.missing if m.key not in ("calls_per_day", "prefix_tokens")]
            if not any(m.key == "caching_rates" for m in out.missing):
                out.missing += missing("caching_rates")
    if out.hit_break_even is not None or out.input_cut is not None:
        # The question is answered from the shares alone; the dollar figures still need what they need, which the
        # reply names apart (with the cache prices given as shares, that is the normal input rate).
        needed = [m for m in out.missing if m.key != "cache_read_rate"]
        # ("how much would caching knock off their input bill each day?": dollars over a period are the question, so
        # the call volume they need is asked for, not left to a note)
        kept = ([m for m in needed if m.key == "calls_per_day"] if _PERIOD_DOLLARS_ASKED.search(ask.text) else [])
        out.for_dollars = [missing("input_rate")[0] if m.key == "caching_rates" and read is not None else m
                           for m in needed if m not in kept]
        out.missing = kept
    return out


# "how much would caching knock off their bill each day?", "what's the monthly saving?": dollars over a period asked.
_PERIOD_DOLLARS_ASKED = compile_regex(
    r"\bhow much\b[^.?!\n]{0,80}?\b(?:each|per|a|every|/)\s?(?:day|week|month|quarter|year)\b|"
    r"\b(?:daily|weekly|monthly|quarterly|annual|yearly) (?:saving|savings|bill|cost|spend|dollars)\b|"
    r"\b(?:saving|savings|save) (?:per|a|each) (?:day|week|month|quarter|year)\b", re.I)
# "ignoring the cache-creation calls for now", "leave the writes out": the net asked without the writes' cost.
_WRITES_SET_ASIDE = compile_regex(
    r"\b(?:ignor\w*|leav\w* out|leaving aside|set(?:ting)? aside|exclud\w*|not counting|without counting|"
    r"disregard\w*)\b(?: (?:the|any|all|those))?(?: (?:hourly|daily|initial|one-off|upfront))?(?: (?:cache|context))?"
    r"[- ]?(?:re-?)?(?:creation|write|writing)s?"
    r"(?: (?:calls?|costs?|cost))?\b|"
    # "leave the initial cache load out of it"
    r"\bleav\w* (?:the |any )?(?:initial |first |one-off |upfront )?(?:cache |context )?(?:load|creation|write|"
    r"writes|build|fill)s? out\b", re.I)
# "300M prefix tokens a month served from cache", "500M tokens a day come out of the cache": tokens read, not sent.
_VOLUME_READ = compile_regex(
    r"\b(?:served|read|come|comes|coming|pulled|returned)(?: back)? (?:from|out of) (?:the )?cache\b|\bcache hits\b|"
    r"\bcached reads\b|\bread from cache\b", re.I)


def _write_rate(f: Fields, rates: Rates | None, input_rate: Decimal) -> tuple[Decimal, str] | None:
    """The cache-write price per 1M and where it came from: the provider's for these rates, else the message's."""
    from pricing.caching import cache_write

    ttl: Literal["5m", "1h"] = "1h" if f.ttl_minutes is not None and f.ttl_minutes >= 60 else "5m"
    if rates is not None and rates.input == input_rate:
        write = cache_write(rates, Decimal(1_000_000), ttl, f.provider, f.model)
        return write.write_rate, write.write_rate_basis
    if f.cache_write_rate is not None:
        return f.cache_write_rate, "the write price given in the message"
    return None


def _cache_lines(out: CachingAnswer, f: Fields, rates: Rates | None, input_rate: Decimal, read_rate: Decimal) -> None:
    """A bill's caching lines ("840M cache read tokens ... 12M cache write tokens ... 160M uncached"): each line at its
    price against every token at the input rate; no prefix or call volume is needed for it."""
    from pricing.caching_figures import cache_bill_lines

    lines = dict(f.cache_lines)
    written = lines.get("written", Decimal(0))
    chosen = (f.cache_write_rate, "the write price given in the message") if f.cache_write_rate is not None else (
        _write_rate(f, rates, input_rate) if written else (input_rate, ""))
    if chosen is None:
        out.missing += missing("cache_write_rate")
        return
    uncached = lines.get("uncached")
    period = f.cache_lines_period
    if uncached is None and written and f.input_tokens_per_day is not None and period in (
            "day", "week", "month", "quarter", "year"):
        # "input 412,000,000 ... cache write 18,000,000 ... cache read 1,940,000,000": a bill that lines up writes
        # apart (not OpenAI's, whose input count holds its cached tokens) bills its input line as the input sent
        # uncached over the same period
        from pricing.units import per_period

        uncached = per_period(f.input_tokens_per_day, "day", period).quantize(Decimal(1))
    out.cache_lines = cache_bill_lines(lines.get("read", Decimal(0)), written, uncached or Decimal(0),
                                       input_rate, read_rate, chosen[0])
    out.cache_lines_period, out.cache_lines_write_basis = f.cache_lines_period, chosen[1]
    if f.cache_lines_period == "day":
        # "what did caching net us yesterday ... and as a monthly run-rate": the day's net over a 730-hour month
        from pricing.periods import over_period

        out.cache_lines_month = over_period(out.cache_lines.net, "month")
    out.read_rate = out.write_rate = None  # each line shows its price against the input rate
    out.missing = [m for m in out.missing if m.key not in ("calls_per_day", "prefix_tokens")]


def _prefix_volume(out: CachingAnswer, f: Fields, rates: Rates | None, input_rate: Decimal,
                   read_rate: Decimal) -> None:
    """A volume of prefix tokens sent at a hit rate: its hits' saving net of its writes' premiums, over the period the
    volume was said in (the write price the message's, else the provider's or the stated assumption)."""
    from pricing.caching_figures import prefix_volume_net

    chosen = _write_rate(f, rates, input_rate)
    if chosen is None:
        return
    write_rate, basis = chosen
    periods: dict[str | None, Literal["week", "month", "quarter", "year"]] = {
        "week": "week", "month": "month", "quarter": "quarter", "year": "year"}
    if f.cached_tokens_per_day is None or f.hit_ratio is None:
        return
    net = prefix_volume_net(f.cached_tokens_per_day, f.hit_ratio, input_rate, read_rate, write_rate,
                            periods.get(f.volume_period, "day"))
    if net is not None:
        out.prefix_volume, out.prefix_volume_write_basis, out.cached_volume = net, basis, None


def _caching_figures(ask: Ask, rate_cards: RateCards) -> CachingAnswer:
    from bot.answer.caching import CachingAnswer
    from pricing import CachingRequest, analyse_caching
    from pricing.caching import saving_if_every_call_hits

    f = ask.fields
    out = CachingAnswer(ask=ask)
    if f.short_prefix_tokens is not None:
        # "only ~900 tokens today ... 1,500 after the change": the short one is never cached, the other is priced
        from pricing.cache_limits import cache_limit

        limit = cache_limit(f.provider, f.model)
        if f.min_prefix_tokens is not None:
            out.short_prefix = (f.short_prefix_tokens, f.min_prefix_tokens, None)
        elif limit is not None:
            out.short_prefix = (f.short_prefix_tokens, Decimal(limit.min_prefix_tokens), limit.provider)
    if f.prefix_tokens is not None and f.min_prefix_tokens is not None:
        # "our prefix is 1,800 tokens; the minimum cacheable prefix is 1,024": the stated minimum is checked
        out.stated_minimum = (f.prefix_tokens, f.min_prefix_tokens)
        if out.below_stated_minimum:
            return out
    elif f.prefix_tokens is not None and (f.provider is not None or f.model is not None):
        from pricing.cache_limits import below_minimum

        short = below_minimum(f.prefix_tokens, f.provider, f.model)
        if short is not None:
            # "900-token prefix on openai, will caching kick in?": it is not cached at all, whatever the rates.
            out.below_minimum = (f.prefix_tokens, short.min_prefix_tokens, short.provider, short.family)
            if f.calls_per_day is not None and f.input_rate is not None:
                # "900-token prefix, 1M calls a month, $2.50/M": the prefix keeps its full input cost over that month
                from pricing.units import month_from_day, token_cost

                in_month = f.volume_period == "month"
                said_calls = month_from_day(f.calls_per_day) if in_month else f.calls_per_day
                rounded_calls = said_calls.quantize(Decimal(1))
                if abs(said_calls - rounded_calls) < Decimal("1e-6"):
                    said_calls = rounded_calls
                out.uncached_prefix = (said_calls, f.input_rate,
                                       token_cost(f.prefix_tokens * said_calls, f.input_rate),
                                       "month" if in_month else "day")
            return out
        from pricing.cache_limits import cache_limit

        limit = cache_limit(f.provider, f.model)
        if limit is not None and (limit.automatic or _CACHES_AT_ALL.search(ask.text)):
            # "~1,100 tok on gpt-4o: does openai cache that automatically?": long enough, and how it gets cached.
            out.above_minimum = (f.prefix_tokens, limit.min_prefix_tokens, limit.provider, limit.automatic)
    if f.prefix_tokens is None:
        out.missing += missing("prefix_tokens")
    if f.calls_per_day is None:
        out.missing += missing("calls_per_day")
    rates = _rates_or_missing(ask, rate_cards, out, need_output=False)
    ttl: Literal["5m", "1h"] = "1h" if f.ttl_minutes is not None and f.ttl_minutes >= 60 else "5m"
    if rates is not None and f.prefix_tokens is not None and (
            (rates.cache_write if ttl == "5m" else rates.cache_write_1h) is not None or _WRITE.search(ask.text)):
        # "what does one write cost, and the premium?": priced without a read price or a volume.
        from pricing.caching import cache_write

        fixed: Literal["fixed"] | None = (
            "fixed" if _EXPLICIT_CACHE.search(ask.text) or f.cache_storage_rate is not None else None)
        out.write = cache_write(rates, f.prefix_tokens, ttl, f.provider, f.model, fixed)
        # "premium per write for each TTL?": one write at each lifetime's write price.
        out.ttl_writes = [cache_write(rates, f.prefix_tokens, "1h" if m >= 60 else "5m", f.provider, f.model, fixed)
                          for m in f.compare_ttls]
    if rates is None and f.cache_write_rate is not None and f.prefix_tokens is not None and _WRITE.search(ask.text):
        # "what does a cache write cost on a 10k prefix at $3.75/M?": the write's cost from its own price alone
        from pricing.caching import cache_write_at

        out.write = cache_write_at(f.prefix_tokens, f.cache_write_rate, "the write price given in the message", ttl)
    if out.write is not None and f.writes_per_day is not None and f.calls_per_day is None:
        # "recreated every hour, kept warm round the clock ... writes per day?": a day's writes with no calls needed
        from pricing.caching import writes_bill

        out.writes_bill = writes_bill(out.write, f.writes_per_day)
    if (rates is not None and rates.cache_read is None and out.write is not None and f.calls_per_day is not None
            and f.call_every_minutes is not None and f.ttl_minutes is not None and f.hit_ratio is None
            and f.call_every_minutes > f.ttl_minutes):
        # "a call every 10 minutes, 5-minute TTL": the entry has expired by each call, so no call reads the cache and
        # caching only adds the write premium; the read price changes nothing
        from pricing.caching import premium_bill, writes_at_steady_pace

        out.steady_writes = writes_at_steady_pace(f.calls_per_day, f.call_every_minutes, f.ttl_minutes)
        out.premium_bill = premium_bill(out.write, out.steady_writes.writes_per_day)
        return out
    if rates is not None and rates.cache_read is None:
        out.missing += missing("cache_read_rate")
        return out
    if rates is None or f.prefix_tokens is None:
        out.storage_bill = _storage_bill(ask)
        if out.storage_bill is not None and out.storage_bill.days is not None:
            # "per 30-day month": the month's days price the storage
            out.ask = ask.model_copy(update={"unused": [u for u in ask.unused if not _DAYS_SAID.fullmatch(u.strip())]})
        if (f.calls_per_day is not None and f.call_every_minutes is not None and f.ttl_minutes is not None
                and f.hit_ratio is None and f.writes_per_day is None):
            # "calls come exactly every 8 minutes, 5-minute TTL: what hit rate?": the gap against the TTL decides
            from pricing.caching import writes_at_steady_pace

            out.steady_writes = writes_at_steady_pace(f.calls_per_day, f.call_every_minutes, f.ttl_minutes)
        elif (f.calls_per_day is not None and f.hit_ratio is None and f.writes_per_day is None
              and _WRITE.search(ask.text)):
            # "calls arrive random ~12/hr over 8 active hrs; how many cache writes a day?": needs no prices.
            from pricing.caching import writes_at_random

            out.writes_only = writes_at_random(f.calls_per_day, f.ttl_minutes or Decimal(5),
                                               f.active_hours if f.active_hours is not None else Decimal(24))
            out.writes_over_calls = _writes_over_calls(ask.text, out.writes_only.calls_per_day,
                                                       out.writes_only.writes_per_day)
        return out
    writes_billed = _WRITES_LEFT_OUT.search(ask.text) is None
    lifetime: Literal["fixed"] | None = (
        "fixed" if _EXPLICIT_CACHE.search(ask.text) or f.cache_storage_rate is not None else None)
    # "ignore writes. monthly savings?": with no hit rate or writes said, writes left out means every call is a hit
    every_call_hits = not writes_billed and lifetime is None and f.hit_ratio is None and f.writes_per_day is None
    ttl_minutes = f.ttl_minutes
    if (ttl_minutes is None and lifetime == "fixed" and f.writes_per_day and f.active_hours is not None
            and f.call_every_minutes is None):
        # "cache the bundle for a ten-hour working day, created once each morning": with no lifetime said, each
        # creation lasts until the next one over the active hours
        ttl_minutes = f.active_hours * 60 / f.writes_per_day
    request = CachingRequest(
        rates=rates, prefix_tokens=f.prefix_tokens, calls_per_day=f.calls_per_day or Decimal(0),
        hit_ratio=Decimal(1) if every_call_hits else f.hit_ratio,
        writes_per_day=f.writes_per_day, provider=f.provider, model=f.model, ttl=ttl,
        min_prefix_tokens=f.min_prefix_tokens,
        ttl_minutes=ttl_minutes, ttl_said=ttl_minutes == f.ttl_minutes,
        active_hours_per_day=f.active_hours if f.active_hours is not None else Decimal(24),
        # "gemini explicit cache ... storage $4.50 per MTok per hr": an explicit cache lives its TTL and pays storage
        # a storage price per token-hour is only billed for a cache that lives a fixed lifetime
        lifetime=lifetime,
        writes_billed=writes_billed,
        call_every_minutes=f.call_every_minutes,
        # "first call in each hour creates the cache", "creation billed at the normal input rate": a call creates it
        # but "all 5,000 calls a day read from the cache": the creations are made apart from the calls
        created_by_a_call=(_CALL_CREATES.search(ask.text) is not None or (
            f.cache_write_rate is not None and f.cache_write_rate == f.input_rate))
        and _EVERY_CALL_READS.search(ask.text) is None,
    )
    try:
        result = analyse_caching(request)
    except MissingRateError as exc:
        if exc.rate != "cache_storage":
            raise
        out.missing += missing("cache_storage_rate")
        if f.calls_per_day is not None:
            return out
        # the saving per hit needs no storage price: shown while the price and the volume are asked
        result = analyse_caching(request.model_copy(update={"lifetime": None}))
        out.storage_unpriced = True
    if f.calls_are_hits and result.writes_basis == "fixed_windows" and result.created_by_a_call and result.eligible:
        # "600 cache hits a day" on a cache a call creates once an hour: the calls are the hits and the creations
        request = request.model_copy(update={"calls_per_day": request.calls_per_day + result.writes_per_day})
        result = analyse_caching(request)
    if f.calls_per_day is None and not result.eligible:
        # Below the provider's minimum cacheable prefix: said plainly; the volume changes nothing, so not asked for.
        out.missing = [m for m in out.missing if m.key != "calls_per_day"]
        out.request, out.caching = request, result
        return out
    # two write counts or hit rates read: the net waits for the answer, never falls back on the arrival model's writes
    writes_unsettled = any(a.field in ("writes_per_day", "hit_ratio") for a in ask.ambiguities)
    if f.calls_per_day is None or writes_unsettled:  # per-hit figures need no volume: show them and ask for the rest
        from pricing.caching import hits_after_each_write, net_after_hits
        from pricing.caching_figures import storage_cover

        out.per_hit_only = result
        _per_n_calls(out, ask, request, writes_unsettled)
        if f.hit_ratio is not None and 0 < f.hit_ratio < 1:
            # "net for one write + 9 hits?" (read as a 90% hit rate): the hits each write is followed by
            out.hits_after_write = hits_after_each_write(f.hit_ratio)
        out.first_hit_net = net_after_hits(result.saving_per_hit, result.write_extra_cost, out.hits_after_write)
        out.hits_after_write_saving = net_after_hits(result.saving_per_hit, Decimal(0), out.hits_after_write)
        # "how many calls an hour to cover its storage?"; "... and over a 22-business-day month?": over those days
        span = _days_span(ask.text)
        days = span if span is not None else f.days_per_month if f.active_hours is not None else None
        out.storage = storage_cover(result, days)
        return out
    out.request, out.caching = request, result
    if result.writes_basis == "poisson":
        out.writes_over_calls = _writes_over_calls(ask.text, result.calls_per_day, result.writes_per_day)
    out.all_hits_per_day = saving_if_every_call_hits(result)
    if f.what_if_prefix is not None and f.what_if_prefix != f.prefix_tokens:
        # "what if the prefix grows to 7k?": the same deal at the new prefix, beside the base
        out.what_if_prefix = analyse_caching(request.model_copy(update={"prefix_tokens": f.what_if_prefix}))
        out.what_if_prefix_all_hits = saving_if_every_call_hits(out.what_if_prefix)
        from pricing.units import month_from_day

        # "monthly uplift vs today?": the new layout's saving and what it adds, a day and a 730-hour month
        out.what_if_prefix_all_hits_month = month_from_day(out.what_if_prefix_all_hits)
        out.what_if_prefix_gain = out.what_if_prefix_all_hits - out.all_hits_per_day
        out.what_if_prefix_gain_month = month_from_day(out.what_if_prefix_gain)
    if f.volume_factor is not None and f.volume_factor > 0 and f.volume_factor != 1:
        # "what if hits double?": the same deal at the calls × the factor (the writes said stay as said)
        out.volume_factor = f.volume_factor
        out.what_if_calls = analyse_caching(request.model_copy(
            update={"calls_per_day": request.calls_per_day * f.volume_factor}))
        out.what_if_calls_all_hits = saving_if_every_call_hits(out.what_if_calls)
    for read in f.compare_read_rates if len(f.compare_read_rates) >= 2 else ():
        # "one discounts cached input by 90%, the other by 50%: saving for each?": the same deal at each read price
        option = analyse_caching(request.model_copy(update={"rates": request.rates.model_copy(
            update={"cache_read": read})}))
        out.read_rate_options.append((option, saving_if_every_call_hits(option)))
    for label, provider, input_rate, read, write in f.cache_options:
        # "A) Anthropic: read $0.50, write $6.25 / B) OpenAI: cached $2.50, no write premium": each provider's prices
        # on the same prefix, calls and hits (a write left unsaid follows that provider's own convention)
        option_rates = request.rates.model_copy(update={"input": input_rate, "cache_read": read, "cache_write": write})
        out.cache_options.append((label, analyse_caching(request.model_copy(
            update={"rates": option_rates, "provider": provider}))))
    for hit_ratio in f.compare_hit_ratios[1:] if f.hit_ratio is not None and not f.ttl_hit_ratios else ():
        # "monthly net at 99% vs 95%": the same calls and prefix at each further hit rate
        out.other_hit_ratios.append(analyse_caching(request.model_copy(update={"hit_ratio": hit_ratio})))
    if out.what_if_calls is not None and f.volume_factor is not None and len(out.other_hit_ratios) == 1:
        # "what if volume doubles and hit rate goes to 95%?": the two changes together, beside each alone
        out.what_if_both = analyse_caching(request.model_copy(update={
            "calls_per_day": request.calls_per_day * f.volume_factor, "hit_ratio": out.other_hit_ratios[0].hit_ratio}))
    if result.eligible:
        # "weekly net?", "monthly net?": the hits, the writes and the net over the period asked for.
        from pricing.caching_figures import caching_over

        # "350k calls/mo", "Q2 usage: 900000 calls": the figures over the period the volume was stated for too
        # "5 days a week ... weekly saving?": a week of the days the traffic runs
        week = f.active_days if f.active_days is not None and 0 < f.active_days < 7 else None
        out.asked_periods = [caching_over(result, name, week) for name, rx in _CACHING_PERIODS
                             if rx.search(ask.text) or name == f.volume_period]
        out.week_days = week if out.asked_periods else None
        term = _term(ask.text)
        if term is not None and week is None:
            # "what do they save over 6 months?", "over the 3-year term": the month's net times the months
            from pricing.caching_figures import caching_over_months

            out.term = caching_over_months(result, term[0])
            out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused if u not in term[1]]})
        if f.input_tokens_per_call is not None and _WITH_WITHOUT.search(ask.text):
            # "5k static instructions + 500 tok user msg ... daily input spend with vs without caching?"
            from pricing.caching_figures import input_spend_per_day

            prompt, rest = f.input_tokens_per_call, None
            if prompt < f.prefix_tokens:
                # "a 6k fixed prefix, then about 500 tokens of user question": a prompt can't be shorter than its
                # prefix, so the tokens said are the ones after it
                prompt, rest = f.prefix_tokens + prompt, prompt
            # "the daily bill without caching versus with it": with the output priced, the whole bill both ways
            whole = f.output_tokens_per_call is not None and not _INPUT_ONLY.search(ask.text)
            out.input_spend = input_spend_per_day(
                result, prompt, f.output_tokens_per_call if whole else None,
                rates.output if whole and rates.output > 0 else None, rest)
        if out.input_spend is None and _WITH_WITHOUT.search(ask.text):
            # "the prefix's input cost per day without caching vs with, and the difference?": the prefix both ways
            from pricing.caching_figures import prefix_bill
            from pricing.periods import daily_over_period

            out.prefix_bill = prefix_bill(result)
            days = out.week_days
            out.prefix_bill_periods = [
                (daily_over_period(out.prefix_bill.without_caching, p.period, days_a_week=days),
                 daily_over_period(out.prefix_bill.with_caching, p.period, days_a_week=days))
                for p in out.asked_periods]
        month_days = f.days_per_month if f.days_per_month is not None else _month_of_days_asked(out)
        if month_days is not None and 0 < month_days <= 31:
            # "150 requests a minute in business hours, 22 business days a month": the net over those days
            from pricing.periods import daily_over_days

            out.month_of_days = daily_over_days(result.net_saving_per_day, month_days)
            # "gross saving from hits, total write premium, and the net for the month?": each part over those days
            out.month_of_days_parts = (daily_over_days(result.gross_saving_per_day, month_days),
                                       daily_over_days(result.write_cost_per_day, month_days))
            out.month_of_days_counts = (daily_over_days(result.hits_per_day, month_days),
                                        daily_over_days(result.writes_per_day, month_days))
            if result.storage_per_day:
                out.month_of_days_storage = daily_over_days(result.storage_per_day, month_days)
            if _CACHING_PERIODS[3][1].search(ask.text):
                # "22 business days a month ... annual saving (12 months)?": twelve of those months
                from pricing.periods import daily_over_year_of_month_days

                out.year_of_days = daily_over_year_of_month_days(result.net_saving_per_day, month_days)
                out.ask = out.ask.model_copy(update={"unused": [
                    u for u in out.ask.unused if not re.fullmatch(r"(?:12|twelve)[- ]months?", u.strip())]})
        if f.days_per_quarter is not None and 0 < f.days_per_quarter <= 92:
            # "quarterly estimate (90-day quarter)": the net over the quarter's days as stated, in place of the quarter
            # of three 730-hour months
            from pricing.periods import daily_over_quarter_days

            out.quarter_of_days = daily_over_quarter_days(result.net_saving_per_day, f.days_per_quarter)
        _drop_periods_said_in_days(out)
        if out.all_hits_per_day is not None:
            from pricing.periods import daily_over_period

            out.all_hits_periods = [daily_over_period(out.all_hits_per_day, p.period, days_a_week=week)
                                    for p in out.asked_periods if p.period != "month"]
            # each period counted in days as stated ("a 91-day quarter"), if every call hits as well as net
            from pricing.periods import daily_over_days, daily_over_quarter_days

            if out.month_of_days is not None:
                out.all_hits_over_days.append(daily_over_days(out.all_hits_per_day, out.month_of_days.days))
            if out.quarter_of_days is not None:
                out.all_hits_over_days.append(daily_over_quarter_days(out.all_hits_per_day, out.quarter_of_days.days))
        if len(f.compare_ttls) >= 2:
            # "1h TTL or 5-minute TTL?": the same calls and prefix under each lifetime.
            from pricing.caching import compare_ttls

            out.ttl_comparison = compare_ttls(request, tuple(f.compare_ttls), tuple(f.ttl_hit_ratios))
        if _hourly(ask):
            # "600 calls per hour ... saving per hour?": a day's net over its active hours.
            from pricing.caching_figures import hour_of_hits
            from pricing.periods import daily_over_period

            out.per_hour = daily_over_period(result.net_saving_per_day, "hour", _active_hours(ask))
            out.all_hits_per_hour = hour_of_hits(result)
    return out


# "for every 1,000 calls", "per 10k requests", "each thousand calls": the calls a caching figure is asked over;
# "per 1,000 cache hits": calls that all hit.
_PER_N_CALLS_CACHED = compile_regex(
    r"\b(?:per|for every|for each|every|each|across|over) (?:(?P<n>(?<![\d.,])\d{1,3}(?:,\d{3})++|\d{1,9}+)"
    r"(?P<k>\s?k\b)?|(?P<word>a thousand|thousand|a million|million))\s(?:(?:api\s)?(?:calls|requests|queries|"
    r"invocations)|(?:cache\s)?(?P<hits>hits|reads))\b", re.I)


# "how many writes over a batch of 400 calls?", "across the next 2,000 requests": a count of calls the writes are asked
# over, at the day's pace (never a volume a day: "over 400 calls a day" is the volume).
_CALLS_BATCH = compile_regex(
    r"\b(?:over|across|in|for|among|out of)\s(?:a\s|the\s|one\s|each\s|the next\s)?"
    r"(?:(?:batch|run|set|block|series|sample|stretch)\s(?:of\s))?"
    r"(?P<n>(?<![\d.,])\d{1,3}(?:,\d{3}){1,3}+|\d{1,9}+)(?P<k>\s?k\b)?\s(?:api\s)?(?:calls|requests|queries)\b"
    r"(?!\s?(?:a|an|per|/|each|every)\s?(?:day|hour|hr|minute|min|week|month|year)\b)", re.I)


# "written once and then read 200 times", "created once, then hit 50 times before it expires": the reads of one entry
_READS_PER_WRITE = compile_regex(r"\b(?:written|writes?|created|cached|stored) once\b[^.;?!\n\d]{0,30}?\b(?:read|hit|"
                                 r"reused|served|used|re-?read)\s(?:about\s|around\s|roughly\s|~)?"
                                 r"(?P<n>\d{1,3}(?:,\d{3})?|\d{1,6})\s?(?:more\s)?times\b")


def _writes_over_calls(text: str, calls_per_day: Decimal, writes_per_day: Decimal
                       ) -> tuple[Decimal, Decimal, Decimal] | None:
    """ "how many cache writes over a batch of 400 calls?": (the calls, their writes at the day's share of writes, their
    hits)."""
    m = _CALLS_BATCH.search(text) if "writ" in text.lower() else None
    if m is None or calls_per_day <= 0:
        return None
    calls = Decimal(m.group("n").replace(",", "")) * (1000 if m.group("k") else 1)
    if calls <= 0 or calls == calls_per_day:
        return None
    writes = calls * writes_per_day / calls_per_day
    return calls, writes, calls - writes


def _per_n_calls(out: CachingAnswer, ask: Ask, request: CachingRequest, writes_unsettled: bool) -> None:
    """ "For every 1,000 calls at an 80% hit rate, what's the net?": with no volume a day, the hits, writes and net
    over the calls asked per (at the hit rate said, or every call hitting when writes are left out or the count is of
    hits: "per 1,000 cache hits")."""
    from pricing import analyse_caching

    m = _PER_N_CALLS_CACHED.search(ask.text)
    entry = (_READS_PER_WRITE.search(read_words(ask.text)) if m is None and request.hit_ratio is None
             and request.writes_per_day is None and "once" in ask.text.lower() else None)
    if entry is not None:
        # "each entry is written once and then read two hundred times": one write and its reads, the calls of one
        # cache entry (every call but the write a hit)
        reads = Decimal(entry.group("n").replace(",", ""))
        if reads > 0:
            out.per_n_calls = analyse_caching(request.model_copy(update={
                "calls_per_day": reads + 1, "hit_ratio": reads / (reads + 1), "writes_per_day": None}))
            out.missing = [x for x in out.missing if x.key != "calls_per_day"]
            said = f"{entry.group('n')} times"
            out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused if u.lower() != said]})
        return
    if m is not None and m.group("hits"):
        request, writes_unsettled = request.model_copy(update={"hit_ratio": Decimal(1), "writes_per_day": None}), False
    if m is None or writes_unsettled or request.hit_ratio is None or request.writes_per_day is not None:
        return

    word = (m.group("word") or "").lower()
    calls = (Decimal(1_000_000) if "million" in word else Decimal(1000) if word
             else Decimal(m.group("n").replace(",", "")) * (1000 if m.group("k") else 1))
    if calls <= 0:
        return
    out.per_n_calls = analyse_caching(request.model_copy(update={"calls_per_day": calls}))
    out.missing = [x for x in out.missing if x.key != "calls_per_day"]
    said = m.group(0).split(" ", 1)[1].lower()
    out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused if u.lower() not in said]})


def _month_of_days_asked(out: CachingAnswer) -> Decimal | None:
    """ "daily and 30-day numbers?", "over 30 days": a month's worth of days asked for (28 to 31), read as the month;
    "over 22 business days": a month's worth of business days (15 to 23) likewise. The days said are then used, so
    the reply does not list them as unused."""
    span = _DAYS_SPAN.search(out.ask.text)
    days = int(span.group("n") or span.group("n2") or span.group("n3")) if span is not None else 0
    business = span is not None and re.search(r"\b(?:business|working|work) days\b", span.group(0), re.I) is not None
    if not (28 <= days <= 31 or (business and 15 <= days <= 23)):
        return None
    said = re.compile(rf"{days}(?:(?:[- ](?:business|working|work))?[- ]days?)?", re.I)
    out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused if not said.fullmatch(u.strip())]})
    return Decimal(days)


def _drop_periods_said_in_days(out: CachingAnswer) -> None:
    """A month or quarter whose days the ask states ("22 business days", "a 90-day quarter") is shown over those days
    alone: its 730-hour form is left out of the periods asked for."""
    said = {d.period for d in (out.month_of_days, out.quarter_of_days, out.year_of_days) if d is not None}
    if said:
        out.asked_periods = [p for p in out.asked_periods if p.period not in said]
        out.week_days = out.week_days if out.asked_periods else None


_DAYS_SAID = re.compile(r"\d{1,3}[- ]?days?", re.I)


def _storage_bill(ask: Ask) -> StorageBill | None:
    """ "100k tokens kept warm all month (730 hr), storage $1 per M token-hr": the storage over the hours it is kept (a
    730-hour month when a month is said, else the active hours of a day, a TTL of an hour or more, or 24 h a day)."""
    from pricing.caching_figures import storage_bill
    from pricing.units import MONTH_HOURS

    f = ask.fields
    if f.cache_storage_rate is None or f.prefix_tokens is None:
        return None
    if f.hours_per_month is not None:
        if f.days_per_month is not None and f.hours_per_month == f.days_per_month * 24:
            # "per 30-day month": whole days kept round the clock, so a day's storage is shown beside the month's
            return storage_bill(f.prefix_tokens, f.cache_storage_rate, Decimal(24), "month", days=f.days_per_month)
        return storage_bill(f.prefix_tokens, f.cache_storage_rate, f.hours_per_month, "month")
    span = _days_span(ask.text)
    days = span if span is not None else f.days_per_month
    if f.active_hours is not None and days is not None and 0 < days <= 31:
        # "kept 9 hours each business day, 22 days a month": the storage over those hours of those days alone
        return storage_bill(f.prefix_tokens, f.cache_storage_rate, f.active_hours, None if span else "month",
                            days=days)
    if (f.active_hours is not None and f.active_days is not None and 0 < f.active_days <= 7
            and _CACHING_PERIODS[0][1].search(ask.text)):
        # "kept up for a 10 hr business day ... per 5 day week": those hours on each day of the week
        return storage_bill(f.prefix_tokens, f.cache_storage_rate, f.active_hours, "week", days=f.active_days)
    if _CACHING_PERIODS[1][1].search(ask.text):
        return storage_bill(f.prefix_tokens, f.cache_storage_rate, Decimal(MONTH_HOURS), "month")
    if f.active_hours is not None:
        return storage_bill(f.prefix_tokens, f.cache_storage_rate, f.active_hours, "day")
    if f.ttl_minutes is not None and f.ttl_minutes >= 60:
        return storage_bill(f.prefix_tokens, f.cache_storage_rate, f.ttl_minutes / 60)
    return storage_bill(f.prefix_tokens, f.cache_storage_rate, Decimal(24), "day")


# "input spend with vs without caching", "input bill with and without the cache": the whole prompts' spend both ways.
_WITH_WITHOUT = compile_regex(
    r"\bwith (?:vs\.?|versus|and|or|&|v|/) without\b|\bwithout (?:vs\.?|versus|and|or|&|v|/) with\b|"
    r"\b(?:input )?(?:spend|bill|cost) (?:with|after) (?:prompt )?caching\b|"
    # "what does the preamble cost them per month with no caching at all?"
    r"\b(?:cost|costs|spend|bill)\b[^.?!\n]{0,40}?\b(?:with no|without(?: any)?) (?:prompt )?(?:caching|cache)\b|"
    # "daily input cost each way", "the input bill both ways"
    r"\binput (?:spend|bill|cost|costs)\b[^.?!\n]{0,20}?\b(?:each|both|either) ways?\b|"
    # "input cost per day without caching vs with", "with the cache and without it", "compared with no caching"
    r"\bwithout (?:prompt |the |any )?(?:caching|cache|it)\b[^.?!\n]{0,25}?\b(?:vs\.?|versus|v|and|or|compared "
    r"(?:to|with)|against|then)\s(?:with|after)\b|"
    r"\bwith (?:prompt |the )?(?:caching|cache|it)\b[^.?!\n]{0,25}?\b(?:vs\.?|versus|v|and|or|compared (?:to|with)|"
    r"against)\s(?:without|no (?:caching|cache)|before)\b|"
    # "daily input bill before and after", "input cost before vs after caching"
    r"\b(?:input |prefix(?:'s)? )?(?:spend|bill|cost|costs)\b[^.?!\n]{0,40}?\bbefore (?:and|vs\.?|versus|or|&|/) "
    r"after\b|\bbefore (?:and|vs\.?|versus|&|/) after\b[^.?!\n]{0,25}?\b(?:input )?(?:spend|bill|cost)s?\b", re.I)
# "input spend with vs without caching", "the input bill before and after": the input alone asked, not the whole bill.
_INPUT_ONLY = compile_regex(r"\binput (?:spend|bill|cost|costs|side)\b", re.I)
# "ignore the create call", "leaving out cache creation": what a write adds is not counted.
_WRITES_LEFT_OUT = compile_regex(
    # ("ignore the one load per day", "before counting any cache writes")
    r"\b(?:ignore|ignoring|exclude|excluding|leave out|leaving out|skip|skipping|not counting|don'?t count|"
    r"disregard|disregarding|before counting) (?:the |any )?(?:one |single |daily |hourly |initial |one-off )?"
    r"(?:cache |context )?(?:re-?)?(?:create|creation|write|creating|writing|load|loading)(?:s)?"
    r"(?: (?:call|calls|cost|costs|charge|charges|fee|fees|premium))?\b|\bcreation (?:is )?free\b|"
    # ("treat the hourly re-creation as a wash": its cost set to nothing)
    r"\btreat(?:ing)? (?:the |any )?(?:\w+ )?(?:cache )?(?:re-?creations?|creations?|writes?|re-?writes?)"
    r"(?: (?:cost|costs|premium|charge|charges))? as (?:a wash|free|zero|nothing|negligible)\b", re.I)
# "does openai cache that automatically?", "will caching kick in?", "is it over the minimum?"
_CACHES_AT_ALL = compile_regex(
    r"\bautomatic|\bauto[- ]?cach|\bkicks? in\b|\bminimum\b|\bmin\.? (?:prefix|length|size|tokens?)\b|\beligible\b|"
    r"\bqualif(?:y|ies)\b|\b(?:will|would|does|do) (?:it|caching|that|this|the prefix|the prompt) "
    r"(?:apply|work|get cached|be cached|cache)\b|\bcan (?:it|this|that) be cached\b", re.I)
_WRITE = compile_regex(r"\bwrit(?:e|es|ing|ten)\b|\bpremium\b", re.I)
# "the first call in each hour creates the cache, the rest hit", "first one creates it, the other 80 hit": a call
# creates the cache, so it is not a hit.
_CALL_CREATES = compile_regex(
    r"\bfirst (?:call|request|query|message|prompt|one)\b[^.;!?]{0,30}?\b(?:creates|writes|populates|builds|makes|"
    r"creating|writing)\b[^.;!?]{0,15}?\b(?:cache|it|entry)\b|"
    # "count the first call each hour as the write", "each write is one of the calls", "created by the first call"
    r"\bcount (?:the )?first (?:call|request|query)\b[^.;!?]{0,30}?\bas (?:the |a )?(?:write|creation)\b|"
    r"\b(?:each|every|the) (?:write|creation) is (?:one of the|a) (?:calls?|requests?)\b|"
    r"\b(?:created|written|built) (?:\w+ ){0,3}?by the first (?:call|request|query)\b", re.I)
# "All 5,000 calls a day read from the cache", "every request reads the cached context": no call creates the cache.
_EVERY_CALL_READS = compile_regex(
    r"\b(?:all|every)(?: (?:the|of the|of our|of their|of those))?(?: ~?(?<![\d.,])\d[\d,]{0,12}+k?)? "
    r"(?:calls?|requests?|queries|query)(?: (?:a|per|each) day)? (?:reads?|hits?|uses?|pulls?)(?: from)? (?:the )?"
    r"(?:cache|cached (?:copy|context|prefix|doc|document))\b|"
    # ("400 queries a day, each reading the bundle from the cache": every one of the calls reads it)
    r"\b(?:calls?|requests?|queries|query|questions|lookups)\b[^.;?!\n]{0,30}?,?\s(?:each|every one|all)\s"
    r"(?:reading|hitting|pulling|using)\s(?:[a-z]+\s){0,3}?from\s(?:the\s)?cache\b|"
    # ("around 5,000 requests a day would read from the cache": the calls that read it, every one of them)
    r"(?<![\d.,])\d[\d,]{0,12}+k? (?:calls|requests|queries) (?:a|per|each) day (?:would |will |should )?"
    r"(?:read|pull) from (?:the )?cache\b", re.I)
# "averages out to roughly 2.5 provisioned units' worth of traffic": units said as the average load, not units bought
_UNITS_OF_LOAD = compile_regex(
    r"\b(?:averages?|averaging)(?: out)?(?: to| at)?(?: about| roughly| around| ~)? ?~?\d[\d.]{0,8}\s"
    r"(?:provisioned |model |capacity )?(?:units?|ptus?)(?:'s?)? (?:worth|of (?:traffic|load))\b|"
    r"(?<![\w.])\d[\d.]{0,8}\s(?:provisioned |model )?(?:units?|ptus?)(?:'s?)? worth of (?:traffic|load)\b|"
    # ("their avg load is like 2 units n peak-to-avg is 3:1")
    r"\b(?:avg|average|mean|typical)\s(?:load|usage|demand|traffic)\s(?:is\s|of\s|=\s?|:\s?|runs\s|sits\s(?:at\s)?)?"
    r"(?:like\s|about\s|around\s|roughly\s|~)?~?\d[\d.]{0,8}\s(?:provisioned |model )?(?:units?|ptus?)\b", re.I)
# "weekly", "savings per wk", "wkly": a week asked for, said in full or short
_WEEK_ASKED = compile_regex(r"\bweek(?:ly)?\b|\b(?:per|a|each)\s?wk\b|\bwkly\b", re.I)
_CACHING_PERIODS: tuple[tuple[Literal["week", "month", "quarter", "year"], re.Pattern[str]], ...] = (
    ("week", _WEEK_ASKED),
    # "per mth", "mthly": the month said short
    ("month", compile_regex(r"\bmonth(?:ly)?\b|\ba month\b|(?:/|\bper |\ba )mo\b|\bnet mo\b|\bmth(?:ly)?\b", re.I)),
    # "how much in Q3?": a calendar quarter
    # (not "one and a quarter times input", "a quarter of the price": a fraction)
    ("quarter", compile_regex(r"\b(?:per|(?<!\band )a|each|every|/|the|this|next|one|1|full|whole) (?:quarter|qtr)\b"
                              r"(?! (?:of|off|times|x)\b)|"
                              r"\bquarterly\b|\b(?:in|for|over|during|across|through) (?:the )?q[1-4]\b", re.I)),
    # "per yr?", "/yr", "a yr", "p.a.": the year said short
    ("year", compile_regex(r"\b(?:year(?:ly)?|" + _ANNUAL + r"|per annum)\b|(?:\bper |\ba |/)\s?yr\b|"
                           r"\bp\.\s?a\.?(?!\w)", re.I)),
)


def _candidates(ask: Ask, rate_cards: RateCards) -> tuple[list[tuple[str, Rates]], list[tuple[str, str]]]:
    """(label, rates) for each row asked about, and (label, why) for each row the catalog cannot price."""
    from pricing.catalog import resolve_rates as engine_resolve

    f = ask.fields
    if f.compare_models:
        wanted = [(m, f.provider) for m in f.compare_models]
    else:
        wanted = [(f.model or "", None if p == "direct" else p) for p in f.compare_providers]
    rows: list[tuple[str, Rates]] = []
    unpriced: list[tuple[str, str]] = []
    stated = f.compare_rates if f.compare_models and len(f.compare_rates) == len(f.compare_models) else []
    for index, (model, provider) in enumerate(wanted):
        words = phrases()["compare_rows"]
        label = (model if not f.compare_providers else words["direct"].format(model=model) if provider is None
                 else words["at"].format(model=model, provider=provider))
        if stated:
            from pricing.rates import MESSAGE_SOURCE

            rows.append((label, Rates(input=stated[index][0], output=stated[index][1], source=MESSAGE_SOURCE,
                                      model=model)))
            continue
        try:
            rates = engine_resolve(None, rate_cards or {}, model, provider, **row_options(f))
        except PricingError as exc:
            unpriced.append((label, str(exc)))
            continue
        rows.append((label, rates))
    return rows, unpriced


def _compare(ask: Ask, rate_cards: RateCards) -> CompareAnswer:
    from bot.answer.compare import CompareAnswer
    from pricing.compare import Candidate, ComparisonRequest, TooManyRowsError, compare

    f = ask.fields
    out = CompareAnswer(ask=ask)
    per_day = f.input_tokens_per_day is not None and f.output_tokens_per_day is not None
    per_call = f.input_tokens_per_call is not None and f.output_tokens_per_call is not None
    if not per_day and not per_call:
        out.missing += missing("call_tokens")
    if per_call and not per_day and f.calls_per_day is None:
        out.missing += missing("calls_per_day")
    rows, out.unpriced = _candidates(ask, rate_cards)
    if out.missing or not rows:
        return out
    tin, tout = (f.input_tokens_per_day, f.output_tokens_per_day) if per_day else (
        f.input_tokens_per_call, f.output_tokens_per_call)
    assert tin is not None and tout is not None
    try:
        out.comparison = compare(ComparisonRequest(
            candidates=tuple(Candidate(label=label, rates=rates) for label, rates in rows),
            input_tokens=tin, output_tokens=tout, calls_per_day=f.calls_per_day,
            tokens_per="day" if per_day else "call",
        ))
    except TooManyRowsError as exc:
        out.too_many = list(exc.labels)
    return out


def _per_call(ask: Ask, rate_cards: RateCards) -> PerCallAnswer:
    from bot.answer.per_call import PerCallAnswer
    from pricing import PerCallRequest, compare_per_call, crossover

    f = ask.fields
    bill = None
    if f.calls_per_day is None and f.fee_spend is not None and f.per_call_fee is not None:
        # "we pay $15k/mo at $0.006/call": the calls that bill pays for are the volume.
        from pricing.per_call import calls_from_bill
        from pricing.units import per_period

        bill = calls_from_bill(f.fee_spend, f.per_call_fee)
        period = f.spend_period or "month"
        f = f.model_copy(update={"calls_per_day": per_period(bill.calls, period, "day"), "volume_period": period})
        ask = ask.model_copy(update={"fields": f})
    out = PerCallAnswer(ask=ask, calls_from_bill=bill)
    if (f.per_token_call_cost is not None and f.per_call_fee is not None
            and (f.input_tokens_per_call is None or f.output_tokens_per_call is None)):
        # "fee is 1.1 cents, the per-token equivalent works out to $0.008 a call - monthly difference?": the two
        # amounts a call need only the calls for a period's difference.
        from pricing.per_call import fee_gap

        out.fee_gap = fee_gap(f.per_call_fee, f.per_token_call_cost)
        if f.calls_per_day is None:
            out.missing += missing("calls_per_day")
            return out
        out.periods = _fee_periods(ask, f.per_call_fee, f.per_token_call_cost, f.calls_per_day, month=True)
        return out
    if f.per_call_fee is None:
        out.missing += missing("per_call_fee")
    elif f.calls_per_day is None and f.calls_total is None and _ASKS_A_PERIOD.search(ask.text):
        # "what's the monthly bill at $0.009/call?": a bill over a period needs the calls in it
        out.missing += missing("calls_per_day")
    tin, tout = f.input_tokens_per_call, f.output_tokens_per_call
    if (tin is None and tout is None and f.tokens_per_call is not None and f.blended_rate is not None
            and f.input_rate in (None, f.blended_rate) and f.output_rate in (None, f.blended_rate)):
        # "1,500 tok/call ... $4/M blended": one rate for every token, so the call's tokens need no split (all are
        # priced as input at the blended rate)
        tin, tout = f.tokens_per_call, Decimal(0)
    if tin is None and tout is None and f.call_size_mix and f.input_share is not None:
        # "90% of calls are ~1,000 tokens, 10% are 20,000-token documents, 4:1": the average call, split at the mix
        from pricing.per_call import average_call

        out.average_call = average_call(f.call_size_mix, f.input_share)
        tin, tout = out.average_call.input_tokens, out.average_call.output_tokens
    share = f.input_share
    if (share is None and tin is None and tout is None and f.blended_rate is not None and f.per_call_fee is not None
            and (CALL_SIZE_ASKED.search(ask.text) or ask.explained is not None)
            and f.input_rate in (None, f.blended_rate) and f.output_rate in (None, f.blended_rate)):
        # "$0.002 a call flat, blended per-token $2/M: at what call size are they the same?": one rate for every
        # token, so the crossover needs no mix (every token priced at the blended rate); so is the example of an entry
        # explained ("how do I explain per-call vs per-token? e.g. $0.01 a call vs $2/M blended")
        share = Decimal(1)
    if share is None and tin is None and tout is None and "no_output" in f.traits and f.per_call_fee is not None:
        # "tokens per call where $0.0075/call = per token if it's all input at $3/M": every token is input, so the
        # crossover is the fee over the input rate
        share, out.all_input = Decimal(1), True
    if (tin is None or tout is None) and share is None:
        out.missing += missing("tokens")
    rates = _rates_or_missing(ask, rate_cards, out)
    if (tin is None or tout is None) and share is not None and rates and f.per_call_fee is not None:
        # "where's the crossover at a 9:1 mix?": the size where the fee equals per-token, without a planned call.
        out.crossover = crossover(rates, f.per_call_fee, share)
        if f.calls_per_day is not None:
            out.fee_bills = _fee_bills(ask, f.per_call_fee, f.calls_per_day)  # "... and the per-call bill per day?"
        return out
    if (tin is None or tout is None) and f.input_share is not None and rates and f.per_call_fee is None:
        # "on a per-call plan, mix 3:1, $0.50/$1.50: the crossover?": the blended rate the fee is divided by, while
        # asking for the fee
        from pricing.per_token import blended_rate

        out.blended = blended_rate(rates, f.input_share, 1 - f.input_share)
        return out
    if tin is None and tout is not None and rates and f.per_call_fee is not None and f.input_share is None:
        # "how big must prompts get before $0.02 a call beats per-token, with 800 output tokens?": the prompt size
        # at which the fee equals the per-token cost, the stated output held fixed.
        from pricing.per_call import crossover_prompt

        out.crossover_prompt = crossover_prompt(rates, f.per_call_fee, tout)
        if out.crossover_prompt is not None:
            out.missing = [m for m in out.missing if m.key != "tokens"]
            return out
    # "what's the monthly difference?" without the calls: the call's comparison still stands while asking for them
    blocking = [m for m in out.missing if m.key != "calls_per_day"]
    if blocking or rates is None or f.per_call_fee is None or tin is None or tout is None:
        if f.per_call_fee is not None and f.calls_per_day is not None and (tin is None or tout is None):
            # "$1.50 per 1,000 images, 400k images a month": the fee over the volume, while asking what per-token
            # needs for the comparison
            out.fee_bills = _fee_bills(ask, f.per_call_fee, f.calls_per_day)
        elif f.per_call_fee is not None and f.calls_total is not None and (tin is None or tout is None):
            # "2c per call at 50k calls, what's the bill?": the fee over the calls stated, while asking what per-token
            # needs for the comparison
            from pricing.per_token import CostSplit, cost_of_calls

            out.fee_for_calls = cost_of_calls(CostSplit(input=f.per_call_fee, output=Decimal(0)), f.calls_total)
        if (rates is None and f.per_call_fee is not None and f.input_rate is not None and f.output_rate is None
                and f.model is None and tin is not None and tout is not None):
            # "0.25c per call, 600 in / 150 out, input is $1/M": the input side against the fee, while asking for the
            # output rate (and the output rate at which the two meet)
            from pricing.per_call import input_side

            out.input_side = input_side(f.per_call_fee, f.input_rate, tin, tout)
        if f.per_call_fee is None and rates is not None and tin is not None and tout is not None:
            # "they charge per call, is that better? calls are 1k in / 1k out": the fee to beat, while asking for it.
            from pricing.per_token import per_token_cost

            out.per_token_call = per_token_cost(rates, tin, tout)
            if f.calls_per_day is not None:
                # "90,000 calls a month, would per-call be cheaper?": the per-token bill the fee has to beat
                out.per_token_bills = _fee_bills(ask, out.per_token_call.total, f.calls_per_day)
        return out
    request = PerCallRequest(
        rates=rates, fee_per_call=f.per_call_fee, input_tokens=tin, output_tokens=tout, calls_per_day=f.calls_per_day,
        **({"growth": f.growth} if f.growth is not None else {}), month_hours=_month_hours(f),
        days_a_week=_days_a_week(f),
    )
    out.comparison = compare_per_call(request)
    if f.input_share is not None and out.comparison.crossover_tokens is not None:
        # "1,600 in / 400 out ... where do they cross at the same 3:1 mix?": the crossover at the mix stated too,
        # unless it is the planned call's to the token ("3,000 in, 500 out ... at that 6:1 mix")
        stated = crossover(rates, f.per_call_fee, f.input_share)
        if stated.crossover_tokens is None or round(stated.crossover_tokens) != round(
                out.comparison.crossover_tokens):
            out.crossover = stated
    counted = f.calls_total if f.calls_total is not None else _calls_unit_asked(ask.text)
    if counted is not None and f.calls_per_day is None:
        # "500k images - compare", "diff per 1M calls?": both structures over the calls stated or asked about
        from pricing.per_token import CostSplit, cost_of_calls

        out.for_calls = (cost_of_calls(out.comparison.planned.per_token, counted),
                         cost_of_calls(CostSplit(input=f.per_call_fee, output=Decimal(0)), counted))
        from pricing.per_call import costs_side_by_side

        out.for_calls_gap = costs_side_by_side(out.for_calls[0].cost, out.for_calls[1].cost)
    if len(f.other_call_tokens) == 2:
        # "but prod averages 6k in / 1.2k out": that size priced beside the planned one
        from pricing.per_call import call_at_size

        out.other_call = call_at_size(request, f.other_call_tokens[0], f.other_call_tokens[1])
    if f.calls_per_day is not None:
        # "100k calls/week ... weekly difference?": the fee and per-token over the period stated or asked for.
        out.periods = _fee_periods(ask, f.per_call_fee, out.comparison.planned.per_token.total, f.calls_per_day,
                                   month=False)
        if out.other_call is not None:
            # "at actual size how much per week does the per-call endpoint save?": the periods at the other size too
            out.other_periods = _fee_periods(ask, f.per_call_fee, out.other_call.per_token.total, f.calls_per_day,
                                             month=False)
    return out


def _calls_unit_asked(text: str) -> Decimal | None:
    """The calls of the first "per 1M calls", "per 1,000 requests" the ask names (the unit a difference is asked
    in); None when it names none."""
    m = _PER_N_CALLS.search(text)
    if m is None:
        return None
    key = m.group("n").lower().replace(",", "").replace(" ", "").removeprefix("a")
    return _N_CALLS.get(key) or Decimal(key)


def _month_hours(f: Fields) -> int:
    """The hours of the month a per-call comparison's monthly figures cover: a month counted in whole days ("15,000
    calls a day, 30-day month": 720) when the volume is not itself stated a month; otherwise 730."""
    from pricing.units import MONTH_HOURS

    hours = f.hours_per_month
    days = f.days_per_month
    if (hours is None and days is not None and days == int(days) and 0 < days <= 31
            and f.volume_period in ("day", None)):
        # "25,000 calls per business day, 22 business days/mo": a month of the days the calls run
        return int(days) * 24
    if (hours is None or f.volume_period == "month" or hours != int(hours) or hours % 24
            or not 28 * 24 <= hours <= 31 * 24):
        return MONTH_HOURS
    return int(hours)


def _fee_bills(ask: Ask, fee: Decimal, calls_per_day: Decimal) -> list[FeeBill]:
    """The fee over the period the calls are stated in, a month, and a quarter or a year when asked."""
    from pricing.periods import fee_bill

    stated = ask.fields.volume_period
    billed: Literal["day", "hour", "week", "month", "quarter", "year"] = (
        "day" if stated == "day" or (stated is None and _DAY_ASKED.search(ask.text))
        else _STATED_PERIODS.get(stated or "") or "month")
    # "monthly and annual total?", "per quarter?": each longer period asked for too (a year is 8,760 h)
    asked = _longer_periods_asked(ask.text)
    # ("40 calls a minute ... per-call bill per day?": the day asked for beside the period the calls were stated in)
    day: tuple[Literal["day"], ...] = ("day",) if _DAY_ASKED.search(ask.text) else ()
    return [fee_bill(fee, calls_per_day, p, _active_hours(ask)) for p in dict.fromkeys((billed, *day, "month", *asked))]


_DAY_ASKED = compile_regex(r"\b(?:per|a|each) day\b|\bdaily\b", re.I)


def _fee_periods(ask: Ask, fee: Decimal, per_token: Decimal, calls_per_day: Decimal, *,
                 month: bool) -> list[FeeOverPeriod]:
    """The fee against the per-token cost of a call over the period the calls are stated in and each one asked for
    (with ``month``, a month always among them), for each call volume: "50 to 60 thousand calls a month" gives each
    end of the range over the same periods, a month unless one is said."""
    from pricing.periods import fee_over_period

    f = ask.fields
    stated = _STATED_PERIODS.get(f.volume_period or "")
    wanted = [p for p in ("hour", "week", "month", "quarter", "year")
              if p == stated or (month and p == "month") or (p == "hour" and _hourly(ask))
              or (p in ("week", "quarter", "year") and _PERIOD_WORDS_ASKED[p].search(ask.text))]
    wanted = wanted or (["month"] if f.compare_calls else [])
    return [fee_over_period(fee, per_token, calls, period, _active_hours(ask), days_a_week=_days_a_week(f))
            for calls in (f.compare_calls or [calls_per_day]) for period in wanted]


def _days_a_week(f: Fields) -> Decimal | None:
    """The days a week the traffic runs ("5-day week"), when fewer than 7 and the month is not counted in days."""
    return (f.active_days if f.active_days is not None and 0 < f.active_days < 7 and f.days_per_month is None
            else None)


# "otherwise nothing", "idle the rest of the day", "PT is billed round the clock": the load runs only in its hours
# while the capacity is paid for all of them.
# "across the whole commitment they'd keep about 55% busy", "55% on average over the reservation": a load already
# averaged over the hours reserved (never scaled again by the hours the traffic runs)
_LOAD_OVER_COMMITMENT = compile_regex(
    r"\b(?:across|over|throughout) (?:the |their |its )?(?:whole |entire |full )?(?:commitment|reservation|term|"
    r"contract)(?: period| term)?\b|\bon average (?:across|over) (?:the |their )?(?:commitment|reservation|month)\b",
    re.I)
_IDLE_OUTSIDE_HOURS = compile_regex(
    r"\botherwise (?:nothing|idle|zero|none|0)\b|\bidle (?:otherwise|the rest|outside|overnight|at night)\b|"
    r"\bnothing (?:outside|the rest|otherwise|overnight|at night)\b|"
    r"\b(?:billed|charged|paid|bills|charges|runs?|reserved) (?:\w+ )?(?:round|around) the clock\b|"
    r"\b(?:billed|charged|paid|reserved) 24/7\b", re.I)
_PERIOD_WORDS_ASKED = {"week": _WEEK_ASKED,
                       # (not "a quarter of", "a quarter off", "one and a quarter times": a fraction)
                       "quarter": compile_regex(r"\bquarterly\b|(?<!\band a )\bquarter\b(?! (?:of|off|times|x)\b)",
                                                  re.I),
                       "year": _YEAR_ASKED}


def _markup(ask: Ask, rate_cards: RateCards) -> MarkupAnswer:
    from bot.answer.markup import MarkupAnswer
    from pricing import WHAT_THE_MARKUP_BUYS, MarkupRequest, effective_markup
    from pricing.providers import is_hyperscaler

    f = ask.fields
    if (f.ea_discount is not None and f.ea_discount == f.claimed_markup and f.markup is not None
            and _EA_SOLVED_FOR.search(ask.text)):
        # "target effective markup 8%: what EA discount would they need to land at 8%?": the target named again, not an
        # EA discount said
        ask = ask.model_copy(update={"fields": f.model_copy(update={"ea_discount": None})})
        f = ask.fields
    out = MarkupAnswer(ask=ask, benefits=WHAT_THE_MARKUP_BUYS)
    from pricing.markup import ea_discount_to_offset, marked_up, markup_from_prices, markup_premium

    list_markup = f.markup
    # "Azure $3.25/M vs direct $2.50"; "bedrock output $18/MTok vs $15 direct": the hyperscaler rate on the side given
    hosted_output = f.direct_rate is not None and f.input_rate is None and f.output_rate is not None
    hosted_rate = (f.output_rate if hosted_output else f.input_rate) if f.direct_rate is not None else None
    if (hosted_rate is not None and f.direct_rate is not None and (f.markup is None) != (f.ea_discount is None)
            and _PAID_AFTER_EA.search(ask.text)):
        # "pays $3.24/M after their EA; direct $3.00/M": the rate paid is the effective markup, and the list markup or
        # the EA discount said beside it gives the other
        from pricing.markup import list_markup_implied

        effective = markup_from_prices(hosted_rate, f.direct_rate)
        out.paid_after_ea = (hosted_rate, f.direct_rate, effective)
        if f.ea_discount is not None:
            list_markup = out.implied_list_markup = list_markup_implied(effective, f.ea_discount)
    if list_markup is None and hosted_rate is not None and f.direct_rate is not None:
        list_markup = markup_from_prices(hosted_rate, f.direct_rate)
        out.from_prices = (hosted_rate, f.direct_rate, list_markup)
        if not hosted_output and f.output_rate is not None and f.direct_output_rate:
            # "$3.60 in and $18 out against $3 and $15 direct": the output side's markup shown beside the input's
            out.from_prices_output = (f.output_rate, f.direct_output_rate,
                                      markup_from_prices(f.output_rate, f.direct_output_rate))
    if hosted_rate is None and f.hyperscaler_spend is not None and f.direct_spend is not None:
        # "Azure OpenAI (after EA credit) $13,340; direct API equivalent $11,600": two bills for the same tokens, the
        # one over the other the effective markup paid, and the list markup or the EA discount said gives the other
        from pricing.markup import list_markup_implied, markup_from_spends

        effective = markup_from_spends(f.hyperscaler_spend, f.direct_spend)
        out.paid_spends = (f.hyperscaler_spend, f.direct_spend, effective, f.spend_period or "month",
                           f.hyperscaler_spend - f.direct_spend)
        if list_markup is None and f.ea_discount is not None:
            list_markup = out.implied_list_markup = list_markup_implied(effective, f.ea_discount)
        elif list_markup is None:
            list_markup = effective  # neither said: what the bills show is the markup, any EA discount already in it
    if list_markup is None and f.hyperscaler_list_spend is not None and f.direct_spend is not None:
        # "Azure line at list $13,500 [direct API equivalent: $10,000]": the two bills before any EA discount, the one
        # over the other the list markup
        from pricing.markup import markup_from_spends

        list_markup = markup_from_spends(f.hyperscaler_list_spend, f.direct_spend)
        out.from_list_spends = (f.hyperscaler_list_spend, f.direct_spend, list_markup, f.spend_period or "month")
    if list_markup is None and f.direct_cheaper_by is not None and f.direct_cheaper_by < 1:
        # "direct is about 20% cheaper than Azure": the hyperscaler costs 1 ÷ (1 − 20%) of direct, a 25% list markup
        from pricing.markup import markup_from_direct_saving

        list_markup = markup_from_direct_saving(f.direct_cheaper_by)
        out.from_direct_saving = (f.direct_cheaper_by, list_markup)
    if list_markup is None and f.model and f.provider and is_hyperscaler(f.provider):
        from pricing.hyperscaler import compare_list_prices

        try:
            out.list_prices = compare_list_prices(f.model, f.provider)
        except PricingError as exc:
            out.rate_problem = str(exc)
        else:
            if out.list_prices.separate_row and out.list_prices.input_markup is not None:
                list_markup = out.list_prices.input_markup
    if list_markup is None and f.ea_discount is not None and deal_terms.asked(deal_terms.MARKUP_ABSORBED_ASKED,
                                                                               ask.text):
        # "how much list markup can a 30% EA discount absorb?": the markup it cancels exactly
        from pricing.markup import markup_absorbed

        out.absorbed_markup = markup_absorbed(f.ea_discount)
    elif list_markup is None:
        out.missing += missing("markup")
    if (list_markup is not None and list_markup > 0 and _OFFSET.search(ask.text)
            and (f.ea_discount is None or _EA_SOLVED_FOR.search(ask.text))):
        # "what EA discount would cancel out a 25% markup? and if they only get 12%?": the discount that brings it
        # back to direct, beside the effective markup at the EA discount said
        out.offsetting_ea = ea_discount_to_offset(list_markup)
    if f.ea_discount is None and out.offsetting_ea is not None:
        if _EA_NAMED.search(ask.text) and _EFFECTIVE_ASKED.search(ask.text):
            # "they say their EA makes it a wash: what are they actually paying?": their EA discount decides it
            out.missing += missing("ea_discount")
    elif f.ea_discount is None and list_markup is not None and out.paid_after_ea is not None:
        from pricing.markup import ea_discount_implied

        out.implied_ea = (out.paid_after_ea[2], ea_discount_implied(list_markup, out.paid_after_ea[2]))
    elif f.ea_discount is None and f.markup is not None and out.paid_spends is not None:
        from pricing.markup import ea_discount_implied

        out.implied_ea = (out.paid_spends[2], ea_discount_implied(f.markup, out.paid_spends[2]))
    elif f.ea_discount is None and list_markup is not None and f.claimed_markup is not None and _EA_NAMED.search(
            ask.text):
        # "paying 15% over direct after their EA, list markup was 25%": the EA discount that effective markup implies
        # (with no EA named, "25% list markup, so 15% effective, right?" is a claim checked against no EA discount)
        from pricing.markup import ea_discount_implied

        out.implied_ea = (f.claimed_markup, ea_discount_implied(list_markup, f.claimed_markup))
    elif f.ea_discount is None and out.paid_spends is None:
        out.missing += missing("ea_discount")
    if list_markup is not None:
        ea = out.implied_ea[1] if out.implied_ea else f.ea_discount or Decimal(0)
        out.markup = effective_markup(MarkupRequest(list_markup=list_markup, ea_discount=ea))
        from pricing.claims import claim_holds

        if (f.claimed_markup is not None and out.implied_ea is None and f.ea_discount is not None
                and _EA_NEEDED.search(ask.text)):
            # "they have a 10% EA today ... what EA would they need to get it down to 5%?": the EA that target needs
            from pricing.markup import ea_discount_implied

            out.needed_ea = (f.claimed_markup, ea_discount_implied(list_markup, f.claimed_markup))
        elif f.claimed_markup is not None and out.implied_ea is None:
            # "25% markup minus a 10% EA is 15%, right?": the claim against (1 + 25%) × (1 − 10%) − 1 = 12.5%
            out.markup_check = (f.claimed_markup, claim_holds(f.claimed_markup, out.markup.effective_markup))
        if f.markup_base_spend is not None:
            # "on our $100k of usage we're paying $25k extra": what the effective markup adds to that usage
            added = markup_premium(f.markup_base_spend, out.markup)
            out.base_premium = (f.markup_base_spend, added, f.claimed_premium,
                                f.claimed_premium is not None and claim_holds(f.claimed_premium, added))
        # "if their EA goes from 10% to 20%": the effective markup at each further EA discount
        out.other_ea = [effective_markup(MarkupRequest(list_markup=list_markup, ea_discount=e))
                        for e in f.compare_ea_discounts[1:]]
        # "15-40% over direct ... at each end of that range": the effective markup at each further list markup; two
        # clouds each with its own markup and EA discount are paired in the order said
        paired = len(f.compare_markups) == len(f.compare_ea_discounts) >= 2
        eas = f.compare_ea_discounts if paired else [f.ea_discount or Decimal(0)] * len(f.compare_markups)
        out.other_markups = [effective_markup(MarkupRequest(list_markup=m, ea_discount=e))
                             for m, e in zip(f.compare_markups[1:], eas[1:], strict=True)]
        if paired:
            out.other_ea = []
        if f.hyperscaler_list_spend is not None and f.direct_spend is None:
            # "Azure spend would be $42,240/mo at list, 28% above direct, 14% EA": paid, direct, and the real premium
            from pricing.markup import list_spend_split

            out.list_spend = list_spend_split(f.hyperscaler_list_spend, out.markup)
            out.hosted_spend_period = f.spend_period or "month"
        if f.hyperscaler_spend is not None and f.direct_spend is None:
            # "spends $50k/mo on Azure OpenAI": what the same tokens would cost direct, and what the markup adds.
            from pricing.markup import direct_equivalent

            out.hosted_spend = direct_equivalent(f.hyperscaler_spend, out.markup)
            out.hosted_spend_period = f.spend_period or "month"
            if out.hosted_spend_period in ("hour", "day", "week", "month"):
                # "what would direct cost them annually?": the same spend over each longer period asked for
                from pricing.units import hours_in, per_period

                out.hosted_periods = [
                    (name, hours_in(name), direct_equivalent(
                        per_period(f.hyperscaler_spend, out.hosted_spend_period, name), out.markup))
                    for name in _longer_periods_asked(ask.text)]
        if f.per_call_fee is not None:
            # "$0.02/call direct, +30% list, EA 15%: per call?": the fee on the hyperscaler at the effective markup
            out.call_fee = (f.per_call_fee, marked_up(f.per_call_fee, out.markup))
        if f.direct_spend is not None and out.paid_spends is None:
            # "direct would be $12,400/mo": what they pay on the hyperscaler in the same period.
            # ("if they'd spend $50,000 going direct": over no period, "" as its period)
            out.spend = (f.direct_spend, marked_up(f.direct_spend, out.markup),
                         "" if f.spend_period == "" else f.spend_period or "month")
            if out.markup.ea_discount > 0:
                # "direct-equivalent $40k/mo, list markup 20%, EA 15%": the bill at list first, then the EA's cut
                from pricing.markup import at_list_price

                out.spend_at_list = at_list_price(f.direct_spend, out.markup)
            out.spend_premium = markup_premium(f.direct_spend, out.markup)
            if out.spend[2] in ("hour", "day", "week"):
                # "$1,200 a day direct-equivalent ... monthly on Azure?": the same over a 730-hour month.
                from pricing.units import per_period

                month = per_period(f.direct_spend, out.spend[2], "month")
                out.spend_month = (month, marked_up(month, out.markup), markup_premium(month, out.markup))
            shorter = {"quarter": ("month",), "year": ("month", "quarter")}.get(out.spend[2], ())
            if out.spend[2] in ("hour", "day", "week", "month") or shorter:
                # "monthly and annual cost on Bedrock?": the spend over each longer period asked for (a year is
                # 8,760 h); "$12,000 a quarter direct ... the difference per month?": a shorter one asked for too
                from pricing.units import hours_in, per_period

                wanted = [n for n in shorter if _BILL_PATTERNS[n].search(ask.text)] if shorter else []
                for name in [*wanted, *(n for n in _longer_periods_asked(ask.text) if n != out.spend[2])]:
                    over = per_period(f.direct_spend, out.spend[2], name)
                    out.spend_periods.append((name, hours_in(name), over, marked_up(over, out.markup),
                                              markup_premium(over, out.markup)))
        if (f.model is not None and out.list_prices is None and out.from_prices is None and f.direct_rate is None
                and f.input_rate is None and f.output_rate is None):
            # "effective input rate on sonnet 4.5 with a 20% markup": the model's direct (lab) rates from the
            # catalog, marked up; the rate source names the catalog row.
            from pricing.catalog import resolve_rates as catalog_rates

            try:
                catalog = catalog_rates(None, {}, f.model, None)
            except PricingError as exc:
                out.rate_problem = str(exc)
            else:
                out.rates = catalog
                out.effective_rates = [(side, rate, marked_up(rate, out.markup))
                                       for side, rate in (("input", catalog.input), ("output", catalog.output))]
                out.token_bills = _token_bills(f, out)
                return out
        # "a $3/MTok direct input rate": with no hyperscaler rate beside it, the direct rate is the one marked up.
        direct_input = f.direct_rate if f.input_rate is None and out.from_prices is None else None
        direct = (("input", direct_input if hosted_rate is None and f.input_rate is None else
                   f.input_rate if hosted_rate is None else
                   # beside a hyperscaler input rate, the direct input rate is the one marked up
                   f.direct_rate if not hosted_output else None),
                  # beside a hyperscaler input rate the output rate stated with it is the hyperscaler's too: only a
                  # direct output rate is marked up ("Azure $11.50/M output, direct $10.00/M": the direct output rate)
                  ("output", f.direct_rate if hosted_output
                   else f.direct_output_rate if f.direct_output_rate is not None
                   else None if out.from_prices is not None else f.output_rate))
        # "direct rates $3/M in, $12/M out": the effective per-token rates on the hyperscaler.
        out.effective_rates = [(side, rate, marked_up(rate, out.markup)) for side, rate in direct if rate is not None]
        out.token_bills = _token_bills(f, out)
    return out


def _token_bills(f: Fields, out: MarkupAnswer) -> list[TokenBill]:
    """ "3B input tokens at $5 direct ... hyperscaler bill": each side's tokens at its direct rate, and on the
    hyperscaler at the effective markup, over the period the tokens were stated for (none for a bare count)."""
    from bot.answer.markup import TokenBill
    from pricing.markup import marked_up, markup_premium
    from pricing.units import per_period, token_cost

    if out.markup is None:
        return []
    stated = f.volume_period if f.volume_period in ("hour", "day", "week", "month", "quarter", "year") else "day"
    bills = []
    per_call = [(getattr(f, f"{side}_tokens_per_call"), rate) for side, rate, _ in out.effective_rates]
    if f.calls_per_day is not None and len(per_call) == 2 and all(t is not None for t, _ in per_call):
        # "2,000 in + 500 out a call at $2/$8 ... +30% markup, 10% EA: per call?": one call direct and hosted
        from pricing.per_token import CostSplit

        direct_call = CostSplit(input=token_cost(per_call[0][0], per_call[0][1]),
                                output=token_cost(per_call[1][0], per_call[1][1]))
        out.call_totals = (direct_call, CostSplit(input=marked_up(direct_call.input, out.markup),
                                                  output=marked_up(direct_call.output, out.markup)))
    for side, rate, _effective in out.effective_rates:
        daily = getattr(f, f"{side}_tokens_per_day")
        bare = getattr(f, f"{side}_tokens_per_call")
        if (daily is None and bare is None and len(out.effective_rates) == 1 and f.tokens_per_day is not None
                and f.input_tokens_per_day is None and f.output_tokens_per_day is None):
            # "$10 per million tokens, and they use 500 million tokens a month": one rate for all the tokens
            side, daily = "token", f.tokens_per_day
        if daily is None and bare is not None and f.calls_per_day is not None:
            daily = bare * f.calls_per_day  # "... at 1M calls a month": a call's tokens times the calls
        if daily is not None:
            tokens, period = per_period(daily, "day", stated), stated
        elif bare is not None and f.calls_per_day is None:
            tokens, period = bare, None
        else:
            continue
        direct = token_cost(tokens, rate)
        bills.append(TokenBill(side=side, tokens=tokens, rate=rate, period=period, direct=direct,
                               hosted=marked_up(direct, out.markup), premium=markup_premium(direct, out.markup)))
    if len(bills) == 2 and bills[0].period == bills[1].period:
        # "direct monthly, Vertex monthly?": both sides together, direct and on the hyperscaler
        from pricing.per_token import CostSplit

        out.token_totals = (CostSplit(input=bills[0].direct, output=bills[1].direct),
                            CostSplit(input=bills[0].hosted, output=bills[1].hosted), bills[0].period)
    return bills


# "pays $3.24/M through Bedrock after their EA", "an effective $4.40/M on Azure", "net of the EA discount": the
# hyperscaler rate said is what they pay after the EA discount, not the list price.
_PAID_AFTER_EA = compile_regex(
    # "pays $3.24/M through Bedrock after their EA", "they pay $6 per million ... after the EA": paying, then the EA
    r"\b(?:pays?|paying|paid|costs? them|is costing them)\b[^.;?!\n]{0,60}?\$\s?\d[\d.,]*[^.;?!\n]{0,40}?"
    r"\bafter (?:their |the |its |our |an? |any |that )?(?:ea|edp|macc|enterprise agreement|enterprise discount)\b|"
    # "after their EA they pay $4.40 per million": the EA, then paying
    r"\bafter (?:their |the |its |our )?(?:ea|edp|macc|enterprise agreement)(?: discount)?,? "
    r"(?:they |the customer |customer |we )?(?:pays?|paying|are paying|is paying)\b|"
    # "Azure costs them $4.40/M net of the EA": a rate, then net of the EA
    r"\$\s?\d[\d.,]*\s?(?:/\s?m\w*|per (?:million|m\b|mtok)\w*)?[^.;?!\n$]{0,30}?\bnet of (?:the |their |its )?"
    r"(?:ea|edp|macc|enterprise|discount)|"
    # "pays an effective $4.40/M", "they effectively pay $3.24"
    # ("what they effectively pay over direct?" asks the effective markup: no rate is said as paid)
    r"\beffective(?:ly)? (?:rate |price )?(?:of |at )?(?:us)?\$\s?\d|"
    r"\beffectively pay(?:s|ing)?\b(?=[^.;?!\n]{0,20}\$)",
    re.I)
# An enterprise agreement named at all ("after their EA", "net of the EDP", "what MACC discount is that?").
# ("what the markup really is once the EA is applied": the markup after their EA, asked)
_EFFECTIVE_ASKED = compile_regex(r"\beffective\b|\bactually pay|\breally pay|\bwhat (?:are|do|will) (?:they|we) pay|"
                                 r"\b(?:really|actually|truly) (?:is|comes? to|works? out)\b|"
                                 r"\b(?:once|after) (?:the|their|that) (?:ea|edp|enterprise (?:agreement|discount))\b",
                                 re.I)
_EA_NAMED = compile_regex(r"\b(?:ea|edp|macc|enterprise (?:agreement|discount))s?\b", re.I)
# "what EA would they need to get it down to 5%", "which discount do we need for a 5% markup": a target's EA asked
_EA_NEEDED = compile_regex(r"\b(?:what|which|how (?:big|large|much) (?:of )?an?)\s(?:ea|edp|macc|enterprise agreement|"
                           r"(?:ea |edp )?discount)\b[^.?!\n]{0,40}?\b(?:need|needs|needed|required|take|get)\b", re.I)
# "what EA discount would cancel it?", "how big would their EA have to be": the EA discount is what is asked for (with
# an EA discount said too, "... and if they only get 12%?").
# ("how deep would their discount have to be": in a markup ask, the discount is the EA's)
_EA_SOLVED_FOR = compile_regex(r"\b(?:what|which|how (?:big|much|large|deep))\b[^.?!\n]{0,24}?\b(?:ea|edp|macc|"
                               r"enterprise (?:agreement|discount)|discount)\b", re.I)
_OFFSET = compile_regex(
    r"cancel(?:s|led)?(?: (?:it|that|this))? out|offset|"
    # "what EA discount would they need for it to be zero?", "to bring the markup down to nothing"
    r"\bfor (?:it|the (?:effective )?(?:markup|premium|uplift)) to (?:be|come down to|drop to|get to|reach|hit) "
    r"(?:zero|nil|nothing|0\s?%?)(?![\w.%])|"
    # ("how deep would the EDP have to be for it to wash out completely?")
    r"\bfor (?:it|that|the (?:effective )?(?:markup|premium|uplift)) to (?:wash out|disappear|vanish|go away|"
    r"cancel out|net out)\b|\b(?:bring|get|take) (?:it|the (?:effective )?(?:markup|premium|uplift)) "
    r"(?:down )?to (?:zero|nil|nothing|0\s?%?)(?![\w.%])|"
    # "fully cancel a 25% markup", "cancels the uplift", "makes it a wash vs direct", "break-even with direct"
    r"\bcancel(?:s|led|ling)? (?:the |a |their |that )?(?:\d+% )?(?:[a-z]+ )?(?:list )?(?:markup|premium|uplift)\b|"
    r"\b(?:makes?|making|is|be|it'?s|a) (?:it |that |this )?(?:a )?wash\b|"
    r"\bbreak[- ]?even (?:vs\.?|versus|with|against) (?:going |buying )?direct\b|"
    # "how deep would their discount have to be to get to parity with direct?"
    r"\b(?:parity|par|even) with (?:going |buying )?direct\b|"
    # "land exactly at direct-API parity", "to reach price parity with the direct list"
    r"\b(?:at|to|reach(?:es)?|hits?|achieve)\s(?:exactly\s|just\s)?(?:the\s)?(?:direct(?:[- ]?api)?[- ])?(?:price\s)?"
    r"parity\b|\bdirect(?:[- ]?api)?[- ](?:price\s)?parity\b|"
    # ("wipe the markup out entirely", "wipes it out")
    r"wip(?:e|es|ing) (?:(?:the |that |this |their )?(?:[a-z]+ )?(?:markup|premium|uplift|it) )?out|neutrali[sz]e|"
    r"make(?:s)? up for|"
    r"break(?:s)? even|back to (?:direct|parity|par)\b|match(?:es)? direct|same as direct|on par with direct|"
    r"(?:erase|eliminate|absorb)(?:s)? (?:the |that |a )?(?:\d+% )?(?:hyperscaler )?(?:markup|premium|uplift)|"
    # "make a 25% markup disappear", "come out level with going direct", "bring it down to parity with direct"
    r"(?:markup|premium|uplift) (?:to )?(?:disappear|vanish|go away|goes away|drop to (?:zero|0)|wash(?:es)? out|"
    r"cancel(?:s)? out|net(?:s)? (?:out|to zero)|(?:hits?|reach(?:es)?|gets? to|goes to|is|falls? to) (?:zero|0)\b)|"
    r"\b(?:level|even|parity|par) with (?:going |buying |the )?direct|"
    r"\bsame (?:price |cost )?as (?:going |buying )?direct|\b(?:equal|match)(?:s)? (?:the )?(?:going |buying )?direct|"
    r"\bno (?:more|dearer) than (?:going |buying )?direct|"
    # "what EA discount gets the markup to zero?", "brings the premium down to nothing", "zeroes out the uplift"
    r"\b(?:gets?|brings?|takes?|drives?|pushes?|knocks?|cuts?|puts?) (?:the |their |that |a )?(?:\d+% )?(?:[a-z]+ )?"
    r"(?:markup|premium|uplift|it) (?:all the way )?(?:down )?to (?:zero|0|nothing|nil|parity|par)\b|"
    r"\bzero(?:e?s)? out (?:the |their |that |a )?(?:\d+% )?(?:list )?(?:markup|premium|uplift)\b|"
    # "they want effective markup at zero", "an effective premium of 0%"
    r"\b(?:markup|premium|uplift) (?:at|of|to be|=|:) ?(?:zero|0 ?%?|nothing|nil|par|parity)(?!\.?\d)|"
    # "for a 25% list markup to net out to zero vs direct", "so the uplift nets to nothing", "comes out at par"
    r"\bnet(?:s|ted|ting)? (?:it |that |this |them )?(?:out|off)\b(?! (?:at|to) \d)|"
    r"\bnet(?:s|ted|ting)? (?:it |that |this |them )?to (?:zero|0|nothing|nil|par|parity)\b|"
    r"\bcomes? (?:out|in) (?:at|to) (?:zero|0|par|parity)\b|"
    # "for Vertex to come out at exactly the direct price", "land at the direct rate"
    r"\b(?:come|comes|land|lands|be|sit)\s(?:out\s|in\s)?(?:at|to)\s(?:exactly\s|just\s)?(?:the\s)?direct\s"
    r"(?:price|prices|rate|rates|pricing|cost)\b|"
    r"\b(?:zero|0|no) (?:net |effective )?(?:markup|premium|uplift)\b(?! (?:at all|today|now))", re.I)


def _scenario(ask: Ask, rate_cards: RateCards) -> ScenarioAnswer:
    from bot.answer.scenario import ScenarioAnswer
    from bot.parse.traits import duty_hours
    from bot.parse.traits import workload as workload_of
    from pricing.scenario import map_scenario

    f = ask.fields
    workload = workload_of(f, ask.text)
    priced = f.input_rate is not None or f.model is not None
    per_call = (_per_call(ask, rate_cards) if f.per_call_fee is not None and (
        (f.input_tokens_per_call is not None and priced) or f.per_token_call_cost is not None) else None)
    if per_call is not None and per_call.comparison is not None:
        # "$0.008 per run ... 1,600 in / 400 out on a $3/$10 model": the fee against per-token decides per-call
        workload = workload.model_copy(update={"fee_cheaper": per_call.comparison.planned.cheaper == "per_call"})
    elif per_call is not None and per_call.fee_gap is not None:
        # "per-call $0.0015/page vs per-token ~$0.0018/page": the two amounts a call decide it the same way
        workload = workload.model_copy(update={"fee_cheaper": per_call.fee_gap.cheaper == "per_call"})
    duty = duty_hours(f)
    advice = map_scenario(workload)
    if f.ea_discount is not None:
        # "EA is 15%": the buyer question on the EA discount is already answered
        from pricing.scenario import QUESTION_EA

        advice = advice.model_copy(update={"questions": tuple(q for q in advice.questions if q.key != QUESTION_EA)})
    out = ScenarioAnswer(ask=ask, workload=workload, advice=advice, par_from_duty=duty,
                         par_from_flat=(f.peak_to_average is None and workload.peak_to_average is not None
                                        and duty is None))
    if f.peak_to_average_before is not None and out.advice.peak_sizing is not None and f.peak_to_average_before >= 1:
        # "PAR goes from 1.2 to 2 at 35% off": capacity sized for the old peak too, to set the change against
        from pricing.provisioned import PeakSizingRequest, size_for_peak

        out.peak_sizing_before = size_for_peak(PeakSizingRequest(peak_to_average=f.peak_to_average_before,
                                                                 discount=out.advice.peak_sizing.discount))
    comparison = out.advice.peak_sizing.comparison if out.advice.peak_sizing else out.advice.at_utilization
    if f.on_demand_spend is not None and comparison is not None:
        # "$45k/month on-demand, PAR 1.3, 35% off. What's the call?": the bill the verdict stands on
        from pricing.provisioned import bill_at_utilization

        out.bill, out.spend_period = bill_at_utilization(f.on_demand_spend, comparison), f.spend_period or "month"
        out.asked_bills = _bills_in_periods(ask.text, out.bill, out.spend_period, out.advice.peak_sizing)
    if f.per_call_fee is not None and f.calls_per_day is not None and per_call is None:
        # "fixed 300k images a month at $0.0015 per image": the fee over the period's calls
        from pricing.periods import Period, fee_bill

        stated: Period = "week" if f.volume_period == "week" else "year" if f.volume_period == "year" else "month"
        out.fee_bill = fee_bill(f.per_call_fee, f.calls_per_day, stated)
        # "... per month and per year?": the fee over each longer period asked for too (a year is 8,760 hours)
        out.asked_fee_bills = [fee_bill(f.per_call_fee, f.calls_per_day, p) for p in _longer_periods_asked(ask.text)
                               if p != stated]
    if out.advice.par_question_needed:
        # The buyer question on the peak-to-average ratio is also an input this reply needs from the rep.
        out.missing += missing("peak_to_average")
    if f.prefix_tokens is not None and f.calls_per_day is not None:
        if f.model or f.input_rate is not None:
            out.caching_answer = _caching(ask, rate_cards)
            out.rates = out.caching_answer.rates
        else:
            out.caching_hint = missing("caching_rates")[0]
    elif f.prefix_tokens is not None and (f.model or f.input_rate is not None):
        # "every step resends an 8k block ... $3/M input, $0.30/M cache reads; thousands of steps a day": what a hit
        # saves, with the volume still to come
        per_hit = _caching(ask, rate_cards)
        if per_hit.per_hit_only is not None and per_hit.per_hit_only.eligible:
            out.caching_per_hit, out.rates = per_hit.per_hit_only, per_hit.rates
            if (per_hit.hits_after_write > 1 and per_hit.first_hit_net is not None
                    and per_hit.hits_after_write_saving is not None):
                # "net saving per contract session (1 write + 39 hits)": the session's hits against its one write
                out.caching_session = (per_hit.hits_after_write, per_hit.hits_after_write_saving, per_hit.first_hit_net)
    if per_call is not None:
        # "vendor per-call $0.0025 vs per-token $2/$8 at 900 in / 100 out. recommend?": the comparison behind the
        # per-call verdict
        if per_call.comparison is not None or (per_call.fee_gap is not None and per_call.periods):
            out.figures, out.rates = per_call, per_call.rates
    elif f.markup is not None:
        # "Bedrock vs direct, markup ~20%, EA 15%: what's the pitch?": the effective markup behind the hyperscaler line
        markup = _markup(ask, rate_cards)
        if markup.markup is not None:
            out.figures = markup
    elif (out.caching is None or not out.caching.eligible) and priced and (f.input_tokens_per_call is not None
                                                                          or f.input_tokens_per_day is not None):
        # "last month 100M in 20M out at $2.50/$10. structure? + what that month cost": the per-token cost (also
        # beside a prefix too short to cache: "poc, 300 tok sys prompt, 1k calls/day, 500 in 200 out at 1/M in 4/M")
        quote = _quote(ask, rate_cards)
        if quote.quote is not None:
            out.figures, out.rates = quote, quote.rates
            # "a proof of concept for 3 months": the words the quote worked into its figures are not left unused
            out.ask = out.ask.model_copy(update={"unused": [u for u in out.ask.unused if u in quote.ask.unused]})
    return out


def _glossary(ask: Ask, rate_cards: RateCards = None) -> GlossaryAnswer:
    import glossary

    query = (ask.fields.term or "").strip()
    try:
        term = glossary.lookup(query)
    except glossary.UnknownTerm as exc:
        return GlossaryAnswer(ask=ask, query=query, suggestions=list(exc.suggestions))
    see_also = []
    for ref in term.see_also:
        try:
            see_also.append(glossary.lookup(ref).title)
        except glossary.UnknownTerm:
            see_also.append(ref)
    out = GlossaryAnswer(ask=ask, query=query, term=term, see_also=see_also)
    worked = ask.figures_ask()
    if worked is not None:
        # "what's a PTU? at $3 an hour, what's one a month?": the figures after the entry, and what they still need
        try:
            out.figures = _HANDLERS[worked.intent](worked, rate_cards)
        except PricingError as exc:
            out.figures = ErrorAnswer(ask=worked, error=str(exc), error_type=type(exc).__name__)
        if ask.worked_if_figured and not out.figures.computed:
            out.figures = None  # the figures beside the entry were context: nothing to work out from them
        else:
            out.missing, out.rates = list(out.figures.missing), out.figures.rates
    return out


def _fieldcheck(ask: Ask) -> FieldcheckAnswer:
    checked = ask.fields.checked_text or ""
    return FieldcheckAnswer(ask=ask, checked=checked, found=_lint(checked))


def _help(ask: Ask) -> HelpAnswer:
    return HelpAnswer(ask=ask)


_HANDLERS: dict[Intent, Callable[[Ask, RateCards], AnswerBase]] = {
    Intent.QUOTE: _quote,
    Intent.BREAK_EVEN: _checked_break_even,
    Intent.CACHING: _caching,
    Intent.PER_CALL: _per_call,
    Intent.MARKUP: _markup,
    Intent.SCENARIO: _scenario,
    Intent.COMPARE: _compare,
    Intent.GLOSSARY: _glossary,
    Intent.FIELDCHECK: lambda ask, _cards: _fieldcheck(ask),
    Intent.HELP: lambda ask, _cards: _help(ask),
}
