"""The typed Answer the router hands to every surface: one model per kind of reply (a union by ``kind``).

Each answer carries the parsed ask, the engine's result models (never JSON, never rendered text), the inputs
still missing, the ambiguities the parser asked about, the coaching flags on the ask and the rates used.
:mod:`bot.present` renders text, Block Kit and Home views from these fields; :mod:`bot.charts.select` builds a
chart from them; :meth:`AnswerBase.data` is the one place ``Reply.data`` (the JSON for storage and ``--json``)
is produced. Nothing downstream parses rendered text or re-runs the engine.

The answers every command can give (quote, error, glossary, fieldcheck, help, coaching) are defined here; the others
each live in a module of this package with the engine result types they hold (:mod:`bot.answer.break_even`,
``caching``, ``per_call``, ``markup``, ``scenario``, ``compare``, ``usage``) and load when first named, so a per-token
quote builds none of their model classes. :data:`Answer` (or :func:`answer_union`) is the whole union.
"""

from __future__ import annotations

import importlib
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from bot.followup import Change, Choice
from bot.parse.models import Ambiguity, Ask, new_list
from bot.parse.requests import Missing
from glossary.matcher import Flag
from glossary.terms import Term
from pricing.budget import BudgetCheck
from pricing.per_token import (
    BlendedRate,
    CallsCost,
    DiscountedQuote,
    HeadCost,
    PeakHour,
    PeriodCost,
    PerTokenQuote,
    QuoteChange,
    RoutedSplit,
    RowCost,
    SideShares,
    TermCost,
    UnitsCost,
)
from pricing.periods import CallsOverPeriod, CostOverParts, DailyOverPeriod, PeriodVolume
from pricing.rates import Rates

if TYPE_CHECKING:
    from bot.answer.break_even import BreakEvenAnswer, TrafficCost, UnitsBill, UnitsVsSpend
    from bot.answer.caching import CachingAnswer
    from bot.answer.compare import CompareAnswer
    from bot.answer.markup import MarkupAnswer, TokenBill
    from bot.answer.per_call import PerCallAnswer
    from bot.answer.rows import RowAnswer, RowsAnswer
    from bot.answer.scenario import ScenarioAnswer
    from bot.answer.usage import ROUTINE_TIERS, UsageAnswer

__all__ = [
    "QUOTE_KINDS", "ROUTINE_TIERS", "Answer", "AnswerBase", "BreakEvenAnswer", "CachingAnswer", "CoachingAnswer",
    "CompareAnswer", "ErrorAnswer", "FieldcheckAnswer", "GlossaryAnswer", "HelpAnswer", "MarkupAnswer",
    "PerCallAnswer", "QuoteAnswer", "RowAnswer", "RowsAnswer", "ScenarioAnswer", "TokenBill", "TrafficCost",
    "UnitsBill", "UnitsVsSpend", "UnpricedSide",
    "UsageAnswer", "answer_union", "intent_of",
]


class AnswerBase(BaseModel):
    """What every answer has. ``missing`` excludes fields the parser already asked about as ambiguities."""

    model_config = ConfigDict(arbitrary_types_allowed=True, defer_build=True)

    ask: Ask
    missing: list[Missing] = Field(default_factory=new_list)
    flags: list[Flag] = Field(default_factory=new_list)
    rates: Rates | None = None
    rate_problem: str | None = None
    suggestions: list[str] = Field(default_factory=new_list)
    #: The inputs a follow-up replaced in the conversation's last request (empty for a request of its own).
    changes: list[Change] = Field(default_factory=new_list)
    #: The choices the answer needs, each with the replies that settle it (offered as buttons in Slack).
    choices: list[Choice] = Field(default_factory=new_list)
    #: What the presentation layer rendered from this answer, by part (bot.present): kept with the answer, so
    #: it goes when the answer does.
    _presented: dict[tuple[int, str], Any] = PrivateAttr(default_factory=dict)

    @property
    def ambiguities(self) -> list[Ambiguity]:
        return self.ask.ambiguities

    @property
    def understood(self) -> bool:
        return self.ask.understood

    @property
    def computed(self) -> bool:
        """True when the engine produced figures (the reply then names its rate source)."""
        return self.result() is not None

    def result(self) -> Any:
        """The engine's result for ``Reply.data["result"]`` (a model, a dict of models, or None)."""
        return None

    def data(self) -> dict[str, Any]:
        """``Reply.data``: the parsed request, the result, what is missing and asked, the flags; JSON values."""
        data: dict[str, Any] = {
            "request": self.ask.model_dump(mode="json", exclude_none=True),
            "result": _jsonable(self.result()),
            "missing": [{"field": m.key, "what": m.what, "example": m.example} for m in self.missing],
            "ambiguities": [a.model_dump(mode="json") for a in self.ambiguities],
        }
        if self.rates is not None:  # kept with a stored quote: its rates and the catalog version they came from
            data["rates"] = self.rates.model_dump(mode="json")
        if self.changes:
            data["changes"] = [c.model_dump() for c in self.changes]
        if self.flags:
            data["flags"] = [f.model_dump() for f in self.flags]
        return data


class UnpricedSide(BaseModel):
    """A side of a quote whose tokens were stated without a rate: its tokens per call and per day, where known."""

    side: Literal["input", "output"]
    per_call: Decimal | None = None
    per_day: Decimal | None = None


class CatalogSide(BaseModel):
    """A side of the rates the message left out and the catalog filled for the model it names: priced, but the rep
    is asked to confirm it (a rate stated for one side is the deal's; the catalog's other side may not be)."""

    side: Literal["input", "output"]
    rate: Decimal
    source: str


class QuoteAnswer(AnswerBase):
    kind: Literal["quote"] = "quote"
    quote: PerTokenQuote | None = None
    catalog_side: CatalogSide | None = None
    volume_hint: Missing | None = None
    #: The tokens read as one call's are more than any call carries: a period's, its period not said.
    past_one_call: bool = False
    #: The tokens were said of one call ("per call", "each call", "our calls are ..."): only the volume is missing.
    per_call_said: bool = False
    #: "a 4k-token system prompt and a 500-token question": (the prompt repeated with every call, the rest of the
    #: call's input), added up as its input tokens.
    prompt_parts: tuple[Decimal, Decimal] | None = None
    #: The week or year the ask asked for, input and output apart.
    asked_periods: list[PeriodCost] = Field(default_factory=new_list)
    #: "weekdays 80k calls a day, weekends 15k": the period's calls part by part and what they cost.
    by_part: CostOverParts | None = None
    #: "a 12-month term ... and the total?": the monthly cost over the term.
    term: TermCost | None = None
    #: A hyperscaler quote with the buyer's EA discount: the daily and monthly totals after it.
    after_ea: DiscountedQuote | None = None
    #: "a third off list, $3/$15 per million": the totals after the discount off the list rates the ask states.
    off_list: DiscountedQuote | None = None
    #: "cost per 1k calls?", "a one-off batch of 2M documents": the calls and what they cost.
    per_n_calls: CallsCost | None = None
    #: "12 model calls per task": what one unit of work costs (its calls at the per-call cost).
    per_unit: CallsCost | None = None
    #: "5k-8k calls/day": the quote at the high end of a range of volumes (the quote itself is the low end).
    range_high: PerTokenQuote | None = None
    #: "between 50 and 80M input tokens a month": the quote at the top of a range of tokens (the quote is the low end).
    tokens_range_high: PerTokenQuote | None = None
    #: The top of that range over each period asked for (in the order of ``asked_periods``).
    tokens_range_periods: list[PeriodCost] = Field(default_factory=new_list)
    #: A pasted usage table's rows, each priced (the quote prices their total).
    rows: list[RowCost] = Field(default_factory=new_list)
    #: "cost per 1,000 conversations? 6 turns each": the units' calls and what they cost.
    per_units: UnitsCost | None = None
    #: Further units asked for in the same ask ("... and per million calls?").
    more_per_n_calls: list[CallsCost] = Field(default_factory=new_list)
    #: An hour of traffic, when the volume is stated per hour (or finer) or an hourly figure is asked for.
    per_hour: CallsOverPeriod | None = None
    #: Tokens stated per hour with no call count ("2M in / 250k out per hour"): a day's cost over its active hours.
    hour_of_tokens: DailyOverPeriod | None = None
    #: "busiest hour 18M in ... the average hour a third of it": the peak hour, and the average hour priced every hour.
    peak_hour: PeakHour | None = None
    #: The same hour's input and output costs.
    hour_of_sides: tuple[Decimal, Decimal] | None = None
    #: "... is basically two cents a call at $5/$15, right?": (the per-call cost claimed, whether it holds).
    call_cost_check: tuple[Decimal, bool] | None = None
    #: A quarter (three 730-hour months), when the volume is stated per quarter or a quarterly figure is asked for.
    per_quarter: TermCost | None = None
    #: The same quarter of the grown quote ("if output doubles, the new quarterly total?").
    grown_quarter: TermCost | None = None
    #: The second price list over a quarter of three 730-hour months, when the quarter is asked, and its change from
    #: the first list's quarter (second − first).
    other_quarter: tuple[TermCost, TermCost] | None = None
    #: "use a 30-day month ... the quarterly total": the days of each of the quarter's three months (the quarter is then
    #: one of ``asked_periods``).
    quarter_month_days: int | None = None
    #: "a quarter as 13 weeks": the weeks of the quarter said (the quarter is then one of ``asked_periods``).
    quarter_weeks: int | None = None
    #: Traffic on fewer than 7 days a week: (days a week, the 730-hour month's cost on those days only).
    active_month: tuple[int, Decimal] | None = None
    #: A token total stated with an input share, split into input and output: (total, input share, whether the total
    #: is a day's or a call's).
    split: tuple[Decimal, Decimal, Literal["day", "call"]] | None = None
    #: Only this side's tokens and rate were stated ("cost of 250k input tokens at $5/M"): the other is taken as none.
    one_side: Literal["input", "output"] | None = None
    #: Both sides' tokens stated but one side's rate missing: that side's tokens, left out of the figures.
    unpriced: UnpricedSide | None = None
    #: "what blended rate per M is that?": the workload's input and output at one rate.
    blended: BlendedRate | None = None
    #: "output goes from 300 to 900 tokens": the quote before the change, and the change (after − before).
    before: PerTokenQuote | None = None
    #: The second price list over each period asked other than a month, and the change to it (second − first).
    other_rates_periods: list[tuple[PeriodCost, PeriodCost]] = Field(default_factory=new_list)
    #: The quote before the change over each period asked (in the order of ``asked_periods``).
    before_periods: list[PeriodCost] = Field(default_factory=new_list)
    #: "what if output doubles? ... 30-day month": the grown quote over each period asked (as ``asked_periods``).
    side_grown_periods: list[PeriodCost] = Field(default_factory=new_list)
    #: "I get $16 in, $16 out, $32/day?": each figure the rep states, and the worked figure it is (name, value) or None.
    claim_checks: list[tuple[Decimal, tuple[str, Decimal] | None]] = Field(default_factory=new_list)
    #: "what if output doubles?": the quote with one side's tokens times the factor (the change is side_grown − quote).
    side_grown: PerTokenQuote | None = None
    #: "what if their volume doubles?": the quote with the volume times the factor (the change is grown − quote).
    grown: PerTokenQuote | None = None
    change: QuoteChange | None = None
    #: "what share of the bill is output?": each side's share of the cost.
    shares: SideShares | None = None
    #: "from a $10/$30 model to a $2.50/$10 one": the same tokens at the second rates, and what moving changes.
    at_other_rates: PerTokenQuote | None = None
    rates_change: QuoteChange | None = None
    #: "70% of calls to the small model, 30% to the large": each model's share of the month's (or a call's) cost.
    routed: RoutedSplit | None = None
    #: "800 seats, 40 req/seat/day": the month's cost shared by the heads the volume was stated per.
    per_head: HeadCost | None = None
    #: The calls and tokens each priced period holds ("90 requests a minute ... a month": 3,942,000 requests), keyed
    #: "month", "quarter", "term", or an asked period's name and days ("year365", "week7", "days30").
    volumes: dict[str, PeriodVolume] = Field(default_factory=dict)
    #: "budget is $5,000/month ... are we inside budget?": the bill over the budget's period against it, and the calls
    #: the budget covers.
    budget: BudgetCheck | None = None
    #: "budget is $10k/mo. they do 1.5bn input tokens": tokens said with no period, read over the budget's period.
    tokens_over_budget_period: str | None = None
    #: "$410 a day on-demand, what's that per month?": (period, its hours, the spend over it), the stated one first.
    spend: list[tuple[str, Decimal, Decimal]] = Field(default_factory=new_list)
    #: "(30 days)": that spend over the rep's month of whole days, against the 730-hour month: (days, hours, amount over
    #: them, the 730-hour month's amount minus it).
    spend_days: tuple[Decimal, Decimal, Decimal, Decimal] | None = None

    @property
    def rows_own_rates(self) -> bool:
        """The table's rows were each priced at their own rates, and the totals at their blend."""
        from pricing.rates import ROWS_SOURCE

        return bool(self.rows) and self.rates is not None and self.rates.source == ROWS_SOURCE

    @property
    def stated_month(self) -> PeriodCost | None:
        """The month the ask states in days ("22 business days a month"), which replaces the 730-hour one."""
        return next((p for p in self.asked_periods if p.period == "month"), None)

    def result(self) -> Any:
        if self.quote is None and self.blended is not None:
            return {"blended": self.blended}
        if self.quote is None and self.spend:
            return {"spend": {period: amount for period, _, amount in self.spend}}
        return self.quote


class ErrorAnswer(AnswerBase):
    """The engine refused a number: the message names the field, the value and the allowed range."""

    kind: Literal["error"] = "error"
    error: str
    error_type: str

    def result(self) -> Any:
        return {"error": self.error, "error_type": self.error_type}


class GlossaryAnswer(AnswerBase):
    kind: Literal["glossary"] = "glossary"
    query: str
    term: Term | None = None
    see_also: list[str] = Field(default_factory=new_list)
    #: "what's a PTU? at $3 an hour, what's one a month?": the answer to the figures asked beside the meaning, shown
    #: after the entry (its missing inputs are this answer's too).
    figures: AnswerBase | None = None

    @property
    def understood(self) -> bool:
        return self.term is not None

    def result(self) -> Any:
        if self.term is None:
            return {"query": self.query, "suggestions": self.suggestions}
        if self.figures is None:
            return self.term
        return {"term": self.term, getattr(self.figures, "kind"): self.figures.result()}  # noqa: B009


class FieldcheckAnswer(AnswerBase):
    """An on-request check of a text; its flags are the result (the ask itself is not coached)."""

    kind: Literal["fieldcheck"] = "fieldcheck"
    checked: str
    found: list[Flag] = Field(default_factory=new_list)

    def result(self) -> Any:
        return {"flags": [f.model_dump() for f in self.found]}


class HelpAnswer(AnswerBase):
    kind: Literal["help"] = "help"

    @property
    def unclear(self) -> bool:
        return not self.ask.understood


class CoachingAnswer(AnswerBase):
    """Unprompted coaching on a channel message: only the flags (``data()["flags"]``)."""

    kind: Literal["coaching"] = "coaching"

    def data(self) -> dict[str, Any]:
        return {"flags": [f.model_dump() for f in self.flags]}


#: Answers with figures a quote reply shows as Block Kit (header, key fields, arithmetic, context line).
QUOTE_KINDS = frozenset({"quote", "break_even", "caching", "per_call", "markup", "scenario", "usage", "compare",
                         "rows"})


def intent_of(answer: AnswerBase) -> str:
    """The intent the reply reports: the intent asked (``coaching`` for unprompted coaching)."""
    return "coaching" if isinstance(answer, CoachingAnswer) else answer.ask.intent.value


def _jsonable(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return value


#: The answers of the other intents live in their own modules, each with the engine result types it holds, and load
#: when first named (PEP 562): a per-token quote builds neither the caching, provisioned, per-call, markup, scenario,
#: comparison nor usage models.
_KINDS: dict[str, str] = {
    "BreakEvenAnswer": "bot.answer.break_even", "TrafficCost": "bot.answer.break_even",
    "UnitsBill": "bot.answer.break_even", "UnitsVsSpend": "bot.answer.break_even",
    "CachingAnswer": "bot.answer.caching", "CompareAnswer": "bot.answer.compare",
    "MarkupAnswer": "bot.answer.markup", "TokenBill": "bot.answer.markup",
    "PerCallAnswer": "bot.answer.per_call",
    "ScenarioAnswer": "bot.answer.scenario", "UsageAnswer": "bot.answer.usage", "ROUTINE_TIERS": "bot.answer.usage",
    "RowsAnswer": "bot.answer.rows", "RowAnswer": "bot.answer.rows",
}


if TYPE_CHECKING:
    Answer = Annotated[
        QuoteAnswer | BreakEvenAnswer | CachingAnswer | PerCallAnswer | MarkupAnswer | ScenarioAnswer | CompareAnswer
        | ErrorAnswer | GlossaryAnswer | FieldcheckAnswer | HelpAnswer | CoachingAnswer | UsageAnswer | RowsAnswer,
        Field(discriminator="kind"),
    ]


def __getattr__(name: str) -> Any:
    if name == "Answer":
        value: Any = answer_union()
    elif name in _KINDS:
        value = getattr(importlib.import_module(_KINDS[name]), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def answer_union() -> Any:
    """The typed Answer: a pydantic union of every kind of answer, told apart by ``kind`` (loads every kind)."""
    from bot.answer.break_even import BreakEvenAnswer
    from bot.answer.caching import CachingAnswer
    from bot.answer.compare import CompareAnswer
    from bot.answer.markup import MarkupAnswer
    from bot.answer.per_call import PerCallAnswer
    from bot.answer.rows import RowsAnswer
    from bot.answer.scenario import ScenarioAnswer
    from bot.answer.usage import UsageAnswer

    return Annotated[
        QuoteAnswer | BreakEvenAnswer | CachingAnswer | PerCallAnswer | MarkupAnswer | ScenarioAnswer | CompareAnswer
        | ErrorAnswer | GlossaryAnswer | FieldcheckAnswer | HelpAnswer | CoachingAnswer | UsageAnswer | RowsAnswer,
        Field(discriminator="kind"),
    ]
