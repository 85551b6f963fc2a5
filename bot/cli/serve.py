"""`pricebot serve`: run the Slack app, over Socket Mode or (with --http) the Events API behind waitress."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys

from slack_bolt.error import BoltError

from bot.settings import SettingError, Settings, load_settings
from bot.store import STORE_ERRORS

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
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings()
        if args.http:
            return _serve_http(settings, args.host, args.port, args.threads)
        if settings.has("SLACK_APP_TOKEN"):
            return _serve_socket_mode(settings)
    except SettingError as error:
        print(f"pricebot serve: {error}", file=sys.stderr)
        return 2
    except STORE_ERRORS as error:
        print(f"pricebot serve: PRICEBOT_DB cannot be used: {error}", file=sys.stderr)
        return 2
    except BoltError as error:
        print(f"pricebot serve: Slack did not accept SLACK_BOT_TOKEN ({error})", file=sys.stderr)
        return 2
    print(NOTHING_TO_SERVE, file=sys.stderr)
    return 2


def _serve_http(settings: Settings, host: str, port: int, threads: int) -> int:
    from bot.app import build_server
    from bot.http_server import EVENTS_PATH
    from bot.store import Store

    store = Store(settings.pricebot_db)
    server = build_server(settings, host=host, port=port, threads=threads, store=store)
    signal.signal(signal.SIGTERM, lambda *_: server.request_stop())  # e.g. `docker stop`: finish the loop cleanly
    logging.getLogger("pricebot").info(
        "serving %s%s and /healthz (database %s)", server.url, EVENTS_PATH, store.location
    )
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    return 0


def _serve_socket_mode(settings: Settings) -> int:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.app import build_app

    app_token = settings.require("SLACK_APP_TOKEN")
    app = build_app(settings, socket_mode=True)
    logging.getLogger("pricebot").info("connecting to Slack over Socket Mode")
    SocketModeHandler(app, app_token).start()  # type: ignore[no-untyped-call]
    return 0
