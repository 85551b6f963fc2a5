"""Scenario mapping: workload traits in, a verdict and a reason for each of the four structures out.

Every answer covers per-token, per-call, provisioned throughput and prompt caching, as the source
document's scenarios do. Reasons are short data strings in pricebot's own words (templates render them).
When provisioned throughput is in play and the peak-to-average ratio is unknown, the result carries the
question that has to be asked before a commitment is proposed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, NamedTuple

from pricing.cache_limits import cache_limit
from pricing.markup import WHAT_THE_MARKUP_BUYS, Benefit
from pricing.provisioned import (
    PeakSizing,
    PeakSizingRequest,
    UtilizationComparison,
    UtilizationRequest,
    compare_at_utilization,
    size_for_peak,
)
from pricing.validation import (
    ONE,
    CallsPerDay,
    Discount,
    PeakToAverage,
    PricingModel,
    TokensPerCall,
    Utilization,
)

Stage = Literal["early", "production"]
Variability = Literal["low", "medium", "high"]
# "pending": the structure to pursue once one open question (the peak-to-average ratio) confirms it.
Verdict = Literal["recommended", "pending", "viable", "evaluate", "not_recommended"]
Structure = Literal["per_token", "per_call", "provisioned_throughput", "prompt_caching"]
# What a buyer needs that the hyperscaler tier provides (the source's scenario 4).
Compliance = Literal["fedramp", "data_residency", "private_networking", "hipaa", "existing_billing", "sla", "other"]
PromptSizes = Literal["bounded", "varied"]

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
    utilization: Utilization | None = None  # the buyer's own estimate of how busy committed capacity would be
    prefix_tokens: TokensPerCall | None = None
    calls_per_day: CallsPerDay | None = None
    transactional: bool | None = None  # one call per business item (an invoice, an image, an application)
    repeated_context: bool | None = None  # the same large context (manual, knowledge base) sent with every call
    high_volume: bool | None = None  # high volume or load around the clock (the source's scenario 2)
    batch_window: bool | None = None  # the load runs in a batch window (nightly, weekly) and idles otherwise
    commitment_declined: bool | None = None  # the buyer says it wants no commitment for now
    peak_sized: bool | None = None  # the buyer requires capacity that never throttles, so it is sized for the peak
    prompt_sizes: PromptSizes | None = None  # capped/bounded, or varying widely from call to call
    fixed_unit_cost: bool | None = None  # the buyer's finance team wants a fixed cost per item
    #: The per-call fee on offer against per-token at the stated call size: True when the fee is cheaper.
    fee_cheaper: bool | None = None
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

    verdict: Verdict
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
    #: Capacity bought for the peak: its utilization and cost against on-demand (PAR and discount both known).
    peak_sizing: PeakSizing | None = None
    #: Committed capacity at the utilization the buyer states, against on-demand (utilization and discount known).
    at_utilization: UtilizationComparison | None = None

    @property
    def structures(self) -> tuple[StructureAdvice, ...]:
        return (self.per_token, self.per_call, self.provisioned_throughput, self.prompt_caching)

    @property
    def par_question_needed(self) -> bool:
        return any(q.key == QUESTION_PAR for q in self.questions)


def _pct(value: Decimal) -> str:
    return f"{(value * 100).quantize(Decimal('0.1')).normalize():f}%"


class Row(NamedTuple):
    """One row of the decision table: when every fact in ``when`` has its value, the verdict applies.

    Rows of a structure are read top to bottom and the first that matches decides; a row with an empty
    ``when`` is the structure's default. ``reason`` is formatted with the facts; ``asks`` names a question.
    """

    when: dict[str, object]
    verdict: Verdict
    reason: str
    asks: str | None = None


# Facts (see _facts): stage, variability, transactional, prompt_sizes (None when unknown); sustained (not highly
# variable, and in production or at high volume); high_volume; in_play (provisioned worth examining: sustained, or
# steady volume that is not a fixed run of transactions); fixed_transactions (one call per item at a fixed volume,
# or with capped prompts and a fixed cost per item wanted; neither prompt sizes nor volume varying widely);
# item_fee_cheaper (one item per call and the per-call fee below per-token at the stated size, neither varying widely);
# peak ("unknown", "at_or_above_break_even", "below_break_even"); offered (a provisioned discount stated);
# prefix ("unknown", "below_minimum", "large", "short").
# Text facts: break_even, utilization, prefix_tokens, minimum.
UNCERTAIN_VOLUME = "no commitment: the bill follows actual input and output tokens while volume is still uncertain"
BASELINE = "remains the baseline and absorbs load above any committed capacity"
SIZE_HIDES_DRIVER = "prompt sizes vary, so a flat fee hides the real driver of inference cost"
DECISIONS: dict[Structure, tuple[Row, ...]] = {
    "per_token": (
        Row({"stage": "early"}, "recommended", UNCERTAIN_VOLUME),
        Row({"variability": "high"}, "recommended",
            "no commitment: the bill follows actual input and output tokens as volume swings"),
        # "steady, but only 15% off and 80% utilization": a commitment that would run below break-even leaves
        # per-token the cheaper structure for the whole load.
        Row({"peak": "below_break_even", "fixed_transactions": False}, "recommended",
            "committed capacity would run at {utilization} utilization, below break-even ({break_even}), so "
            "on-demand per-token stays the cheaper structure; input and output are billed separately"),
        # "steady for months, 40% off on offer, nothing known about the traffic's shape within the day": the commitment
        # waits on the peak-to-average ratio, so the load stays on per-token until the buyer knows it
        Row({"peak": "unknown", "in_play": True, "offered": True, "fixed_transactions": False}, "recommended",
            "stay on per-token for now: the commitment on offer is premature until the peak-to-average ratio shows "
            "how busy capacity sized for the peak would run; input and output are billed separately"),
        Row({"sustained": True}, "viable", BASELINE),
        # "flat 24/7, peak to average 1.1, 85% of reserved capacity": capacity that runs above break-even takes the
        # steady load, whatever the stage is called
        Row({"peak": "at_or_above_break_even", "variability": "low"}, "viable", BASELINE),
        Row({"fixed_transactions": True}, "viable",
            "works, but at a fixed transaction volume a flat fee per call is simpler to budget; input and output are "
            "billed separately"),
        Row({"item_fee_cheaper": True}, "viable",
            "works, but at the stated call size the per-call fee costs less for the same item; input and output are "
            "billed separately"),
        Row({}, "recommended", "the default until volume and peaks are known; input and output are billed separately"),
    ),
    "per_call": (
        Row({"prompt_sizes": "varied"}, "not_recommended", SIZE_HIDES_DRIVER),
        # A fee dearer than per-token at the stated call size is out unless the calls are a fixed run of
        # transactions (there the predictable cost per operation is what is bought).
        Row({"fee_cheaper": False, "fixed_transactions": False}, "not_recommended",
            "at the stated call size the fee costs more than per-token"),
        Row({"fixed_transactions": True}, "recommended",
            "a fixed run of transactions with bounded prompt sizes: a flat fee per call gives finance a predictable "
            "cost per operation; check the tokens-per-call crossover against per-token rates"),
        # "always one receipt per call ... per-call $0.0015 against $0.00152 per-token": the item is the natural unit
        # and the fee undercuts per-token at the stated call size
        Row({"item_fee_cheaper": True}, "recommended",
            "one item per call makes the call a natural unit, and at the stated call size the fee costs less than "
            "per-token: a predictable cost per operation; check the tokens-per-call crossover if items grow"),
        Row({"transactional": True}, "viable",
            "transactions with bounded prompt sizes give a predictable cost per operation; check the tokens-per-call "
            "crossover"),
        Row({"transactional": False}, "not_recommended", SIZE_HIDES_DRIVER),
        # "volume moderate and unpredictable": nothing said of the prompt sizes, only that the call volume swings
        Row({"variability": "high"}, "not_recommended",
            "call volume swings, and a flat fee per call suits fixed transaction volumes with bounded prompt sizes; "
            "per-token follows the actual input and output"),
        Row({}, "evaluate",
            "fits only if calls are fixed-size transactions; compare the fee with the per-token cost of the same "
            "call, including calls larger than planned"),
    ),
    "provisioned_throughput": (
        Row({"stage": "early", "peak": "below_break_even"}, "not_recommended",
            "capacity is billed whether used or not: sized for peak it would run at {utilization} utilization, below "
            "break-even ({break_even}), and the capacity needed is not known yet"),
        Row({"stage": "early"}, "not_recommended",
            "capacity is billed whether used or not, and the capacity needed is not known yet"),
        # "no interest in commitments yet": the buyer rules a commitment out for now
        Row({"commitment_declined": True}, "not_recommended",
            "the buyer wants no commitment yet, and capacity is billed whether used or not; revisit once load is "
            "sustained and its peak-to-average ratio is known"),
        # "a fixed nightly batch": capacity bought for the batch sits idle between runs
        Row({"peak": "unknown", "batch_window": True}, "not_recommended",
            "the load runs in a batch window and idles the rest of the time, and committed capacity is billed through "
            "the idle hours too; only a measured peak-to-average ratio could change that"),
        Row({"peak": "unknown", "sustained": True, "high_volume": True}, "pending",
            "sustained high volume makes a commitment the question to pursue, but only the peak-to-average ratio "
            "says how busy capacity sized for the peak would be; until the buyer knows it, a commitment is "
            "premature; {break_even}", asks=QUESTION_PAR),
        Row({"peak": "unknown", "in_play": True}, "evaluate",
            "worth examining for sustained volume, but the peak-to-average ratio is unknown, so a commitment is "
            "premature; {break_even}", asks=QUESTION_PAR),
        # "they're also being pitched PTUs at 40% off": a commitment on the table with nothing said about the load's
        # shape is what the peak-to-average ratio has to settle before anyone signs
        Row({"peak": "unknown", "offered": True}, "evaluate",
            "a commitment is on offer, but neither the load's peak-to-average ratio nor its utilization is known, so "
            "how busy the capacity would run cannot be told yet; {break_even}", asks=QUESTION_PAR),
        Row({"peak": "unknown"}, "evaluate", "only once load is sustained and its peaks are known; {break_even}"),
        Row({"peak": "at_or_above_break_even", "stated": True}, "recommended",
            "at the stated {utilization} utilization it runs at or above break-even ({break_even}); keep per-token "
            "for load above the commitment"),
        Row({"peak": "below_break_even", "stated": True}, "not_recommended",
            "at the stated {utilization} utilization it runs below break-even ({break_even}); stay on per-token or "
            "commit only to the base load"),
        Row({"peak": "at_or_above_break_even"}, "recommended",
            "sized for peak it runs at about {utilization} utilization, at or above break-even ({break_even})"),
        # "they want capacity that never throttles ... PAR 4:1, 35% off": the buyer rules out committing to the base
        # load only, and capacity bought for the peak runs below break-even
        Row({"peak": "below_break_even", "peak_sized": True}, "not_recommended",
            "capacity that never throttles has to be sized for the peak, so it would run at only {utilization} "
            "utilization, below break-even ({break_even}), and cost more than the same tokens on-demand; per-token "
            "absorbs the peaks instead"),
        Row({}, "evaluate",
            "sized for peak it would run at only {utilization} utilization, below break-even ({break_even}); "
            "commit to the base load and send peaks to on-demand"),
    ),
    "prompt_caching": (
        # "no large repeated prompt prefix": the buyer says nothing stable repeats, so there is nothing to ask about
        Row({"prefix": "unknown", "repeated_context": False}, "not_recommended",
            "no large prefix repeats across calls, so a cache would have little to reuse; revisit if a stable system "
            "prompt or document starts going out with every call"),
        Row({"prefix": "unknown", "repeated_context": True}, "recommended",
            "the same large context goes out with every call, so prompt caching is the primary lever: each hit "
            "reduces the input costs of that prefix; its size and the call volume set how much", asks=QUESTION_PREFIX),
        Row({"prefix": "unknown"}, "evaluate",
            "depends on a stable prefix repeated across calls; the effect on input costs scales with prefix length "
            "and call volume", asks=QUESTION_PREFIX),
        Row({"prefix": "below_minimum"}, "not_recommended",
            "the {prefix_tokens}-token prefix is below the {minimum}-token minimum this provider caches"),
        # "each run sends a 20k-token repo map first, then turns that reuse it" (the source's scenario 3)
        Row({"prefix": "large", "repeated_context": True}, "recommended",
            "the {prefix_tokens}-token repeated prefix goes out again and again, so prompt caching is the primary "
            "lever: each cache hit cuts its input cost, and the effect grows with call volume"),
        Row({"prefix": "large"}, "recommended",
            "the {prefix_tokens}-token repeated prefix: each cache hit cuts its input cost, and the effect grows "
            "with call volume; it combines with any of the other structures"),
        Row({}, "evaluate",
            "a short prefix: the reduction in input costs per hit is small, so it matters only at high call volume"),
    ),
}


def _prefix(t: WorkloadTraits) -> tuple[str, int | None]:
    if t.prefix_tokens is None:
        return "unknown", None
    limit = cache_limit(t.provider, t.model)
    minimum = limit.min_prefix_tokens if limit is not None else None
    if minimum is not None and t.prefix_tokens < minimum:
        return "below_minimum", minimum
    return ("large" if t.prefix_tokens >= LARGE_PREFIX_TOKENS else "short"), minimum


def _facts(t: WorkloadTraits) -> tuple[dict[str, object], Decimal | None]:
    """The facts the decision table reads, and the utilization when sized for peak (None without a PAR)."""
    sustained = t.volume_variability != "high" and (t.stage == "production" or t.high_volume is True)
    # One call per item at a steady volume, or with bounded prompts and either a fixed cost per item wanted or a
    # stated call volume (the source's per-call scenario: classification, extraction, fixed-size operations).
    # A fee that undercuts per-token on bounded calls at a steady volume ("$0.008 per run, predictable volume,
    # prompts bounded") makes the runs a fixed run of transactions, whatever the item is called.
    per_item = t.transactional is True or (t.fee_cheaper is True and t.prompt_sizes == "bounded")
    fixed_transactions = per_item and t.prompt_sizes != "varied" and t.volume_variability != "high" and (
        t.volume_variability == "low" or (t.prompt_sizes == "bounded" and (t.fixed_unit_cost is True
                                                                          or t.calls_per_day is not None)))
    d = t.provisioned_discount
    break_even = ONE - d if d is not None else RULE_OF_THUMB_UTILIZATION
    if t.utilization is not None:
        utilization: Decimal | None = t.utilization
    else:
        utilization = ONE / t.peak_to_average if t.peak_to_average is not None else None
    if utilization is None:
        peak = "unknown"
    else:
        peak = "at_or_above_break_even" if utilization >= break_even else "below_break_even"
    prefix, minimum = _prefix(t)
    facts: dict[str, object] = {
        "stage": t.stage,
        "variability": t.volume_variability,
        "transactional": t.transactional,
        "prompt_sizes": t.prompt_sizes,
        "repeated_context": t.repeated_context,
        "batch_window": t.batch_window is True,
        "commitment_declined": t.commitment_declined is True,
        "peak_sized": t.peak_sized is True,
        "sustained": sustained,
        "high_volume": t.high_volume is True,
        "fixed_transactions": fixed_transactions,
        "fee_cheaper": t.fee_cheaper,
        # one business item per call and a fee that undercuts per-token at the stated size, whatever the volume does
        # short of swinging
        "item_fee_cheaper": (t.transactional is True and t.fee_cheaper is True and t.prompt_sizes != "varied"
                             and t.volume_variability != "high"),
        "in_play": sustained or (t.volume_variability == "low" and not fixed_transactions),
        "peak": peak,
        "stated": t.utilization is not None,
        "offered": d is not None,
        "prefix": prefix,
        "break_even": (f"break-even utilization is {_pct(break_even)} at a {_pct(d)} discount" if d is not None
                       else "break-even sits at sustained utilization above roughly 65%"),
        "utilization": _pct(utilization) if utilization is not None else "",
        "prefix_tokens": f"{t.prefix_tokens.normalize():,f}" if t.prefix_tokens is not None else "",
        "minimum": f"{minimum:,}" if minimum is not None else "",
    }
    return facts, utilization


def decide(structure: Structure, facts: dict[str, object]) -> Row:
    """The first row of the structure's table whose conditions all hold."""
    return next(row for row in DECISIONS[structure] if all(facts[k] == v for k, v in row.when.items()))


# The hyperscaler tier's rows, read like DECISIONS. Facts: need ("fedramp", "constraints": residency, private
# networking, HIPAA, billing through the cloud agreement or SLAs; "agreement": only a cloud agreement named),
# agreement (a cloud agreement named); text facts: needs, the constraints in words.
MAY_LOWER = "an existing cloud agreement may lower the effective markup below the published difference"
HYPERSCALER: tuple[Row, ...] = (
    Row({"need": "fedramp"}, "recommended",
        "a FedRAMP requirement points to the hyperscaler tier: the direct API is not available inside a "
        "FedRAMP-authorized environment, so its markup is the compliance cost"),
    Row({"need": "constraints", "agreement": True}, "recommended",
        "the buyer needs {needs}, which the hyperscaler tier provides and direct API access does not; " + MAY_LOWER),
    Row({"need": "constraints"}, "recommended",
        "the buyer needs {needs}, which the hyperscaler tier provides and direct API access does not"),
    Row({}, "evaluate", MAY_LOWER + "; weigh it against what the buyer needs from the tier"),
)
NEEDS: dict[Compliance, str] = {
    "fedramp": "FedRAMP authorization", "data_residency": "data kept in-region",
    "private_networking": "private networking", "hipaa": "HIPAA coverage",
    "existing_billing": "billing through the existing cloud agreement", "sla": "SLA commitments",
    "other": "the compliance controls named",
}


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _hyperscaler(t: WorkloadTraits, questions: list[Question]) -> HyperscalerAdvice | None:
    if not t.compliance_needs and not t.hyperscaler_agreement:
        return None
    if t.hyperscaler_agreement:
        questions.append(Question(key=QUESTION_EA, text=QUESTIONS[QUESTION_EA]))
    wanted = set(t.compliance_needs)
    benefits = tuple(b for b in WHAT_THE_MARKUP_BUYS if b.key in wanted) or WHAT_THE_MARKUP_BUYS
    facts: dict[str, object] = {
        "need": "fedramp" if "fedramp" in wanted else "constraints" if wanted else "agreement",
        "agreement": t.hyperscaler_agreement is True,
        "needs": _listed([NEEDS[k] for k in NEEDS if k in wanted]) if wanted else "",
    }
    row = next(r for r in HYPERSCALER if all(facts[k] == v for k, v in r.when.items()))
    return HyperscalerAdvice(verdict=row.verdict, reason=row.reason.format(**facts), what_it_buys=benefits)


def map_scenario(traits: WorkloadTraits) -> ScenarioAdvice:
    """Verdict and reason for all four structures, with the questions still open."""
    facts, utilization = _facts(traits)
    questions: list[Question] = []
    advice: dict[Structure, StructureAdvice] = {}
    for structure in ("provisioned_throughput", "prompt_caching", "per_token", "per_call"):
        row = decide(structure, facts)
        advice[structure] = StructureAdvice(structure=structure, verdict=row.verdict, reason=row.reason.format(**facts))
        if row.asks is not None:
            questions.append(Question(key=row.asks, text=QUESTIONS[row.asks]))
    hyperscaler = _hyperscaler(traits, questions)
    d = traits.provisioned_discount
    return ScenarioAdvice(
        per_token=advice["per_token"],
        per_call=advice["per_call"],
        provisioned_throughput=advice["provisioned_throughput"],
        prompt_caching=advice["prompt_caching"],
        hyperscaler=hyperscaler,
        questions=tuple(questions),
        break_even_utilization=ONE - d if d is not None else None,
        # Sized for peak, even while early: the figure behind "not yet" when the ratio is known.
        utilization_if_sized_for_peak=utilization if traits.utilization is None else None,
        peak_sizing=(size_for_peak(PeakSizingRequest(peak_to_average=traits.peak_to_average, discount=d))
                     if traits.peak_to_average is not None and d is not None and traits.utilization is None else None),
        at_utilization=(compare_at_utilization(UtilizationRequest(discount=d, utilization=traits.utilization))
                        if traits.utilization is not None and d is not None else None),
    )
