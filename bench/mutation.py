r"""Mutation score per module: mutmut, then an honest re-check of every survivor in a fresh process.

    .venv/bin/python bench/mutation.py pricing/commitment.py bot/format.py ...   # one module at a time
    .venv/bin/python bench/mutation.py --all                                      # every module in [tool.mutmut]
    .venv/bin/python bench/mutation.py --survivors pricing/caching.py             # after adding tests only
    .venv/bin/python bench/mutation.py --timeout-multiplier 3 glossary/edits.py   # a module with looping mutants
    .venv/bin/python bench/mutation.py --recheck-tests tests/glossary/test_terms.py glossary/terms.py
    .venv/bin/python bench/mutation.py --nice 0 --package-tests --fresh-stats pricing/caching.py  # tests/pricing only
    .venv/bin/python bench/mutation.py --fresh-process --recheck-tests tests/glossary/test_edits.py glossary/edits.py
    .venv/bin/python bench/mutation.py --fresh-process --timed-out --recheck-tests tests/pricing pricing/catalog.py
    .venv/bin/python bench/mutation.py --fresh-process --survivors --recheck-tests tests/pricing/test_markup.py \
        pricing/markup.py                                         # after adding tests: the survivors, fresh process
    .venv/bin/python bench/mutation.py --fresh-process --unchecked --shard 0/2 --recheck-tests FILES \
        glossary/rules.py &                                       # and --shard 1/2: two processes share a module
    .venv/bin/python bench/mutation.py --fresh-process --names '*x_load_rules__mutmut_166,*_179' --recheck-tests FILES \
        glossary/rules.py                                         # named mutants judged against other test files
    .venv/bin/python bench/mutation.py --fresh-process --fork --warm-cache --preload-project --recheck-tests FILES \
        glossary/matcher.py                                       # the same judging, a forked child per mutant
    git archive HEAD | tar -x -C /tmp/copy && cd /tmp/copy && $REPO/.venv/bin/python bench/mutation.py \
        --mutmut-tests FILES --recheck-tests FILES glossary/matcher.py   # mutmut on the module's own test files

For each module this runs ``mutmut run`` under ``nice`` with one worker and a wall-clock bound, then re-runs
each surviving mutant in a new ``pytest`` process (``MUTANT_UNDER_TEST`` set before anything is imported), so
a mutant in code that runs at import time or behind a ``functools`` cache is judged like any other: mutmut's
forked workers inherit modules imported and caches filled by the clean run, where such a mutant can never
show. Mutants that only change the text of a message (a string literal containing a space, and nothing
else) are counted apart: wording is the template and wording tests' business (and they are not re-checked in a
fresh process, so their kill count is mutmut's alone).

``--fresh-process`` skips mutmut's run (and its stats pass, which for ``glossary/`` takes most of an hour on a
loaded machine): every non-text mutant of the module runs in a new ``pytest -x`` process against the named test
files, stopped past ``--timeout-multiplier`` (default 10) x the clean run's CPU time (CPU time: a loaded machine
does not stop a mutant early); a kill is a real kill, a survivor a lower bound (a test outside those files might
kill it). ``--timed-out`` judges again, that way, only the mutants the last run stopped for time (mutmut's bound is
partly wall-clock). ``--package-tests`` lets mutmut trace and run only the module's own package's tests (no test of
one package imports the other); ``--nice`` sets the runs' niceness (default 10). ``--fork`` runs each mutant's
pytest session in a child forked from a process that imported the test runner and libraries (with
``--preload-project`` the project too, refused when a function of the module runs during those imports;
``--preload-only`` limits it to some packages): the
module's code, caches and import-time calls are as fresh as in a new process, at a fraction of its start.

Run from the project root. Results stay in ``mutants/`` (ignored by git).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tokenize
import tomllib
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # bench/mutation.py: the project root is bench/'s parent
BIN = Path(sys.executable).parent
# A survivor is re-run in a fresh process against its package's own tests (a mutant those kill is a kill).
RECHECK_TESTS = {"pricing": ["tests/pricing"], "glossary": ["tests/glossary"],
                 "bot": ["tests/test_format.py"]}
KILLED = {1, 3, 36, -24, 24, 152, 255, 37}  # test failure, pytest internal error, timeouts, type check
# 33: no test reaches the mutated function (a survivor like any other)


@dataclass
class Score:
    module: str
    total: int = 0
    killed: int = 0
    killed_on_recheck: int = 0
    not_checked: int = 0
    text_total: int = 0
    text_killed: int = 0
    survivors: list[str] = field(default_factory=list)
    diffs: dict[str, str] = field(default_factory=dict)
    timed_out: list[str] = field(default_factory=list)  # killed by the CPU-time bound: read each one
    unfinished: list[str] = field(default_factory=list)  # out of wall-clock time: not checked

    @property
    def non_text(self) -> int:
        return self.total - self.text_total

    @property
    def non_text_killed(self) -> int:
        return self.killed - self.text_killed

    def line(self) -> str:
        pct = 100 * self.non_text_killed / self.non_text if self.non_text else 100.0
        return (
            f"{self.module}: {self.non_text_killed}/{self.non_text} non-text mutants killed ({pct:.1f}%), "
            f"{self.killed_on_recheck} of them only in a fresh process; text-only {self.text_killed}/{self.text_total}"
            + (f"; NOT CHECKED: {self.not_checked} (run cut short or failed)" if self.not_checked else "")
        )


def _config() -> dict[str, list[str]]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return data["tool"]["mutmut"]  # type: ignore[no-any-return]


def _modules(cfg: dict[str, list[str]]) -> list[str]:
    found = []
    for source in cfg["source_paths"]:
        for path in sorted((ROOT / source).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if any(fnmatch(rel, pattern) for pattern in cfg["only_mutate"]):
                found.append(rel)
    return found


def _dotted(module: str) -> str:
    return module.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def _changed_tokens(diff: str) -> tuple[list[tokenize.TokenInfo], list[tokenize.TokenInfo]] | None:
    removed = "\n".join(line[1:] for line in diff.splitlines() if line.startswith("-") and not line.startswith("---"))
    added = "\n".join(line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++"))

    def toks(src: str) -> list[tokenize.TokenInfo]:
        skip = {tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER, tokenize.COMMENT}
        try:
            return [t for t in tokenize.generate_tokens(io.StringIO(src.strip() + "\n").readline) if t.type not in skip]
        except (tokenize.TokenError, IndentationError, SyntaxError):
            return []

    before, after = toks(removed), toks(added)
    if not before or len(before) != len(after):
        return None
    return before, after


def is_text_only(diff: str) -> bool:
    """True when the mutant changes only string literals that read as words (they contain a space)."""
    pair = _changed_tokens(diff)
    if pair is None:
        return False
    changed = [(b, a) for b, a in zip(*pair, strict=True) if b.string != a.string]
    return bool(changed) and all(
        b.type == tokenize.STRING and a.type == tokenize.STRING and " " in b.string for b, a in changed
    )


def _imported_names(tree: ast.Module, dotted: str) -> set[str]:
    """Names a module binds from ``dotted`` (``from pricing.x import a, b``), plus its own functions."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == dotted:
            names.update(alias.asname or alias.name for alias in node.names)
    return names


_CACHE = re.compile(r"@(?:functools\.)?(?:cache|lru_cache)\b")


def runs_at_import_or_cached(module: str) -> bool:
    """True when a function of ``module`` can run before a test sets the mutant, or be answered from a cache:
    a ``functools`` cache in the module or in a module that imports from it (a cached call can reach it), or a
    call to one of its functions in module- or class-level code of any module mutmut copies (what runs at
    import). Survivors of other modules need no fresh process: every call reaches mutmut's switch."""
    dotted = _dotted(module)
    own = {node.name for node in ast.parse((ROOT / module).read_text("utf-8")).body
           if isinstance(node, ast.FunctionDef)}
    for source_path in _config()["source_paths"]:
        for path in (ROOT / source_path).rglob("*.py"):
            source = path.read_text("utf-8")
            tree = ast.parse(source)
            imported = _imported_names(tree, dotted)
            if path == ROOT / module:
                imported |= own
            elif not imported:
                continue
            if _CACHE.search(source):
                return True
            top = [n for n in tree.body if not isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
            top += [n for c in tree.body if isinstance(c, ast.ClassDef) for n in c.body
                    if not isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
            for node in top:
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in imported:
                        return True
    return False


def has_functions(module: str) -> bool:
    """True when the module defines a function or method (mutmut mutates nothing else)."""
    tree = ast.parse((ROOT / module).read_text("utf-8"))
    return any(isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) for node in ast.walk(tree))


def refresh_copies(cfg: dict[str, list[str]]) -> None:
    """mutmut copies the source tree into mutants/ once and never refreshes a file it does not mutate
    (rules.yaml, templates, modules outside only_mutate): bring those copies up to date before a run."""
    for source in cfg["source_paths"]:
        for path in (ROOT / source).rglob("*"):
            rel = path.relative_to(ROOT).as_posix()
            if not path.is_file() or "__pycache__" in rel:
                continue
            if rel.endswith(".py") and any(fnmatch(rel, pattern) for pattern in cfg["only_mutate"]):
                continue  # mutmut regenerates these itself
            target = ROOT / "mutants" / rel
            if target.exists() and target.read_bytes() != path.read_bytes():
                shutil.copy2(path, target)


def last_survivors(module: str) -> list[str]:
    """The mutants of ``module`` that the last run left alive (or did not reach)."""
    os.chdir(ROOT)
    from mutmut.mutation.data import SourceFileMutationData

    data = SourceFileMutationData(path=module)
    data.load()
    return sorted(name for name, code in data.exit_code_by_key.items() if code is None or code not in KILLED)


def run_mutmut(module: str, timeout: int, survivors_only: bool = False, multiplier: float | None = None,
               niceness: int = 10, package_tests: bool = False, mutmut_tests: list[str] | None = None) -> None:
    names = last_survivors(module) if survivors_only else [f"{_dotted(module)}.x*"]
    if not names:
        print(f"{module}: no survivors left to re-run")
        return
    mutmut = [str(BIN / "mutmut")]
    # mutmut reads these from pyproject.toml only: set them on the loaded configuration
    settings = []
    if multiplier is not None:
        settings.append(f"config().timeout_multiplier = {float(multiplier)!r}")
    if mutmut_tests:
        settings.append(f"config().pytest_add_cli_args_test_selection = {mutmut_tests!r}")
    elif package_tests:
        settings.append(f"config().pytest_add_cli_args_test_selection = {RECHECK_TESTS[module.split('/')[0]]!r}")
    if settings:
        mutmut = [str(BIN / "python"), "-c",
                  "import sys; from mutmut.configuration import config; from mutmut.__main__ import cli; "
                  + "; ".join(settings) + "; sys.argv[0] = 'mutmut'; sys.exit(cli())"]
    cmd = ["nice", "-n", str(niceness), "timeout", str(timeout), *mutmut, "run", "--max-children", "1", *names]
    shown = cmd if len(names) < 4 else [*cmd[:-len(names)], f"<{len(names)} survivors of the last run>"]
    print("$", " ".join(shown), flush=True)
    subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, check=False)


def killed_in_fresh_process(mutant: str, tests: list[str], timeout: int, niceness: int = 10) -> bool:
    env = {**os.environ, "MUTANT_UNDER_TEST": mutant, "PYTHONDONTWRITEBYTECODE": "1"}
    cmd = ["nice", "-n", str(niceness), "timeout", str(timeout), str(BIN / "python"), "-m", "pytest", "-x", "-q",
           "-p", "no:cacheprovider", *tests]
    done = subprocess.run(cmd, cwd=ROOT / "mutants", env=env, capture_output=True, check=False)
    return done.returncode not in (0, 124)  # 124: the tests ran out of time (a loaded machine), not a failure


def score(module: str, tests: list[str] | None, recheck_timeout: int, niceness: int = 10) -> Score:
    os.chdir(ROOT)  # mutmut reads its configuration from the working directory when imported
    from mutmut.mutation.data import SourceFileMutationData
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    data = SourceFileMutationData(path=module)
    data.load()
    result = Score(module)
    for name, code in sorted(data.exit_code_by_key.items()):
        if code is None:  # the run stopped before this mutant (time bound, or the clean run failed)
            result.not_checked += 1
            continue
        diff = get_diff_for_mutant(name, path=module)
        text = is_text_only(diff)
        result.total += 1
        result.text_total += text
        killed = code in KILLED
        # a text-only survivor is not re-checked: it is outside the score, and each re-check runs a package's tests
        if not killed and not text and tests and killed_in_fresh_process(name, tests, recheck_timeout, niceness):
            killed = True
            result.killed_on_recheck += 1
            data.exit_code_by_key[name] = 1
        if killed:
            result.killed += 1
            result.text_killed += text
        elif not text:
            result.survivors.append(name)
            result.diffs[name] = diff
    data.save()
    return result


def _sync_tests() -> None:
    """Bring mutants/tests up to date (mutmut copies the tests at the start of each run): only the files that
    differ are written, so a pytest process reading the others meanwhile never sees one half written."""
    for path in (ROOT / "tests").rglob("*"):
        rel = path.relative_to(ROOT)
        if not path.is_file() or "__pycache__" in rel.parts:
            continue
        target = ROOT / "mutants" / rel
        if not target.exists() or target.read_bytes() != path.read_bytes():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)


def _generate_mutants(module: str) -> None:
    """Write mutants/ (every configured module's mutants and their list) as ``mutmut run`` does before its stats
    pass, without running anything; a module whose mutants are already newer than its source is left alone."""
    _sync_tests()
    if (ROOT / "mutants").exists():
        refresh_copies(_config())  # data files beside the code (rules.yaml): the tests just copied may need them
    target = ROOT / "mutants" / module
    meta = target.with_name(target.name + ".meta")
    if meta.exists() and target.exists() and target.stat().st_mtime > (ROOT / module).stat().st_mtime:
        return
    code = ("import os, sys; from mutmut.__main__ import create_mutants; "
            "from mutmut.mutation.trampoline import set_mutant_under_test; "
            "from mutmut.utils.file_utils import copy_also_copy_files, copy_src_dir, setup_source_paths; "
            "set_mutant_under_test('mutant_generation'); os.makedirs('mutants', exist_ok=True); "
            "copy_src_dir(); copy_also_copy_files(); setup_source_paths(); create_mutants(1)")
    subprocess.run([str(BIN / "python"), "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL, check=True)


@dataclass
class FreshRun:
    """What one mutant did to the named tests in a new pytest process."""

    code: int  # 0 survived, 1 a test failed (or the tests could not even be collected), 36 out of its time bound
    seconds: float


def _fresh_pytest(mutant: str, tests: list[str], niceness: int, cpu_limit: float | None,
                  wall_limit: float, retried: bool = False) -> FreshRun:
    import resource

    def limit() -> None:
        if cpu_limit is not None:
            resource.setrlimit(resource.RLIMIT_CPU, (int(cpu_limit) + 1, int(cpu_limit) + 2))

    env = {**os.environ, "MUTANT_UNDER_TEST": mutant, "PYTHONDONTWRITEBYTECODE": "1"}
    cmd = ["nice", "-n", str(niceness), str(BIN / "python"), "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
           *tests]
    start = time.monotonic()
    try:
        done = subprocess.run(cmd, cwd=ROOT / "mutants", env=env, capture_output=True, check=False,
                              timeout=wall_limit, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        return FreshRun(36, time.monotonic() - start)
    seconds = time.monotonic() - start
    if done.returncode in (2, 5) and not retried:  # collection failed: once more, in case a test file was
        return _fresh_pytest(mutant, tests, niceness, cpu_limit, wall_limit, retried=True)  # being copied
    if done.returncode in (-24, -9, 128 + 24, 128 + 9):  # SIGXCPU, then SIGKILL: past its CPU-time bound
        return FreshRun(36, seconds)
    # 1: a test failed; 2: collection failed (a mutant in import-time code breaking the import); 3: internal error
    return FreshRun(1 if done.returncode in (1, 2, 3) else 0 if done.returncode == 0 else done.returncode, seconds)


# Third-party modules a forked judge imports once, before any mutant (they hold nothing of the project's code)
PRELOAD = ("pytest", "hypothesis", "pydantic", "yaml", "jinja2", "spellchecker", "mutmut.mutation.trampoline")


def _preload() -> None:
    """Import the test runner and the libraries every test session imports, in the judging process only; the
    project's modules (and so every cache and import-time call of the code under test) stay unimported."""
    import importlib

    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    leaked = [name for name in sys.modules if name.split(".")[0] in {"pricing", "glossary", "bot"}]
    if leaked:
        raise SystemExit(f"the judging process imported project code ({', '.join(sorted(leaked)[:3])}): cannot fork")


def _preload_project(module: str, only: list[str] | None = None) -> None:
    """Import every module mutmut copies (from mutants/), no mutant set, so a forked child starts with them imported
    (``only``: just the modules under these dotted names, e.g. ``glossary,bot.store``, so a module one of whose
    functions runs when another is imported, as ``Speller`` when ``bot.parse`` is, can still be preloaded in part).
    Only for a module none of whose functions runs during those imports (checked as they run: every call of a mutated
    function asks mutmut's switch which mutant is set, and the asking function is recorded): every call of its
    functions then happens in the child, through the switch, and its caches start empty there as in a new process."""
    import importlib
    import pkgutil

    from mutmut.mutation import trampoline

    dotted = _dotted(module)
    called: set[str] = set()
    asked = trampoline.get_mutant_under_test

    def probe() -> str:
        caller = sys._getframe(1).f_locals.get("orig_func")
        if getattr(caller, "__module__", None) == dotted:
            called.add(getattr(caller, "__qualname__", "?"))
        return ""

    trampoline.get_mutant_under_test = probe
    try:
        sys.path.insert(0, str(ROOT / "mutants"))
        for source in only or _config()["source_paths"]:  # walk_packages imports each package it walks into
            package = importlib.import_module(source)
            for info in pkgutil.walk_packages(getattr(package, "__path__", []), f"{source}."):
                if not info.name.endswith(".__main__"):  # a command line, run when imported
                    importlib.import_module(info.name)
    finally:
        trampoline.get_mutant_under_test = asked
    if called:
        raise SystemExit(f"{module}: {', '.join(sorted(called))} ran during the imports, so the project cannot be "
                         "imported before the mutant is set: run without --preload-project")
    for name, loaded in sys.modules.items():
        where = getattr(loaded, "__file__", None) or ""
        if name.split(".")[0] in {"pricing", "glossary", "bot"} and where and "/mutants/" not in where:
            raise SystemExit(f"{name} was imported from {where}, not from mutants/")


def _forked_pytest(mutant: str, tests: list[str], niceness: int, cpu_limit: float | None,
                   wall_limit: float, cache: Path | None, fill: bool = False) -> FreshRun:
    """As :func:`_fresh_pytest`, but the pytest session runs in a child forked from this process, which has
    imported the libraries (:data:`PRELOAD`) and none of the project: the child imports the project's code after
    the mutant is set, exactly as a new process does, without a new interpreter's start and imports each time.
    ``cache`` (a pricebot cache directory, copied for the child) lets the tests start from a warm cache; without it
    the child gets an empty one of its own (``fill``: the one ``$PRICEBOT_CACHE`` names, to be filled)."""
    import resource
    import signal
    import tempfile

    own_cache = None if fill else Path(tempfile.mkdtemp(prefix="mutant-cache-"))
    if cache is not None and own_cache is not None:
        shutil.copytree(cache, own_cache, dirs_exist_ok=True)
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 3
        try:
            os.setpriority(os.PRIO_PROCESS, 0, niceness)
            if cpu_limit is not None:
                resource.setrlimit(resource.RLIMIT_CPU, (int(cpu_limit) + 1, int(cpu_limit) + 2))
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            os.chdir(ROOT / "mutants")
            sys.path.insert(0, str(ROOT / "mutants"))
            os.environ["MUTANT_UNDER_TEST"] = mutant
            if own_cache is not None:
                os.environ["PRICEBOT_CACHE"] = str(own_cache)
            import pytest

            code = int(pytest.main(["-x", "-q", "-p", "no:cacheprovider", *tests]))
            kept = sys.modules.get("glossary.regex_cache")  # what an interpreter's exit saves (os._exit skips it)
            if kept is not None and fill:
                with contextlib.suppress(Exception):
                    kept.save()
        except BaseException:
            code = 3
        finally:
            os._exit(code)
    deadline = start + wall_limit
    status = None
    while status is None:
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            status = raw
        elif time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            if own_cache is not None:
                shutil.rmtree(own_cache, ignore_errors=True)
            return FreshRun(36, time.monotonic() - start)
        else:
            time.sleep(0.05)
    seconds = time.monotonic() - start
    if own_cache is not None:
        shutil.rmtree(own_cache, ignore_errors=True)
    if os.WIFSIGNALED(status):  # SIGXCPU, then SIGKILL: past its CPU-time bound
        return FreshRun(36 if os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL) else 1, seconds)
    code = os.WEXITSTATUS(status)
    return FreshRun(1 if code in (1, 2, 3) else 0 if code == 0 else code, seconds)


TIMED_OUT = {-24, 24, 36, 152}  # mutmut's wall-clock and CPU bounds (SIGXCPU), and this tool's


def _record(module: str, name: str, code: int) -> None:
    """Save one mutant's result, re-reading the module's results under a lock first: several shards of one
    module's run write the same file."""
    import fcntl

    from mutmut.mutation.data import SourceFileMutationData

    with open(ROOT / "mutants" / f"{module}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        data = SourceFileMutationData(path=module)
        data.load()
        data.exit_code_by_key[name] = code
        data.save()


def fresh_process_run(module: str, tests: list[str], niceness: int, multiplier: float,
                      survivors_only: bool, deadline: float, timed_out_only: bool = False,
                      unchecked_only: bool = False, shard: tuple[int, int] = (0, 1),
                      only: list[str] | None = None, fork: bool = False, warm_cache: bool = False,
                      preload_project: bool = False, preload_only: list[str] | None = None) -> Score:
    """Every non-text mutant of ``module`` (or the last survivors), each in a new pytest process against
    ``tests`` only, without mutmut's stats pass or forked workers: a kill is a real kill, a survivor a lower
    bound (a test outside ``tests`` might kill it). A mutant is stopped past ``multiplier`` x the clean run's
    CPU time (+5 s; CPU time, so a loaded machine does not stop it early), counted as killed and listed; one
    that runs out of wall-clock time (20 x the clean run + 60 s) is not a kill and stays unchecked."""
    import resource

    os.chdir(ROOT)
    _generate_mutants(module)
    from mutmut.mutation.data import SourceFileMutationData
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    data = SourceFileMutationData(path=module)
    data.load()
    names = sorted(data.exit_code_by_key)
    if survivors_only:
        names = [n for n in names if data.exit_code_by_key[n] is None or data.exit_code_by_key[n] not in KILLED]
    if timed_out_only:  # mutmut's timeouts include wall-clock ones, which a loaded machine makes false
        names = [n for n in names if data.exit_code_by_key[n] in TIMED_OUT]
    if unchecked_only:  # what an earlier run cut short left
        names = [n for n in names if data.exit_code_by_key[n] is None]
    if only:  # names or patterns given: those (of the ones the flags above kept), against other test files, say
        names = [n for n in names if any(fnmatch(n, p) for p in only)]
    names = names[shard[0]::shard[1]]
    cache = None
    if fork:
        _preload()
    if fork and warm_cache:  # a first clean run fills a cache directory; each mutant's tests start from a copy of it
        import tempfile

        cache = Path(tempfile.mkdtemp(prefix="mutant-warm-cache-"))
        os.environ["PRICEBOT_CACHE"] = str(cache)
        filled = _forked_pytest("", tests, niceness, None, 3600, None, fill=True)
        del os.environ["PRICEBOT_CACHE"]
        if filled.code != 0:
            raise SystemExit(f"{module}: the clean run of {' '.join(tests)} failed (exit {filled.code})")
    if fork and preload_project:  # what the project reads from the cache at import comes from the warm one
        import tempfile

        os.environ["PRICEBOT_CACHE"] = str(cache or Path(tempfile.mkdtemp(prefix="mutant-cache-")))
        _preload_project(module, preload_only)

    def judge(mutant: str, cpu: float | None, wall: float) -> FreshRun:
        if fork:
            return _forked_pytest(mutant, tests, niceness, cpu, wall, cache)
        return _fresh_pytest(mutant, tests, niceness, cpu, wall)

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    clean = judge("", None, 3600)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if clean.code != 0:
        raise SystemExit(f"{module}: the clean run of {' '.join(tests)} failed (exit {clean.code})")
    clean_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu_limit = multiplier * clean_cpu + 5
    wall_limit = 20 * clean.seconds + 60
    print(f"{module}: clean run {clean.seconds:.1f} s wall, {clean_cpu:.1f} s CPU; each mutant stopped past "
          f"{cpu_limit:.0f} s CPU or {wall_limit:.0f} s wall", flush=True)
    result = Score(module)
    for name in names:
        diff = get_diff_for_mutant(name, path=module)
        text = is_text_only(diff)
        if text:  # outside the score; not run (mutmut's run counts these)
            continue
        if time.time() > deadline:
            result.not_checked += 1
            continue
        run = judge(name, cpu_limit, wall_limit)
        if run.code == 36 and run.seconds >= wall_limit:  # wall clock, not CPU: the machine, not the mutant
            result.not_checked += 1
            result.unfinished.append(name)
            continue
        _record(module, name, run.code)
        result.total += 1
        if run.code in KILLED:
            result.killed += 1
            if run.code == 36:
                result.timed_out.append(name)
        else:
            result.survivors.append(name)
            result.diffs[name] = diff
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modules", nargs="*", help="source files, e.g. pricing/commitment.py")
    parser.add_argument("--all", action="store_true", help="every module mutmut is configured to mutate")
    parser.add_argument("--timeout", type=int, default=1800, help="wall-clock bound of one module's mutmut run (s)")
    parser.add_argument("--timeout-multiplier", type=float, default=None,
                        help="stop a mutant after about this many times its tests' clean time plus one second, "
                             "wall clock (mutmut's default 15; a small one for modules with looping mutants; a "
                             "stopped mutant counts as killed)")
    parser.add_argument("--recheck-tests", default=None,
                        help="comma-separated test paths to re-check survivors against in a fresh process, instead "
                             "of the whole package's tests (faster; a kill is a kill, a survivor a lower bound)")
    parser.add_argument("--nice", type=int, default=10,
                        help="niceness of the mutmut run and the fresh-process checks (default 10: a shared machine)")
    parser.add_argument("--package-tests", action="store_true",
                        help="let mutmut trace and run only the module's own package's tests (tests/pricing for "
                             "pricing/, tests/glossary for glossary/): no test of one package imports the other, so "
                             "the same tests reach each function, and the stats pass skips the other package")
    parser.add_argument("--mutmut-tests", default=None,
                        help="comma-separated test files mutmut traces and runs instead of [tool.mutmut]'s (a module's "
                             "own test files: its stats pass is then short, and each mutant runs only those of them "
                             "that reach its function). mutmut forgets every module's results in mutants/ when its "
                             "test selection changes, so give such a run a copy of the tree of its own")
    parser.add_argument("--fresh-process", action="store_true",
                        help="no mutmut run: each non-text mutant (with --survivors, the last survivors) in a new "
                             "pytest process against --recheck-tests (default: the package's tests); no stats pass, "
                             "so it suits a module whose tests are slow to trace; --timeout bounds the module, "
                             "--timeout-multiplier (default 10) each mutant's CPU time")
    parser.add_argument("--timed-out", action="store_true",
                        help="with --fresh-process: only the mutants the last run stopped for time (mutmut's bound is "
                             "partly wall-clock, so on a loaded machine some are not loops); each is judged again "
                             "under the CPU-time bound")
    parser.add_argument("--unchecked", action="store_true",
                        help="with --fresh-process: only the mutants no run has judged yet (after a run cut short)")
    parser.add_argument("--shard", default="0/1",
                        help="with --fresh-process: I/N runs every N-th mutant from the I-th (0-based), so N "
                             "processes share a module; each prints its own part of the figures")
    parser.add_argument("--names", default=None,
                        help="with --fresh-process: only these mutants (comma-separated names or patterns, e.g. "
                             "a survivor judged again against more test files)")
    parser.add_argument("--fork", action="store_true",
                        help="with --fresh-process: each mutant's pytest session in a child forked from this process, "
                             "which has imported the test runner and libraries but none of the project (so the "
                             "project's code, caches and import-time calls are fresh, as in a new process), without "
                             "a new interpreter each time")
    parser.add_argument("--warm-cache", action="store_true",
                        help="with --fork: each mutant's tests start from a copy of the pricebot cache directory the "
                             "clean run filled (the checked rule set, kept regexes); for glossary/rules.py the bundled "
                             "file's check is then skipped, so the check's mutants are judged on the tests' own files")
    parser.add_argument("--preload-project", action="store_true",
                        help="with --fork: the judging process also imports the project (from mutants/, no mutant "
                             "set) before forking; refused for a module a function of which runs at import")
    parser.add_argument("--preload-only", default=None,
                        help="with --preload-project: import only the modules under these dotted names (comma-"
                             "separated, e.g. glossary,pricing,bot.store) before forking; the others are imported in "
                             "each child, after the mutant is set")
    parser.add_argument("--no-run", action="store_true", help="score the last run's results again, no mutmut run")
    parser.add_argument("--show", action="store_true", help="print the diff of each non-text survivor")
    parser.add_argument("--fresh-stats", action="store_true",
                        help="forget which tests reach which function (do it after the code changed: mutmut only "
                             "traces new tests, so an old test calling a new function would count as none)")
    parser.add_argument("--survivors", action="store_true",
                        help="re-run only the last run's survivors (after adding tests; the module's code unchanged)")
    args = parser.parse_args()
    cfg = _config()
    if (args.warm_cache or args.preload_project) and not args.fork:
        parser.error("--warm-cache and --preload-project need --fork")
    modules = _modules(cfg) if args.all else args.modules
    if not modules:
        parser.error("name modules or pass --all")
    if args.fresh_stats:
        (ROOT / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    summary = {}
    for module in modules:
        if not has_functions(module):
            print(f"{module}: nothing to mutate (mutmut mutates function bodies; this module has none)")
            continue
        if args.fresh_process:
            tests = args.recheck_tests.split(",") if args.recheck_tests else RECHECK_TESTS[module.split("/")[0]]
            started = time.strftime("%Y-%m-%d %H:%M", time.gmtime())
            result = fresh_process_run(module, tests, args.nice, args.timeout_multiplier or 10.0, args.survivors,
                                       deadline=time.time() + args.timeout, timed_out_only=args.timed_out,
                                       unchecked_only=args.unchecked,
                                       shard=tuple(int(x) for x in args.shard.split("/")),  # type: ignore[arg-type]
                                       only=args.names.split(",") if args.names else None,
                                       fork=args.fork, warm_cache=args.warm_cache,
                                       preload_project=args.preload_project,
                                       preload_only=args.preload_only.split(",") if args.preload_only else None)
            print(f"{module}: every non-text mutant run in a fresh process against {' '.join(tests)} "
                  f"({started}-{time.strftime('%H:%M', time.gmtime())} UTC)")
            print(result.line(), flush=True)
            for name in result.timed_out:
                print("  killed by the CPU-time bound (read it: a loop, or a slow mutant):", name)
            for name in result.unfinished:
                print("  out of wall-clock time (not checked):", name)
            for name in result.survivors:
                print("  survived:", name)
                if args.show:
                    print("   ", result.diffs[name].replace("\n", "\n    "))
            summary[module] = {"route": "fresh-process", "tests": tests, "total": result.total,
                               "killed": result.killed, "not_checked": result.not_checked,
                               "timed_out": result.timed_out, "unfinished": result.unfinished,
                               "survivors": result.survivors}
            out = ROOT / "mutants" / "summary.json"
            previous = json.loads(out.read_text()) if out.exists() else {}
            out.write_text(json.dumps({**previous, **summary}, indent=2))
            continue
        if not args.no_run:
            refresh_copies(cfg)
            run_mutmut(module, args.timeout, survivors_only=args.survivors, multiplier=args.timeout_multiplier,
                       niceness=args.nice, package_tests=args.package_tests,
                       mutmut_tests=args.mutmut_tests.split(",") if args.mutmut_tests else None)
        recheck = runs_at_import_or_cached(module)
        tests = args.recheck_tests.split(",") if args.recheck_tests else RECHECK_TESTS[module.split("/")[0]]
        result = score(module, tests if recheck else None, recheck_timeout=600, niceness=args.nice)
        print(f"{module}: survivors {'re-checked' if recheck else 'not re-checked'} in a fresh process "
              f"({'cache or import-time call found' if recheck else 'no cache, nothing of it runs at import'})")
        print(result.line(), flush=True)
        for name in result.survivors:
            print("  survived:", name)
            if args.show:
                print("   ", result.diffs[name].replace("\n", "\n    "))
        summary[module] = {"total": result.total, "killed": result.killed, "text_total": result.text_total,
                           "text_killed": result.text_killed, "killed_on_recheck": result.killed_on_recheck,
                           "not_checked": result.not_checked,
                           "survivors": result.survivors}
        out = ROOT / "mutants" / "summary.json"  # after each module: a run cut short keeps what it measured
        previous = json.loads(out.read_text()) if out.exists() else {}
        out.write_text(json.dumps({**previous, **summary}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
