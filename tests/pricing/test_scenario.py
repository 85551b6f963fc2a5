"""Scenario mapping: all four structures every time, PAR asked for when provisioned is in play."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from pricing import ScenarioAdvice, WorkloadTraits, map_scenario

# The field-language guide's "don't say" phrases (checked loosely: our reasons must never contain them).
FORBIDDEN = [
    r"provisioned (?:throughput )?(?:is|will be) cheaper",
    r"caching saves money",
    r"(?<!input )(?<!output )(?<!per-)\btoken costs\b",
    r"committed use",
    r"ai usage fees",
    r"ai api pricing",
    r"save you \d+",
    r"charges per request",
]


def _reasons(advice: ScenarioAdvice) -> list[str]:
    texts = [s.reason for s in advice.structures] + [q.text for q in advice.questions]
    if advice.hyperscaler:
        texts.append(advice.hyperscaler.reason)
    return texts


def test_early_variable_workload() -> None:
    advice = map_scenario(WorkloadTraits(stage="early", volume_variability="high", prefix_tokens=3_000))
    assert advice.per_token.verdict == "recommended"
    assert advice.provisioned_throughput.verdict == "not_recommended"
    assert advice.prompt_caching.verdict == "recommended"
    assert advice.per_call.verdict == "not_recommended"
    assert not advice.par_question_needed


def test_production_without_par_asks_for_it() -> None:
    advice = map_scenario(WorkloadTraits(stage="production", volume_variability="low"))
    assert advice.provisioned_throughput.verdict == "evaluate"
    assert advice.par_question_needed
    assert "peak-to-average" in advice.provisioned_throughput.reason


def test_production_with_low_par_recommends_provisioned() -> None:
    advice = map_scenario(
        WorkloadTraits(stage="production", peak_to_average=Decimal("1.25"), provisioned_discount=Decimal("0.4"))
    )
    assert advice.utilization_if_sized_for_peak == Decimal("0.8")
    assert advice.provisioned_throughput.verdict == "recommended"
    assert "80%" in advice.provisioned_throughput.reason and "60%" in advice.provisioned_throughput.reason
    assert not advice.par_question_needed


def test_production_with_spiky_par_suggests_base_load_commitment() -> None:
    advice = map_scenario(
        WorkloadTraits(stage="production", peak_to_average=Decimal(4), provisioned_discount=Decimal("0.4"))
    )
    assert advice.provisioned_throughput.verdict == "evaluate"
    assert "25%" in advice.provisioned_throughput.reason
    assert "base load" in advice.provisioned_throughput.reason


def test_prefix_below_provider_minimum_is_not_recommended() -> None:
    advice = map_scenario(WorkloadTraits(prefix_tokens=800, provider="openai", model="gpt-4o"))
    assert advice.prompt_caching.verdict == "not_recommended"
    assert "1,024" in advice.prompt_caching.reason


def test_federal_buyer_gets_hyperscaler_context() -> None:
    advice = map_scenario(WorkloadTraits(compliance_needs=("fedramp",), hyperscaler_agreement=True))
    assert advice.hyperscaler is not None
    assert [b.key for b in advice.hyperscaler.what_it_buys] == ["fedramp"]
    assert any(q.key == "ea_discount" for q in advice.questions)


TRAITS = [
    WorkloadTraits(),
    WorkloadTraits(stage="early", volume_variability="high", prefix_tokens=3_000, transactional=True),
    WorkloadTraits(stage="production", volume_variability="low"),
    WorkloadTraits(stage="production", peak_to_average=Decimal(4), provisioned_discount=Decimal("0.3")),
    WorkloadTraits(stage="production", peak_to_average=Decimal("1.1")),
    WorkloadTraits(prefix_tokens=1_500, transactional=False, compliance_needs=("data_residency",)),
    WorkloadTraits(prefix_tokens=500, model="claude-3-haiku", hyperscaler_agreement=True),
]


@pytest.mark.parametrize("traits", TRAITS)
def test_all_four_structures_with_a_reason_in_allowed_language(traits: WorkloadTraits) -> None:
    advice = map_scenario(traits)
    assert [s.structure for s in advice.structures] == [
        "per_token", "per_call", "provisioned_throughput", "prompt_caching"
    ]
    for text in _reasons(advice):
        assert text.strip()
        for pattern in FORBIDDEN:
            assert not re.search(pattern, text, re.IGNORECASE), (pattern, text)


# Every stage × variability pair without a PAR, worked from the source document's scenarios: per-token is
# the recommendation while volume is uncertain (early, highly variable, or simply unknown) and the baseline
# beside a commitment once production load is sustained (production, not highly variable); provisioned is
# out while early, and the PAR is asked for when load is sustained or known to be steady (low variability).
# (stage, variability): (per-token verdict, provisioned verdict, PAR asked)
STAGE_VARIABILITY = {
    (None, None): ("recommended", "evaluate", False),
    (None, "low"): ("recommended", "evaluate", True),
    (None, "medium"): ("recommended", "evaluate", False),
    (None, "high"): ("recommended", "evaluate", False),
    ("early", None): ("recommended", "not_recommended", False),
    ("early", "low"): ("recommended", "not_recommended", False),
    ("early", "medium"): ("recommended", "not_recommended", False),
    ("early", "high"): ("recommended", "not_recommended", False),
    ("production", None): ("viable", "evaluate", True),
    ("production", "low"): ("viable", "evaluate", True),
    ("production", "medium"): ("viable", "evaluate", True),
    ("production", "high"): ("recommended", "evaluate", False),
}


@pytest.mark.parametrize(("stage", "variability"), list(STAGE_VARIABILITY))
def test_stage_and_variability_decide_per_token_and_whether_par_is_asked(
    stage: str | None, variability: str | None
) -> None:
    advice = map_scenario(WorkloadTraits(stage=stage, volume_variability=variability))
    per_token, provisioned, asks_par = STAGE_VARIABILITY[(stage, variability)]
    assert advice.per_token.verdict == per_token
    assert advice.provisioned_throughput.verdict == provisioned
    assert advice.par_question_needed is asks_par
    assert [q.key for q in advice.questions] == (["peak_to_average"] if asks_par else []) + ["prefix_tokens"]
    assert advice.utilization_if_sized_for_peak is None


# (transactional, variability): per-call verdict. A known transactional workload wins over variability.
PER_CALL = {
    (True, None): "viable",
    (True, "high"): "viable",
    (False, None): "not_recommended",
    (False, "low"): "not_recommended",
    (None, "high"): "not_recommended",
    (None, "medium"): "evaluate",
    (None, None): "evaluate",
}


@pytest.mark.parametrize(("transactional", "variability"), list(PER_CALL))
def test_per_call_verdict(transactional: bool | None, variability: str | None) -> None:
    traits = WorkloadTraits(transactional=transactional, volume_variability=variability)
    assert map_scenario(traits).per_call.verdict == PER_CALL[(transactional, variability)]


# (PAR, discount): provisioned verdict. Sized for peak, utilization is 1/PAR; it is recommended at or above
# break-even: 1 − discount, or the guide's 65% when no discount is known.
@pytest.mark.parametrize(
    ("par", "discount", "utilization", "verdict"),
    [
        ("1.25", "0.2", "0.8", "recommended"),  # exactly at break-even (80%)
        ("1.28", "0.2", "0.78125", "evaluate"),  # just below it
        ("1.6", "0.4", "0.625", "recommended"),  # 62.5% against 60%: above
        ("1.6", None, "0.625", "evaluate"),  # 62.5% against the 65% rule of thumb: below
        ("1.5", None, None, "recommended"),  # 66.7% against 65%
        ("1", "0", "1", "recommended"),  # a flat load at list price breaks even exactly
    ],
)
def test_provisioned_verdict_at_the_break_even_boundary(
    par: str, discount: str | None, utilization: str | None, verdict: str
) -> None:
    traits = WorkloadTraits(stage="production", peak_to_average=Decimal(par),
                            provisioned_discount=Decimal(discount) if discount is not None else None)
    advice = map_scenario(traits)
    assert advice.provisioned_throughput.verdict == verdict
    assert advice.utilization_if_sized_for_peak == (Decimal(utilization) if utilization else 1 / Decimal(par))
    assert advice.break_even_utilization == (1 - Decimal(discount) if discount is not None else None)
    assert not advice.par_question_needed


def test_a_known_par_is_not_asked_for_even_with_steady_volume() -> None:
    advice = map_scenario(WorkloadTraits(volume_variability="low", peak_to_average=Decimal(2)))
    assert not advice.par_question_needed
    assert advice.provisioned_throughput.verdict == "evaluate"  # 50% is below the 65% rule of thumb


def test_early_stage_keeps_provisioned_out_even_with_a_flat_par() -> None:
    advice = map_scenario(WorkloadTraits(stage="early", peak_to_average=Decimal("1.25")))
    assert advice.provisioned_throughput.verdict == "not_recommended"
    assert advice.utilization_if_sized_for_peak == Decimal("0.8")  # the figure is shown, the verdict stays


def test_early_stage_with_peaks_gives_the_peak_sized_utilization_as_the_reason() -> None:
    # "seed-stage, peaks about 5x the average, PTUs at 30% off": 1/5 = 20% against a 70% break-even, 3.5x on-demand
    advice = map_scenario(WorkloadTraits(stage="early", peak_to_average=Decimal(5),
                                         provisioned_discount=Decimal("0.3")))
    assert advice.provisioned_throughput.verdict == "not_recommended"
    assert "20% utilization" in advice.provisioned_throughput.reason
    assert "70%" in advice.provisioned_throughput.reason
    assert advice.per_token.verdict == "recommended"
    assert advice.peak_sizing is not None and advice.peak_sizing.comparison.cost_ratio == Decimal("3.5")


@pytest.mark.parametrize(
    ("traits", "per_token"),
    [
        # stated utilization below break-even on sustained load: per-token for the whole load
        (WorkloadTraits(stage="production", high_volume=True, volume_variability="low", utilization=Decimal("0.8"),
                        provisioned_discount=Decimal("0.15")), "recommended"),
        # exactly at break-even: the commitment pays, per-token is the baseline beside it
        (WorkloadTraits(stage="production", high_volume=True, volume_variability="low", utilization=Decimal("0.85"),
                        provisioned_discount=Decimal("0.15")), "viable"),
        # sized for a peak of 6x the average: 16.7% against 50%
        (WorkloadTraits(stage="production", peak_to_average=Decimal(6), provisioned_discount=Decimal("0.5")),
         "recommended"),
        # at or above break-even sized for peak: per-token only absorbs the load above the commitment
        (WorkloadTraits(stage="production", peak_to_average=Decimal("1.3"), provisioned_discount=Decimal("0.35")),
         "viable"),
        # flat around the clock at 85% of the capacity, no stage named: the commitment takes the steady load, and
        # per-token is the baseline beside it
        (WorkloadTraits(volume_variability="low", utilization=Decimal("0.85")), "viable"),
        (WorkloadTraits(volume_variability="low", utilization=Decimal("0.5")), "recommended"),
        # a fixed run of transactions keeps its own per-token verdict (per-call is the fit)
        (WorkloadTraits(transactional=True, volume_variability="low", utilization=Decimal("0.5"),
                        provisioned_discount=Decimal("0.3")), "viable"),
    ],
)
def test_per_token_is_recommended_when_a_commitment_would_run_below_break_even(
    traits: WorkloadTraits, per_token: str
) -> None:
    advice = map_scenario(traits)
    assert advice.per_token.verdict == per_token
    if per_token == "recommended":
        assert "below break-even" in advice.per_token.reason


# (prefix tokens, provider, model): caching verdict. 2,000 tokens is the document's "large system prompt";
# OpenAI caches prefixes of 1,024 tokens and more.
@pytest.mark.parametrize(
    ("prefix", "provider", "model", "verdict"),
    [
        (2_000, None, None, "recommended"),
        (1_999, None, None, "evaluate"),
        (1_024, "openai", "gpt-4o", "evaluate"),
        (1_023, "openai", "gpt-4o", "not_recommended"),
        (5_000, "openai", "gpt-4o", "recommended"),
        (None, None, None, "evaluate"),
    ],
)
def test_caching_verdict_at_the_prefix_boundaries(
    prefix: int | None, provider: str | None, model: str | None, verdict: str
) -> None:
    advice = map_scenario(WorkloadTraits(prefix_tokens=prefix, provider=provider, model=model))
    assert advice.prompt_caching.verdict == verdict
    assert ("prefix_tokens" in [q.key for q in advice.questions]) is (prefix is None)


def test_reasons_carry_the_figures_they_cite() -> None:
    advice = map_scenario(WorkloadTraits(stage="production", peak_to_average=Decimal(2),
                                         provisioned_discount=Decimal("0.35"), prefix_tokens=12_500))
    assert advice.provisioned_throughput.reason == (
        "sized for peak it would run at only 50% utilization, below break-even (break-even utilization is 65% "
        "at a 35% discount); commit to the base load and send peaks to on-demand")
    assert advice.prompt_caching.reason.startswith("the 12,500-token repeated prefix")
    small = map_scenario(WorkloadTraits(prefix_tokens=800, provider="openai", model="gpt-4o"))
    assert small.prompt_caching.reason == "the 800-token prefix is below the 1,024-token minimum this provider caches"


ALL_BENEFITS = ["fedramp", "data_residency", "private_networking", "existing_billing", "sla"]


@pytest.mark.parametrize(
    ("compliance", "agreement", "verdict", "reason_start", "benefits", "asks_ea"),
    [
        ((), None, None, None, None, False),
        ((), False, None, None, None, False),
        (("fedramp",), None, "recommended", "a FedRAMP requirement", ["fedramp"], False),
        (("data_residency", "fedramp"), True, "recommended", "a FedRAMP requirement", ["fedramp", "data_residency"],
         True),
        # a cloud agreement alone: worth weighing, not a requirement
        ((), True, "evaluate", "an existing cloud agreement", ALL_BENEFITS, True),
        (("private_networking",), True, "recommended", "the buyer needs private networking,", ["private_networking"],
         True),
        (("data_residency", "sla"), None, "recommended", "the buyer needs data kept in-region and SLA commitments,",
         ["data_residency", "sla"], False),
        (("existing_billing",), True, "recommended", "the buyer needs billing through the existing cloud agreement,",
         ["existing_billing"], True),
        (("hipaa",), None, "recommended", "the buyer needs HIPAA coverage,", ALL_BENEFITS, False),
    ],
)
def test_hyperscaler_context(
    compliance: tuple[str, ...], agreement: bool | None, verdict: str | None, reason_start: str | None,
    benefits: list[str] | None, asks_ea: bool,
) -> None:
    advice = map_scenario(WorkloadTraits(compliance_needs=compliance, hyperscaler_agreement=agreement))
    if reason_start is None:
        assert advice.hyperscaler is None
    else:
        assert advice.hyperscaler is not None
        assert advice.hyperscaler.verdict == verdict
        assert advice.hyperscaler.reason.startswith(reason_start)
        assert [b.key for b in advice.hyperscaler.what_it_buys] == benefits
    assert ("ea_discount" in [q.key for q in advice.questions]) is asks_ea


@pytest.mark.parametrize(
    ("provider", "model", "prefix", "minimum"),
    [
        ("openai", None, 800, "1,024"),  # the provider alone: OpenAI caches 1,024 tokens and more, any model
        (None, "claude-haiku-4-5", 3_000, "4,096"),  # the model alone: Haiku 4.5 needs 4,096 tokens
    ],
)
def test_the_provider_minimum_is_found_from_the_provider_or_the_model_alone(
    provider: str | None, model: str | None, prefix: int, minimum: str
) -> None:
    advice = map_scenario(WorkloadTraits(prefix_tokens=prefix, provider=provider, model=model))
    assert advice.prompt_caching.verdict == "not_recommended"
    assert advice.prompt_caching.reason == (
        f"the {prefix:,}-token prefix is below the {minimum}-token minimum this provider caches")


def test_without_a_discount_the_break_even_cited_is_the_guides_rule_of_thumb() -> None:
    advice = map_scenario(WorkloadTraits(stage="production", volume_variability="low"))
    assert advice.break_even_utilization is None
    assert advice.provisioned_throughput.reason.endswith(
        "; break-even sits at sustained utilization above roughly 65%")


# Per-call is recommended for a fixed run of transactions: a known steady volume, or capped prompts with a fixed
# cost per item wanted; prompt sizes that vary widely rule it out whatever else is known.
# (transactional, variability, prompt sizes, fixed unit cost): (per-call verdict, per-token verdict)
FIXED_TRANSACTIONS = {
    (True, "low", None, None): ("recommended", "viable"),
    (True, None, "bounded", True): ("recommended", "viable"),
    (True, "low", "bounded", True): ("recommended", "viable"),
    (True, None, "bounded", None): ("viable", "recommended"),  # capped prompts alone: no fixed volume or budget
    (True, None, None, True): ("viable", "recommended"),  # a fixed budget alone: prompts may still grow
    (True, "high", "bounded", True): ("viable", "recommended"),  # volume swings: per-token stays the default
    (True, "low", "varied", True): ("not_recommended", "recommended"),
    (None, "low", "bounded", True): ("evaluate", "recommended"),  # not one call per item
    (None, None, "varied", None): ("not_recommended", "recommended"),
}


@pytest.mark.parametrize(("transactional", "variability", "prompts", "unit_cost"), list(FIXED_TRANSACTIONS))
def test_per_call_for_a_fixed_run_of_transactions(
    transactional: bool | None, variability: str | None, prompts: str | None, unit_cost: bool | None
) -> None:
    advice = map_scenario(WorkloadTraits(transactional=transactional, volume_variability=variability,
                                         prompt_sizes=prompts, fixed_unit_cost=unit_cost))
    per_call, per_token = FIXED_TRANSACTIONS[(transactional, variability, prompts, unit_cost)]
    assert (advice.per_call.verdict, advice.per_token.verdict) == (per_call, per_token)


@pytest.mark.parametrize(("calls_per_day", "per_call"), [(Decimal(16_000), "recommended"), (None, "viable")])
def test_bounded_transactions_at_a_stated_volume_are_a_fixed_run(calls_per_day: Decimal | None, per_call: str) -> None:
    # "500k forms a month, each exactly one page": a known volume of bounded calls is what a flat fee budgets
    advice = map_scenario(WorkloadTraits(transactional=True, prompt_sizes="bounded", calls_per_day=calls_per_day))
    assert advice.per_call.verdict == per_call


def test_a_fixed_run_of_transactions_is_not_a_provisioned_question() -> None:
    advice = map_scenario(WorkloadTraits(transactional=True, volume_variability="low"))
    assert not advice.par_question_needed
    assert advice.provisioned_throughput.verdict == "evaluate"


# Sustained high volume with no PAR: provisioned throughput is the structure to pursue, pending the ratio.
# (stage, variability, high volume): (provisioned verdict, PAR asked)
HIGH_VOLUME = {
    ("production", "low", True): ("pending", True),
    (None, "low", True): ("pending", True),  # "runs round the clock at heavy volume": sustained without the word
    (None, None, True): ("pending", True),
    ("production", None, None): ("evaluate", True),  # production, volume not said to be high
    (None, "high", True): ("evaluate", False),  # high but bursty: not sustained
    ("early", None, True): ("not_recommended", False),
}


@pytest.mark.parametrize(("stage", "variability", "high_volume"), list(HIGH_VOLUME))
def test_sustained_high_volume_makes_provisioned_pending_the_par(
    stage: str | None, variability: str | None, high_volume: bool | None
) -> None:
    advice = map_scenario(WorkloadTraits(stage=stage, volume_variability=variability, high_volume=high_volume))
    verdict, asks_par = HIGH_VOLUME[(stage, variability, high_volume)]
    assert advice.provisioned_throughput.verdict == verdict
    assert advice.par_question_needed is asks_par
    if verdict == "pending":
        assert "peak-to-average" in advice.provisioned_throughput.reason


def test_a_known_par_decides_even_at_high_volume() -> None:
    advice = map_scenario(WorkloadTraits(stage="production", high_volume=True, peak_to_average=Decimal(3),
                                         provisioned_discount=Decimal("0.4")))
    assert advice.provisioned_throughput.verdict == "evaluate"  # 33.3% against 60%
    assert not advice.par_question_needed


@pytest.mark.parametrize(
    ("par", "discount", "ratio", "direction"),
    [("1.3", "0.4", "0.78", "below"), ("4", "0.4", "2.4", "above"), ("1.25", "0.2", "1", "equal"),
     ("1", "0.35", "0.65", "below")],
)
def test_sized_for_peak_the_cost_against_on_demand_is_one_minus_discount_times_par(
    par: str, discount: str, ratio: str, direction: str
) -> None:
    advice = map_scenario(WorkloadTraits(peak_to_average=Decimal(par), provisioned_discount=Decimal(discount)))
    assert advice.peak_sizing is not None
    assert advice.peak_sizing.comparison.cost_ratio == Decimal(ratio)
    assert advice.peak_sizing.comparison.direction == direction
    assert advice.peak_sizing.utilization == 1 / Decimal(par)


def test_no_peak_sizing_without_a_discount() -> None:
    assert map_scenario(WorkloadTraits(peak_to_average=Decimal(2))).peak_sizing is None
    early = map_scenario(WorkloadTraits(stage="early", peak_to_average=Decimal(2), provisioned_discount=Decimal("0.3")))
    assert early.peak_sizing is not None and early.peak_sizing.comparison.cost_ratio == Decimal("1.4")


def test_a_stated_utilization_replaces_the_peak_to_average_question() -> None:
    above = map_scenario(WorkloadTraits(stage="production", volume_variability="low", utilization=Decimal("0.75"),
                                        provisioned_discount=Decimal("0.4")))
    assert above.provisioned_throughput.verdict == "recommended"
    assert above.at_utilization is not None and above.at_utilization.cost_ratio == Decimal("0.8")
    assert not above.par_question_needed and above.peak_sizing is None
    below = map_scenario(WorkloadTraits(stage="production", volume_variability="low", utilization=Decimal("0.5"),
                                        provisioned_discount=Decimal("0.3")))
    assert below.provisioned_throughput.verdict == "not_recommended"
    assert below.at_utilization is not None and below.at_utilization.cost_ratio == Decimal("1.4")


# (fee cheaper than per-token at the stated size, transactional, prompt sizes, variability): per-call verdict.
FEE_AGAINST_PER_TOKEN = {
    # "$0.008 per run, predictable volume, prompts bounded": a cheaper fee on bounded, steady runs is the fit
    (True, None, "bounded", "low"): "recommended",
    # the same fee on runs whose volume swings: not a fixed run
    (True, None, "bounded", "high"): "not_recommended",
    # cheaper, but nothing says the prompts are bounded: still only worth evaluating
    (True, None, None, None): "evaluate",
    # dearer than per-token: out, unless a fixed run of transactions wants the predictability
    (False, None, "bounded", "low"): "not_recommended",
    (False, True, None, "low"): "recommended",
    # prompt sizes that vary decide first, whatever the fee
    (True, True, "varied", "low"): "not_recommended",
}


@pytest.mark.parametrize(("cheaper", "transactional", "prompts", "variability"), list(FEE_AGAINST_PER_TOKEN))
def test_the_fee_against_per_token_decides_the_per_call_verdict(
    cheaper: bool, transactional: bool | None, prompts: str | None, variability: str | None
) -> None:
    advice = map_scenario(WorkloadTraits(fee_cheaper=cheaper, transactional=transactional, prompt_sizes=prompts,
                                         volume_variability=variability))
    assert advice.per_call.verdict == FEE_AGAINST_PER_TOKEN[(cheaper, transactional, prompts, variability)]
    if not cheaper and not transactional:
        assert "costs more than per-token" in advice.per_call.reason


def test_a_stated_utilization_is_never_shown_as_the_utilization_sized_for_peak() -> None:
    # the buyer's own 75% is the utilization the verdict reads; it is not "sized for peak: 1 ÷ PAR", whether or not a
    # peak-to-average ratio is given too (2 would size for peak at 50%)
    for par in (None, Decimal(2)):
        advice = map_scenario(WorkloadTraits(stage="production", volume_variability="low", utilization=Decimal("0.75"),
                                             peak_to_average=par, provisioned_discount=Decimal("0.4")))
        assert advice.provisioned_throughput.verdict == "recommended"
        assert advice.utilization_if_sized_for_peak is None and advice.peak_sizing is None
        assert advice.at_utilization is not None and advice.at_utilization.utilization == Decimal("0.75")


def test_no_repeated_prefix_rules_caching_out_without_asking_for_the_prefix() -> None:
    advice = map_scenario(WorkloadTraits(stage="production", repeated_context=False))
    assert advice.prompt_caching.verdict == "not_recommended"
    assert all(q.key != "prefix_tokens" for q in advice.questions)
    # a prefix that is stated still decides by its size
    stated = map_scenario(WorkloadTraits(stage="production", repeated_context=False, prefix_tokens=Decimal(9000)))
    assert stated.prompt_caching.verdict == "recommended"


def test_a_commitment_on_offer_with_no_load_shape_asks_for_the_peak_to_average_ratio() -> None:
    D, W, mapped = Decimal, WorkloadTraits, map_scenario
    offered = mapped(W(provisioned_discount=D("0.3")))
    assert offered.par_question_needed
    assert offered.provisioned_throughput.verdict == "evaluate"
    assert offered.break_even_utilization == D("0.7")
    # a ratio or a utilization settles it; no offer asks nothing; an early-stage buyer is told no outright
    assert not mapped(W(provisioned_discount=D("0.3"), peak_to_average=D("1.2"))).par_question_needed
    assert not mapped(W(provisioned_discount=D("0.3"), utilization=D("0.8"))).par_question_needed
    assert not mapped(W()).par_question_needed
    assert not mapped(W(provisioned_discount=D("0.3"), stage="early")).par_question_needed
