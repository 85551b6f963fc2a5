"""@mentions and channel messages, nearly all of a busy workspace's events, dispatched without Bolt's middleware
chain: the same checks in the same order, the same context, the same work after the ack.

For every request Bolt builds a request object (parsing the body again), a new WebClient, runs about ten
middleware functions, tries every listener's matchers, runs the ack function and copies the request for the lazy
listener: about a fifth of the server's CPU for a coached message. :class:`DirectEvents` takes only signed
requests whose signature :func:`bot.slack.http_server.wsgi_app` has checked, and only an `app_mention`, or a
`message` in a channel or private channel whose subtype the listener handles; everything else (direct messages
and assistant threads, deletions, edits, other events, actions, commands, events adopted from a stopped process,
and any request before `auth.test` has answered) goes through Bolt as before.

What it does is what Bolt's chain does for these events, in its order: the context Bolt builds (the body's ids,
the `auth.test` result, the app's client and the store); the bot's own events dropped (Bolt's
IgnoringSelfEvents); malformed events dropped with a log line (bot.slack.shape); the event-id claim
(bot.slack.retries); then the listener's work submitted to the app's listener executor, which runs it after the
response is written. Before the claim the event takes a place in the process's backlog (bot.slack.backlog); when
the process is saturated, an @mention gets the busy note instead of its answer (while fewer than the backlog's bound
of notes are under way; past that it is left alone, not claimed) and a channel message is left alone, each logged.
The work is the registered function itself (bot.listeners.events), wrapped as every listener is
(bot.slack.errors.in_background): a failure becomes the error-id reply. The caller acks with 200.
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import Executor
from typing import Any

from slack_bolt import App, BoltContext
from slack_bolt.logger import get_bolt_app_logger
from slack_bolt.middleware.authorization.internals import _to_authorize_result
from slack_bolt.middleware.authorization.single_team_authorization import SingleTeamAuthorization
from slack_bolt.middleware.ignoring_self_events import IgnoringSelfEvents
from slack_bolt.request.internals import build_context

from bot.slack import shape
from bot.slack.backlog import Backlog
from bot.slack.context import Deps, attach, logger
from bot.slack.errors import Work
from bot.slack.retries import Admit

#: Message subtypes dispatched here (the others, deletions and edits among them, go through Bolt).
SUBTYPES = (None, "thread_broadcast", "file_share")
CHANNEL_TYPES = ("channel", "group")


class DirectEvents:
    """See the module docstring. `works` maps "app_mention" and "message" to the work their listeners run."""

    def __init__(self, app: App, *, deps: Deps, admit: Admit, works: Mapping[str, Work], executor: Executor,
                 backlog: Backlog | None = None, busy: Work | None = None) -> None:
        self._app = app
        assert backlog is None or busy is not None, "a backlog needs the busy note to give when it is full"
        self._backlog = backlog
        self._busy = busy
        self._deps = deps
        self._admit = admit
        self._works = dict(works)
        self._executor = executor
        self._authorization = next(
            (m for m in app._middleware_list if isinstance(m, SingleTeamAuthorization)), None)
        self._bolt_logger = get_bolt_app_logger(app_name=app.name, base_logger=app._base_logger)

    def ready(self) -> bool:
        """False (every request goes through Bolt) when this app's Bolt authorizes differently."""
        return self._authorization is not None and any(isinstance(m, IgnoringSelfEvents)
                                                       for m in self._app._middleware_list)

    def applies(self, body: Mapping[str, Any]) -> bool:
        """Whether `body` (a signed request, already parsed) is dispatched here."""
        if body.get("type") != "event_callback" or self._authorization is None \
                or self._authorization.auth_test_result is None:
            return False
        event = body.get("event")
        if not isinstance(event, dict):
            return False
        kind = event.get("type")
        if kind == "app_mention":
            return True
        return (kind == "message" and event.get("channel_type") in CHANNEL_TYPES
                and event.get("subtype") in SUBTYPES)

    def dispatch(self, body: dict[str, Any], retry_num: str | None) -> str | None:
        """Bolt's chain for this event, then its work handed to the listener executor (run after the ack). Returns why
        the body could not be read when Bolt's context cannot be built from it ("authorizations": false), which
        Bolt's own path refuses as unreadable; None otherwise."""
        assert self._authorization is not None and self._authorization.auth_test_result is not None
        client = self._app.client
        try:
            context = build_context(BoltContext(), body)
        except Exception as error:  # a field of a type Bolt cannot read: nothing was done with the event
            return f"{type(error).__name__}: {error}"
        context["logger"] = self._bolt_logger
        context["token"] = client.token
        context["client"] = client
        context["listener_runner"] = self._app.listener_runner
        context.set_authorize_result(_to_authorize_result(
            auth_test_result=self._authorization.auth_test_result, token=client.token,
            request_user_id=context.user_id))
        event: dict[str, Any] = body["event"]
        if IgnoringSelfEvents._is_self_event(context.authorize_result, context.user_id,  # type: ignore[arg-type]
                                             event.get("bot_id"), body):
            return None
        attach(context, self._deps, client)
        why = shape.problem(event)
        if why:
            logger.warning("event %s ignored: %s", str(body.get("event_id"))[:40], why)
            return None
        backlog = self._backlog
        if backlog is None:
            if self._admit(body, context, retry_num):
                self._submit(self._works[event["type"]], body, client, context, event)
            return None
        room = backlog.enter()
        if not room and event["type"] != "app_mention":  # not claimed: nothing is answered, nothing to take over
            backlog.shed.record("channel messages not checked", str(body.get("event_id")), backlog.waiting)
            return None
        if not room and not backlog.enter_note():  # as many busy notes under way as a process lets wait: not claimed
            backlog.shed.record("@mentions not answered (busy notes full)", str(body.get("event_id")),
                                backlog.waiting)
            return None
        give_back = backlog.leave if room else backlog.leave_note
        try:
            admitted = self._admit(body, context, retry_num)
        except BaseException:
            give_back()
            raise
        if not admitted:
            give_back()
            return None
        if room:
            self._submit(backlog.counted(self._works[event["type"]]), body, client, context, event)
        else:  # claimed, so a retry of it gets nothing more than this note
            backlog.shed.record("@mentions given the busy note", str(body.get("event_id")), backlog.waiting)
            assert self._busy is not None
            self._submit(backlog.noted(self._busy), body, client, context, event)
        return None

    def _submit(self, work: Work, body: dict[str, Any], client: Any, context: BoltContext,
                event: dict[str, Any]) -> None:
        self._executor.submit(work, body=body, client=client, context=context, respond=context.respond,
                              command=None, event=event, shortcut=None, action=None)
