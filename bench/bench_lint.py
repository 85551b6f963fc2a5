"""Field-language linter throughput: messages/second over a reproducible 10,000-message corpus.

Compares, in one run and on the same messages:
- pricebot's linter with the real rules (10) and with the rule set scaled 20x (200: the real ones plus
  190 synthetic rules), once keyed on words absent from the corpus (rules about other topics) and once
  on words drawn from the corpus itself (every synthetic rule wakes up somewhere: the stress case);
- a naive matcher that runs every rule's regex over every message (what the one-pass design avoids),
  on both rule sets;
- proselint (its default checks) on the same messages;
- then the lint time of adversarial 40,000-character messages (and 80,000, to show the time grows linearly).

Throughput is messages per CPU second of this process (``time.process_time``: time spent waiting for a
core on a busy machine is not counted), with wall-clock messages/second beside it. Each figure is the
median of --repeats timed passes (proselint: --proselint-repeats); the passes of
all contenders are interleaved round by round so that load from other processes hits them alike, and
the process is pinned to one core.

    .venv/bin/python -m bench.bench_lint [--messages 10000] [--repeats 5] [--proselint-repeats 3]

With ``--baseline REV`` it compares instead this tree's linter with the ``glossary`` package of commit REV (loaded under
another name in the same process), both on the real rules of their own commit: passes over the corpus interleaved 25
messages at a time, so load from other processes hits both alike; it checks they flag the same spans and prints the
CPU microseconds per message of each and their ratio.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import itertools
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from glossary import Flag, Linter, load_rules
from glossary.prose import normalise
from glossary.rules import DEFAULT_RULES_PATH, RuleSet

REPO = Path(__file__).resolve().parent.parent

CORPUS_DIR = REPO / "tests" / "data" / "fieldlang"
SEED = 20261127

FILLER = [
    "Can we move the Globex sync to 3pm tomorrow?",
    "Updated the forecast sheet, please check your rows before the call.",
    "Who has the latest security questionnaire for Initech?",
    "Thanks all, great call today.",
    "Their procurement team wants the MSA redlines by Friday.",
    "I'll be out Monday, ping Sam for anything urgent.",
    "Does anyone have a customer reference in healthcare?",
    "The demo environment is back up after the maintenance window.",
    "Sharing the deck from the QBR in the drive.",
    "Let's sync on territory splits next week.",
    "Reminder: expense reports are due end of month.",
    "Legal approved the DPA changes, we can send it over.",
    "Their architect wants a deep dive on the retrieval setup.",
    "Pushed the POC timeline by two weeks at their request.",
    "Can someone share the SOC 2 report under NDA?",
    "Champion changed roles, need a new exec sponsor.",
    "Booked the onsite for the 14th, travel is approved.",
    "Their usage grew a lot after the agent launch, let's review the account plan.",
    "Quick question about the renewal date on the Hooli contract.",
    "Fixed the typo in the pricing appendix, thanks for catching it.",
    "<@U024BE7LH> can you join the 2pm?",
    "Notes are in <https://example.com/notes|the doc>.",
    "`model=gpt-4o` is what they run in prod today.",
    "> can we get a discount for a two-year term?\nasking finance now.",
    "Their token budget per agent run is about 20k, with long tool outputs.",
    "Great news: verbal yes from Umbrella, paperwork next.",
    "Anyone free to shadow the Stark discovery call?",
    "The pull request for the calculator fix is merged.",
    "Slack is slow today, sorry for the late replies.",
    "Can we get FedRAMP documentation for the federal prospect?",
]


def build_corpus(count: int, seed: int = SEED) -> list[str]:
    """``count`` messages: labelled corpus messages, filler chatter, and filler followed by a labelled one."""
    rng = random.Random(seed)
    labelled = [
        entry["text"]
        for path in sorted(CORPUS_DIR.glob("*.yaml"))
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]
    messages = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.3:
            messages.append(rng.choice(labelled))
        elif roll < 0.7:
            messages.append(" ".join(rng.sample(FILLER, rng.randint(1, 3))))
        else:
            messages.append(rng.choice(FILLER) + "\n" + rng.choice(labelled))
    return messages


def scaled_rules(corpus: list[str], factor: int, directory: Path, *, from_corpus: bool, seed: int = SEED) -> RuleSet:
    """The real rules plus synthetic ones until there are ``factor`` times as many, loaded from YAML.

    ``from_corpus``: each synthetic rule is keyed on a word drawn from the corpus's own words (4+ letters,
    common ones like "their" included), so most messages wake several of them: the stress case. Otherwise
    the keys are made-up words absent from the corpus (rules about other topics): the dispatch cost alone.
    """
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    real = len(data["rules"])
    rng = random.Random(seed)
    wanted = real * factor - real
    if from_corpus:
        vocabulary = sorted({w.lower() for text in corpus for w in re.findall(r"[A-Za-z]{4,}", text)})
        words = rng.sample(vocabulary, wanted)
    else:
        words = [f"zq{index}{''.join(rng.choices('bcdfghjklmnpqrstvwxz', k=5))}" for index in range(wanted)]
    for index, word in enumerate(words):
        data["rules"].append(
            {
                "id": f"synthetic-{index}",
                "dont_say": f"{word} is better",
                "do_say": f"{word} can be better",
                "why": "synthetic rule for the benchmark",
                "triggers": [word],
                "patterns": [f"\\b{word}{{be}}{{adv}} (?:better|worse|the best|guaranteed|free)\\b"],
                "fine_when": ["depends? on|\\bif\\b"],
                "examples": {"flag": [f"{word} is better"], "quiet": [f"{word} can be better"]},
            }
        )
    path = directory / "rules-scaled.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_rules(path)


class NaiveLinter(Linter):
    """Every rule's regex over every whole message: the per-rule scan the one-pass design avoids."""

    def lint(self, text: str) -> list[Flag]:
        prose = self._speller.fix(normalise(text, self.rule_set.own_draft))
        flags: list[Flag] = []
        for compiled in self.rule_set.compiled:
            if compiled.pattern.search(prose.text):  # the same cheap first test the real matcher uses
                flags.extend(self._check(prose, compiled, 0, len(prose.text), compiled.pattern.finditer(prose.text)))
        return flags


def proselint_checker() -> Callable[[str], int]:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    return lambda text: len(LintFile("<bench>", text).lint())


def timed_pass(check: Callable[[str], object], corpus: list[str]) -> tuple[float, float, int]:
    """(messages per CPU second, messages per wall-clock second, messages with a finding) for one pass."""
    flagged = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for text in corpus:
        if check(text):
            flagged += 1
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return len(corpus) / cpu, len(corpus) / wall, flagged


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, {platform.system()}"


# 40,000-character messages built to make a slow (backtracking) pattern show: each repeats one unit with no
# sentence break, aimed at one family of patterns or one pass of the matcher
ADVERSARIAL = {
    "claims, no sentence break": "provisioned is cheaper and caching saves money and token costs and ",
    "question forms": "would PTUs be cheaper is provisioned cheaper ",
    "savings forms": "save them half cut costs by a third 30% savings ",
    "misspelt key words": "provisioend chaching commited ",
    "condition words, no condition": "if the load util ",
    "input/output before token costs": "input token costs ",
    "GCP before committed use": "GCP committed use ",
    "compliance words after the claim": "paying extra for Azure FedRAMP residency controls ",
    "compliance words before the claim, 'but' after": "FedRAMP paying extra for Azure but ",
    "owners and kinds of a bill": "caching will cut Contoso's inference PTUs cut their API ",
    "~strike openers, never closed": "~a ",
    "link openers, never closed": "<https://x.example|",
    "approximate percents": "~65% ",
    "reported questions, no answer": "asked whether PTUs are cheaper, and ",
    "reported questions, each answered": "asked whether PTUs are cheaper? yes. ",
    "caching subject, no savings word": "caching will make the whole thing ",
    "emoji between words": "PTUs :tada: are :100: cheaper 🎉 ",
    "draft quote lines": "my draft:\n> caching saves money\n",
    "one long block quote": "> caching saves money\n",
    "bill subjects, no figure": "their bill would be lower the costs come down ",
    "savings words, no bill": "knock a third off take about half off savings in the ",
    # a figure said first, read from every digit of a run, was quadratic: "40% discount, " then 1s to the end
    "figure said first, digits after": "1",
    # a heading under a line ending in a colon, repeated: each heading read onto every item below it was quadratic
    "headings under agenda lines, repeated": "Agenda for the call with the team:\nCaching:\n- saves money\n",
    # each quotation's neighbours were searched for an introduction (80 characters, 7 patterns): 365 ms at 40k
    "quotation marks, none introduced": '"x ',
}


def adversarial(linter: Linter, length: int = 40_000) -> None:
    """Lint time of each adversarial message at ``length`` and twice that: linear patterns roughly double."""
    print(f"\n| adversarial message ({length:,} / {2 * length:,} characters) | lint ms | lint ms at 2x | flags |")
    print("|---|---:|---:|---:|")
    linter.lint("provisioend")  # the spelling dictionary loads on the first near miss: not charged below
    for name, unit in ADVERSARIAL.items():
        times, found = [], 0
        for size in (length, 2 * length):
            text = (unit * (size // len(unit) + 1))[:size]
            start = time.process_time()
            flags = linter.lint(text)
            times.append((time.process_time() - start) * 1000)
            found = found or len(flags)
        print(f"| {name} | {times[0]:,.0f} | {times[1]:,.0f} | {found:,} |")


_BASELINES = itertools.count(1)


def baseline_lint(rev: str, directory: Path) -> Callable[[str], list[Flag]]:
    """The lint of commit ``rev``'s ``glossary`` package with its own rules, imported under a name of its own
    (``glossary_baseline_N``, a new N each call, so a second commit is really loaded and not the first one reused);
    ``directory`` is on ``sys.path`` only while the package is imported."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev, "glossary"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(directory, filter="data")
    name = f"glossary_baseline_{next(_BASELINES)}"
    package = directory / name
    (directory / "glossary").rename(package)
    for source in package.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        text = re.sub(r"^from glossary([. ])", rf"from {name}\1", text, flags=re.MULTILINE)
        source.write_text(re.sub(r"^import glossary$", f"import {name}", text, flags=re.MULTILINE))
    sys.path.insert(0, str(directory))
    try:
        module = importlib.import_module(name)
    finally:
        sys.path.remove(str(directory))
    linter: Linter = module.Linter(module.load_rules(package / "rules.yaml"))
    return linter.lint


def side_by_side(rev: str, corpus: list[str], repeats: int) -> None:
    """This tree's lint against commit ``rev``'s, interleaved 25 messages at a time (see the module's docstring)."""
    with tempfile.TemporaryDirectory() as tmp:
        contenders = {rev: baseline_lint(rev, Path(tmp)), "this tree": Linter(load_rules(DEFAULT_RULES_PATH)).lint}
        for check in contenders.values():  # warm-up, as in main()
            for text in corpus[:600]:
                check(text)
        names = list(contenders)
        spans = [[[(f.rule, f.start, f.end) for f in contenders[name](text)] for text in corpus] for name in names]
        differ = sum(a != b for a, b in zip(*spans, strict=True))
        micros: dict[str, list[float]] = {name: [] for name in names}
        for round_ in range(repeats):
            spent = dict.fromkeys(names, 0.0)
            gc.collect()
            for chunk_start in range(0, len(corpus), 25):
                chunk = corpus[chunk_start : chunk_start + 25]
                order = names if (chunk_start // 25 + round_) % 2 == 0 else names[::-1]
                for name in order:
                    check = contenders[name]
                    start = time.process_time()
                    for text in chunk:
                        check(text)
                    spent[name] += time.process_time() - start
            for name in names:
                micros[name].append(spent[name] * 1e6 / len(corpus))
            print(f"  round {round_ + 1}: " + ", ".join(f"{n} {micros[n][-1]:.1f} us" for n in names), file=sys.stderr)
    before, after = (statistics.median(micros[name]) for name in names)
    print(f"messages flagged differently: {differ} of {len(corpus)}")
    print(f"CPU microseconds per message, median of {repeats} passes: {rev} {before:.1f}, this tree {after:.1f}: "
          f"**{before / after:.2f}x** (per pass: "
          + ", ".join(f"{b / a:.2f}" for b, a in zip(micros[rev], micros["this tree"], strict=True)) + ")")
    print(f"load average after the run {os.getloadavg()[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--proselint-repeats", type=int, default=3)
    parser.add_argument("--factor", type=int, default=20)
    parser.add_argument("--baseline", metavar="REV", help="compare with commit REV's linter side by side instead")
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):  # one core: fewer migrations, steadier figures on a shared machine
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})
    corpus = build_corpus(args.messages)
    if args.baseline:
        print(f"machine: {machine()}; load average before the run {os.getloadavg()[0]:.2f}")
        side_by_side(args.baseline, corpus, args.repeats)
        return
    chars = sum(map(len, corpus))
    real = load_rules(DEFAULT_RULES_PATH)
    with tempfile.TemporaryDirectory() as tmp:
        scaled = scaled_rules(corpus, args.factor, Path(tmp), from_corpus=True)
        other = scaled_rules(corpus, args.factor, Path(tmp), from_corpus=False)
    print(f"machine: {machine()}; load average before the run {os.getloadavg()[0]:.2f}")
    print(f"corpus: {len(corpus)} messages, mean {chars / len(corpus):.0f} characters, seed {SEED}")
    print(f"rules: {len(real.rules)} real, {len(scaled.rules)} scaled ({args.factor}x)\n")

    contenders: list[tuple[str, Callable[[str], object], int]] = [
        (f"pricebot, {len(real.rules)} rules", Linter(real).lint, args.repeats),
        (f"pricebot, {len(other.rules)} rules (synthetic keys absent from corpus)", Linter(other).lint, args.repeats),
        (f"pricebot, {len(scaled.rules)} rules (synthetic keys from corpus words)", Linter(scaled).lint, args.repeats),
        (f"naive per-rule scan, {len(real.rules)} rules", NaiveLinter(real).lint, args.repeats),
        (f"naive per-rule scan, {len(scaled.rules)} rules (keys from corpus)", NaiveLinter(scaled).lint, args.repeats),
        ("proselint (default checks)", proselint_checker(), args.proselint_repeats),
    ]
    for _, check, _ in contenders:  # warm-up: caches, lazy imports, and each rule's screen (built once a rule has
        for text in corpus[:600]:  # been searched glossary.matcher.SCREEN_AFTER times: a long-running process's state)
            check(text)
    rates: list[list[float]] = [[] for _ in contenders]
    walls: list[list[float]] = [[] for _ in contenders]
    flagged = [0] * len(contenders)
    # rounds interleave the contenders so that load from other processes hits them alike
    rounds = max(repeats for _, _, repeats in contenders)
    for round_ in range(rounds):
        order = list(range(len(contenders)))
        order = order[round_ % len(order) :] + order[: round_ % len(order)]  # rotate who goes first
        for index in order:
            name, check, repeats = contenders[index]
            if round_ < repeats:
                gc.collect()  # garbage left by the previous contender is not charged to this one
                rate, wall, flagged[index] = timed_pass(check, corpus)
                rates[index].append(rate)
                walls[index].append(wall)
                print(f"  round {round_ + 1}: {name}: {rate:,.0f} msg/CPU-s, {wall:,.0f} msg/s", file=sys.stderr)
    rows = [
        (name, statistics.median(rates[i]), statistics.median(walls[i]), flagged[i], repeats)
        for i, (name, _, repeats) in enumerate(contenders)
    ]

    base = rows[0][1]
    print(
        "| linter | msg per CPU-second: median (min–max) | vs pricebot, 10 rules "
        "| msg/s wall-clock: median | flagged | runs |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for index, (name, rate, wall, flagged_, repeats) in enumerate(rows):
        spread = f"{min(rates[index]):,.0f}–{max(rates[index]):,.0f}"
        print(f"| {name} | {rate:,.0f} ({spread}) | {rate / base:.2f}x | {wall:,.0f} | {flagged_:,} | {repeats} |")
    print(
        f"\nscaling {args.factor}x: pricebot keeps {rows[1][1] / rows[0][1]:.0%} of its throughput with synthetic "
        f"rules about other topics and {rows[2][1] / rows[0][1]:.0%} when every synthetic key occurs in the corpus; "
        f"the naive per-rule scan keeps {rows[4][1] / rows[3][1]:.0%}. With the real rules pricebot runs at "
        f"{rows[0][1] / rows[5][1]:.0f}x proselint's throughput."
    )
    adversarial(Linter(real))
    print(f"load average after the run {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
