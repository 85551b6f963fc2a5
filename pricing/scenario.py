"""Scenario mapping: workload traits in, a verdict and a reason for each of the four structures out.

Every answer covers per-token, per-call, provisioned throughput and prompt caching, as the source
document's scenarios do. Reasons are short data strings in pricebot's own words (templates render them).
When provisioned throughput is in play and the peak-to-average ratio is unknown, the result carries the
question that has to be asked before a commitment is proposed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pricing.cache_limits import cache_limit
from pricing.markup import WHAT_THE_MARKUP_BUYS, Benefit
from pricing.validation import ONE, CallsPerDay, Discount, PeakToAverage, PricingModel, TokensPerCall

Stage = Literal["early", "production"]
Variability = Literal["low", "medium", "high"]
Verdict = Literal["recommended", "viable", "evaluate", "not_recommended"]
Structure = Literal["per_token", "per_call", "provisioned_throughput", "prompt_caching"]
Compliance = Literal["fedramp", "data_residency", "private_networking", "hipaa", "other"]

LARGE_PREFIX_TOKENS = 2_000  # the source document's "large system prompt" threshold
RULE_OF_THUMB_UTILIZATION = Decimal("0.65")  # the guide's "above roughly 65%" break-even

QUESTION_PAR = "peak_to_average"
QUESTION_PREFIX = "prefix_tokens"
QUESTION_EA = "ea_discount"
QUESTIONS: dict[str, str] = {
    QUESTION_PAR: "How high does the inference load peak compared with its average (peak-to-average ratio)?",
    QUESTION_PREFIX: "How many tokens of each prompt are a stable, repeated prefix (system prompt, documents)?",
    QUESTION_EA: "What discount does the buyer's enterprise agreement apply to this cloud spend?",
}


class WorkloadTraits(PricingModel):
    """What is known about the workload; every field is optional (unknowns lead to questions)."""

    stage: Stage | None = None
    volume_variability: Variability | None = None
    peak_to_average: PeakToAverage | None = None
    prefix_tokens: TokensPerCall | None = None
    calls_per_day: CallsPerDay | None = None
    transactional: bool | None = None
    repeated_context: bool | None = None  # the same large context (manual, knowledge base) sent with every call
    compliance_needs: tuple[Compliance, ...] = ()
    hyperscaler_agreement: bool | None = None
    provisioned_discount: Discount | None = None
    provider: str | None = None
    model: str | None = None


class StructureAdvice(PricingModel):
    """One structure's verdict and the reason for it."""

    structure: Structure
    verdict: Verdict
    reason: str


class Question(PricingModel):
    """Something to ask the buyer before the advice can firm up."""

    key: str
    text: str


class HyperscalerAdvice(PricingModel):
    """Present when compliance needs or an existing cloud agreement make the hyperscaler tier relevant."""

    reason: str
    what_it_buys: tuple[Benefit, ...]


class ScenarioAdvice(PricingModel):
    """All four structures, always in the same order, plus open questions and hyperscaler context."""

    per_token: StructureAdvice
    per_call: StructureAdvice
    provisioned_throughput: StructureAdvice
    prompt_caching: StructureAdvice
    questions: tuple[Question, ...]
    hyperscaler: HyperscalerAdvice | None
    break_even_utilization: Decimal | None
    utilization_if_sized_for_peak: Decimal | None

    @property
    def structures(self) -> tuple[StructureAdvice, ...]:
        return (self.per_token, self.per_call, self.provisioned_throughput, self.prompt_caching)

    @property
    def par_question_needed(self) -> bool:
        return any(q.key == QUESTION_PAR for q in self.questions)


def _pct(value: Decimal) -> str:
    return f"{(value * 100).quantize(Decimal('0.1')).normalize():f}%"


def _per_token(t: WorkloadTraits, sustained: bool) -> StructureAdvice:
    if t.stage == "early" or t.volume_variability == "high":
        return StructureAdvice(structure="per_token", verdict="recommended",
                               reason="no commitment: the bill follows actual input and output tokens while "
                                      "volume is still uncertain")
    if sustained:
        return StructureAdvice(structure="per_token", verdict="viable",
                               reason="remains the baseline and absorbs load above any committed capacity")
    if t.transactional and t.volume_variability == "low":
        return StructureAdvice(structure="per_token", verdict="viable",
                               reason="works, but at a fixed transaction volume a flat fee per call is simpler to "
                                      "budget; input and output are billed separately")
    return StructureAdvice(structure="per_token", verdict="recommended",
                           reason="the default until volume and peaks are known; input and output are billed "
                                  "separately")


def _per_call(t: WorkloadTraits) -> StructureAdvice:
    if t.transactional and t.volume_variability == "low":
        return StructureAdvice(structure="per_call", verdict="recommended",
                               reason="a fixed transaction volume with bounded prompt sizes: a flat fee per call "
                                      "gives finance a predictable cost per operation; check the tokens-per-call "
                                      "crossover against per-token rates")
    if t.transactional:
        return StructureAdvice(structure="per_call", verdict="viable",
                               reason="transactions with bounded prompt sizes give a predictable cost per "
                                      "operation; check the tokens-per-call crossover")
    if t.transactional is False or t.volume_variability == "high":
        return StructureAdvice(structure="per_call", verdict="not_recommended",
                               reason="prompt sizes vary, so a flat fee hides the real driver of inference cost")
    return StructureAdvice(structure="per_call", verdict="evaluate",
                           reason="fits only if calls are fixed-size transactions; compare the fee with the "
                                  "per-token cost of the same call, including calls larger than planned")


def _provisioned(t: WorkloadTraits, in_play: bool, questions: list[Question]) -> tuple[StructureAdvice, Decimal | None]:
    d = t.provisioned_discount
    break_even = ONE - d if d is not None else RULE_OF_THUMB_UTILIZATION
    be_text = (f"break-even utilization is {_pct(break_even)} at a {_pct(d)} discount" if d is not None
               else "break-even sits at sustained utilization above roughly 65%")
    if t.stage == "early":
        return StructureAdvice(structure="provisioned_throughput", verdict="not_recommended",
                               reason="capacity is billed whether used or not, and the capacity needed is not "
                                      "known yet"), None
    if t.peak_to_average is None:
        if in_play:
            questions.append(Question(key=QUESTION_PAR, text=QUESTIONS[QUESTION_PAR]))
            return StructureAdvice(structure="provisioned_throughput", verdict="evaluate",
                                   reason=f"worth examining for sustained volume, but the peak-to-average ratio "
                                          f"is unknown, so a commitment is premature; {be_text}"), None
        return StructureAdvice(structure="provisioned_throughput", verdict="evaluate",
                               reason=f"only once load is sustained and its peaks are known; {be_text}"), None
    utilization = ONE / t.peak_to_average
    if utilization >= break_even:
        return StructureAdvice(structure="provisioned_throughput", verdict="recommended",
                               reason=f"sized for peak it runs at about {_pct(utilization)} utilization, at or "
                                      f"above break-even ({be_text})"), utilization
    return StructureAdvice(structure="provisioned_throughput", verdict="evaluate",
                           reason=f"sized for peak it would run at only {_pct(utilization)} utilization, below "
                                  f"break-even ({be_text}); commit to the base load and send peaks to on-demand"
                           ), utilization


def _caching(t: WorkloadTraits, questions: list[Question]) -> StructureAdvice:
    if t.prefix_tokens is None and t.repeated_context:
        questions.append(Question(key=QUESTION_PREFIX, text=QUESTIONS[QUESTION_PREFIX]))
        return StructureAdvice(structure="prompt_caching", verdict="recommended",
                               reason="the same large context goes out with every call, so prompt caching is the "
                                      "primary lever: each hit reduces the input costs of that prefix; its size "
                                      "and the call volume set how much")
    if t.prefix_tokens is None:
        questions.append(Question(key=QUESTION_PREFIX, text=QUESTIONS[QUESTION_PREFIX]))
        return StructureAdvice(structure="prompt_caching", verdict="evaluate",
                               reason="depends on a stable prefix repeated across calls; the effect on input "
                                      "costs scales with prefix length and call volume")
    limit = cache_limit(t.provider, t.model)
    minimum = limit.min_prefix_tokens if limit is not None else None
    if minimum is not None and t.prefix_tokens < minimum:
        return StructureAdvice(structure="prompt_caching", verdict="not_recommended",
                               reason=f"the {t.prefix_tokens.normalize():,f}-token prefix is below the "
                                      f"{minimum:,}-token minimum this provider caches")
    if t.prefix_tokens >= LARGE_PREFIX_TOKENS:
        return StructureAdvice(structure="prompt_caching", verdict="recommended",
                               reason=f"the {t.prefix_tokens.normalize():,f}-token repeated prefix: each cache hit "
                                      "cuts its input cost, and the effect grows with call volume; it combines "
                                      "with any of the other structures")
    return StructureAdvice(structure="prompt_caching", verdict="evaluate",
                           reason="a short prefix: the reduction in input costs per hit is small, so it matters "
                                  "only at high call volume")


def _hyperscaler(t: WorkloadTraits, questions: list[Question]) -> HyperscalerAdvice | None:
    if not t.compliance_needs and not t.hyperscaler_agreement:
        return None
    if t.hyperscaler_agreement:
        questions.append(Question(key=QUESTION_EA, text=QUESTIONS[QUESTION_EA]))
    wanted = set(t.compliance_needs)
    benefits = tuple(b for b in WHAT_THE_MARKUP_BUYS if b.key in wanted) or WHAT_THE_MARKUP_BUYS
    if "fedramp" in wanted:
        reason = "a FedRAMP requirement points to the hyperscaler tier: its markup is the compliance cost"
    elif t.hyperscaler_agreement:
        reason = "an existing cloud agreement may lower the effective markup below the published difference"
    else:
        reason = "the compliance needs named are covered by the hyperscaler tier"
    return HyperscalerAdvice(reason=reason, what_it_buys=benefits)


def map_scenario(traits: WorkloadTraits) -> ScenarioAdvice:
    """Verdict and reason for all four structures, with the questions still open."""
    sustained = traits.stage == "production" and traits.volume_variability in (None, "low", "medium")
    in_play = sustained or traits.volume_variability == "low" or traits.peak_to_average is not None
    questions: list[Question] = []
    provisioned, utilization = _provisioned(traits, in_play, questions)
    d = traits.provisioned_discount
    return ScenarioAdvice(
        per_token=_per_token(traits, sustained),
        per_call=_per_call(traits),
        provisioned_throughput=provisioned,
        prompt_caching=_caching(traits, questions),
        hyperscaler=_hyperscaler(traits, questions),
        questions=tuple(questions),
        break_even_utilization=ONE - d if d is not None else None,
        utilization_if_sized_for_peak=utilization,
    )
