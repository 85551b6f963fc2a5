"""Pricing-engine benchmark: quotes per second and the commitment optimiser on a year of hourly load.

Run:  .venv/bin/python -m bench.bench_pricing  (pins itself to one CPU when the OS allows it)
Prints medians of repeated runs; the figures go into docs/benchmarks.md, "## Pricing engine".
"""

from __future__ import annotations

import math
import os
import platform
import random
from decimal import Decimal

from bench._timing import cpu_model, median_seconds
from pricing import (
    CachingRequest,
    CommitmentRequest,
    PerTokenRequest,
    RateOverrides,
    UtilizationRequest,
    analyse_caching,
    compare_at_utilization,
    optimal_commitment,
    quote_per_token,
    resolve_rates,
)
from pricing.commitment import commitment_cost

REPEATS = 15


def typical_quote() -> None:
    """What one "/quote 2M input + 500k output a day at $5/$15" answer computes."""
    rates = resolve_rates(RateOverrides(input=Decimal(5), output=Decimal(15)), {}, None)
    quote_per_token(PerTokenRequest(rates=rates, input_tokens="2000000", output_tokens="500000", tokens_per="day"))


def deal_quote() -> None:
    """A fuller answer: per-token, caching and provisioned at a utilization."""
    rates = resolve_rates(RateOverrides(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5")), {}, None)
    quote_per_token(PerTokenRequest(rates=rates, input_tokens=4_000, output_tokens=500, calls_per_day=10_000))
    analyse_caching(CachingRequest(rates=rates, prefix_tokens=4_000, calls_per_day=10_000))
    compare_at_utilization(UtilizationRequest(discount=Decimal("0.4"), utilization=Decimal("0.8")))


def year_of_load(seed: int = 7) -> tuple[Decimal, ...]:
    """8,760 hours: diurnal cycle, quieter weekends, noise and occasional spikes (load units/hour)."""
    rng = random.Random(seed)
    loads = []
    for hour in range(8_760):
        day, hod = divmod(hour, 24)
        diurnal = 1 + 0.8 * math.sin((hod - 6) / 24 * 2 * math.pi)
        weekly = 0.6 if day % 7 in (5, 6) else 1.0
        spike = 3.0 if rng.random() < 0.01 else 1.0
        value = max(0.0, 100 * diurnal * weekly * spike + rng.gauss(0, 10))
        loads.append(Decimal(f"{value:.2f}"))
    return tuple(loads)


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    n = 2_000
    per_quote = median_seconds(lambda: [typical_quote() for _ in range(n)], REPEATS) / n
    per_deal = median_seconds(lambda: [deal_quote() for _ in range(n)], REPEATS) / n

    loads = year_of_load()
    request = CommitmentRequest(hourly_load=loads, discount=Decimal("0.4"))
    optimise = median_seconds(lambda: optimal_commitment(request), REPEATS)
    with_validation = median_seconds(
        lambda: optimal_commitment(CommitmentRequest(hourly_load=loads, discount=Decimal("0.4"))), REPEATS
    )
    # Reference: exact cost at 100 percentile levels (the naive approach), same run.
    levels = sorted(loads)[:: len(loads) // 100]
    naive = median_seconds(lambda: min(commitment_cost(loads, c, Decimal("0.4")) for c in levels), 3)
    plan = optimal_commitment(request)
    naive_best = min(commitment_cost(loads, c, Decimal("0.4")) for c in levels)

    cpu = cpu_model()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"machine: nproc={os.cpu_count()} cpu={cpu!r} python={platform.python_version()} (pinned to one core)")
    print(f"load average at the end of the run (1/5/15 min): {load}  (the 2 cores are shared with other work)")
    print(f"typical per-token quote: {per_quote * 1e6:.1f} us median -> {1 / per_quote:,.0f} quotes/s")
    print(f"deal quote (per-token + caching + utilization): {per_deal * 1e6:.1f} us -> {1 / per_deal:,.0f} quotes/s")
    print(f"optimiser, 8,760 hours, validated request: {optimise * 1e3:.2f} ms median of {REPEATS}")
    print(f"optimiser incl. request validation: {with_validation * 1e3:.2f} ms median of {REPEATS}")
    print(f"naive scan of 100 percentile levels: {naive * 1e3:.1f} ms ({naive / optimise:.0f}x the optimiser)")
    print(
        f"plan: commit {plan.commitment} units/h; cost {plan.ratio_to_on_demand:.3f} x all-on-demand, "
        f"{plan.ratio_to_peak_sized:.3f} x sized-for-peak; PAR {plan.peak_to_average:.2f}; "
        f"naive best / optimum = {naive_best / plan.cost:.4f}"
    )


if __name__ == "__main__":
    main()
