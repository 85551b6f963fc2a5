"""The scenario answer: the four pricing structures for a described workload."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from bot.answer import AnswerBase, QuoteAnswer
from bot.answer.caching import CachingAnswer
from bot.answer.markup import MarkupAnswer
from bot.answer.per_call import PerCallAnswer
from bot.parse.requests import Missing
from pricing.caching import CachingResult
from pricing.periods import FeeBill
from pricing.provisioned import BillAtUtilization, BillInPeriod, PeakSizing
from pricing.scenario import ScenarioAdvice, WorkloadTraits


class ScenarioAnswer(AnswerBase):
    kind: Literal["scenario"] = "scenario"
    workload: WorkloadTraits
    advice: ScenarioAdvice
    #: Prompt-caching figures for the workload when its prefix, volume and rates are known.
    caching_answer: CachingAnswer | None = None
    #: The saving per cache hit alone, when the prefix and rates are known but the call volume is not.
    caching_per_hit: CachingResult | None = None
    #: "one write + 39 hits per session": the hits each write is followed by, what they save, and the net after the
    #: write's premium (with the figures per hit alone).
    caching_session: tuple[Decimal, Decimal, Decimal] | None = None
    #: What to add for those figures when the rates are missing.
    caching_hint: Missing | None = None
    #: The peak-to-average ratio of 1 was read from load described as flat around the clock.
    par_from_flat: bool = False
    #: (hours a day, days a week) of a load flat out part of the day and idle otherwise, its peak-to-average ratio
    #: read from them.
    par_from_duty: tuple[Decimal, Decimal] | None = None
    #: "PAR goes from 1.2 to 2": capacity sized for the peak at the ratio before the change.
    peak_sizing_before: PeakSizing | None = None
    #: The figures of the structure the ask's numbers describe, worked out under the verdicts: the per-call fee
    #: against per-token, or the per-token cost of the tokens given.
    figures: QuoteAnswer | PerCallAnswer | MarkupAnswer | None = None
    #: The per-call fee over a period's calls, when the ask gives a fee and a volume but no call size.
    fee_bill: FeeBill | None = None
    #: That fee over each longer period the ask names ("what's it cost per month and per year?").
    asked_fee_bills: list[FeeBill] = Field(default_factory=list)
    #: The on-demand spend moved to provisioned throughput at the utilization the verdict rests on (the stated one,
    #: or 1 ÷ PAR sized for peak), in the period the spend was stated in.
    bill: BillAtUtilization | None = None
    spend_period: str = "month"
    #: That bill restated over each other period the ask names ("... and what's the annual saving?").
    asked_bills: list[BillInPeriod] = Field(default_factory=list)

    @property
    def caching(self) -> CachingResult | None:
        return self.caching_answer.caching if self.caching_answer else None

    @property
    def all_hits_per_day(self) -> Decimal | None:
        return self.caching_answer.all_hits_per_day if self.caching_answer else None

    @property
    def all_hits_per_month(self) -> Decimal | None:
        return self.caching_answer.all_hits_per_month if self.caching_answer else None

    def result(self) -> Any:
        result: dict[str, Any] = {"traits": self.workload, "advice": self.advice}
        if self.caching_answer is not None:
            result["caching"] = self.caching
        if self.figures is not None:
            result[self.figures.kind] = self.figures.result()
        return result
