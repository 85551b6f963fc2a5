"""Adversarial parsing benchmark: the worst messages we know of, at Slack's 40,000-character limit.

Run:  .venv/bin/python -m bench.bench_parse_adversarial
For each shape (long digit runs, separators, repeated units and labels, nested markup, ...) it times
``parse`` (what every ask runs; warm, and "cold": the first parse in a fresh process, before any prescreen is on),
the field-language linter on the whole text (what coaching and /fieldcheck run) and the router's full answer, and
checks that the scanner is linear: the time for 40,000 characters
over the time for 4,000 (about 10 when linear; a square law would give about 100). Figures go into
docs/benchmarks.md, "## Adversarial messages". Target: every message parses in under 200 ms.

Then it draws messages from the hostile strategies of tests/support/hostile.py (the ones
tests/parse/test_adversarial.py checks for behaviour) and reports the slowest parse and lint among them:
``--drawn N`` examples (default 100, a fixed seed so runs compare).
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import subprocess
import sys
import time

import glossary
from bench._timing import cpu_model, median_seconds
from bot import router
from bot.parse import parse
from bot.parse.extract import scan
from bot.parse.numbers import normalize

SLACK_MAX = 40_000  # characters Slack keeps of a message's text
REPEATS = 5

SHAPES: dict[str, str] = {
    "digits": "1",
    "digits and commas": "1,000",
    "digits and dots": "1.",
    "digits and list commas": "1,",
    "digits and spaces": "1 000 ",
    "exponents": "1e-9",
    "dollars": "$1",
    "dollar pairs": "$3/$15 ",
    "percentages": "5%",
    "percent ranges": "5-10% ",
    "scaled counts": "4k ",
    "tokens": "4k tokens ",
    "calls a day": "10 calls a day ",
    "cents": "1c ",
    "multipliers": "1x",
    "labels without numbers": "input is at of ",
    "question marks": "what is x?",
    "newlines": "what is \n",
    "nested markup": "*_~`>",
    "quotes": '"a',
    "mentions": "<@U1|",
    "flagged phrases": "provisioned is cheaper, ",
    "decimal-comma percentages": "12,5% ",
    "quoted figures": '"1 said" ',
    "a period before its counts": "over the month 1 hits and ",
    "one side as many as the other": "1 input tokens and twice as many output tokens ",
    "keyed sides": "input tokens: 1m / mo, of which cache writes: 1, ",
    "snake keys and channel rows": "per_call_fee_x=$1 direct api, input $1/m, output $2/m\n",
    "shares of the time and tokens per token": "busy two-thirds of the time, 4 input tokens per output token, ",
    "quoted cell keys and hit percents": 'A1 "prefix" 12000 | B1 "hit %" 90 | $/unit-hr: $2 | ',
    "sizes at the same mix and a call of a size": "grow to 3k tokens at the same 3:1 mix, a 9k call costs, ",
    "channel and version columns": "azure  vertex\nmetric  planned  actual\nx  1  2\n",
    "cache invoice lines and kept documents": ("cache reads 1 calls x 1-token prefix @ $1/mtok, a 1-token a b c in "
                                               "the cache, "),
    "version volumes and bare side rates": ("| | planned | actual |\n| input tokens | 9m | 9m |\nin $1/m out 2.40 a "
                                            "quarter a b, call it 13 weeks "),
    "dates and calls after a month": "in mar 1 calls, week of 3 Mar, 3rd of may 2026, 2026-03-03 1/1/2026 ",
    "rows of months": "month | x\njan | 1\nfeb | 2\nmar | x\n",
    "invoice call lines and side shares": ("1 calls @ $1/call $1 output is a quarter of the input 1 calls hitting "
                                           "cache "),
    # (Round 41: a header over one row, again and again, was read quadratically by the usage-table reader)
    "headers over rows": "a,b,c\n3,18.50,720\n",
    "camel-case columns": "ModelUnits,RatePerUnitHour,Hours\n3,18.50,720\n",
    "parts then their totals": "3 chunks of 500 tokens, a 200-token prompt, so call it 1,700 input tokens per call. ",
    "totals without parts": ", so call it 1,700 input tokens per call",
    "number words before -token": "a six thousand-token two three-hour ",
    # (Round 42: the patterns its blind sheets and prose added)
    "on-demand, then the same tokens' cost": "stay on-demand. the same tokens cost us about 5k flat. ",
    "on-demand before a long clause": "on demand for the tokens those units serve would be ",
    "sided rows under a date": "date,model,token_type,tokens,rate_per_mtok\n2024-05-13,gpt-4o,input,84.2M,$2.50\n",
    "prices by channel": "item,direct_list,azure_list\ngpt-4o input /1M,$2.50,$3.00\n",
    "invoice lines by channel": "INV-1  Direct API  input tokens  $2.50 / MTok\nINV-2  AWS Bedrock list  input tokens  "
                                "$3.25 / MTok\n",
    "a period's header over values": "metric\tper business day\ninput tokens\t42M\n",
    "writes set apart": "all hits except 40 that write the cache, week 37. 900 calls, 60 of them were cache writes. ",
    "past periods heading counts": "last month on-demand for the same traffic: 6.2bn input tokens\n",
    "loads in TPM columns": "week,committed_tpm,avg_consumed_tpm\nwk1,200000,148000\n",
    # Round 43: a sentence about the same traffic's on-demand bill with no full stop; routes as rows and columns; what a
    # call reads and writes; tokens at the front of each request; a share said again in brackets
    "same traffic's bill, no full stop": "the same traffic on demand would be about 210k a month and ",
    "routes as rows and columns": " direct bedrock\ninput $3.00 $3.54\nazure openai, $3.00 input, $12.00 output.\n",
    "reads and writes": "each summary reads ~2,000 tokens of transcript and writes 300 tokens; ",
    "tokens at the front": "a 6,000-token product summary at the front of each request, ",
    "shares said again": "about 60% (60%) of committed capacity, ",
    # Round 48: loads without their unit beside the periods counted in tokens
    "bare loads beside tokens": "push 1m/hr and 2m tok/hr, ",
    # Round 49: references, asides of meaning, keyed hours, loads under their unit, spaced "=" keys, words sent back
    "references and meanings": "INV-20931 po-4471 $18 per unit-hour (that's the price of one unit for one hour) ",
    "keyed hours and loads under a unit": "tokens/min\navg 41,000\np100 131,200\nhours: 2184\n",
    "spaced equals and output sent back": "avg input = 1,800 tokens\nthe agent writes back maybe 400. ",
    # Round 50: sheets of quantities and units, order lines' products, CamelCase keys, keyed misses, runs of work
    "quantities, units and products": ("line_item,qty,unit\ncache_hit_calls,8000,calls\nInput tokens @ $2 per 1M  qty: "
                                       "2,800 tok/call x 1.5M calls/mo\n"),
    "camel keys, misses and runs": ("UnitPriceHr  : 2.50 USD\nInputTokenCount 20,000,000\ncache misses: 10 (1 in 8), "
                                    "each run writes the cache once and then gets 9 hits, "),
    "realistic ask": "$3/$15 per 1M, 80% utilization, 35% discount, 10k calls/day, 4k tokens in, ",
}

# One key, then a single run of blanks the whole length of what is parsed (4,000 characters), then what the key's
# pattern waits for: a pattern with two runs of blanks side by side tries every split of the run (quadratic).
RUNS: dict[str, str] = {
    "a key, blanks, then @": "calls" + " " * 3_990 + "x @",
    "a side's tokens, blanks, then @": "input tokens" + "\t" * 3_980 + "@ $1",
    "calls at a fee, blanks, then no amount": "1 calls @ $1" + " " * 3_980 + "x",
}


def message(unit: str, length: int = SLACK_MAX) -> str:
    return (unit * (length // len(unit) + 1))[:length]


_COLD = ("import sys, time\nfrom bot.parse import parse\ntext = sys.stdin.read()\nstart = time.perf_counter()\n"
         "parse(text)\nprint((time.perf_counter() - start) * 1000)")


def cold_parse_ms(text: str, runs: int = 3) -> float:
    """The median, over ``runs`` fresh processes, of the first parse of ``text`` after the import: no pattern has
    been searched before it, so no prescreen is active yet (bot.parse.prescreen turns one on after SCREEN_AFTER
    searches) and nothing is cached."""
    times = sorted(float(subprocess.run([sys.executable, "-c", _COLD], input=text, capture_output=True, text=True,
                                        check=True).stdout) for _ in range(runs))
    return times[len(times) // 2]


def slowest_drawn(count: int) -> dict[str, tuple[float, str]]:
    """The slowest parse and lint, in ms, over `count` messages drawn from the hostile strategies."""
    from hypothesis import HealthCheck, given, settings

    from tests.support.hostile import hostile_messages

    slowest: dict[str, tuple[float, str]] = {"parse": (0.0, ""), "lint": (0.0, "")}

    @settings(max_examples=count, database=None, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(hostile_messages)
    def run(text: str) -> None:
        for name, fn in (("parse", parse), ("lint", glossary.lint)):
            start = time.perf_counter()
            fn(text)
            ms = (time.perf_counter() - start) * 1000
            if ms > slowest[name][0]:
                slowest[name] = (ms, text[:40])

    run()
    return slowest


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--drawn", type=int, default=100, help="messages drawn from the hostile strategies")
    options.add_argument("--no-cold", action="store_true", help="skip the first parse in fresh processes (slow)")
    args = options.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(f"machine: nproc={os.cpu_count()}, {cpu_model()}, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{'shape':24} {'parse ms':>9} {'cold ms':>8} {'lint ms':>8} {'answer ms':>10} {'scan 4k ms':>11} "
          f"{'scan 40k ms':>12} {'ratio':>6}")
    worst = 0.0
    for name, unit in SHAPES.items():
        text = message(unit)
        small, large = normalize(message(unit, SLACK_MAX // 10)), normalize(text)
        t_parse, t_lint, t_answer, t_small, t_large = (
            median_seconds(functools.partial(fn, arg), REPEATS) * 1000
            for fn, arg in ((parse, text), (glossary.lint, text), (router.answer, text), (scan, small), (scan, large))
        )
        t_cold = float("nan") if args.no_cold else cold_parse_ms(text)
        worst = max(worst, t_parse, 0 if args.no_cold else t_cold)
        print(f"{name:24} {t_parse:9.1f} {t_cold:8.1f} {t_lint:8.1f} {t_answer:10.1f} {t_small:11.1f} "
              f"{t_large:12.1f} {t_large / max(t_small, 1e-6):6.1f}")
    for name, text in RUNS.items():
        t_parse = median_seconds(functools.partial(parse, text), REPEATS) * 1000
        worst = max(worst, t_parse)
        print(f"{name:24} {t_parse:9.1f}")
    if args.drawn:
        drawn = slowest_drawn(args.drawn)
        for name, (ms, start) in drawn.items():
            print(f"slowest {name} of {args.drawn} drawn hostile messages: {ms:.1f} ms ({start!r}...)")
        worst = max(worst, drawn["parse"][0])
    print(f"worst parse: {worst:.1f} ms (target < 200 ms)")
    sys.exit(0 if worst < 200 else 1)


if __name__ == "__main__":
    main()
