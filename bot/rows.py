"""A table of separate items answered row by row: each row's own answer, labelled by its name, and the rows added
up where a total means something (quotes over the same period, caching savings a day); versions of one deal (planned
and actual, two offers) are never added: the last is set against the first."""

from __future__ import annotations

import re

from bot.answer import AnswerBase, BreakEvenAnswer, CoachingAnswer, QuoteAnswer
from bot.answer.caching import CachingAnswer
from bot.answer.rows import RowAnswer, RowsAnswer
from bot.parse import Ask, Fields, Intent
from glossary.regex_cache import compile_regex
from pricing.totals import VersionChange, bill_change, total_amount, total_cost


def answer_rows(text: str, answers: list[tuple[str, AnswerBase]], *, versions: bool = False,
                months: bool = False) -> RowsAnswer:
    """The rows' answers (each to the message with only that row in it) as one answer to ``text``; rows that are
    ``versions`` of one deal (planned, actual) are never added up: the last is set against the first; rows that are
    ``months`` add up over those months (never their days: each month has its own)."""
    intents = [answer.ask.intent for _, answer in answers if not isinstance(answer, CoachingAnswer)]
    intent = max(set(intents), key=intents.count) if intents else Intent.HELP  # the intent most rows were asked
    for _, answer in answers:
        answer.flags = []  # the message is coached once, as a whole
    sources = {answer.rates.source for _, answer in answers if answer.rates is not None}
    rates = next((answer.rates for _, answer in answers if answer.rates is not None), None)
    out = RowsAnswer(ask=Ask(text=text, intent=intent, fields=Fields()),
                     items=[RowAnswer(label=label, answer=answer) for label, answer in answers],
                     rates=rates if len(sources) == 1 else None)
    quotes = [answer.quote for _, answer in answers if isinstance(answer, QuoteAnswer) and answer.quote is not None
              and answer.unpriced is None]
    if versions:
        if quotes and len(quotes) == len(answers):
            versioned = [a for _, a in answers if isinstance(a, QuoteAnswer)]
            out.version_change = _version_change(versioned)
            out.asked_changes = _asked_changes(versioned, out.version_change)
            if out.version_change is not None and out.version_change.period == "total":
                for answer in versioned:  # versions' totals (a pilot's budget and use), not one call each
                    answer.volume_hint = None
        bills = [answer.units_bill for _, answer in answers
                 if isinstance(answer, BreakEvenAnswer) and answer.units_bill is not None]
        if len(bills) == len(answers) >= 2 and len({b.period for b in bills}) == 1:
            # "Offer A: 6 units at $28.50 ... Offer B: 4 units at $41": the last bill against the first
            out.bill_change = bill_change(bills[0].bill, bills[-1].bill)
        return out
    if quotes and len(quotes) == len(answers):
        stated = [a.stated_month for _, a in answers if isinstance(a, QuoteAnswer)]
        month_costs = ([m.cost for m in stated if m is not None]
                       if all(m is not None for m in stated) and len({m.days for m in stated if m is not None}) == 1
                       else [q.per_month for q in quotes if q.per_month is not None])  # ("30-day month": the one said)
        days = [q.per_day for q in quotes if q.per_day is not None]
        if len(month_costs) == len(quotes):
            out.cost_parts = [m.total for m in month_costs]
            out.cost_total = ("month", total_cost(month_costs))
            if len(days) == len(quotes):
                out.day_total = total_cost(days)
        elif len(days) == len(quotes):
            out.cost_parts = [d.total for d in days]
            out.cost_total = ("day", total_cost(days))
        asked = [a.asked_periods[0] if a.asked_periods else None for _, a in answers if isinstance(a, QuoteAnswer)]
        if asked and asked[0] is not None and all(
                p is not None and (p.period, p.days) == (asked[0].period, asked[0].days) for p in asked):
            # "last week's usage, per model: the week cost per model and all in?": each row's week, added up
            costs = [p.cost for p in asked if p is not None]
            out.asked_total = (asked[0].period, asked[0].days, [c.total for c in costs], total_cost(costs))
    cached = [answer for _, answer in answers if isinstance(answer, CachingAnswer) and answer.caching is not None]
    nets = [next((p.net for p in a.asked_periods if p.period == "month"), None) for a in cached]
    if months and cached and len(cached) == len(answers) and None not in nets:
        out.month_nets = [n for n in nets if n is not None]
        out.months_net_total = total_amount(out.month_nets)
    elif cached and len(cached) == len(answers):
        out.net_saving_total = total_amount([a.caching.net_saving_per_day for a in cached if a.caching is not None])
        weeks = [next((p.net for p in a.asked_periods if p.period == "week"), None) for a in cached]
        if None not in weeks:
            # "the weekly ceiling for a 5-business-day week" over every row: each row's week added up
            out.week_nets = [n for n in weeks if n is not None]
            out.weeks_net_total = total_amount(out.week_nets)
        hits = [a.all_hits_per_day for a in cached if a.all_hits_per_day is not None]
        if len(hits) == len(cached):
            out.all_hits_total = total_amount(hits)
    return out


_DAY_ASKED = compile_regex(r"\b(?:per|a|each|by the) day\b|\bdaily\b", re.I)
_MONTH_NAMED = compile_regex(r"\bmonth(?:ly|s)?\b", re.I)


def _version_change(quotes: list[QuoteAnswer]) -> VersionChange | None:
    """The last version's cost against the first's over the period the versions were stated in (a week's calls are
    set against each other by the week), else a month, a day or a call."""
    first, last = quotes[0], quotes[-1]
    if first.quote is None or last.quote is None:
        return None
    stated = first.ask.fields.volume_period
    over = [next((p.cost for p in q.asked_periods if p.period == stated), None) for q in (first, last)]
    if stated not in ("month", "day") and over[0] is not None and over[1] is not None:
        return VersionChange(period=str(stated), before=over[0], after=over[1])
    # ("18 million input tokens a day ... which one is cheaper per day?": a day's traffic, asked by the day, is set
    # against by the day; "calls/day ... monthly delta?" by the month)
    by_day = stated == "day" and bool(_DAY_ASKED.search(first.ask.text)) and not _MONTH_NAMED.search(first.ask.text)
    order = ("per_day", "per_month", "per_call") if by_day else ("per_month", "per_day", "per_call")
    for period in order:
        before, after = getattr(first.quote, period), getattr(last.quote, period)
        if before is not None and after is not None:
            # (tokens with no calls and no period are each version's total, not a call's)
            said = "total" if period == "per_call" and first.quote.calls_per_day is None else period[4:]
            return VersionChange(period=said, before=before, after=after)
    return None


def _asked_changes(quotes: list[QuoteAnswer], shown: VersionChange | None) -> list[tuple[str, int, VersionChange]]:
    """The last version against the first over each further period asked ("save over a year?"), beside the change
    over the period the versions were stated in."""
    first, last = quotes[0], quotes[-1]
    if shown is None or len(first.asked_periods) != len(last.asked_periods):
        return []
    return [(a.period, a.days, VersionChange(period=a.period, before=a.cost, after=b.cost))
            for a, b in zip(first.asked_periods, last.asked_periods, strict=True)
            if (a.period, a.days) == (b.period, b.days) and a.period != shown.period]
