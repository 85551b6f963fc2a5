"""The phrase matcher: one pass over the words of a message, whatever the number of rules.

The text is normalised once (:mod:`glossary.prose`), misspelt key words are read as meant
(:mod:`glossary.spelling`) and the text is split into words once; each word is looked up
in a table from trigger word to the rules it can start. Only the sentences holding a trigger are then
checked against those rules' patterns, and each hit is weighed against its sentence: a condition in the
same sentence (not one inside another clause that reports the past), a report in its own clause, a qualifier right
before or after, or a negation shortly before it in the same clause keeps it quiet. Negations that assert what
follows ("doesn't just", "not only") are read as absent first, for every rule.
A reported question ("they asked whether ...") keeps it quiet too, unless the author answers it yes right after
(later in the sentence or at the start of the next one) without the rule's condition. A claim said with a negation
(a rule's ``denied`` patterns) is flagged when the author takes the negation back right after, without the rule's
condition: "Provisioned isn't always cheaper. But for Marlow it definitely is."
A claim said about something outside the guide's scope (the rules file's ``outside_scope``: a caterer, a WeWork lease,
storage on our own bill) is not flagged: when such a subject stands shortly before it in its sentence, or right after
it, with nothing that names inference (``inside_scope``: a model, an endpoint, PTUs) in the claim or between them.

Work done once: a sentence is read once for the strings ``outside_scope`` needs (most name none of its subjects, and
then no claim in it is looked at again); a rule of one pattern is searched as it is (a screen of its patterns costs as
much as the search); a rule's gate is searched alternative by alternative, each of which the engine can skip ahead for.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from pydantic import BaseModel, ConfigDict

from glossary.prefilter import Screen, prepare, trie
from glossary.prose import ZERO_WIDTH_CHARS, Prose, normalise, read_after_labels, read_under_headings
from glossary.regex_cache import compile_regex
from glossary.rules import RULE_LISTS, CompiledRule, RuleSet
from glossary.spelling import Speller

_WORD = compile_regex(r"[a-z0-9]+", re.IGNORECASE)
_WORD_ONLY = compile_regex(r"[a-z0-9]+")
# may_flag(): characters normalise() always drops (so the letters around them join), and words with underscores
_DROPPED = str.maketrans("", "", "*~" + ZERO_WIDTH_CHARS)
_WORD_OR_SNAKE = compile_regex(r"[a-z0-9_]+", re.IGNORECASE)
_AFTER = 120  # characters after a match that fine_after patterns may look at
_BEFORE = 200  # characters before a match that fine_before patterns and negations may look at
# a clause starts after one of these, so "No, PTUs are cheaper" is not read as negated
_CLAUSE_BREAK = compile_regex(
    r"[,;:(—–\x1f]| - | (?:but|so|and|though|although|because|since|while|whereas|where|until) ", re.IGNORECASE
)
# a negation counts only this many words before the phrase: "it's not true that provisioned is cheaper",
# not "don't forget the slide where we list all the token costs"
_NEGATION_REACH = compile_regex(r"(?<!\S)(?:\S+\s+){0,6}$")
# where a reply to a reported question can start within its sentence: "asked whether ..., and I said yes"
_ANSWER_BREAK = compile_regex(r"[,;:—–]| - |\band\b", re.IGNORECASE)
_SPACES = frozenset(" \n")
_ANSWER_REACH = 200  # characters of an answer in which its condition may stand ("Yes, above 65% utilization")
_SCOPE_BEFORE = 120  # characters before a claim in which what it is about may be named ("the caterer ... charges per")
_SCOPE_AFTER = 100  # characters after it ("paying extra for Azure Blob on our own account")
_SCOPE_OBJECT = 40  # characters after it that may name what it is about ("the cache hit rate on the prompt cache")
# a rule's patterns are screened (glossary.prefilter) once it has been searched this often: reading them costs about
# 2 ms a pattern, which a command that lints one message would pay for nothing
SCREEN_AFTER = 50
# rules of fewer patterns than this are never screened
SCREEN_PATTERNS = 2


# the lists of a rule the matcher screens (their places in glossary.rules.RULE_LISTS)
_FINE_WHEN, _DENIED = RULE_LISTS.index("fine_when"), RULE_LISTS.index("denied")


def _always(start: int, end: int) -> bool:
    return True


_ALWAYS: Callable[[int, int], bool] = _always


def _passes(gates: tuple[re.Pattern[str], ...], text: str, start: int, end: int) -> bool:
    """Whether one of a rule's gates matches the sentence ``text[start:end]``."""
    return any(gate.search(text, start, end) is not None for gate in gates)


def _prepared(text: str) -> str | None:
    """``text`` as the screens read it (:func:`prepare`), or None when they cannot (every pattern is then searched):
    a character whose lower case is longer would move every offset after it."""
    prepared = prepare(text)
    return prepared if prepared is not None and len(prepared) == len(text) else None


def _ends_with(pattern: re.Pattern[str], width: int | None, text: str) -> bool:
    """Whether ``pattern`` matches ``text``; searched only from where a match can start when every match ends at its
    end (``width``: the most characters a match spans; a line break may follow ``$``'s match; a word boundary and a
    look-behind still read the characters before)."""
    return pattern.search(text, 0 if width is None else max(0, len(text) - width - 1)) is not None


def _cuts(found: re.Match[str]) -> list[tuple[int, int, str]]:
    """What an asserting negation reads as absent: its bracketed parts when it has any ("it's (not like )PTUs
    are(n't) cheaper" -> "it's PTUs are cheaper"), else all of it."""
    parts = [span for span in found.regs[1:] if span[0] >= 0 and span[1] > span[0]]
    return [(start, end, "") for start, end in parts] if parts else [(found.start(), found.end(), "")]


def _flag(prose: Prose, compiled: CompiledRule, match: re.Match[str]) -> Flag:
    """The flag for ``match`` (offsets in the normalised text), pointing at what was typed."""
    first, last = prose.span(match.start(), match.end())
    rule = compiled.rule
    return Flag(
        rule=rule.id,
        start=first,
        end=last,
        matched=prose.original[first:last],
        suggestion=rule.do_say,
        why=rule.why,
        dont_say=rule.dont_say,
    )


class Flag(BaseModel):
    """One phrase the guide warns about, found in a text.

    ``start``/``end`` are offsets into the text as given (``text[start:end] == matched``), ``suggestion`` is
    the guide's verbatim "do say", ``why`` its reason and ``dont_say`` the guide's "don't say".
    """

    model_config = ConfigDict(frozen=True)

    rule: str
    start: int
    end: int
    matched: str
    suggestion: str
    why: str
    dont_say: str


class Linter:
    """Checks texts against a :class:`RuleSet`."""

    def __init__(self, rule_set: RuleSet) -> None:
        self.rule_set = rule_set
        table: dict[str, list[int]] = defaultdict(list)
        for index, compiled in enumerate(rule_set.compiled):
            for word in compiled.rule.triggers:
                table[word].append(index)
        self._by_trigger = {word: tuple(indices) for word, indices in table.items()}
        # the words _wanted() looks up, found in one search of a lower-cased ASCII text instead of a lookup per word:
        # a word of letters and digits is found where it stands whole, as _WORD would read it
        keys = sorted(w for w in {*self._by_trigger, *rule_set.asserting_triggers} if _WORD_ONLY.fullmatch(w))
        self._keys = compile_regex(rf"(?<![a-z0-9])(?:{trie(keys)})(?![a-z0-9])") if keys else None
        self._speller = Speller(rule_set.spelling)
        self._searches = [0] * len(rule_set.compiled)
        self._screens: list[Screen | None] = [None] * len(rule_set.compiled)
        # a rule of few patterns is searched as it is: reading the sentence for what they need costs about as much
        self._screened = [len(compiled.rule.patterns) >= SCREEN_PATTERNS for compiled in rule_set.compiled]
        self.screen_after = SCREEN_AFTER
        # what outside_scope needs, read once per sentence (built once claims have been weighed screen_after times)
        self._scope_screen: Screen | None = None
        self._scope_weighed = 0
        # per rule id and list (its condition, its denials), how often it was searched: screened once that is more than
        # screen_after
        self._condition_searches: dict[tuple[str, int], int] = {}

    def lint(self, text: str) -> list[Flag]:
        """Every flagged phrase in ``text``, in order of position (offsets into ``text``)."""
        rules = self.rule_set
        normalised = normalise(text, rules.own_draft, rules.own_quote, rules.endorsement, rules.own_quote_after)
        prose = read_under_headings(read_after_labels(self._speller.fix(normalised)), rules.heading_condition)
        wanted, asserting = self._wanted(prose)
        if asserting:
            asserted = self._read_assertions(prose, asserting)
            if asserted is not prose:
                prose, (wanted, _) = asserted, self._wanted(asserted)
        flags: list[Flag] = []
        compiled = self.rule_set.compiled
        scope_free: dict[tuple[int, int], bool] = {}  # sentence -> it names nothing outside_scope can (this text only)
        # the text as the screens read it (lower case, hyphens as spaces), once; None: every pattern is searched
        prepared = _prepared(prose.text) if wanted else None
        for (start, end), indices in wanted.items():
            for index in indices:
                rule = compiled[index]
                gates = rule.gates  # cheaper still: a sentence with no figure holds no savings figure
                if gates and not _passes(gates, prose.text, start, end):
                    continue
                screen = self._screen(index)
                matches: list[re.Match[str]] | None = None
                if screen is not None and prepared is not None:  # which of the rule's patterns can match the sentence:
                    matches = screen.finditer(prose.text, start, end, prepared)  # only those are searched
                if matches is None:
                    matches = list(rule.pattern.finditer(prose.text, start, end))
                if matches:  # most triggers don't match
                    flags.extend(self._check(prose, rule, start, end, matches, scope_free, prepared))
                denied = rule.denied
                if denied is not None and self._search(rule, _DENIED, prose.text, start, end, prepared):
                    flags.extend(self._reasserted(prose, rule, denied, start, end, prepared))
        # a claim the heading makes alone is found again under each of its items: one flag
        unique = {(flag.start, flag.end, flag.rule): flag for flag in flags}
        return sorted(unique.values(), key=lambda f: (f.start, f.rule))

    def _screen(self, index: int) -> Screen | None:
        """The screen of rule ``index``'s patterns, once the rule has been searched ``screen_after`` times."""
        screen = self._screens[index]
        if screen is None and self._screened[index]:
            self._searches[index] += 1
            if self._searches[index] > self.screen_after:
                screen = self._screens[index] = Screen(self.rule_set.compiled[index].regexes[0])
        return screen

    def _search(
        self, compiled: CompiledRule, which: int, text: str, start: int, end: int, prepared: str | None
    ) -> re.Match[str] | None:
        """The first match of the rule's condition (``which``: _FINE_WHEN) or denials (_DENIED) in ``text[start:end]``,
        or None; searched only when :meth:`_may` says it may match."""
        pattern = compiled.denied if which == _DENIED else compiled.fine_when
        if pattern is None or not self._may(compiled, which, start, end, prepared):
            return None
        return pattern.search(text, start, end)

    def _may(self, compiled: CompiledRule, which: int, start: int, end: int, prepared: str | None) -> bool:
        """False only when the rule's list ``which`` (its condition or denials) cannot match in ``[start:end]``
        of the text ``prepared`` reads (:func:`prepare`'s form; None: True), as its screen
        (:class:`glossary.prefilter.Condition`) finds, once the list has been searched ``screen_after`` times."""
        if prepared is None:
            return True
        key = (compiled.rule.id, which)
        searches = self._condition_searches.get(key, 0)
        if searches > self.screen_after:
            return compiled.screen(which).may_match(prepared, start, end)
        self._condition_searches[key] = searches + 1
        return True

    def may_flag(self, text: str) -> bool:
        """False only when no rule can flag ``text`` because none of its words is (or is a misspelling of) a
        trigger word; a cheap test (no normalising) for a server to pass over messages that need nothing.

        It sees every word :meth:`lint` can see: letters joined by the markers normalise() drops (``*``, ``~``,
        zero-width characters) are joined here too, and an underscore may either split words (snake_case) or be
        dropped as emphasis, so both readings are tried.
        """
        for match in _WORD_OR_SNAKE.finditer(text.translate(_DROPPED)):
            word = match.group().lower()
            readings = [word, word.replace("_", ""), *word.split("_")] if "_" in word else [word]
            if any(self._is_trigger(reading) for reading in readings):
                return True
        return False

    def _is_trigger(self, word: str) -> bool:
        if word in self._by_trigger:
            return True
        meant = self._speller.correct(word) if len(word) >= 4 and word.isalpha() else None
        return meant is not None and meant in self._by_trigger

    def _wanted(self, prose: Prose) -> tuple[dict[tuple[int, int], set[int]], list[tuple[int, int]]]:
        """The sentences holding a trigger word, each with the rules its triggers can start; and those of them
        that also hold a word an asserting negation needs ("just", "only")."""
        by_trigger, assert_words = self._by_trigger, self.rule_set.asserting_triggers
        wanted: dict[tuple[int, int], set[int]] = {}
        asserting: list[tuple[int, int]] = []
        text = prose.text
        # in an ASCII text, lower-casing keeps every offset and _WORD's words are runs of [a-z0-9]: only the key words
        # are visited (most words of a message are none)
        words = self._keys.finditer(text.lower()) if self._keys is not None and text.isascii() else None
        for word in words if words is not None else _WORD.finditer(text):
            lower = word.group().lower()
            candidates = by_trigger.get(lower)
            if candidates:
                wanted.setdefault(prose.sentence(word.start()), set()).update(candidates)
            elif lower in assert_words:
                sentence = prose.sentence(word.start())
                if not asserting or asserting[-1] != sentence:
                    asserting.append(sentence)
        return wanted, [sentence for sentence in asserting if sentence in wanted]

    def _read_assertions(self, prose: Prose, sentences: list[tuple[int, int]]) -> Prose:
        """``prose`` with the negations that assert what follows read as absent in ``sentences``: "caching
        doesn't just save money" says what "caching does save money" says, for every rule."""
        asserting = self.rule_set.asserting_negation
        if asserting is None:
            return prose
        text = prose.text
        cuts = [cut for bounds in sentences for found in asserting.finditer(text, *bounds) for cut in _cuts(found)]
        return prose.replaced(cuts) if cuts else prose

    def _excuse(
        self, text: str, compiled: CompiledRule, start: int, end: int, prepared: str | None = None
    ) -> Callable[[int, int], bool] | None:
        """What decides, for a claim ``text[at:stop]`` of the sentence ``text[start:end]``, whether it carries the
        rule's qualifier; None when nothing in the sentence can (the usual case, decided in one search each).

        A report (fine_in_clause: "saved 38% last quarter") excuses only its own clause (a claim that runs on into the
        next clause, "turned caching on last week — it knocks a chunk off their bill", is said in both); a condition
        (fine_when) excuses the whole sentence unless it stands in another clause that is a report (the condition of
        someone's past result is not the condition of this promise). Each clause is searched at most once per rule."""
        when, in_clause = compiled.fine_when, compiled.fine_in_clause
        has_condition = self._search(compiled, _FINE_WHEN, text, start, end, prepared) is not None
        if in_clause is None or in_clause.search(text, start, end) is None:
            return _ALWAYS if has_condition else None  # no report: a condition qualifies the whole sentence
        clause_break = self.rule_set.clause_break
        starts = [start, *(brk.end() for brk in clause_break.finditer(text, start, end))] if clause_break else [start]
        bounds = list(zip(starts, [*starts[1:], end], strict=True))
        reports: dict[int, bool] = {}

        def is_report(index: int) -> bool:
            if index not in reports:
                reports[index] = in_clause.search(text, *bounds[index]) is not None
            return reports[index]

        def clause_of(position: int) -> int:
            return bisect.bisect_right(starts, position) - 1

        holding: set[int] = set()
        if has_condition and when is not None:
            holding = {clause_of(found.start()) for found in when.finditer(text, start, end)}
        qualified_anywhere = any(not is_report(index) for index in holding)

        def excused(at: int, stop: int) -> bool:
            own = clause_of(at)
            return qualified_anywhere or own in holding or (is_report(own) and is_report(clause_of(stop - 1)))

        return excused

    def _check(
        self,
        prose: Prose,
        compiled: CompiledRule,
        start: int,
        end: int,
        matches: Iterable[re.Match[str]],
        scope_free: dict[tuple[int, int], bool] | None = None,
        prepared: str | None = None,
    ) -> Iterable[Flag]:
        """The flags among ``matches``, the rule's matches in the sentence ``text[start:end]`` (``scope_free``: what
        :meth:`_names_no_outside_subject` found of the text's sentences so far, kept for the other rules; ``prepared``:
        the text as :func:`prepare` gives it, for the screens, or None)."""
        text = prose.text
        excused = self._excuse(text, compiled, start, end, prepared)
        avoided = self.rule_set.said_to_avoid
        question = self._asks(text, start, end)
        for match in matches:
            if excused is not None and excused(match.start(), match.end()):
                continue
            before = text[max(start, match.start() - _BEFORE) : match.start()]
            fine_before = compiled.fine_before
            if fine_before is not None and _ends_with(fine_before, compiled.fine_before_width, before):
                continue
            after = text[match.end() : match.end() + _AFTER]  # may run into the next sentence: "rate? Depends on"
            if compiled.fine_after is not None and compiled.fine_after.search(after):
                continue
            if avoided is not None and avoided.search(after):  # "— that's the line I'd avoid"
                continue
            denial = self._denial(before, question)
            if denial == "denied" and not (compiled.rule.term and self._uses_term(before)):
                continue
            if denial == "reported" and not compiled.rule.term and not self._answered_yes(
                prose, compiled, match.end(), end, prepared
            ):  # a term is the author's word even in a reported question
                continue
            rejection = self.rule_set.belief_rejection
            if denial == "belief" and not compiled.rule.term and rejection is not None and rejection.search(after):
                continue  # someone's belief the author rejects right after; a belief alone is the author's claim
            if self._outside_scope(text, match, start, end, scope_free, prepared):
                continue
            yield _flag(prose, compiled, match)

    def _asks(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence ``text[start:end]`` asks: it ends in "?", or it opens as a question does without one
        (``unmarked_questions``: "why is the bill cheaper on provisioned", typed without its "?")."""
        if text.rfind("?", start, end) >= 0 and text[start:end].rstrip().endswith("?"):
            return True
        unmarked = self.rule_set.unmarked_question
        return unmarked is not None and unmarked.match(text, start, end) is not None

    def _outside_scope(
        self,
        text: str,
        match: re.Match[str],
        start: int,
        end: int,
        scope_free: dict[tuple[int, int], bool] | None = None,
        prepared: str | None = None,
    ) -> bool:
        """Whether the claim ``match`` in the sentence ``text[start:end]`` is about something the guide does not
        cover: a subject of ``outside_scope`` shortly before it (the last one, with no ``scope_breaks`` after it, and
        nothing of ``inside_scope`` right after the claim in its clause) or shortly after it (before any scope break),
        with nothing of ``inside_scope`` in the claim or between the two."""
        outside, inside, breaks = self.rule_set.outside_scope, self.rule_set.inside_scope, self.rule_set.scope_break
        if outside is None or self._names_no_outside_subject(outside, start, end, scope_free, prepared):
            return False

        def names_inference(lo: int, hi: int) -> bool:
            return inside is not None and inside.search(text, lo, hi) is not None

        if names_inference(match.start(), match.end()):
            return False
        lo = max(start, match.start() - _SCOPE_BEFORE)
        if breaks is not None:
            for brk in breaks.finditer(text, lo, match.start()):
                lo = brk.end()
        hi = min(end, match.end() + _SCOPE_AFTER)
        cut = breaks.search(text, match.end(), hi) if breaks is not None else None
        if cut is not None:
            hi = cut.start()
        last = None
        for found in outside.finditer(text, lo, match.start()):
            last = found
        if last is not None:
            # what the claim is about may follow it: "Unlike Redis, the cache hit rate on the prompt cache will be 90%"
            comma = text.find(",", match.end(), hi)
            if not names_inference(last.end(), match.start()) and not names_inference(
                match.end(), min(hi, match.end() + _SCOPE_OBJECT) if comma < 0 else comma
            ):
                return True
        after = outside.search(text, match.end(), hi)
        return after is not None and not names_inference(match.end(), after.start())

    def _names_no_outside_subject(
        self,
        outside: re.Pattern[str],
        start: int,
        end: int,
        scope_free: dict[tuple[int, int], bool] | None,
        prepared: str | None,
    ) -> bool:
        """Whether the sentence ``text[start:end]`` holds none of the strings every match of ``outside`` needs (then
        no part of it can name a subject outside the guide's scope); read once per sentence, with a screen of
        ``outside`` once claims have been weighed ``screen_after`` times (building it costs a command that lints one
        message more than it saves)."""
        screen = self._scope_screen
        if screen is None:
            self._scope_weighed += 1
            if self._scope_weighed <= self.screen_after:
                return False
            screen = self._scope_screen = Screen([outside.pattern], outside.flags)
        key = (start, end)
        free = scope_free.get(key) if scope_free is not None else None
        if free is None:
            free = prepared is not None and not screen.possible(prepared, start, end)
            if scope_free is not None:
                scope_free[key] = free
        return free

    def _reasserted(
        self,
        prose: Prose,
        compiled: CompiledRule,
        denied: re.Pattern[str],
        start: int,
        end: int,
        prepared: str | None = None,
    ) -> Iterable[Flag]:
        """The claims said with a negation in ``text[start:end]`` that the author takes back right after, in the same
        sentence or at the start of the next ("..., but for Marlow it is", ". But for Marlow it definitely is"),
        without the rule's condition in the sentence that takes it back ("But at 80% utilization it is")."""
        reassertion = self.rule_set.reassertion
        if reassertion is None:
            return
        text = prose.text
        for match in denied.finditer(text, start, end):
            found = reassertion.match(text, match.end())  # its patterns are bounded: read from the denial on
            if found is None:
                continue
            if self._search(compiled, _FINE_WHEN, text, match.end(), prose.sentence(found.end())[1], prepared):
                continue
            yield _flag(prose, compiled, match)

    def _denial(self, before: str, question: bool = False) -> str | None:
        """How the words shortly before a phrase (in its clause) bear on it: "denied" by a negation, "reported" as
        someone's question ("they asked whether ...", or in a question after "they asked two things:"), "belief" as
        someone else's belief ("their CFO thinks ..."), or None. In a
        sentence that asks (``question``), a clause that opens with a negative question ("doesn't the endpoint ...?",
        "aren't they ...?") assumes the claim: its opening negation denies nothing."""
        negation, reported = self.rule_set.negation, self.rule_set.reported_question
        if negation is None and reported is None:
            return None
        clause_start = 0
        for brk in _CLAUSE_BREAK.finditer(before):
            clause_start = brk.end()
        opener = self.rule_set.negative_question
        if question and opener is not None:
            while clause_start < len(before) and before[clause_start] in _SPACES:
                clause_start += 1
            asks = opener.match(before, clause_start)
            if asks is not None:
                clause_start = asks.end()
        reach = _NEGATION_REACH.search(before, clause_start)
        start = reach.start() if reach else clause_start
        if negation is not None and negation.search(before, start):
            return "denied"
        if reported is not None and reported.search(before, start):
            return "reported"
        belief = self.rule_set.reported_belief
        if belief is not None and belief.search(before, start):
            return "belief"
        # a question reported after a lead that ends in a colon, in any clause of it: "The CFO asked two things: does
        # caching save money, and what's the cache hit rate going to be?"
        lead = self.rule_set.reported_question_lead
        if question and lead is not None and lead.search(before):
            return "reported"
        return None

    def _uses_term(self, before: str) -> bool:
        """Whether a term said after a negation (``before``: the words before it) is still the author's word: the
        negation denies something else the clause says of it ("Finance can't forecast token costs") unless a
        ``term_denials`` pattern reads it as bearing on the word (from the last negation on: "not token costs",
        "don't say AI usage fees", "avoid committed use")."""
        bears, negation = self.rule_set.term_denial, self.rule_set.negation
        if bears is None or negation is None:
            return False
        negations = list(negation.finditer(before))
        return bool(negations) and bears.search(before[negations[-1].start() :]) is None

    def _answered_yes(
        self, prose: Prose, compiled: CompiledRule, after: int, end: int, prepared: str | None = None
    ) -> bool:
        """Whether the author answers the reported question yes, without the rule's condition: in a later clause
        of its sentence ("..., and I said yes") or at the start of the next ("Asked whether X? Yes, a 90% floor")."""
        answer = self.rule_set.answer
        if answer is None:
            return False
        text = prose.text
        # only near the question: a long run-on sentence with many questions stays linear
        openings = [(brk.end(), end) for brk in _ANSWER_BREAK.finditer(text, after, min(end, after + _AFTER))]
        if end < len(text):
            openings.append((end, prose.sentence(end)[1]))
        for at, stop in openings:
            stop = min(stop, at + _ANSWER_REACH)
            while at < stop and text[at] in _SPACES:
                at += 1
            found = answer.match(text, at, stop)
            if found is None:
                continue
            return self._search(compiled, _FINE_WHEN, text, found.start(), stop, prepared) is None
        return False
