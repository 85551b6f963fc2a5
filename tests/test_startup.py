"""A command imports only what it uses: `ask` never loads the Slack app or the store's driver, `--help` loads
none of the engine (start-up figures: bench/bench_startup.py, docs/benchmarks.md "## Start-up")."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import command_modules
from tests.conftest import REPO

# What was loaded is printed at exit: a command that only prints ends as soon as its atexit handlers have run.
_PROBE = """
import atexit, json, runpy, sys
sys.argv = ['pricebot', *sys.argv[1:]]
@atexit.register
def loaded():
    print(json.dumps(sorted(m.split('.')[0] for m in sys.modules)), file=sys.stderr)
    print(json.dumps(sorted(m for m in sys.modules if m.startswith('bot.cli.'))), file=sys.stderr)
try:
    runpy.run_module('bot', run_name='__main__')
except SystemExit:
    pass
"""


def modules_loaded_by(*argv: str, db: Path, packages: bool = True) -> set[str]:
    """The top-level packages a command line loads (``packages=False``: the command modules of bot.cli it loads)."""
    env = {"PATH": "/usr/bin:/bin", "PRICEBOT_DB": str(db), "HOME": str(db.parent)}
    done = subprocess.run([sys.executable, "-c", _PROBE, *argv], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)
    loaded: set[str] = set(json.loads(done.stderr.strip().splitlines()[-2 if packages else -1]))
    return loaded


@pytest.mark.parametrize("stored", [False, True])
def test_ask_with_its_own_rates_imports_neither_slack_nor_the_store(_isolated_db: Path, stored: bool) -> None:
    if stored:  # a workspace rate card exists: still not read when the question carries its own rates
        subprocess.run([sys.executable, "-m", "bot", "rates", "set", "gpt-4o", "--input", "2.5", "--output", "10"],
                       cwd=REPO, env={"PATH": "/usr/bin:/bin", "PRICEBOT_DB": str(_isolated_db)}, check=True,
                       capture_output=True)
    loaded = modules_loaded_by("ask", "2M input + 500k output tokens a day at $5/$15 per 1M", db=_isolated_db)
    assert "bot" in loaded and "pricing" in loaded  # the probe did run the command
    assert not loaded & {"slack_bolt", "slack_sdk", "sqlite_utils", "waitress", "matplotlib", "numpy"}, loaded


@pytest.mark.parametrize("argv", [("ask", "40% discount at 80% utilization"), ("glossary", "ptu"), ("ask", "--help")])
def test_a_command_loads_its_own_command_module_only(_isolated_db: Path, argv: tuple[str, ...]) -> None:
    loaded = modules_loaded_by(*argv, db=_isolated_db, packages=False)
    assert f"bot.cli.{argv[0]}" in loaded
    assert not loaded & {f"bot.cli.{name}" for name in command_modules() if name != argv[0]}, loaded


def test_help_and_a_mistyped_command_still_name_every_command(_isolated_db: Path) -> None:
    for argv in [("--help",), ("aks", "40% discount")]:
        done = subprocess.run([sys.executable, "-m", "bot", *argv], cwd=REPO, capture_output=True, text=True,
                              env={"PATH": "/usr/bin:/bin", "PRICEBOT_DB": str(_isolated_db)}, timeout=120)
        shown = done.stdout + done.stderr
        assert all(name in shown for name in command_modules()), shown


def test_help_loads_none_of_the_engine_or_the_slack_app(_isolated_db: Path) -> None:
    loaded = modules_loaded_by("--help", db=_isolated_db)
    assert "bot" in loaded
    assert not loaded & {"pricing", "glossary", "pydantic", "jinja2", "slack_bolt", "sqlite_utils", "yaml"}, loaded


def _broken_rules(tmp_path: Path) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text("rules:\n  - id: token-costs\n    dont_say: [\n")  # not valid YAML
    return path


@pytest.mark.parametrize("command", [["ask", "40% discount at 80% utilization"], ["serve", "--http"]])
def test_a_broken_rules_file_stops_start_up_naming_the_file(tmp_path: Path, command: list[str]) -> None:
    broken = _broken_rules(tmp_path)
    env = {"PATH": "/usr/bin:/bin", "PRICEBOT_DB": str(tmp_path / "p.db"), "PRICEBOT_RULES": str(broken),
           "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s"}
    done = subprocess.run([sys.executable, "-m", "bot", *command], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    assert str(broken) in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""  # no answer was given from a silently different rule set


def test_a_broken_terms_file_is_an_error_not_an_unknown_term(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import glossary
    from bot.data_files import check_data
    from bot.parse import parse
    terms_module = importlib.import_module("glossary.terms")

    broken = tmp_path / "terms.yaml"
    broken.write_text("version: 1\nterms:\n  - id: ptu\n")  # no title, no body
    real_load = terms_module.load_terms
    monkeypatch.setattr(terms_module, "load_terms", lambda path=broken: real_load(path))
    terms_module._index.cache_clear()
    try:
        with pytest.raises(glossary.TermsFileError) as raised:
            check_data()
        assert "ptu" in str(raised.value) and str(broken) in str(raised.value)
        with pytest.raises(glossary.TermsFileError):
            parse("what is a PTU?")  # never quietly read as "not a glossary term"
    finally:
        terms_module._index.cache_clear()


def test_lint_help_names_the_rules_variable_the_glossary_reads() -> None:
    from bot.cli import lint

    assert lint.RULES_ENV == importlib.import_module("glossary.rules").RULES_ENV


_MODULES_PROBE = """
import atexit, json, runpy, sys
sys.argv = ['pricebot', *sys.argv[1:]]
atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))
try:
    runpy.run_module('bot', run_name='__main__')
except SystemExit:
    pass
"""


def _modules(argv: tuple[str, ...], tmp_path: Path, **env: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", _MODULES_PROBE, *argv], cwd=REPO, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PRICEBOT_DB": str(tmp_path / "p.db"),
                               "HOME": str(tmp_path), **env}, timeout=120)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


ASK = ("ask", "2M input + 500k output tokens a day at $5/$15 per 1M")


def test_ask_reads_no_package_metadata_and_no_platform_directories_module(tmp_path: Path) -> None:
    """pydantic's plugin scan (importlib.metadata: ~25 ms) and platformdirs (~7 ms) are not loaded by `ask`."""
    loaded = _modules(ASK, tmp_path)
    assert "bot.router" in loaded  # the probe did answer
    assert not loaded & {"importlib.metadata", "platformdirs", "email.message"}, loaded


def test_pydantic_plugins_are_looked_for_when_the_setting_asks_for_them(tmp_path: Path) -> None:
    """PYDANTIC_DISABLE_PLUGINS set to anything (empty: disable none) leaves pydantic to find its plugins."""
    loaded = _modules(ASK, tmp_path, PYDANTIC_DISABLE_PLUGINS="")
    assert "bot.router" in loaded and "importlib.metadata" in loaded


def _distribution(where: Path, name: str, entry_points: str | None) -> None:
    info = where / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    if entry_points is not None:
        (info / "entry_points.txt").write_text(entry_points)


@pytest.mark.parametrize(("layout", "declared"), [
    ("none", False), ("scripts only", False), ("a plugin", True), ("a plugin, odd spacing", True),
    ("a zip on the path", True),
])
def test_serve_skips_pydantic_s_plugin_scan_only_when_no_distribution_can_declare_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, layout: str, declared: bool
) -> None:
    """`pricebot serve` uses pydantic's plugins: their scan (importlib.metadata) is skipped only when no
    distribution on the path can declare one, checked against what importlib.metadata itself finds."""
    import importlib.metadata

    from bot.cli import _plugins

    site = tmp_path / "site"
    site.mkdir()
    _distribution(site, "tool", "[console_scripts]\ntool = tool:main\n")
    _distribution(site, "bare", None)
    (site / "old.egg-info").write_text("Metadata-Version: 1.0\nName: old\n")  # an .egg-info file: no entry points
    if layout == "a plugin":
        _distribution(site, "observe", "[console_scripts]\nobserve = observe:main\n[pydantic]\nobserve = observe:p\n")
    elif layout == "a plugin, odd spacing":
        _distribution(site, "observe", "  [pydantic]  \n  observe = observe:plugin\n")
    elif layout == "scripts only":
        _distribution(site, "other", "[console_scripts]\nother = other:main\n")
    path = [str(site), str(tmp_path / "missing")]
    if layout == "a zip on the path":
        (tmp_path / "lib.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)  # an empty zip archive
        path.append(str(tmp_path / "lib.zip"))
    monkeypatch.setattr(sys, "path", path)
    assert _plugins.plugins_may_be_declared() is declared
    found = importlib.metadata.entry_points(group="pydantic")
    assert bool(found) == layout.startswith("a plugin")  # what pydantic's own scan would find
    assert declared or not found  # never "none" when importlib.metadata finds one
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    monkeypatch.setitem(sys.modules, _plugins.LOADER, None)  # pydantic's loader already loaded: left alone
    assert not _plugins.skip_plugin_scan_when_none_declared()


def test_serve_looks_for_pydantic_plugins_when_the_setting_asks_for_them(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.cli import _plugins

    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")
    monkeypatch.delitem(sys.modules, _plugins.LOADER, raising=False)
    assert not _plugins.skip_plugin_scan_when_none_declared()
    assert _plugins.LOADER not in sys.modules


#: What a per-token quote with its own rates never needs: the other intents' engines and answers, the usage reader,
#: the catalog's data, the YAML parser (the data files are read back from the cache), the spelling dictionary,
#: rapidfuzz, logging (loaded when an answer fails), importlib.resources and difflib (for "did you mean" suggestions).
NOT_FOR_A_QUOTE = frozenset({
    "pricing.caching", "pricing.caching_figures", "pricing.cache_limits", "pricing.commitment", "pricing.hyperscaler",
    "pricing.markup", "pricing.per_call", "pricing.provisioned", "pricing.scenario", "pricing.usage",
    "bot.answer.break_even", "bot.answer.caching", "bot.answer.compare", "bot.answer.markup", "bot.answer.per_call",
    "bot.answer.scenario", "bot.answer.usage", "bot.usage.analyse", "bot.charts",
    "genai_prices", "spellchecker", "rapidfuzz", "logging", "importlib.resources", "difflib",
})


def test_a_quote_with_its_own_rates_loads_only_the_per_token_engine_and_answer(tmp_path: Path) -> None:
    _modules(ASK, tmp_path)  # the first run fills the cache (parsed data files, compiled templates)
    loaded = _modules(ASK, tmp_path)
    assert "bot.router" in loaded and "pricing.per_token" in loaded and "bot.answer" in loaded
    assert not loaded & NOT_FOR_A_QUOTE, sorted(loaded & NOT_FOR_A_QUOTE)


@pytest.mark.parametrize(("ask", "kind"), [
    ("40% discount at 80% utilization", "bot.answer.break_even"),
    ("50k-token prefix, 10k calls a day, $3/$15 per 1M, reads at 10%, 90% hit rate", "bot.answer.caching"),
])
def test_another_intent_loads_its_own_answer_when_asked(tmp_path: Path, ask: str, kind: str) -> None:
    loaded = _modules(("ask", ask), tmp_path)
    assert kind in loaded
    assert not loaded & {"bot.answer.compare", "bot.answer.markup", "bot.answer.usage", "pricing.usage"}, loaded


def test_every_public_name_of_the_engine_is_the_one_its_module_defines() -> None:
    """``pricing`` loads its modules on first use (PEP 562): each name in ``__all__`` still resolves, to the
    same object as its module's, and ``dir(pricing)`` lists it."""
    import pricing

    for name in pricing.__all__:
        value = getattr(pricing, name)
        assert value is getattr(importlib.import_module(pricing._EXPORTS[name]), name), name
    assert set(pricing.__all__) == set(pricing._EXPORTS) and set(pricing.__all__) <= set(dir(pricing))
    with pytest.raises(AttributeError):
        pricing.no_such_name  # noqa: B018


def test_every_kind_of_answer_is_in_the_answer_union() -> None:
    import typing

    import bot.answer

    union = typing.get_args(bot.answer.answer_union())[0]
    kinds = {cls.model_fields["kind"].default for cls in typing.get_args(union)}
    assert kinds == {"quote", "break_even", "caching", "per_call", "markup", "scenario", "compare", "error",
                     "glossary", "fieldcheck", "help", "coaching", "usage", "rows"}
    assert kinds >= bot.answer.QUOTE_KINDS
    for name in bot.answer.__all__:
        assert getattr(bot.answer, name) is not None, name


@pytest.mark.parametrize(("argv", "expected"), [
    (["ask", "40% discount at 80% utilization"], ["kept code", "no plugins", "kept patterns", "threshold", "main",
                                                  "freeze", "exit at once"]),
    (["glossary", "ptu"], ["kept code", "no plugins", "kept patterns", "threshold", "main", "freeze", "exit at once"]),
    (["chat"], ["kept code", "no plugins", "kept patterns", "threshold", "main", "freeze"]),
    (["rates", "list"], ["kept code", "threshold", "main", "freeze"]),
    (["ask", "--help"], ["kept code", "threshold", "main", "freeze", "exit at once"]),
    (["serve", "--http"], ["kept code", "plugins looked for", "kept patterns", "main"]),
    ([], ["main"]), (["--help"], ["main"]),
])
def test_the_program_sets_the_collector_for_a_terminal_command_only(monkeypatch: pytest.MonkeyPatch,
                                                                   argv: list[str], expected: list[str]) -> None:
    """A terminal command raises the garbage collector's first threshold before it starts and freezes its objects
    when it is done (so shutting down does not walk them again); one that only prints then ends at once. Every
    command, `pricebot serve` too, uses the kept code of typing's and dataclasses' source text
    (tests/test_compiled_source.py), and one that loads the glossary the kept patterns for every regular expression
    (a terminal one tells pydantic first that there are no plugins: serve looks for them); bare `pricebot` (which may
    serve) leaves the collector and the standard library alone. ``main`` itself, as tests call it, touches none."""
    import gc

    import bot.cli
    from bot.cli import _compiled, _plugins

    calls: list[str] = []
    monkeypatch.setattr(sys, "argv", ["pricebot", *argv])
    monkeypatch.setattr(gc, "set_threshold", lambda *thresholds: calls.append("threshold"))
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(bot.cli, "main", lambda: calls.append("main") or 3)
    monkeypatch.setattr(bot.cli, "exit_at_once", lambda code: calls.append("exit at once"))
    monkeypatch.setattr(_compiled, "keep_compiled_source", lambda: calls.append("kept code"))
    monkeypatch.setattr(_compiled, "keep_compiled_patterns", lambda: calls.append("kept patterns"))
    monkeypatch.setattr(_plugins, "skip_plugin_scan", lambda: calls.append("no plugins"))
    monkeypatch.setattr(_plugins, "skip_plugin_scan_when_none_declared", lambda: calls.append("plugins looked for"))
    assert bot.cli.run() == 3
    assert calls == expected


def test_an_ask_run_as_a_program_still_does_its_work_at_exit(tmp_path: Path) -> None:
    """What is kept at exit (the compiled patterns, written by an atexit handler) is still kept with the objects
    frozen, and the answer is printed whole."""
    cache = tmp_path / "cache"
    env = {"PATH": "/usr/bin:/bin", "PRICEBOT_DB": str(tmp_path / "p.db"), "HOME": str(tmp_path),
           "PRICEBOT_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-m", "bot", *ASK], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and done.stderr == ""
    assert "Per-token quote" in done.stdout and done.stdout.rstrip().endswith("with a customer.")
    assert list(cache.glob("regex-*")), sorted(p.name for p in cache.iterdir())


@pytest.mark.parametrize(("ask", "code", "ending"), [
    (ASK[1], 0, "with a customer."),
    ("40% discount on PTUs", 1, ""),  # asks for the utilization
    ("zzz qqq", 2, ""),  # no pricing question
])
def test_a_command_that_only_prints_ends_at_once_with_its_code_and_whole_output(tmp_path: Path, ask: str, code: int,
                                                                                ending: str) -> None:
    env = {"PATH": "/usr/bin:/bin", "PRICEBOT_DB": str(tmp_path / "p.db"), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "bot", "ask", ask], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)
    assert (done.returncode, done.stderr) == (code, "")
    assert done.stdout.endswith("\n") and done.stdout.rstrip().endswith(ending)


def test_a_reader_that_goes_away_still_ends_quietly(tmp_path: Path) -> None:
    """`pricebot ask ... | head -c 10`: the rest of the answer has nowhere to go; no traceback, no error."""
    env = {"PATH": "/usr/bin:/bin", "PRICEBOT_DB": str(tmp_path / "p.db"), "HOME": str(tmp_path)}
    with subprocess.Popen([sys.executable, "-m", "bot", *ASK], cwd=REPO, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()
        errors = proc.stderr.read()
    assert b"Traceback" not in errors and b"Error" not in errors


def test_ending_at_once_waits_for_a_running_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a thread other than a daemon one still running, the command leaves the exit to Python (which waits for
    it); otherwise the atexit handlers run and the process ends with the command's code."""
    import atexit
    import os
    import threading

    import bot.cli

    ended: list[int] = []
    ran: list[str] = []
    monkeypatch.setattr(os, "_exit", ended.append)
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: ran.append("atexit"))
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        bot.cli.exit_at_once(3)
        assert ended == [] and ran == []
    finally:
        release.set()
        worker.join()
    bot.cli.exit_at_once(3)
    assert ended == [3] and ran == ["atexit"]
