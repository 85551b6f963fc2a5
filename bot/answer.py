"""The typed Answer the router hands to every surface: one model per kind of reply (a union by ``kind``).

Each answer carries the parsed ask, the engine's result models (never JSON, never rendered text), the inputs
still missing, the ambiguities the parser asked about, the coaching flags on the ask and the rates used.
:mod:`bot.present` renders text, Block Kit and Home views from these fields; :mod:`bot.charts.select` builds a
chart from them; :meth:`AnswerBase.data` is the one place ``Reply.data`` (the JSON for storage and ``--json``)
is produced. Nothing downstream parses rendered text or re-runs the engine.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.followup import Change, Choice
from bot.parse.models import Ambiguity, Ask, new_list
from bot.parse.requests import Missing
from bot.usage.analyse import Unpriced, UsageResult
from glossary.matcher import Flag
from glossary.terms import Term
from pricing.caching import CacheWrite, CachingRequest, CachingResult, PoissonWrites, TtlComparison
from pricing.caching_figures import (
    CachingOverPeriod,
    HitBreakEven,
    HitInputCost,
    InputBillCut,
    InputCut,
    StorageCover,
    hit_savings_per_day,
    write_costs_per_day,
)
from pricing.commitment import CommitmentPlan
from pricing.compare import Comparison
from pricing.hyperscaler import ListPriceComparison
from pricing.markup import Benefit, DirectEquivalent, MarkupResult
from pricing.per_call import CallsFromBill, Crossover, PerCallComparison, PromptCrossover
from pricing.per_token import (
    BlendedRate,
    CallsCost,
    CostSplit,
    DiscountedQuote,
    PeriodCost,
    PerTokenQuote,
    TermCost,
    TokensAtRate,
)
from pricing.periods import CallsOverPeriod, DailyOverPeriod, FeeOverPeriod
from pricing.provisioned import (
    BillAtUtilization,
    BillInPeriod,
    CapacityComparison,
    PeakSizing,
    UtilizationComparison,
)
from pricing.rates import Rates
from pricing.scenario import ScenarioAdvice, WorkloadTraits
from pricing.units import month_from_day
from pricing.usage import UsageAnalysis


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


class QuoteAnswer(AnswerBase):
    kind: Literal["quote"] = "quote"
    quote: PerTokenQuote | None = None
    volume_hint: Missing | None = None
    #: The week or year the ask asked for, input and output apart.
    asked_periods: list[PeriodCost] = Field(default_factory=new_list)
    #: "a 12-month term ... and the total?": the monthly cost over the term.
    term: TermCost | None = None
    #: A hyperscaler quote with the buyer's EA discount: the daily and monthly totals after it.
    after_ea: DiscountedQuote | None = None
    #: "cost per 1k calls?", "a one-off batch of 2M documents": the calls and what they cost.
    per_n_calls: CallsCost | None = None
    #: Further units asked for in the same ask ("... and per million calls?").
    more_per_n_calls: list[CallsCost] = Field(default_factory=new_list)
    #: An hour of traffic, when the volume is stated per hour (or finer) or an hourly figure is asked for.
    per_hour: CallsOverPeriod | None = None
    #: Traffic on fewer than 7 days a week: (days a week, the 730-hour month's cost on those days only).
    active_month: tuple[int, Decimal] | None = None
    #: A token total stated with an input share, split into input and output: (total, input share).
    split: tuple[Decimal, Decimal] | None = None
    #: Only this side's tokens and rate were stated ("cost of 250k input tokens at $5/M"): the other is taken as none.
    one_side: Literal["input", "output"] | None = None
    #: "what blended rate per M is that?": the workload's input and output at one rate.
    blended: BlendedRate | None = None

    def result(self) -> Any:
        return self.quote


class TokenBill(BaseModel):
    """One side's tokens at its direct rate, and the same on the hyperscaler at the effective markup."""

    side: str
    tokens: Decimal
    rate: Decimal
    period: str | None  # the period the tokens were stated over; None for a bare count
    direct: Decimal
    hosted: Decimal
    premium: Decimal


class UnitsVsSpend(BaseModel):
    """Provisioned units at a unit-hour price against the on-demand spend they would replace, per period."""

    model_config = ConfigDict(defer_build=True)  # built when first used, not by every command

    units: Decimal
    unit_hour_price: Decimal
    hours: Decimal
    period: str
    provisioned: Decimal
    on_demand: Decimal
    difference: Decimal
    #: With the on-demand cost stated at full load: that cost over the period, the average load, the break-even load.
    full_load: Decimal | None = None
    load: Decimal | None = None
    break_even_load: Decimal | None = None
    #: Provisioned ÷ on-demand over the period (below 1: the units cost less).
    cost_ratio: Decimal | None = None
    #: Units billed only over the active hours: (hours a day, days a month) that make up ``hours``.
    billed: tuple[Decimal, Decimal] | None = None


class UnitsBill(BaseModel):
    """Provisioned units at a unit-hour price over a period, with nothing yet to set them against."""

    units: Decimal
    unit_hour_price: Decimal
    hours: Decimal
    period: str
    bill: Decimal


class TrafficCost(BaseModel):
    """The on-demand cost of the tokens provisioned units would carry, over the period the units are billed."""

    model_config = ConfigDict(defer_build=True)  # built when first used, not by every command

    period: str
    input_tokens: Decimal
    output_tokens: Decimal
    rates: Rates
    cost: CostSplit


class BreakEvenAnswer(AnswerBase):
    kind: Literal["break_even"] = "break_even"
    discount: Decimal | None = None
    break_even: Decimal | None = None
    comparisons: list[UtilizationComparison] = Field(default_factory=new_list)
    peak: PeakSizing | None = None
    #: (utilization, the discount that breaks even there) when no discount was given.
    needed_discounts: list[tuple[Decimal, Decimal]] = Field(default_factory=new_list)
    capacity: CapacityComparison | None = None
    input_share: Decimal | None = None
    share_from_call: bool = False
    utilization_assumed: bool = False
    units_vs_spend: UnitsVsSpend | None = None
    #: Units and their unit-hour price alone: what they cost over the period (the on-demand spend to beat).
    units_bill: UnitsBill | None = None
    #: The on-demand side of units against a token volume at a blended rate ("600M tokens a day at $4.50/M").
    tokens_spend: TokensAtRate | None = None
    #: The on-demand side of units against input and output token volumes at input and output rates.
    traffic: TrafficCost | None = None
    #: With an on-demand spend: the new bill and the saving per utilization, in ``spend_period``.
    bills: list[BillAtUtilization] = Field(default_factory=new_list)
    spend_period: str | None = None
    #: The same bills restated in another period the ask names ("$20k a month ... what do they save a year?").
    asked_bills: list[BillInPeriod] = Field(default_factory=new_list)
    #: The cost-minimising commitment for a load profile stated over a day (in the profile's own unit).
    commitment: CommitmentPlan | None = None
    #: A load flat out for some hours a day (and days a week) on capacity reserved 24/7: (hours, days, utilization).
    duty_cycle: tuple[Decimal, Decimal, Decimal] | None = None

    @property
    def computed(self) -> bool:
        return self.result() is not None or bool(self.needed_discounts)

    def result(self) -> Any:
        if self.break_even is not None:
            return {"break_even_utilization": self.break_even, "comparisons": self.comparisons,
                    "peak_sizing": self.peak, "capacity": self.capacity}
        if self.units_vs_spend is not None:
            return {"units_vs_spend": self.units_vs_spend}
        if self.units_bill is not None:
            return {"units_bill": self.units_bill}
        return {"capacity": self.capacity} if self.capacity is not None else None


class CachingAnswer(AnswerBase):
    kind: Literal["caching"] = "caching"
    #: A prefix shorter than the provider's minimum cacheable prefix: (prefix, minimum, provider, family).
    below_minimum: tuple[Decimal, int, str, str] | None = None
    request: CachingRequest | None = None
    caching: CachingResult | None = None
    #: The figures per hit alone, when the call volume is still missing.
    per_hit_only: CachingResult | None = None
    #: "the premium per write for each TTL?": one write at each compared lifetime's write price.
    ttl_writes: list[CacheWrite] = Field(default_factory=new_list)
    #: "5-minute or 1-hour TTL?": the same calls and prefix under each lifetime.
    ttl_comparison: TtlComparison | None = None
    #: With a break-even hit rate or an input cut answered from the shares alone: what the dollar figures still need.
    for_dollars: list[Missing] = Field(default_factory=new_list)
    #: The net over an hour of traffic, when the volume is stated per hour (or finer) or an hourly figure is asked for.
    per_hour: DailyOverPeriod | None = None
    #: With the figures per hit alone: one write followed by one hit, against sending the prefix uncached twice.
    first_hit_net: Decimal | None = None
    #: A cache with a storage price and no call volume: storage an hour and a day, and the hits an hour that cover it.
    storage: StorageCover | None = None
    #: Calls at random and a TTL but no prefix or prices: the writes and hits a day alone.
    writes_only: PoissonWrites | None = None
    #: One cache write and its premium, when the ask gives the write price or asks about writes (shown when the
    #: full figures are missing a read price or a volume).
    write: CacheWrite | None = None
    all_hits_per_day: Decimal | None = None
    #: The periods the ask asked for: hit savings, write costs and net over a week, month or year.
    asked_periods: list[CachingOverPeriod] = Field(default_factory=new_list)
    #: "at what hit rate does caching break even?"
    hit_break_even: HitBreakEven | None = None
    #: "what % of the input cost does caching cut?"
    input_cut: InputCut | None = None
    #: "effective input cost per call": the input cost of a call whose prefix hits, against it uncached.
    hit_input_cost: HitInputCost | None = None
    #: An input spend with a repeated prefix's share cached: the saving and the input bill left, per period.
    input_bill: InputBillCut | None = None
    input_bill_period: str | None = None

    @property
    def computed(self) -> bool:
        return (self.caching is not None or self.per_hit_only is not None or self.hit_break_even is not None
                or self.input_cut is not None or self.write is not None or self.below_minimum is not None)

    @property
    def all_hits_per_month(self) -> Decimal | None:
        return month_from_day(self.all_hits_per_day) if self.all_hits_per_day is not None else None

    @property
    def hit_savings_per_day(self) -> Decimal | None:
        """What the day's hits save before the writes' premium (hits × saving per hit)."""
        return hit_savings_per_day(self.caching) if self.caching is not None else None

    @property
    def write_costs_per_day(self) -> Decimal | None:
        """The day's write premium (writes × premium per write)."""
        return write_costs_per_day(self.caching) if self.caching is not None else None

    def result(self) -> Any:
        return self.caching


class PerCallAnswer(AnswerBase):
    kind: Literal["per_call"] = "per_call"
    comparison: PerCallComparison | None = None
    #: The crossover size alone, from an input:output mix, when no planned call size was given.
    crossover: Crossover | None = None
    #: "how big must prompts get before the fee beats per-token, output fixed": the prompt size where they meet.
    crossover_prompt: PromptCrossover | None = None
    #: The fee and per-token over the period the volume is stated in, or an hour, week or year asked for.
    periods: list[FeeOverPeriod] = Field(default_factory=new_list)
    #: "we pay $15k/mo at $0.006/call": the calls the bill pays for (over the bill's period).
    calls_from_bill: CallsFromBill | None = None
    #: The per-token cost of the planned call when the fee is still missing: the fee it has to beat.
    per_token_call: CostSplit | None = None

    def result(self) -> Any:
        if self.per_token_call is not None and self.comparison is None:
            return {"per_token_call": self.per_token_call}
        if self.comparison is None and self.crossover is None and self.crossover_prompt is not None:
            return {"crossover_input_tokens": self.crossover_prompt.input_tokens,
                    "output_tokens": self.crossover_prompt.output_tokens}
        return self.comparison if self.comparison is not None else self.crossover


class MarkupAnswer(AnswerBase):
    kind: Literal["markup"] = "markup"
    markup: MarkupResult | None = None
    list_prices: ListPriceComparison | None = None
    benefits: tuple[Benefit, ...] = ()
    #: (direct spend, the same on the hyperscaler, period) when a direct spend was given.
    spend: tuple[Decimal, Decimal, str] | None = None
    #: What the markup adds to that direct spend over the same period (negative: the hyperscaler costs less).
    spend_premium: Decimal | None = None
    #: A direct spend stated per hour, day or week, over a 730-hour month: (direct, on the hyperscaler, premium).
    spend_month: tuple[Decimal, Decimal, Decimal] | None = None
    #: Tokens stated with direct rates: each side's bill direct and on the hyperscaler.
    token_bills: list[TokenBill] = Field(default_factory=new_list)
    #: A spend on the hyperscaler and what the same tokens cost direct, with the period it was stated over.
    hosted_spend: DirectEquivalent | None = None
    hosted_spend_period: str | None = None
    #: (side, direct rate, effective rate) for direct rates given with the markup.
    effective_rates: list[tuple[str, Decimal, Decimal]] = Field(default_factory=new_list)
    #: The list markup read from a hyperscaler rate and a direct rate: (hyperscaler rate, direct rate, markup).
    from_prices: tuple[Decimal, Decimal, Decimal] | None = None
    #: "what EA discount cancels the markup?": the discount that brings the price back to direct.
    offsetting_ea: Decimal | None = None

    def result(self) -> Any:
        return self.markup


class ScenarioAnswer(AnswerBase):
    kind: Literal["scenario"] = "scenario"
    workload: WorkloadTraits
    advice: ScenarioAdvice
    #: Prompt-caching figures for the workload when its prefix, volume and rates are known.
    caching_answer: CachingAnswer | None = None
    #: What to add for those figures when the rates are missing.
    caching_hint: Missing | None = None
    #: The peak-to-average ratio of 1 was read from load described as flat around the clock.
    par_from_flat: bool = False
    #: The figures of the structure the ask's numbers describe, worked out under the verdicts: the per-call fee
    #: against per-token, or the per-token cost of the tokens given.
    figures: QuoteAnswer | PerCallAnswer | None = None

    @property
    def caching(self) -> CachingResult | None:
        return self.caching_answer.caching if self.caching_answer else None

    @property
    def all_hits_per_day(self) -> Decimal | None:
        return self.caching_answer.all_hits_per_day if self.caching_answer else None

    def result(self) -> Any:
        result: dict[str, Any] = {"traits": self.workload, "advice": self.advice}
        if self.caching_answer is not None:
            result["caching"] = self.caching
        if self.figures is not None:
            result[self.figures.kind] = self.figures.result()
        return result


class CompareAnswer(AnswerBase):
    """One workload on several models or providers, cheapest first; ``unpriced`` names rows the catalog cannot
    price (a tier or region it has no row for), ``too_many`` the rows asked for when more than a table holds."""

    kind: Literal["compare"] = "compare"
    comparison: Comparison | None = None
    #: (label, why) for each row the catalog cannot price.
    unpriced: list[tuple[str, str]] = Field(default_factory=new_list)
    too_many: list[str] = Field(default_factory=new_list)

    def result(self) -> Any:
        if self.too_many:
            return {"too_many": self.too_many}
        return self.comparison


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

    @property
    def understood(self) -> bool:
        return self.term is not None

    def result(self) -> Any:
        return self.term if self.term is not None else {"query": self.query, "suggestions": self.suggestions}


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


class UsageAnswer(AnswerBase):
    """A usage export repriced at list with its load profile and commitment plans (:mod:`bot.usage`). The ask
    is the message the file came with; the file's contents are data, never coached."""

    kind: Literal["usage"] = "usage"
    usage: UsageResult

    @property
    def analysis(self) -> UsageAnalysis:
        return self.usage.analysis

    @property
    def unpriced(self) -> tuple[Unpriced, ...]:
        return self.usage.unpriced

    @property
    def other_tiers(self) -> list[str]:
        """Service tiers priced at standard rates without being standard (batch is reported as batch traffic)."""
        return [tier for tier in self.usage.service_tiers if tier not in ROUTINE_TIERS]

    def result(self) -> Any:
        return self.usage.to_json()


ROUTINE_TIERS = frozenset({"standard", "default", "auto", "batch"})


class CoachingAnswer(AnswerBase):
    """Unprompted coaching on a channel message: only the flags (``data()["flags"]``)."""

    kind: Literal["coaching"] = "coaching"

    def data(self) -> dict[str, Any]:
        return {"flags": [f.model_dump() for f in self.flags]}


Answer = Annotated[
    QuoteAnswer | BreakEvenAnswer | CachingAnswer | PerCallAnswer | MarkupAnswer | ScenarioAnswer | CompareAnswer
    | ErrorAnswer | GlossaryAnswer | FieldcheckAnswer | HelpAnswer | CoachingAnswer | UsageAnswer,
    Field(discriminator="kind"),
]

#: Answers with figures a quote reply shows as Block Kit (header, key fields, arithmetic, context line).
QUOTE_KINDS = frozenset({"quote", "break_even", "caching", "per_call", "markup", "scenario", "usage", "compare"})


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
