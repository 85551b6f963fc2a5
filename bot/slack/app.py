"""The Bolt app: `build_app(settings)` wires the client, the store and every listener."""

from __future__ import annotations

import logging
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

from slack_bolt import App, BoltRequest
from slack_bolt.error import BoltError
from slack_sdk import WebClient

import glossary
from bot import retention
from bot.listeners import events, register_listeners
from bot.settings import Settings, SlackUnavailable
from bot.slack import bolt_arguments, errors, retries, shape
from bot.slack.backlog import Backlog
from bot.slack.context import Deps, install
from bot.slack.direct import DirectEvents
from bot.slack.http_server import AfterAck, QuickAck, Server
from bot.slack.web_api import build_client
from bot.store import EVENT_ID_RETENTION, Store
from bot.store_open import open_store

logger = logging.getLogger("pricebot.slack")

class _TokenFromClient(logging.Filter):
    """Bolt also reads SLACK_BOT_TOKEN from the environment and warns that the client's token wins; it is the
    same token, so the warning only confuses whoever reads the start-up log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


_BOLT_LOGGER = logging.getLogger("pricebot.bolt")
_BOLT_LOGGER.addFilter(_TokenFromClient())

#: Threads doing listeners' work after the ack (posting may wait out a 429's Retry-After).
LISTENER_THREADS = 16


def hand_off_without_copy(app: App) -> bool:
    """Hand each acked request to its lazy listener as it is, not as Bolt's deep copy.

    Bolt re-parses the raw body and deep-copies the context for every lazy listener (0.2-0.3 ms an event), in
    case a listener still uses the request. Here nothing does once it is acked (`ack=ack_now`, nothing after
    it), so the listener gets the parsed body and a shallow copy of the context (its own dict, the same values:
    the store, the client). The ack still comes first and errors still become error-id replies
    (bot.slack.errors.in_background). False, leaving Bolt's copy, if a Bolt release no longer builds lazy
    requests this way."""
    runner = app.listener_runner
    if not callable(getattr(runner, "_build_lazy_request", None)):
        logger.warning("this slack_bolt builds lazy requests differently: keeping its copy of each request")
        return False

    def build_lazy_request(request: BoltRequest, lazy_func_name: str) -> BoltRequest:
        handed = BoltRequest(body=request.body, query=request.query, headers=request.headers,
                             context=dict(request.context), mode="socket_mode")  # a dict body: not parsed again
        handed.lazy_only = True
        handed.lazy_function_name = lazy_func_name
        handed.context["listener_runner"] = runner
        return handed

    runner._build_lazy_request = build_lazy_request  # type: ignore[method-assign]
    return True


def build_app(
    settings: Settings,
    *,
    client: WebClient | None = None,
    store: Store | None = None,
    token_verification_enabled: bool = True,
    socket_mode: bool = False,
    listener_executor: Executor | None = None,
    takeover: bool = False,
) -> App:
    """A Bolt app for `settings`. Raises `SettingError` naming any missing setting.

    `token_verification_enabled=False` skips the `auth.test` call at build time (the first request makes it).
    The work of every listener runs after the ack on `listener_executor` (a pool of `LISTENER_THREADS`).
    In Socket Mode no signing secret is needed: requests arrive over the authenticated socket.
    """
    return _build(settings, client=client, store=store, token_verification_enabled=token_verification_enabled,
                  socket_mode=socket_mode, listener_executor=listener_executor, takeover=takeover).app


@dataclass(frozen=True)
class _Built:
    app: App
    deps: Deps
    admit: retries.Admit
    executor: Executor


def _build(
    settings: Settings,
    *,
    client: WebClient | None,
    store: Store | None,
    token_verification_enabled: bool,
    socket_mode: bool,
    listener_executor: Executor | None,
    takeover: bool,
) -> _Built:
    token = settings.require("SLACK_BOT_TOKEN")
    signing_secret = None if socket_mode else settings.require("SLACK_SIGNING_SECRET")
    if client is None:
        client = build_client(token, settings.slack_api_url)
    if store is None:
        store = open_store(settings.pricebot_db)
    store.forget_events_before(datetime.now(UTC) - EVENT_ID_RETENTION)
    retention.start(store, settings.pricebot_retention_days)
    executor = listener_executor or ThreadPoolExecutor(LISTENER_THREADS, "pricebot-listener")
    try:
        app = App(
            client=client,
            signing_secret=signing_secret,
            request_verification_enabled=not socket_mode,
            token_verification_enabled=token_verification_enabled,
            logger=_BOLT_LOGGER,
            # Every listener is `ack=ack_now, lazy=[work]`: with process_before_response the ack runs on the HTTP
            # worker before the response, whatever the listener pool is doing; the work runs on the pool afterwards.
            process_before_response=True,
            listener_executor=executor,
        )
    except BoltError as error:  # auth.test failed: a rejected token, or Slack (or SLACK_API_URL) failing
        response = getattr(error.__context__, "response", None)
        status = int(getattr(response, "status_code", 200) or 200)
        if status >= 500 or status == 429:
            raise SlackUnavailable(f"Slack's auth.test answered HTTP {status}") from None
        raise
    except OSError as error:  # connection refused, DNS, TLS, timeout
        raise SlackUnavailable(f"auth.test could not reach SLACK_API_URL ({type(error).__name__})") from None
    deps = Deps(store=store)
    install(app, deps)
    shape.install(app)
    admit = retries.install(app, store, takeover=takeover)
    register_listeners(app)
    errors.register(app)
    hand_off_without_copy(app)
    bolt_arguments.install()
    return _Built(app, deps, admit, executor)


def build_server(
    settings: Settings,
    *,
    host: str = "127.0.0.1",
    port: int = 3000,
    threads: int = 8,
    store: Store | None = None,
    client: WebClient | None = None,
    token_verification_enabled: bool = True,
    listener_executor: Executor | None = None,
    reuse_port: bool = False,
    takeover: bool = False,
    backlog: Backlog | None = None,
) -> Server:
    """What `pricebot serve --http` runs: the app behind waitress, with channel messages that can trigger
    nothing acked before Bolt dispatches them (`QuickAck`), and @mentions and the other channel messages
    dispatched without Bolt's middleware chain (bot.slack.direct). A store it opens itself is closed when the
    server stops.

    Without a `listener_executor`, the work after each ack runs on the HTTP worker that acked, once its response is
    written, on at most half of the `threads` at once (`AfterAck`), and on a pool of `LISTENER_THREADS` beyond that.
    The @mentions and channel messages accepted and not yet done are bounded by `backlog` (default
    :class:`bot.slack.backlog.Backlog`, `MAX_WAITING` of them)."""
    owns_store = store is None
    store = store or open_store(settings.pricebot_db)
    after_ack = None
    if listener_executor is None:
        after_ack = AfterAck(ThreadPoolExecutor(LISTENER_THREADS, "pricebot-listener"), slots=threads // 2)
    built = _build(settings, client=client, store=store, token_verification_enabled=token_verification_enabled,
                   socket_mode=False, listener_executor=after_ack or listener_executor, takeover=takeover)
    # the rules the quick ack reads, loaded before the first request rather than on its ack (cold, compiling them
    # took over Slack's 3 s on a loaded host); `pricebot serve` has already loaded them checking its data files
    glossary.linter()
    quick_ack = QuickAck(store, events.may_act_on)
    backlog = backlog or Backlog()
    direct = DirectEvents(built.app, deps=built.deps, admit=built.admit, works=events.direct_works(),
                          executor=built.executor, backlog=backlog, busy=events.busy_work())
    server = Server(built.app, host=host, port=port, threads=threads, quick_ack=quick_ack, reuse_port=reuse_port,
                    after_ack=after_ack, health=store.health, on_stop=store.close if owns_store else None,
                    direct=direct if direct.ready() else None)
    backlog.watch(server.dispatcher.in_line, threads)
    return server
