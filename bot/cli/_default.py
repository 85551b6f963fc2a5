"""What bare `pricebot` does: serve Slack when tokens are configured, otherwise open the console."""

from __future__ import annotations

import argparse
import os


def run_default(parser: argparse.ArgumentParser) -> int:
    has_slack = bool(os.environ.get("SLACK_BOT_TOKEN"))
    command = "serve" if has_slack else "chat"
    try:
        args = parser.parse_args([command])
    except SystemExit:
        parser.print_help()
        return 0
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    code: int = handler(args)
    return code
