"""The per-call fee against per-token answer."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from bot.answer import AnswerBase
from bot.parse.models import new_list
from pricing.per_call import (
    AverageCall,
    CallsFromBill,
    CallSize,
    CostsSetSide,
    Crossover,
    FeeGap,
    InputSide,
    PerCallComparison,
    PromptCrossover,
)
from pricing.per_token import BlendedRate, CallsCost, CostSplit
from pricing.periods import FeeBill, FeeOverPeriod


class PerCallAnswer(AnswerBase):
    kind: Literal["per_call"] = "per_call"
    comparison: PerCallComparison | None = None
    #: A second call size the ask gives beside the planned one, priced against the fee.
    other_call: CallSize | None = None
    #: The crossover size from an input:output mix: alone when no planned call size was given, or at the mix stated
    #: beside a planned call of another mix.
    crossover: Crossover | None = None
    #: "how big must prompts get before the fee beats per-token, output fixed": the prompt size where they meet.
    crossover_prompt: PromptCrossover | None = None
    #: The fee and per-token over the period the volume is stated in, or an hour, week or year asked for.
    periods: list[FeeOverPeriod] = Field(default_factory=new_list)
    #: The same periods at ``other_call``'s size ("at actual size, how much a week?").
    other_periods: list[FeeOverPeriod] = Field(default_factory=new_list)
    #: "we pay $15k/mo at $0.006/call": the calls the bill pays for (over the bill's period).
    calls_from_bill: CallsFromBill | None = None
    #: The per-token cost of the planned call when the fee is still missing: the fee it has to beat.
    per_token_call: CostSplit | None = None
    #: The per-token cost of the planned call over the period the volume is stated in (and a month), fee missing.
    per_token_bills: list[FeeBill] = Field(default_factory=new_list)
    #: The blended per-token rate at the stated mix when the fee is missing: what the crossover divides the fee by.
    blended: BlendedRate | None = None
    #: "500k images - compare": the per-token and the per-call cost of that many calls (a count with no period).
    for_calls: tuple[CallsCost, CallsCost] | None = None
    #: The two costs of ``for_calls`` set side by side: what the cheaper one saves on those calls.
    for_calls_gap: CostsSetSide | None = None
    #: A fee and a call volume without the call's tokens: what the fee comes to over the period stated (and a month).
    fee_bills: list[FeeBill] = Field(default_factory=new_list)
    #: "2c per call at 50k calls, what's the bill?": the fee over a count of calls, without the call's tokens.
    fee_for_calls: CallsCost | None = None
    #: "fee 1.1 cents vs a per-token equivalent of $0.008 a call": the two amounts a call, set against each other.
    fee_gap: FeeGap | None = None
    #: "if it's all input at $3/M": every token is priced as input, so the crossover needs no output rate.
    all_input: bool = False
    #: Only the input rate known: the input side of the call against the fee, while asking for the output rate.
    input_side: InputSide | None = None
    #: "90% of calls ~1,000 tokens, 10% 20,000": the average call of the mix of sizes, priced as the planned call.
    average_call: AverageCall | None = None

    def result(self) -> Any:
        if self.input_side is not None and self.comparison is None:
            return {"input_side": self.input_side}
        if self.fee_gap is not None and self.comparison is None:
            return {"fee_gap": self.fee_gap, "periods": self.periods}
        if self.per_token_call is not None and self.comparison is None:
            return {"per_token_call": self.per_token_call, "per_token_bills": self.per_token_bills}
        if self.blended is not None and self.comparison is None:
            return {"blended": self.blended}
        if self.fee_bills and self.comparison is None:
            return {"fee_bills": self.fee_bills}
        if self.fee_for_calls is not None and self.comparison is None:
            return {"fee_for_calls": self.fee_for_calls}
        if self.comparison is None and self.crossover is None and self.crossover_prompt is not None:
            return {"crossover_input_tokens": self.crossover_prompt.input_tokens,
                    "output_tokens": self.crossover_prompt.output_tokens}
        return self.comparison if self.comparison is not None else self.crossover
