"""The one presentation layer: a typed Answer in, Slack mrkdwn text (and, in :mod:`bot.present.blocks`, Block
Kit and the Home view) out, all through ONE Jinja2 environment.

Where wording lives:

* ``templates/<kind>.j2``: one reply per kind of answer (``quote``, ``break_even``, ``caching``, ...). Each
  extends ``_reply.j2`` and fills its blocks: ``summary`` (the channel line), ``body`` (the arithmetic); the
  title, the asks for missing inputs, the rate source, the coaching and the illustrative note come from
  ``_reply.j2`` so each is written once. ``_macros.j2`` holds the one sentence for a field-language flag.
* ``templates/slack/*.j2``: Slack-only wording (the /quote summary line, usage, Home sections, key figures).
* ``bot/phrases.yaml``: fixed phrases (titles, verdicts, examples, asks, button labels), as ``phrases``.

Templates show figures and never compute them: every sum, product and difference a reply prints is a field or
function of :mod:`pricing` (tests/test_templates_compute_nothing.py parses each template to check).

Escaping is defined once, here: every ``{{ value }}`` is escaped for Slack mrkdwn (``&``, ``<``, ``>``) so text
from a user can never become a ``<!channel>`` ping or a link, ``None`` prints as nothing, and only
:class:`markupsafe.Markup` (what :func:`render` returns, or the ``quote`` filter) passes through unchanged.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup

from bot.answer import QUOTE_KINDS, AnswerBase, intent_of
from bot.format import (
    addends,
    count,
    divisor_for,
    escape_mrkdwn,
    money,
    money_cents_for,
    money_for,
    percent,
    rate,
    rate_for,
    ratio,
    sig,
    sig_for,
    times_sign,
)
from bot.phrases import phrases
from bot.present.template_cache import template_cache
from bot.reply import Reply
from glossary.regex_cache import compile_regex
from pricing.units import DAY_TO_MONTH


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return escape_mrkdwn(str(value))


def _quote(text: str) -> Markup:
    """User text shown as a Slack block quote (each line prefixed with ``>``), escaped."""
    return Markup("\n".join("&gt; " + escape_mrkdwn(line) for line in str(text).splitlines() or [""]))


def _quoted(text: str) -> str:
    """Curly quotes around a phrase, unless it already carries its own quotation marks."""
    text = str(text).strip()
    return text if text[:1] in "\"“'‘" else f"“{text}”"


def _whole(value: Any) -> str:
    """A count of things (calls, hits): whole numbers from 10 up, two decimals below."""
    try:
        return count(value, 0 if abs(value) >= 10 else 2)
    except TypeError:
        return count(value)


def _noun(shown: str, word: str) -> str:
    """A count as shown, with its noun agreeing: "1 write", "0.50 writes", "3 writes"."""
    return f"{shown} {word if shown == '1' else word + 's'}"


def _columns(rows: list[list[str]]) -> str:
    """Rows of cells as a fixed-width table (text left-aligned in the first two columns, figures right)."""
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [str(cell).ljust(w) if i < 2 else str(cell).rjust(w) for i, (cell, w) in enumerate(zip(row, widths,
                                                                                                     strict=True))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


# Slack's limits on a message's text (the limits on blocks are in bot.present.blocks):
#: chat.postMessage: "text ... will be truncated" past 40,000 characters
#: (api.slack.com/methods/chat.postMessage, api.slack.com/changelog/2018-04-truncating-really-long-messages).
SLACK_TEXT_LIMIT = 40_000
#: What a reply's text is cut to: far below Slack's limit, as no reply needs more; the structure (flags grouped
#: by rule, long inputs shortened) keeps real replies well under it, and this cut is the last guard.
TEXT_LIMIT = 12_000
#: A summary is one line in the channel.
SUMMARY_LIMIT = 3_000


@dataclass(frozen=True)
class FlagGroup:
    """The first flag of one rule in a text and how many more times the rule matched ("and 37 more")."""

    flag: Any
    more: int

    @property
    def times(self) -> int:
        """How many times the rule matched in all."""
        return self.more + 1


def by_rule(flags: Any) -> list[FlagGroup]:
    """Flags grouped by rule, in order of first appearance: 100 repeats of a phrase become one line."""
    groups: dict[str, list[Any]] = {}
    for flag in flags:
        groups.setdefault(flag.rule, []).append(flag)
    return [FlagGroup(flag=found[0], more=len(found) - 1) for found in groups.values()]


def fit(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a line or word boundary, ending with "…"."""
    if len(text) <= limit:
        return text
    window = text[: limit - 2]
    cut = max(window.rfind("\n"), window.rfind(" "))
    return (window[:cut] if cut > limit // 2 else window).rstrip() + " …"


def _sentence(text: str) -> str:
    """Capitalise the first letter and end with a full stop."""
    text = str(text).strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!" else text + "."


class _Environment(Environment):
    """Jinja2's Environment, each template's globals kept as one plain dict."""

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """The environment's globals overlaid by the template's, as a dict rather than Jinja's ChainMap of the two.

        Every render copies its template's globals into a new context (and takes the set of their names): from a
        ChainMap that is Python-level iteration and a lookup per global, about 25 calls a render and a tenth of a
        coached message's calls. The copy holds the same values: every global is set in :func:`environment`
        before the first template loads (Jinja asks that globals not change after), and a template's own globals
        still go only to that template."""
        return {**self.globals, **(d or {})}


def _one_plus(share: Decimal) -> str:
    """``1 + 20%`` for a markup, ``1 − 4%`` for one below direct (never ``1 + -4%``)."""
    return f"1 − {percent(-share)}" if share < 0 else f"1 + {percent(share)}"


@functools.cache
def environment() -> Environment:
    """The one Jinja2 environment for every reply, Block Kit text and Home view."""
    env = _Environment(
        loader=PackageLoader("bot.present", "templates"),
        autoescape=False,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        # the templates are package files that do not change under a running process: without this, every
        # get_template (about 20 per answer) asked the file system for the template's modification time
        auto_reload=False,
    )
    env.bytecode_cache = template_cache(env)
    env.filters.update(
        money=money, rate=rate, percent=percent, count=count, ratio=ratio, quote=_quote, sentence=_sentence,
        quoted=_quoted, whole=_whole, sig=sig, sig_for=sig_for, money_for=money_for, divisor_for=divisor_for,
        columns=_columns, by_rule=by_rule, noun=_noun, one_plus=_one_plus, money_cents_for=money_cents_for,
        rate_for=rate_for, first_upper=_first_upper,
    )
    env.globals["times_sign"] = times_sign  # "=" or, when a figure in cents moves the product, "≈"
    env.globals["addends"] = addends  # parts of a sum shown so that they add up to the shown total
    env.globals["phrases"] = phrases()
    env.globals["month_factor"] = DAY_TO_MONTH  # day -> 730-hour month, for money_for
    env.globals["body_of"] = _body_of  # another answer's arithmetic shown inside this one (a scenario's figures)
    env.globals["reply_of"] = _reply_of  # another answer whole inside this one (the figures after a glossary entry)
    env.globals["row_of"] = _row_of  # a row's own answer inside the answer to a table of items
    env.globals["rows_of"] = _rows_of  # every row's answer, the assumptions they share said once
    return env


def _first_upper(label: str) -> str:
    """ "offer B" -> "Offer B": the first letter raised, the rest as written (Jinja's capitalize lowers it)."""
    return label[:1].upper() + label[1:]


def _row_of(answer: AnswerBase) -> Markup:
    """One row's answer inside a table's answer: its arithmetic and what it still needs (or, for a refused number,
    its message)."""
    kind = kind_of(answer)
    if kind not in QUOTE_KINDS:
        return render_block(kind, "text", **context(answer))
    return _tidy(render_block(kind, "body", **context(answer)) + "\n" + render("_missing", **context(answer)))


_ASSUMPTIONS = "*Assumptions:*"


def _assumptions(text: str) -> tuple[str, str]:
    """A row's answer without its assumptions paragraph, and that paragraph ("" when it has none)."""
    start = text.find(_ASSUMPTIONS)
    if start < 0:
        return text, ""
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    return text[:start] + text[end:], text[start:end]


def _rows_of(answers: list[AnswerBase]) -> tuple[list[Markup], Markup | None]:
    """Each row's answer (:func:`_row_of`) and, when every row makes the same assumptions, those assumptions said
    once (the rows then without them); None when they differ or a row makes none."""
    rows = [_row_of(answer) for answer in answers]
    split = [_assumptions(str(row)) for row in rows]
    shared = {said for _, said in split}
    if len(rows) < 2 or len(shared) != 1 or "" in shared:
        return rows, None
    return [_tidy(body) for body, _ in split], Markup(shared.pop())


def _body_of(answer: AnswerBase) -> Markup:
    """The body (the arithmetic) of an answer shown inside another: the figures under a scenario's verdicts."""
    return render_block(kind_of(answer), "body", **context(answer))


def _reply_of(answer: AnswerBase, block: str = "text") -> Markup:
    """Another answer shown whole inside this one (``block`` "text" or "summary"): the figures asked beside a
    glossary entry, with their title, asks, rate source and note."""
    kind, values = kind_of(answer), context(answer)
    return Markup(_text(answer, kind, values)) if block == "text" else render_block(kind, block, **values)


_BLANK_LINES = compile_regex(r"\n{3,}")
_TRAILING_SPACE = compile_regex(r"[ \t]+\n")


def _tidy(text: str) -> Markup:
    """Spaces before a line break and runs of blank lines dropped. Each pattern is searched only when the text
    holds what it matches (a plain substring test): most rendered parts have neither, and the two searches over
    every character cost more than rendering a short part."""
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_SPACE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return Markup(text.strip())


def render(name: str, **values: Any) -> Markup:
    """``templates/<name>.j2`` rendered whole (values escaped), tidied; the result is safe mrkdwn."""
    key = _simple(values)
    if key is not None:
        return _render_simple(name, key)
    return _render(name, values)


def _render(name: str, values: dict[str, Any]) -> Markup:
    return _tidy(template(name).render(**values))


_TEMPLATES: dict[str, Template] = {}


def template(name: str) -> Template:
    """``templates/<name>.j2``, looked up once: the environment's own cache takes a lock and checks a weak reference
    to the loader on each of the dozen lookups an answer makes, for templates that never change under a running
    process (``auto_reload`` is off)."""
    found = _TEMPLATES.get(name)
    if found is None:
        found = _TEMPLATES[name] = environment().get_template(f"{name}.j2")
    return found


#: Values whose rendering is kept (:func:`_render_simple`): compared by type and value, so "a<b" and
#: Markup("a<b"), which render differently, or True and 1, are never taken for each other.
_SIMPLE_TYPES = (str, Markup, int, bool, type(None))
_EMPTY_TYPES = (list, tuple, dict)


def _simple(values: dict[str, Any]) -> tuple[tuple[str, type, Any], ...] | None:
    """`values` as a key of :func:`_render_simple` when each is a string, a number, a flag, None or empty (the
    reply's fixed parts: no change, no coaching, the illustrative note); None when any is anything else."""
    key = []
    for name, value in values.items():
        kind = type(value)
        if kind in _SIMPLE_TYPES:
            key.append((name, kind, value))
        elif kind in _EMPTY_TYPES and not value:
            key.append((name, kind, None))
        else:
            return None
    return tuple(key)


@functools.lru_cache(maxsize=1024)
def _render_simple(name: str, key: tuple[tuple[str, type, Any], ...]) -> Markup:
    """A template rendered from simple values (:func:`_simple`), kept: a template's output depends only on its
    values and the environment's globals, which do not change, and most replies render the same few fixed
    parts (an empty change line, an empty coaching section, the footer) several times an answer."""
    return _render(name, {name_: (kind() if kind in _EMPTY_TYPES else value) for name_, kind, value in key})


def render_block(name: str, block: str, **values: Any) -> Markup:
    """One block (``summary``, ``text``, ``body``, ...) of ``templates/<name>.j2``."""
    tmpl = template(name)
    return _tidy("".join(tmpl.blocks[block](tmpl.new_context(values))))


_T = TypeVar("_T")


def _once(answer: AnswerBase, what: str, render: Callable[[], _T]) -> _T:
    """What is rendered from one Answer object, kept on that object: a Slack reply needs the same parts, key figures
    and proposal paragraph for its text, its blocks and its metadata. Answers are not changed once presented, so
    what was rendered from one stays right, and it is freed with the answer (a process-wide cache held every
    answer it had seen, since the kept context refers to its answer). The key holds the answer's id, so a copy
    that shares the dict never reads its original's renders; two threads rendering one answer at once only
    render it twice."""
    private = answer.__pydantic_private__  # read directly: through the model's __getattr__ it cost ten times more
    kept = private["_presented"] if private is not None else answer._presented
    key = (id(answer), what)
    if key in kept:
        return kept[key]  # type: ignore[no-any-return]
    value = kept[key] = render()
    return value


def context(answer: AnswerBase) -> Mapping[str, Any]:
    """The template context of an answer: its fields and properties by name, ``f`` (the parsed fields), ``a``.
    Worked out once per answer (a quote's reply, blocks and proposal each ask for it; answers are not changed
    once built), read-only."""
    return _once(answer, "context", lambda: _context(answer))


def _context(answer: AnswerBase) -> Mapping[str, Any]:
    values: dict[str, Any] = {name: getattr(answer, name) for name in _names(type(answer))}
    values.update(a=answer, f=answer.ask.fields, coaching=answer.flags, truncated=answer.ask.truncated)
    return MappingProxyType(values)


@functools.cache
def _names(kind: type[AnswerBase]) -> tuple[str, ...]:
    """What an answer of class `kind` puts in its template context: its fields, then its properties (its own
    class's first, then its bases' up to AnswerBase), each name once; looked up once per class."""
    names = list(kind.model_fields)
    for klass in kind.__mro__:
        if not issubclass(klass, AnswerBase):
            break
        names += [name for name, member in vars(klass).items() if isinstance(member, property) and name not in names]
    return tuple(names)


@dataclass(frozen=True)
class Parts:
    """The pieces of an answer with figures, each rendered once: the text joins them under the title
    (``_reply.j2``), after what a follow-up changed; Block Kit puts that line first, the title in the header,
    intro/body/asks/coaching in sections and the rate source and the illustrative note in the context line."""

    changed: Markup
    title: str
    intro: Markup
    body: Markup
    asks: Markup
    source: Markup
    coaching: Markup
    note: Markup

    @property
    def sections(self) -> list[Markup]:
        return [p for p in (self.intro, self.body, self.asks, self.coaching) if p]

    @property
    def context_line(self) -> list[Markup]:
        return [p for p in (self.source, self.note) if p]


#: Kinds of answer that have a chart once their figures are in (:func:`bot.charts.select.chart_spec`).
CHART_KINDS = frozenset({"break_even", "caching", "scenario"})


def kind_of(answer: AnswerBase) -> str:
    return str(getattr(answer, "kind"))  # noqa: B009 - every Answer variant has its `kind` literal


def parts(answer: AnswerBase) -> Parts:
    """The parts of an answer with figures (one of :data:`bot.answer.QUOTE_KINDS`), rendered once per answer."""
    return _once(answer, "parts", lambda: _parts(answer))


# The fields of a break-even ask that hold an on-demand rate or price the message states: when one of them is set the
# figures priced tokens or load at it, so the source is that rate, not "none needed".
_STATED_RATE_FIELDS = ("blended_rate", "on_demand_rate", "provisioned_rate", "load_unit_price")


def _source_key(answer: AnswerBase, kind: str) -> str:
    """The key in ``phrases.yaml``'s sources for an answer without rates of its own: a break-even that priced with a
    rate from the message says so (``break_even_rates``)."""
    fields = answer.ask.fields
    if kind == "break_even" and any(getattr(fields, name) is not None for name in _STATED_RATE_FIELDS):
        return "break_even_rates"
    return kind


def _parts(answer: AnswerBase) -> Parts:
    kind, values = kind_of(answer), context(answer)
    own_source = "source" in template(kind).blocks
    rates = answer.rates
    source = render_block(kind, "source", **values) if own_source else ""
    if not source and rates is not None:
        source = rates.source
    elif not source and answer.computed:  # "the figures come from your message" only when there are figures
        source = phrases()["sources"].get(_source_key(answer, kind), "")
    titles = phrases()["titles"]
    # only a table of rows can be a what-if (asking any other answer, a model without the field, costs an exception)
    variant_of = getattr(answer, "variant_of", None) if kind == "rows" else None
    if kind == "rows" and variant_of:  # "Per-token quote: as stated and what if"
        title = titles[variant_of].format(title=titles[answer.ask.intent.value])
    elif kind == "rows":  # "Prompt caching, row by row": the title of what the rows asked
        asked = answer.ask.intent.value
        title = titles["rows"].format(title=titles[asked]) if asked in titles else titles["rows_mixed"]
    else:
        title = titles[kind]
    return Parts(
        title=str(title),
        changed=render("_changed", changes=answer.changes),
        intro=render("_truncated", truncated=answer.ask.truncated),
        body=render_block(kind, "body", **values),
        asks=render("_missing", **values),
        source=render("_source", source=source, rate_notes=list(rates.notes) if rates and not own_source else []),
        coaching=render("_coaching", coaching=answer.flags),
        note=render("_footer"),
    )


def reply(answer: AnswerBase, *, full_text: bool = True) -> Reply:
    """Text and summary from the answer's template; ``data`` from the answer itself. With ``full_text=False`` the
    text is the summary (when there is one) and the full explanation is not rendered: for a post that shows only
    Block Kit and the summary as its notification text (a coaching note)."""
    kind, values = kind_of(answer), context(answer)
    summary = fit(render_block(kind, "summary", **values), SUMMARY_LIMIT)
    text = _text(answer, kind, values) if full_text or not summary else summary
    data = answer.data()
    if kind in CHART_KINDS:  # the chart code loads only for the kinds that can have a chart
        from bot.charts.select import SPEC, chart_spec

        spec = chart_spec(answer)
        if spec is not None:  # stored with the quote: a Show chart button names the quote
            data["chart"] = SPEC.dump_python(spec, mode="json")
    paragraph = proposal(answer)
    if paragraph is not None:  # stored with the quote: "Copy for proposal" names the quote
        data["proposal"] = paragraph
    return Reply(
        intent=intent_of(answer),
        text=fit(text, TEXT_LIMIT),
        summary=summary,
        understood=answer.understood,
        data=data,
        answer=answer,
    )


def _text(answer: AnswerBase, kind: str, values: Mapping[str, Any]) -> str:
    """The full explanation: the framed parts of an answer with figures, else the template's text block."""
    framed = kind in QUOTE_KINDS
    text = render("_reply", **vars(parts(answer))) if framed else render_block(kind, "text", **values)
    if not framed and answer.changes:  # an error or a question about a follow-up: it too says what it read
        text = _tidy(render("_changed", changes=answer.changes) + "\n" + text)
    return text


#: Kinds of answer that have a proposal paragraph (templates/_proposal.j2).
PROPOSAL_KINDS = frozenset({"quote", "break_even", "caching", "per_call", "markup", "scenario", "compare"})


def proposal(answer: AnswerBase, *, as_of: date | None = None) -> str | None:
    """The "Copy for proposal" paragraph: customer-facing, in the guide's wording, with the conditions behind the
    figures, the rate source and date (`as_of`, default today) and the illustrative caveat; no coaching, no
    questions. None when the answer has no complete figures (something is missing or asked about). Rendered
    once per answer and date."""
    when = (as_of or date.today()).isoformat()
    return _once(answer, f"proposal {when}", lambda: _proposal(answer, when))


def _proposal(answer: AnswerBase, when: str) -> str | None:
    kind = kind_of(answer)
    if (kind not in PROPOSAL_KINDS or not answer.understood or not answer.computed or answer.missing
            or answer.ambiguities or getattr(answer, "too_many", None)
            or (kind == "quote" and getattr(answer, "quote", None) is None)):  # a blend or a spend: no quote to offer
        return None
    words = phrases()["proposal"]
    rates = answer.rates
    source_line = words["rates"].format(source=rates.source, date=when) if rates is not None else words[
        "no_rates"].format(date=when)
    text = render("_proposal", **{**context(answer), "kind": kind, "source_line": source_line})
    return " ".join(line.strip() for line in str(text).splitlines() if line.strip())


def templates() -> list[str]:
    """Every reply template (the partials starting with ``_`` and the Slack-only ones excluded)."""
    return sorted(n for n in environment().list_templates(extensions=["j2"]) if not n.startswith(("_", "slack/")))
