"""Which pieces of text a regular expression needs: a test, much cheaper than the search, that it cannot match.

A rule's patterns are joined into one alternation of a few dozen (:mod:`glossary.rules`), and the regex engine tries
every one of them at every word of a sentence that holds one of the rule's trigger words: that was most of a lint's
time. Most of those patterns cannot match a given sentence at all, because something they need is not in it:
"\\bsavings (?:of|around|up to)..." needs "savings". :func:`requirement` reads a pattern's parse (the interpreter's own
regex parser, the one :mod:`re` compiles with) and finds what any match must hold: clauses, each a set of strings one
of which is in every match. :class:`Screen` tells, for one sentence, which of a list of patterns may match it (each
of their clauses holds) and leaves the others out; it never leaves out a pattern that can match.

The test reads the sentence as :func:`prepare` gives it: in lower case (the patterns are searched ignoring case), with
hyphens read as spaces (the rules read a space as "a space or a hyphen"; the clauses are read the same way, so
"token-costs" and "token costs" need one string). Unicode's case rules let a few characters match a letter they do
not lower-case to ("ſ" matches "s", the Kelvin sign "k"), so a sentence holding a character that has a case and is not
ASCII ("é", "ſ") is not tested: every pattern is searched, as before. A piece of a pattern the reader does not take
apart (any character, a class of many) needs nothing; a pattern with nothing known is always searched.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from glossary.regex_cache import compile_regex

try:  # the interpreter's own regex parser (CPython 3.11+), as glossary.regex_cache uses it
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation: no clauses, every pattern searched
    _c = None
    _parser = None

Clause = frozenset[str]
# what a piece of a pattern is known to match: every string it can match, when they are few (else None), and the
# clauses every match of it meets
_Reading = tuple[frozenset[str] | None, list[Clause]]

_MAX_STRINGS = 64  # strings known for one piece at most (a run of alternatives multiplies them)
_MAX_CLASS = 12  # a character class of more characters (a range "a-z", "\w") is read as any character
_EMPTY: frozenset[str] = frozenset({""})
_HYPHEN_AS_SPACE = str.maketrans("-", " ")
_NON_ASCII = compile_regex(r"[^\x00-\x7f]")


def prepare(text: str) -> str | None:
    """``text`` as :meth:`Screen.possible` reads it (lower case, hyphens as spaces), or None when it holds a
    character with a case that is not ASCII (then every pattern is searched)."""
    if not text.isascii() and any(ch.lower() != ch.upper() for ch in _NON_ASCII.findall(text)):
        return None
    return text.lower().replace("-", " ")  # (as _HYPHEN_AS_SPACE reads it, a few times faster than translate)


def requirement(regex: str, flags: int = re.IGNORECASE, *, around: bool = False) -> tuple[Clause, ...]:
    """Clauses every match of ``regex`` meets, most telling first (each a set of strings, in the form
    :func:`prepare` gives text, one of which is in the match); () when nothing is known.

    ``around``: what the pattern's look-aheads and look-behinds need counts too (then a string of a clause may stand
    just outside the match: in the text a search reads, up to :func:`reach_before` characters before it)."""
    if _parser is None:  # pragma: no cover
        return ()
    try:
        exact, clauses = _sequence(list(_parser.parse(regex, flags)), around)
    except Exception:  # a parse this reader does not know (another Python's parser): nothing known
        return ()
    if exact is not None:
        clauses = [exact]
    kept = {tidy for clause in clauses if (tidy := _tidy(clause)) is not None}
    return tuple(sorted(kept, key=_telling))


def reach_before(regex: str, flags: int = re.IGNORECASE) -> int | None:
    """How far before the position a search starts at a match of ``regex`` may read (its look-behinds: a
    ``(?<=caching: )`` reads nine characters back); None when that is not known."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        return _reach(list(_parser.parse(regex, flags)))
    except Exception:  # a parse this reader does not know: not known
        return None


def tail_width(regex: str, flags: int = re.IGNORECASE) -> int | None:
    """The most characters a match of ``regex`` spans when every match of it ends at the end of the text (each of its
    alternatives ends in ``$`` or ``\\Z``); None otherwise, or when there is no such bound. A search for it need not
    start further back than that (and one character, for a line break before ``$``): a rule's ``fine_before`` is
    searched in the 200 characters before a claim, and matches only in their last 20 to 70."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        parsed = _parser.parse(regex, flags)
        width = parsed.getwidth()[1]
        return width if width < _MAX_TAIL and _ends_anchored(list(parsed)) else None
    except Exception:  # a parse this reader does not know: no bound known
        return None


_MAX_TAIL = 1000


def _ends_anchored(items: list[Any]) -> bool:
    """Whether every match of the sequence ``items`` ends where ``$`` or ``\\Z`` matches."""
    if not items:
        return False
    op, av = items[-1]
    if op is _c.AT:
        return av is _c.AT_END or av is _c.AT_END_STRING
    if op is _c.SUBPATTERN:
        return _ends_anchored(list(av[-1]))
    if op is _c.BRANCH:
        return all(_ends_anchored(list(branch)) for branch in av[1])
    return False


def _reach(items: list[Any]) -> int:
    """The characters before a piece that its look-behinds may read (nested ones reach further back)."""
    reach = 0
    for op, av in items:
        for sub in _children(op, av):
            reach = max(reach, _reach(list(sub)))
        if op is _c.ASSERT or op is _c.ASSERT_NOT:
            direction, body = av
            inner = _reach(list(body))
            if direction < 0:  # fixed width: Python refuses a look-behind of any other
                inner += body.getwidth()[1]
            reach = max(reach, inner)
    return reach


def _children(op: Any, av: Any) -> list[Any]:
    """The sub-patterns of a piece other than a look-around (read by :func:`_reach` itself)."""
    c = _c
    if op is c.SUBPATTERN:
        return [av[-1]]
    if op is c.ATOMIC_GROUP:
        return [av]
    if op is c.BRANCH:
        return list(av[1])
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT or op is c.POSSESSIVE_REPEAT:
        return [av[2]]
    if op is c.GROUPREF_EXISTS:
        return [branch for branch in av[1:] if branch is not None]
    if op is c.ASSERT or op is c.ASSERT_NOT:
        return []
    # (a category or a range only ever stands inside a class, IN; the parser never gives GROUPREF_IGNORE)
    if op is c.IN or op is c.LITERAL or op is c.NOT_LITERAL or op is c.AT or op is c.ANY or op is c.GROUPREF:
        return []
    raise ValueError(f"unknown piece {op}")  # not known: reach_before() says None


def _tidy(clause: Clause) -> Clause | None:
    """The clause in :func:`prepare`'s form, without a string that holds another of it ("savings" holds "saving": a
    text with either holds "saving"); None when it needs nothing (an empty string)."""
    strings = {text.translate(_HYPHEN_AS_SPACE) for text in clause}
    if "" in strings or not strings:
        return None
    return frozenset(text for text in strings if not any(other != text and other in text for other in strings))


def _telling(clause: Clause) -> tuple[int, int, tuple[str, ...]]:
    """Sort key: clauses whose shortest string is longest, then with fewest strings, first (they rule out most)."""
    return -min(map(len, clause)), len(clause), tuple(sorted(clause))


def _cross(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if left is _EMPTY:
        return right
    if right is _EMPTY:
        return left
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _sequence(items: list[Any], around: bool = False) -> _Reading:
    """Pieces matched one after another: neighbours known exactly join into longer strings."""
    clauses: list[Clause] = []
    current = _EMPTY  # the strings the run of exactly known pieces so far can match
    whole = True  # every piece known exactly
    for op, av in items:
        exact, inner = _piece(op, av, around)
        if exact is not None:
            joined = _cross(current, exact)
            if joined is None:  # too many: the run so far is a clause, a new run starts here
                clauses.append(current)
                whole = False
                joined = exact
            current = joined
            continue
        clauses.append(current)
        clauses.extend(inner)
        current = _EMPTY
        whole = False
    if whole:
        return current, []
    clauses.append(current)
    return None, [clause for clause in clauses if "" not in clause]


@functools.cache
def _char(code: int) -> frozenset[str] | None:
    """A character of the pattern as the lower-case string it matches in text :func:`prepare` reads; None when it
    also matches an ASCII character it does not lower-case to (the Kelvin sign matches "k")."""
    ch = chr(code)
    if not ch.isascii() and any(re.fullmatch(re.escape(ch), chr(a), re.IGNORECASE) for a in range(128)):
        return None
    return frozenset({ch.lower()})


def _in(av: list[Any]) -> frozenset[str] | None:
    """A character class of a few characters as those characters; None for a wider or negated one."""
    chars: set[str] = set()
    for op, value in av:
        codes: range | tuple[int, ...]
        if op is _c.LITERAL:
            codes = (value,)
        elif op is _c.RANGE:
            codes = range(value[0], value[1] + 1)
        elif op is _c.CATEGORY and value is _c.CATEGORY_DIGIT:  # a digit in text prepare() reads is 0-9
            codes = tuple(range(ord("0"), ord("9") + 1))
        else:  # NEGATE, \w, \s, ...
            return None
        if len(codes) > _MAX_CLASS:
            return None
        for code in codes:
            found = _char(code)
            if found is None:
                return None
            chars |= found
        if len(chars) > _MAX_CLASS:
            return None
    return frozenset(chars)


def _piece(op: Any, av: Any, around: bool = False) -> _Reading:
    c = _c
    if op is c.LITERAL:
        return _char(av), []
    if op is c.IN:
        return _in(av), []
    if op is c.ASSERT and around:  # what it needs stands next to the match, not in it: a clause of its own
        exact, inner = _sequence(list(av[1]), around)
        return None, ([exact] if exact is not None else inner)
    if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:  # zero width: no text of the match
        return _EMPTY, []
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]), around)
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av), around)
    if op is c.BRANCH:
        readings = [_sequence(list(branch), around) for branch in av[1]]
        if all(exact is not None for exact, _ in readings):
            union = frozenset().union(*(exact for exact, _ in readings if exact is not None))
            if len(union) <= _MAX_STRINGS:
                return union, []
        either: set[str] = set()
        for exact, inner in readings:
            candidates = [clause for clause in ([exact] if exact is not None else inner) if "" not in clause]
            if not candidates:  # a branch that needs nothing known: neither does the whole
                return None, []
            best: Clause = min(candidates, key=_telling)
            either |= best
        return None, [frozenset(either)]
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT or op is c.POSSESSIVE_REPEAT:
        low, high, sub = av
        exact, inner = _sequence(list(sub), around)
        if low == 0:
            return (exact | _EMPTY if high == 1 and exact is not None else None), []
        if low == high == 1:
            return exact, inner
        return None, ([exact] if exact is not None else inner)
    return None, []  # any character, a negated literal, a group reference: nothing known


def trie(strings: Sequence[str]) -> str:
    """One regular expression that matches, at a position, the longest of ``strings`` that starts there (a trie of
    them: each position is read once, not once per string)."""
    root: dict[str, Any] = {}
    for text in strings:
        node = root
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}

    def regex(node: dict[str, Any]) -> str:
        alternatives = [re.escape(ch) + regex(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer string first

    return regex(root)


class Screen:
    """Which of a list of patterns (in order) may match somewhere in a sentence, and whether any of them does.

    :meth:`may_match` answers as ``re.compile(alternation of the patterns).search(text, start, end) is not None``
    answers, in a fraction of the time: it reads the sentence once for the strings the patterns' clauses name, and
    searches only the patterns whose clauses all hold, each compiled on its own (a pattern's own literal prefix lets
    the engine skip ahead; in the alternation every pattern is tried at every word)."""

    def __init__(self, regexes: Sequence[str], flags: int = re.IGNORECASE) -> None:
        self._regexes = tuple(regexes)
        self._flags = flags
        requirements = [_telling_only(requirement(regex, flags)) for regex in self._regexes]
        numbers: dict[Clause, int] = {}
        for clauses in requirements:
            for clause in clauses:
                numbers.setdefault(clause, len(numbers))
        #: per pattern, the clauses it needs as bits (0: nothing known, always searched)
        self.needs = tuple(sum(1 << numbers[clause] for clause in clauses) for clauses in requirements)
        self._strings = Strings(_bits(numbers))
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self._regexes)

    def held(self, prepared: str, start: int = 0, end: int | None = None) -> int:
        """The clauses (as bits) that hold in ``prepared[start:end]`` (text as :func:`prepare` gives it)."""
        return self._strings.held(prepared, start, end)

    def possible(self, prepared: str, start: int = 0, end: int | None = None) -> list[int]:
        """Indices of the patterns that may match ``prepared[start:end]`` (text as :func:`prepare` gives it): no
        other can."""
        missing = ~self.held(prepared, start, end)
        return [index for index, need in enumerate(self.needs) if not need & missing]

    def finditer(self, text: str, start: int, end: int, prepared: str) -> list[re.Match[str]] | None:
        """What ``re.compile(alternation of the patterns).finditer(text, start, end)`` finds, as the same spans
        (``prepared``: ``text`` as :func:`prepare` gives it, of the same length); None when a pattern matches empty
        text (then the caller searches the alternation itself, which handles it its own way).

        The alternation's next match is at the first position where one of its patterns matches, and it is the first
        of those patterns in order that matches there (nothing follows the alternation to make it try another): so
        each possible pattern is searched on its own, and its next match kept until the alternation passes it."""
        missing = ~self.held(prepared, start, end)
        nexts: dict[int, re.Match[str]] = {}
        for index, need in enumerate(self.needs):
            if not need & missing:
                found = self._pattern(index).search(text, start, end)
                if found is not None:
                    nexts[index] = found
        matches: list[re.Match[str]] = []
        while nexts:
            index = min(nexts, key=lambda at: (nexts[at].start(), at))
            match = nexts[index]
            if match.end() == match.start():
                return None
            matches.append(match)
            position = match.end()
            for at, found in list(nexts.items()):
                if found.start() < position:  # overtaken: the pattern's next match from here on, if any
                    again = self._pattern(at).search(text, position, end)
                    if again is None:
                        del nexts[at]
                    else:
                        nexts[at] = again
        return matches

    def _pattern(self, index: int) -> re.Pattern[str]:
        found = self._compiled[index]
        if found is None:
            found = self._compiled[index] = compile_regex(self._regexes[index], self._flags)
        return found


def _telling_only(clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """The clauses worth a screen's while: not one that a space meets (it holds in almost every sentence, and each
    place it holds costs the screen's pass a step in Python: half of them were spaces)."""
    return tuple(clause for clause in clauses if not any(text.isspace() for text in clause))


def _closure(text: str, direct: dict[str, int]) -> int:
    """The bits that hold where ``text`` stands: its own and those of every string it starts with."""
    bits = 0
    for end in range(1, len(text) + 1):
        bits |= direct.get(text[:end], 0)
    return bits


def _bits(numbers: dict[Clause, int]) -> dict[str, int]:
    """Each string of the clauses, with the clauses (as bits) that hold where it stands."""
    bits: dict[str, int] = {}
    for clause, number in numbers.items():
        for text in clause:
            bits[text] = bits.get(text, 0) | 1 << number
    return bits


class Strings:
    """Which of a set of strings stand in a text, found in one pass over it whatever their number (an Aho-Corasick
    automaton, pyahocorasick's): each string stands for some bits, and :meth:`held` gives those of every string that
    stands in the text. Without pyahocorasick (an install that predates the dependency) the strings are found as before,
    with one regular expression of them (a trie, about 265 ns a character against about 50): the same bits, slower."""

    def __init__(self, bits: dict[str, int]) -> None:
        self._automaton: Any = None
        self._trie: re.Pattern[str] | None = None
        self._all = 0
        for value in bits.values():
            self._all |= value
        if not bits:
            return
        try:
            import ahocorasick  # only when a screen is first built
        except ImportError:  # the trie reports the longest string at a position: the shorter ones there hold too
            self._holds = {text: _closure(text, bits) for text in bits}
            self._trie = compile_regex(f"(?=({trie(sorted(bits))}))")
            return
        automaton = ahocorasick.Automaton()
        for text, value in bits.items():
            automaton.add_word(text, value)
        automaton.make_automaton()
        self._automaton = automaton

    def held(self, text: str, start: int = 0, end: int | None = None) -> int:
        """The bits of the strings that stand whole in ``text[start:end]``."""
        start, end = max(0, start), len(text) if end is None else min(end, len(text))
        found, every = 0, self._all
        if self._automaton is not None:
            for _, bits in self._automaton.iter(text, start, end):
                found |= bits
                if found == every:
                    break
        elif self._trie is not None:
            holds = self._holds
            for string in self._trie.findall(text[start:end]):
                found |= holds[string]
        return found


class Condition:
    """A test, much cheaper than the search, that ``re.compile(regex).search(text, start, end)`` finds nothing.

    Meant for a rule's condition (``fine_when``): a long alternation that begins with a word boundary or a
    look-behind, so the engine tries it at every position of a sentence (about 130 µs a search). The pattern is read as
    its alternatives (those of its top-level alternation, and of a group that makes up the rest of it after zero-width
    pieces such as ``\\b``); each needs its clauses (:func:`requirement`, counting what its look-arounds need). One pass
    over the text (:class:`Strings`) finds every string of every clause, and the pattern can match only when every
    clause of one alternative holds. What a look-behind needs may stand before ``start`` (:func:`reach_before`
    characters at most): that much more text is read. When an alternative needs nothing known (or the pattern cannot
    be read), :meth:`may_match` always says yes: the pattern is searched as before."""

    def __init__(self, regex: str, flags: int = re.IGNORECASE) -> None:
        reach = reach_before(regex, flags)
        alternatives = _alternatives(regex, flags)
        self.reach = reach if reach is not None else 0
        #: per alternative, the clauses it needs as bits; () when some alternative needs nothing known
        self.needs: tuple[int, ...] = ()
        numbers: dict[Clause, int] = {}
        if reach is not None and alternatives is not None:
            for clauses in alternatives:
                for clause in clauses:
                    numbers.setdefault(clause, len(numbers))
            self.needs = tuple(sum(1 << numbers[clause] for clause in clauses) for clauses in alternatives)
        #: every clause of every alternative, in the order of their bits
        self.clauses: tuple[Clause, ...] = tuple(numbers) if self.needs else ()
        self._strings = Strings(_bits(numbers) if self.needs else {})

    def may_match(self, prepared: str | None, start: int, end: int) -> bool:
        """False only when the pattern cannot match in ``text[start:end]`` (``prepared``: the whole ``text`` as
        :func:`prepare` gives it, of the same length; None when it gave None: then always True)."""
        if prepared is None or not self.needs:
            return True
        missing = ~self._strings.held(prepared, start - self.reach, end)
        return any(not need & missing for need in self.needs)


def _alternatives(regex: str, flags: int) -> list[tuple[Clause, ...]] | None:
    """What each alternative of ``regex`` needs (its clauses, look-arounds counted); None when one needs nothing
    known or the pattern cannot be read."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        options = _split(list(_parser.parse(regex, flags)))
        found: list[tuple[Clause, ...]] = []
        for items in options:
            exact, clauses = _sequence(items, around=True)
            read = [exact] if exact is not None else clauses
            kept = {tidy for clause in read if (tidy := _tidy(clause)) is not None}
            telling = _telling_only(tuple(kept))
            if not telling:
                return None
            found.append(tuple(sorted(telling, key=_telling)))
    except Exception:  # a parse this reader does not know: nothing known
        return None
    return found


def _split(items: list[Any]) -> list[list[Any]]:
    """A sequence of pieces as its alternatives: those of a lone alternation, or of the one group after zero-width
    pieces (``\\b(?:a|b)`` is ``\\ba`` or ``\\bb``), each split again; any other sequence is one alternative."""
    c = _c
    lead = 0
    while lead < len(items) and items[lead][0] in (c.AT, c.ASSERT, c.ASSERT_NOT):
        lead += 1
    if lead == len(items) - 1:
        op, av = items[lead]
        if op is c.BRANCH:
            return [split for branch in av[1] for split in _split(items[:lead] + list(branch))]
        if op is c.SUBPATTERN:
            return _split(items[:lead] + list(av[-1]))
    return [items]
