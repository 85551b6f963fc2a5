"""Instructions per event in the server process, counted by valgrind's callgrind: a figure that does not move with
the load of a shared machine, unlike CPU time.

    .venv/bin/python -m bench.callgrind_serve                   # 40 mixes (1 @mention, 1 coached, 2 plain each)
    .venv/bin/python -m bench.callgrind_serve --kind mention --events 40
    .venv/bin/python -m bench.callgrind_serve --tree DIR        # another tree's code (e.g. a `git archive`)
    .venv/bin/python -m bench.callgrind_serve --keep FILE       # and keep the output for `callgrind_annotate FILE`

The app is built and driven as bench/profile_serve.py does it (every request handed to the WSGI application on one
thread, the listener's work run inline, the lean stub Web API in its own process), warmed up with 30 mixes (with
the coaching check's pattern screens built), then
callgrind's instrumentation is switched on (`callgrind_control -i on`) for the measured events only and off after
them. Prints the instructions counted divided by the events (a mix counts as 4 events). Needs valgrind; a run takes
a few minutes, longer on a busy machine.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KINDS = ("mention", "coached", "plain", "plain")


def measured(kind: str, events: int) -> None:
    """Runs inside valgrind: warm up, then the measured events with the instrumentation on."""
    from pydantic import SecretStr

    from bench.profile_serve import BOT_TOKEN, Inline, environ_for
    from bot.settings import Settings
    from bot.slack.app import build_server
    from tests.support.harness import LeanStubProcess, make_event
    from tests.support.signing import SIGNING_SECRET

    stub = LeanStubProcess()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(slack_bot_token=SecretStr(BOT_TOKEN), slack_signing_secret=SecretStr(SIGNING_SECRET),
                                slack_api_url=stub.base_url, pricebot_db=Path(tmp) / "pricebot.db")
            server = build_server(settings, port=0, threads=1, token_verification_enabled=False,
                                  listener_executor=Inline(), takeover=True)
            application = server._server.application

            def send(environ: dict[str, object]) -> None:
                for _ in application(environ, lambda *_: None):
                    pass

            import glossary

            # the coaching check builds a rule's pattern screen once the rule has been searched 50 times, some rules
            # only after hundreds of events (about 2 s of CPU under callgrind): built in the warm-up instead
            glossary.linter().screen_after = 0
            from bot.parse import traits

            if hasattr(traits, "_SCREEN"):  # the parser's workload traits are screened the same way (after 50 asks)
                traits._SCREEN.after = 0
            try:  # and each of the parser's patterns is tested for what it needs after 50 searches
                from bot.parse import prescreen

                prescreen.SCREEN_AFTER = 0
            except ImportError:  # an older tree
                pass
            n = 0
            for _ in range(30):
                for warm in KINDS:
                    send(environ_for(make_event(n, kind=warm, run="w")))
                    n += 1
            environs = [environ_for(make_event(n + i, kind=KINDS[i % 4] if kind == "mix" else kind, run="m"))
                        for i in range(events)]
            subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=False)
            for environ in environs:
                send(environ)
            subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True, check=False)
            server.stop()
    finally:
        stub.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", choices=("mix", "mention", "coached", "plain"), default="mix")
    parser.add_argument("--events", type=int, default=160, help="events measured (default 160: 40 mixes)")
    parser.add_argument("--tree", type=Path, help="run this tree's code (default: this one)")
    parser.add_argument("--keep", type=Path, help="also keep callgrind's output file here (for callgrind_annotate)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        measured(args.kind, args.events)
        return
    here = Path(__file__).resolve().parent.parent
    tree = (args.tree or here).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(dict.fromkeys([str(tree), str(here)]))}
        run = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                              sys.executable, __file__, "--child", "--kind", args.kind,
                              "--events", str(args.events)], cwd=tree, env=env, capture_output=True, text=True,
                             check=False)
        found = re.search(r"Collected : (\d+)", run.stderr)
        if run.returncode != 0 or found is None:
            sys.exit(f"callgrind run failed ({run.returncode}):\n{run.stderr[-2000:]}")
        if args.keep is not None:
            shutil.copyfile(out, args.keep)
    counted = int(found.group(1))
    print(f"{tree}: {args.events} events ({args.kind}), {counted:,} instructions, "
          f"{counted / args.events / 1e6:.3f} M per event")


if __name__ == "__main__":
    main()
