"""The baseline: a Bolt app that only acks, served exactly like pricebot (bot.slack.http_server: waitress and Bolt's
SlackRequestHandler, same thread count). Same environment as `pricebot serve --http`; prints the same
"serving <url>/slack/events" line."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
from typing import Any

from slack_bolt import App

from bot.slack.http_server import EVENTS_PATH, Server
from bot.slack.web_api import build_client


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    client = build_client(os.environ["SLACK_BOT_TOKEN"], os.environ["SLACK_API_URL"])
    app = App(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    def nothing(**_: Any) -> None:
        return None

    app.event("app_mention")(nothing)
    app.event("message")(nothing)
    server = Server(app, host="127.0.0.1", port=args.port, threads=args.threads)
    logging.getLogger("bare").info("serving %s%s", server.url, EVENTS_PATH)
    with contextlib.suppress(KeyboardInterrupt):
        server.run()


if __name__ == "__main__":
    main()
