"""CPU per answered event in the server process, by kind, with imports and first-use work excluded (warmed first).

    .venv/bin/python -m bench.profile_serve                     # CPU per event: mention, coached, plain
    .venv/bin/python -m bench.profile_serve --profile mention   # and a cProfile of that kind (thread CPU)

The app is built as `pricebot serve --http` builds it (`build_server`), with a stub Web API in this process, and
each signed request is handed to the WSGI application directly with the listener's work run inline on the same
thread, so `time.thread_time()` around one request is the server's whole CPU for that event: signature check,
Bolt's dispatch, the answer, the store writes (with the pending-event record for takeover that `pricebot serve`
keeps; `--no-takeover` leaves it out) and the Web API post (the stub's own work runs on its threads and is not
counted). Waitress's share (HTTP parsing, the hand-off between its threads) is not in these figures.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from bot.settings import Settings
from bot.slack.app import build_server
from tests.support.harness import SignedEvent, make_event
from tests.support.signing import SIGNING_SECRET
from tests.support.stub import StubSlack

BOT_TOKEN = "xoxb-stub-0000-secret-token"


class Inline(Executor):
    """The listener pool replaced by the calling thread: the work after the ack runs before `submit` returns."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # handed back as the pool would
            future.set_exception(error)
        return future


def environ_for(event: SignedEvent) -> dict[str, Any]:
    headers = event.headers()
    return {
        "REQUEST_METHOD": "POST", "PATH_INFO": "/slack/events", "QUERY_STRING": "", "REMOTE_ADDR": "127.0.0.1",
        "CONTENT_TYPE": headers["Content-Type"], "CONTENT_LENGTH": str(len(event.body)),
        "HTTP_X_SLACK_REQUEST_TIMESTAMP": headers["X-Slack-Request-Timestamp"],
        "HTTP_X_SLACK_SIGNATURE": headers["X-Slack-Signature"],
        "wsgi.input": io.BytesIO(event.body), "wsgi.url_scheme": "http", "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "3000", "SERVER_PROTOCOL": "HTTP/1.1",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=200, help="events of each kind measured (default 200)")
    parser.add_argument("--warm", type=int, default=40, help="events of each kind sent first, not measured")
    parser.add_argument("--profile", choices=("mention", "coached", "plain"), help="cProfile this kind")
    parser.add_argument("--lines", type=int, default=45)
    parser.add_argument("--dump", help="also write the cProfile statistics to this file (pstats format)")
    parser.add_argument("--screens-first", action="store_true",
                        help="build the coaching check's and the parser's pattern screens in the warm-up (as "
                             "bench.callgrind_serve does) instead of after 50 searches of each rule")
    parser.add_argument("--no-takeover", action="store_true",
                        help="without the pending-event record `pricebot serve` keeps for takeover (older figures)")
    args = parser.parse_args()

    stub = StubSlack().start()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(slack_bot_token=SecretStr(BOT_TOKEN), slack_signing_secret=SecretStr(SIGNING_SECRET),
                            slack_api_url=stub.base_url, pricebot_db=Path(tmp) / "pricebot.db")
        server = build_server(settings, port=0, threads=1, token_verification_enabled=False,
                              listener_executor=Inline(), takeover=not args.no_takeover)
        application = server._server.application  # the WSGI app waitress serves
        statuses: list[str] = []

        def send(event: SignedEvent) -> None:
            body = application(environ_for(event), lambda status, headers, *_: statuses.append(status))
            for _ in body:
                pass

        if args.screens_first:
            import glossary
            from bot.parse import traits

            glossary.linter().screen_after = 0
            if hasattr(traits, "_SCREEN"):
                traits._SCREEN.after = 0
            try:
                from bot.parse import prescreen

                prescreen.SCREEN_AFTER = 0
            except ImportError:  # an older tree
                pass
        n = 0
        kinds = ("mention", "coached", "plain")
        for _ in range(args.warm):
            for kind in kinds:
                send(make_event(n, kind=kind, run="warm"))
                n += 1
        figures: dict[str, list[float]] = {kind: [] for kind in kinds}
        profiler = cProfile.Profile(time.thread_time) if args.profile else None
        for _ in range(args.events):
            for kind in kinds:
                event = make_event(n, kind=kind, run="m")
                n += 1
                environ = environ_for(event)
                profiling = profiler is not None and kind == args.profile
                if profiling:
                    profiler.enable()  # type: ignore[union-attr]
                start = time.thread_time()
                for _ in application(environ, lambda status, headers, *_: statuses.append(status)):
                    pass
                figures[kind].append(time.thread_time() - start)
                if profiling:
                    profiler.disable()  # type: ignore[union-attr]
        server.stop()
        assert all(s.startswith("200") for s in statuses), set(statuses)
        posts = len(stub.calls_to("chat.postMessage")) + len(stub.calls_to("chat.postEphemeral"))
    stub.stop()
    print(f"{args.events} events of each kind after {args.warm} of each to warm up; {posts} posts in all")
    print("kind      CPU ms per event: median   mean")
    for kind, values in figures.items():
        print(f"{kind:9s} {statistics.median(values) * 1000:24.3f} {statistics.fmean(values) * 1000:6.3f}")
    answered = [a + b for a, b in zip(figures["mention"], figures["coached"], strict=True)]
    print(f"answered (mention + coached) / 2, median: {statistics.median(answered) * 500:.3f} ms")
    if profiler is not None:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        if args.dump:
            stats.dump_stats(args.dump)
        stats.sort_stats("cumulative").print_stats(args.lines)
        stats.sort_stats("tottime").print_stats(args.lines)
        print(out.getvalue())


if __name__ == "__main__":
    main()
