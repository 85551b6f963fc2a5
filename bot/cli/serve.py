"""`pricebot serve`: run the Slack app, over Socket Mode or (with --http) the Events API behind waitress."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Bolt, settings and the store load when serving starts: `pricebot --help` stays light
    from bot.settings import Settings

NOTHING_TO_SERVE = (
    "pricebot serve: nothing to connect to Slack with. Either set SLACK_APP_TOKEN (an app-level token with the "
    "connections:write scope, from your app's Basic Information page) to use Socket Mode, or run "
    "`pricebot serve --http` with SLACK_SIGNING_SECRET set to receive the Events API over HTTP."
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "serve", help="run the Slack app (Socket Mode when SLACK_APP_TOKEN is set, or --http for the Events API)"
    )
    p.add_argument("--http", action="store_true", help="serve POST /slack/events and GET /healthz over HTTP")
    p.add_argument("--host", default=os.environ.get("HOST", "0.0.0.0"), help="address to bind (default 0.0.0.0)")
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 3000), help="port (default 3000)")
    p.add_argument("--threads", type=int, default=8, help="HTTP worker threads (default 8)")
    p.add_argument("--workers", type=_positive, default=1, metavar="N",
                   help="with --http: N serving processes on the one port (SO_REUSEPORT), sharing PRICEBOT_DB; a "
                        "worker that dies is replaced (default 1; about one per core)")
    p.set_defaults(handler=run)


def _positive(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 64:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of processes from 1 to 64")
    return int(value)


def run(args: argparse.Namespace) -> int:
    from bot.cli._data import data_ok
    from bot.settings import SettingError, load_settings

    if not data_ok("serve"):
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    try:
        settings = load_settings()
    except SettingError as error:
        print(f"pricebot serve: {error}", file=sys.stderr)
        return 2
    if args.http and args.workers > 1:
        return _guarded(lambda: _serve_workers(settings, args.host, args.port, args.threads, args.workers))
    if args.http:
        return _guarded(lambda: _serve_http(settings, args.host, args.port, args.threads))
    if settings.has("SLACK_APP_TOKEN"):
        return _guarded(lambda: _serve_socket_mode(settings))
    print(NOTHING_TO_SERVE, file=sys.stderr)
    return 2


def _guarded(serve: Callable[[], int]) -> int:
    """Run `serve`; a setting, database or token problem is one line on stderr and exit code 2."""
    from slack_bolt.error import BoltError

    from bot.settings import SettingError, SlackUnavailable
    from bot.store import STORE_ERRORS

    try:
        return serve()
    except SettingError as error:
        print(f"pricebot serve: {error}", file=sys.stderr)
        return 2
    except STORE_ERRORS as error:
        print(f"pricebot serve: PRICEBOT_DB cannot be used: {error}", file=sys.stderr)
        return 2
    except BoltError as error:
        print(f"pricebot serve: Slack did not accept SLACK_BOT_TOKEN ({error})", file=sys.stderr)
        return 2
    except SlackUnavailable as error:
        print(f"pricebot serve: SLACK_BOT_TOKEN could not be checked: {error}. That is Slack (or SLACK_API_URL) "
              "failing, not the token; try again shortly.", file=sys.stderr)
        return 1


def _serve_http(settings: Settings, host: str, port: int, threads: int, *, reuse_port: bool = False,
                shared_writes: Any = None) -> int:
    from bot.slack.app import build_server
    from bot.slack.http_server import EVENTS_PATH
    from bot.store_open import open_store

    store = open_store(settings.pricebot_db)
    if shared_writes is not None:  # the workers' writes to one database wait their turn (Store.share_writes)
        store.share_writes(shared_writes)
    server = build_server(settings, host=host, port=port, threads=threads, store=store, reuse_port=reuse_port,
                          takeover=True)
    signal.signal(signal.SIGTERM, lambda *_: server.request_stop())  # e.g. `docker stop`: finish the loop cleanly
    logging.getLogger("pricebot").info(
        "serving %s%s and /healthz (database %s)", server.url, EVENTS_PATH, store.location
    )
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    return 0


def _serve_workers(settings: Settings, host: str, port: int, threads: int, workers: int) -> int:
    """Fork `workers` processes that each serve the app on host:port with SO_REUSEPORT (the kernel spreads
    connections between them) and open the database themselves; SIGTERM or Ctrl-C stops them all cleanly, and a
    worker that dies (e.g. killed) is replaced. Event ids are claimed in the shared database, so a Slack retry
    that reaches another worker is not answered twice."""
    from bot.store_open import open_store

    open_store(settings.pricebot_db).close()  # a bad PRICEBOT_DB stops start-up once, here; migrations run once
    import multiprocessing

    shared_writes = multiprocessing.get_context("fork").Lock()  # made before the fork: every worker holds the same
    log = logging.getLogger("pricebot")
    # Holds the port (bound, never listening, so it gets no connections) while workers come and go; port 0 picks
    # one free port for all of them.
    reserved = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    reserved.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    reserved.bind((host, port))
    port = reserved.getsockname()[1]
    children: dict[int, float] = {}
    stopping = False

    def spawn() -> None:
        pid = os.fork()
        if pid == 0:  # the worker: its own store, Web API pool and listener threads, built after the fork
            code = 70
            try:
                reserved.close()
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent turns Ctrl-C into SIGTERM for everyone
                code = _guarded(lambda: _serve_http(settings, host, port, threads, reuse_port=True,
                                                    shared_writes=shared_writes))
            finally:
                logging.shutdown()
                os._exit(code)
        children[pid] = time.monotonic()

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for _ in range(workers):
        spawn()
    log.info("%d workers serving port %d: %s", workers, port, ", ".join(map(str, children)))
    code = 0
    while children:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        started = children.pop(pid, None)
        exit_code = os.waitstatus_to_exitcode(status)
        if stopping or started is None:
            continue
        if exit_code == 2:  # a setting, database or token problem: every worker would fail the same way
            code = 2
            stop()
            continue
        log.error("worker %d exited (%s); starting another", pid, exit_code)
        if time.monotonic() - started < 1.0:
            time.sleep(1.0)  # no busy loop if workers die as they start
        if not stopping:
            spawn()
    reserved.close()
    return code


def _serve_socket_mode(settings: Settings) -> int:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.slack.app import build_app

    app_token = settings.require("SLACK_APP_TOKEN")
    app = build_app(settings, socket_mode=True)
    logging.getLogger("pricebot").info("connecting to Slack over Socket Mode")
    SocketModeHandler(app, app_token).start()  # type: ignore[no-untyped-call]
    return 0
