"""Bolt's arguments for a middleware, matcher or listener, built for the names the function takes.

For each middleware, listener matcher and listener it calls (about 14 per event here), Bolt's
``build_required_kwargs`` builds every argument it knows (the payload read eight ways, ``say``, ``respond``,
``complete``, ``fail`` and the other utilities) and then keeps the two or three the function takes: about a
fifth of the server's CPU for a coached channel message. :func:`install` puts in its place a function that builds
only the arguments asked for, each exactly as Bolt builds it (same source, same object), and hands anything it
does not know (``args``, ``self``, a name Bolt warns about) to Bolt's own function unchanged.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import weakref
from collections.abc import Callable, MutableSequence
from typing import Any

from slack_bolt.kwargs_injection import utils as kwargs_utils
from slack_bolt.request import BoltRequest
from slack_bolt.request import payload_utils as p
from slack_bolt.response import BoltResponse
from slack_bolt.util.utils import get_arg_names_of_callable

logger = logging.getLogger("pricebot.slack")

_Getter = Callable[[BoltRequest, "BoltResponse | None", "Callable[[], None] | None", "Exception | None",
                    logging.Logger], Any]


def _payload(req: BoltRequest, *_: Any) -> Any:
    body = req.body
    return (p.to_options(body) or p.to_shortcut(body) or p.to_action(body) or p.to_view(body)
            or p.to_command(body) or p.to_event(body) or p.to_message(body) or p.to_step(body) or body)


def _context_attribute(name: str) -> _Getter:
    return lambda req, *_: getattr(req.context, name)


def _body_part(to: Callable[[dict[str, Any]], Any]) -> _Getter:
    return lambda req, *_: to(req.body)


#: Every name Bolt's build_required_kwargs fills itself, built the same way ("next" and "next_" only when the
#: caller passes next_func as a middleware's: see `build`).
_GETTERS: dict[str, _Getter] = {
    "logger": lambda req, resp, nxt, err, log: log,
    "client": lambda req, *_: req.context.client,
    "req": lambda req, *_: req,
    "request": lambda req, *_: req,
    "resp": lambda req, resp, *_: resp,
    "response": lambda req, resp, *_: resp,
    "context": lambda req, *_: req.context,
    "body": lambda req, *_: req.body,
    "options": _body_part(p.to_options),
    "shortcut": _body_part(p.to_shortcut),
    "action": _body_part(p.to_action),
    "view": _body_part(p.to_view),
    "command": _body_part(p.to_command),
    "event": _body_part(p.to_event),
    "message": _body_part(p.to_message),
    "step": _body_part(p.to_step),
    **{name: _context_attribute(name) for name in (
        "ack", "say", "respond", "complete", "fail", "set_status", "set_title", "set_suggested_prompts",
        "save_thread_context", "say_stream")},
    "error": lambda req, resp, nxt, err, log: err,
    "payload": _payload,
}
_NEXT = ("next", "next_")


def build(
    *,
    logger: logging.Logger,
    required_arg_names: MutableSequence[str],
    request: BoltRequest,
    response: BoltResponse | None,
    next_func: Callable[[], None] | None = None,
    this_func: Callable[..., Any] | None = None,
    error: Exception | None = None,
    next_keys_required: bool = True,
) -> dict[str, Any]:
    """Bolt's build_required_kwargs, computing only the arguments named in `required_arg_names`."""
    kwargs: dict[str, Any] = {}
    context = request.context
    for name in required_arg_names:
        getter = _GETTERS.get(name)
        if getter is not None:
            kwargs[name] = getter(request, response, next_func, error, logger)
        elif name in _NEXT and next_keys_required:
            kwargs[name] = next_func
        elif name in context and name not in _NEXT:  # the context's own values (Bolt's come first)
            kwargs[name] = context[name]
        else:  # "args", "self", "cls", or a name Bolt would warn about: Bolt decides, as before
            return _ORIGINAL(logger=logger, required_arg_names=required_arg_names, request=request,
                             response=response, next_func=next_func, this_func=this_func, error=error,
                             next_keys_required=next_keys_required)
    return kwargs


_ORIGINAL = kwargs_utils.build_required_kwargs

_ARG_NAMES: weakref.WeakKeyDictionary[Callable[..., Any], tuple[str, ...]] = weakref.WeakKeyDictionary()


def arg_names(func: Callable[..., Any]) -> list[str]:
    """Bolt's get_arg_names_of_callable, read once per function: Bolt asks again for each lazy listener run
    (`inspect.getfullargspec` every event). A new list each time, as Bolt's callers may change it."""
    try:
        return list(_ARG_NAMES[func])
    except (KeyError, TypeError):  # not seen yet, or not weakly referable
        names = get_arg_names_of_callable(func)
        with contextlib.suppress(TypeError):
            _ARG_NAMES[func] = tuple(names)
        return list(names)

#: The Bolt modules that call build_required_kwargs for each request (their own name for it is replaced).
_CALLERS = (
    "slack_bolt.middleware.custom_middleware",
    "slack_bolt.listener.custom_listener",
    "slack_bolt.lazy_listener.internals",
    "slack_bolt.listener_matcher.builtins",
    "slack_bolt.listener_matcher.custom_listener_matcher",
)


def install() -> bool:
    """Use :func:`build` in Bolt's per-request callers; False (Bolt's own kept) if a Bolt release no longer has
    them or its function takes other parameters than the ones :func:`build` mirrors."""
    expected = ("logger", "required_arg_names", "request", "response", "next_func", "this_func", "error",
                "next_keys_required")
    if _ORIGINAL.__code__.co_kwonlyargcount != len(expected) or \
            _ORIGINAL.__code__.co_varnames[: len(expected)] != expected:
        logger.warning("this slack_bolt builds listener arguments differently: keeping its own way")
        return False
    modules = []
    for name in _CALLERS:
        module = importlib.import_module(name)
        if getattr(module, "build_required_kwargs", None) not in (_ORIGINAL, build):
            logger.warning("this slack_bolt builds listener arguments differently: keeping its own way")
            return False
        modules.append(module)
    lazy = importlib.import_module("slack_bolt.lazy_listener.internals")
    if getattr(lazy, "get_arg_names_of_callable", None) not in (get_arg_names_of_callable, arg_names):
        logger.warning("this slack_bolt builds listener arguments differently: keeping its own way")
        return False
    for module in modules:
        module.build_required_kwargs = build  # type: ignore[attr-defined]
    lazy.get_arg_names_of_callable = arg_names  # type: ignore[attr-defined]
    return True
