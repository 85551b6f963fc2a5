"""Slack mrkdwn -> the prose a person wrote, with a map back to the original offsets.

What is not the author's own prose is replaced by a separator no rule can match across: code spans
and blocks, ``>`` (or Slack's escaped ``&gt;``) quote lines (except a quote the line before, or its own first line,
introduces as the author's own draft, or the line after endorses, "+1 this": only its markers are hidden),
quoted speech (straight or curly quotes: except wording the author
proposes, 'section 4.2 should read "..."', or says right after it they will use, "'AI usage fees', so I'll use that
term in the SOW", or a quotation opening its line under a line that introduces the author's draft, of which only the
quote marks are hidden), Slack mentions, URLs
(a link's label, ``<https://x|label>``, is kept: the reader sees it) and channel names. ``~struck through~`` text
(a retraction) is dropped, and the words around it read as the author left them: "PTUs are ~always~ cheaper"
still says "PTUs are cheaper". Emphasis markers are dropped, zero-width
characters removed, every run of whitespace (odd Unicode spaces, line breaks) becomes one space, and
curly apostrophes become straight. A blank line, a new bullet item, a new table row or a capitalised word after a closed
emphasis span (``*wrong* Right``) ends a sentence. Each kind of markup is searched for only in a text that holds a
character it needs (a backquote, a quote mark, "<", ":"): most messages hold little of it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from glossary.prefilter import prepare, requirement
from glossary.regex_cache import compile_regex

SEPARATOR = "\x1f"  # stands in for a masked region; no rule pattern contains it
BREAK = "\n"  # a hard sentence boundary in the normalised text

_NOT_PROSE = compile_regex(
    r"```.*?(?:```|\Z)"  # code block (an unclosed one runs to the end)
    r"|`[^`\n]+`"  # inline code
    r"|^[ \t]*(?:>|&gt;)[^\n]*"  # block quote line
    r"|(?P<struck>(?<![\w~])~(?=[^\s~])[^~\n]{0,500}?(?<=[^\s~])~(?![\w~]))"  # ~struck through~: a retraction
    r"|<(?:https?|mailto):[^<>|\n]*\|(?P<label>[^<>\n]*)>"  # link with a label: only the label is shown
    r"|<[^<>\n]*>"  # Slack mention, channel, bare link or special (<@U1>, <#C1|x>, <https://x>, <!here>)
    r"|\bhttps?://\S+"  # bare URL
    r"|(?<![\w&])#[\w-]+",  # channel name, hashtag or issue number
    re.DOTALL | re.MULTILINE,
)
_QUOTED = compile_regex(
    r'"[^"]{1,500}"'
    r"|“[^”]{1,500}”"
    r"|‘[^‘’]{0,500}?’(?![A-Za-z])"  # ’ followed by a letter is an apostrophe, not the closing quote
    r"|«[^»]{1,500}»"
    # 'you're paying ...': an opening mark not after a letter or another mark (looked for behind the mark, so that
    # every alternative starts with its mark and the engine skips ahead to the next mark of any kind)
    r"|'(?<![\w']')(?=\S)(?:[^'\n]|'(?=[A-Za-z])){1,300}?(?<=\S)'(?![A-Za-z])"
)
ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_ZERO_WIDTH = frozenset(ZERO_WIDTH_CHARS)
_APOSTROPHES = frozenset("’ʼ′`´")
_HYPHENS = frozenset("\u2010\u2011\u2212")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
_EMPHASIS = frozenset("*~_")
_HANDLED = r"\s*~_&’ʼ′`´\u2010\u2011\u2212" + ZERO_WIDTH_CHARS
# every character normalise() does something about; anything else is copied as it is, and so is one space between two
# characters copied as they are (most spaces: one regex search per run of words, not one per word)
# (a handled character first, then what decides about a space: the engine skips ahead to the next handled character)
_SPECIAL = compile_regex(rf"[{_HANDLED}](?:(?<! )|(?![^{_HANDLED}])|(?<=[{_HANDLED}] ))")
_SPACE_RUN = compile_regex(r"[\s" + ZERO_WIDTH_CHARS + "]+")
# a list item: a bullet, a number, or a checklist box ("☐ send the deck", "✅ done", "[ ] ask legal", "[x] signed")
_BULLET = compile_regex(r"(?:[-•◦‣▪*+☐☑☒✅✔✓□▢◻◽⬜❏❑]|\d+[.)]|\[[ xX]?\])[ \t]")
# a Slack emoji code (":tada:", ":+1::skin-tone-3:") or a run of emoji characters: read as a space between words
# (a colon or an emoji character first, then what is behind it: the engine skips ahead to the next of them)
_EMOJI = compile_regex(
    r"[:\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]"
    r"(?:(?<=:)(?<![\w:]:)[a-z0-9_+'-]{1,60}:(?::skin-tone-\d:)?(?![\w:])"
    r"|(?<!:)[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200d]*)"
)
_MONEY_EMOJI = frozenset({":moneybag:", ":money_with_wings:", ":dollar:", ":heavy_dollar_sign:", "💰", "💸", "💵"})
_OWN_QUOTE_REACH = 80  # characters before an opening quote mark in which the author may say it is their wording
_OWN_QUOTE_AFTER_REACH = 120  # characters after a closing quote mark in which the author may say they will use it
_LIST_REACH = 20  # lines above a quotation that opens a list item read for the heading that introduces the list
_QUOTE_LINE = compile_regex(r"[ \t]*(?:>|&gt;)")
_QUOTE_MARKER = compile_regex(r"^[ \t]*(?:>|&gt;)[ \t]*", re.MULTILINE)
# quote lines in a row
_QUOTE_BLOCK = compile_regex(r"^[ \t]*(?:>|&gt;)(?:[^\n]|\n(?=[ \t]*(?:>|&gt;)))*", re.MULTILINE)
# not after an abbreviation's inner letter: "A.I. usage fees", "e.g. PTUs" go on
# after a closing emphasis marker: whitespace, then the next word's first character
_NEXT_WORD = compile_regex(r"\s+(\S)")
# (the mark first, then what is behind it: the engine skips ahead to the next mark or line break). A run of marks
# is read from its first mark only, in one possessive step: "....x" costs its length, not its length squared.
_SENTENCE_END = compile_regex(
    r"[\n.!?](?:(?<=\n)|(?<![.!?][.!?])(?<!\.[A-Za-z][.!?])[.!?]*+(?=[\s\"')\]]|$))")


# what some match of _NOT_PROSE needs besides a quote marker (">", "&gt;"): a code mark, a strike, a link or mention, a
# URL, a channel name; looked for in one search (each a literal: the engine skips ahead to the next of their first
# characters)
_NOT_PROSE_NEEDS = ("`", "~", "<", "http", "#")
_NOT_PROSE_NEED = compile_regex("|".join(map(re.escape, _NOT_PROSE_NEEDS)))


def _is_table_row(text: str, space_start: int, space_end: int) -> bool:
    """Whether the line break in ``text[space_start:space_end]`` is between two rows of a table: the line after it
    starts with a cell bar, the line before it ends with one, or both hold one ("input tokens | $18,400")."""
    if text.startswith("|", space_end) or (space_start > 0 and text[space_start - 1] == "|"):
        return True
    if text.find("|", text.rfind("\n", 0, space_start) + 1, space_start) < 0:
        return False
    next_end = text.find("\n", space_end)
    return text.find("|", space_end, next_end if next_end >= 0 else len(text)) >= 0


def _lines_above(text: str, start: int) -> Iterator[str]:
    """The lines of ``text[:start]`` from the last up, as ``reversed(text[:start].splitlines())`` gives them, read
    only as far as the caller goes: a message of many quote blocks is read in time linear in its length."""
    end = start
    while end > 0:  # each piece ends at a newline (its own, kept: "x\u2028\n" holds two lines) or at `start`
        piece_start = text.rfind("\n", 0, end - 1) + 1
        yield from reversed(text[piece_start:end].splitlines())
        end = piece_start


def _is_own_draft(text: str, quote_start: int, own_draft: re.Pattern[str]) -> bool:
    """Whether the line introducing the block quote at ``quote_start`` (one blank line may follow it) says it is
    the author's own draft; quote lines above it belong to the same quotation."""
    blank_allowed = True
    for line in _lines_above(text, quote_start):
        if _QUOTE_LINE.match(line):
            continue
        if not line.strip() and blank_allowed:
            blank_allowed = False
            continue
        return own_draft.search(line) is not None
    return False


def _opens_as_own_draft(text: str, quote_start: int, own_draft: re.Pattern[str]) -> bool:
    """Whether the block quote at ``quote_start`` opens with a line of its own that introduces the rest as the author's
    own draft ("> my draft for the exec summary:" over the quoted draft): read as the line before it would be."""
    line_end = text.find("\n", quote_start)
    if line_end < 0 or not _QUOTE_LINE.match(text, line_end + 1):
        return False
    line = _QUOTE_MARKER.sub("", text[quote_start:line_end]).strip()
    return line.rstrip(" *_").endswith(":") and own_draft.search(line) is not None


def _is_endorsed(text: str, quote_end: int, endorsement: re.Pattern[str]) -> bool:
    """Whether the line right after the block quote ending at ``quote_end`` takes it as the author's own words ("+1
    this", "this. exactly this.", "agreed")."""
    if not text.startswith("\n", quote_end):
        return False
    line_end = text.find("\n", quote_end + 1)
    line = text[quote_end + 1 : line_end if line_end >= 0 else len(text)].strip()
    return endorsement.match(line) is not None


def _needs(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    # kept by the pattern's text: hashing a compiled pattern hashes its compiled code too, about 100 µs for own_quotes
    # at every quotation (a string keeps its hash)
    return _requirement(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=16)
def _requirement(regex: str, flags: int) -> tuple[frozenset[str], ...]:
    return requirement(regex, flags)


def _searched(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches ``text``, searched only when ``text`` holds what every match needs (a word of
    each of its clauses): a message of thousands of quotations none of which is introduced as the author's is read
    with a test of a few words per quotation, not a search of its line."""
    prepared = prepare(text)
    if prepared is not None and not all(any(piece in prepared for piece in clause) for clause in _needs(pattern)):
        return False
    return pattern.search(text) is not None


def _is_own_quote(text: str, quote_start: int, own_quote: re.Pattern[str]) -> bool:
    """Whether the words before the quotation at ``quote_start``, on its line, say it is wording the author proposes
    ('section 4.2 should read "..."', 'I'd write "..."')."""
    line_start = text.rfind("\n", 0, quote_start) + 1
    return _searched(own_quote, text[max(line_start, quote_start - _OWN_QUOTE_REACH) : quote_start])


def _is_quoted_draft(text: str, quote_start: int, own_draft: re.Pattern[str]) -> bool:
    """Whether the quotation at ``quote_start`` is introduced as the author's own draft, as a block quote would be: by
    the line above when it opens its line ("Draft reply to Tom:" over '"Hi Tom, ..."'), or by the words before it on
    its line when they end in a colon ('Sending this to Raj: "..."')."""
    line_start = text.rfind("\n", 0, quote_start) + 1
    lead = text[line_start:quote_start].rstrip()
    if lead:
        return lead.endswith(":") and own_draft.search(lead) is not None
    return line_start > 0 and _is_own_draft(text, line_start, own_draft)


def _is_listed_proposal(
    text: str, quote_start: int, own_draft: re.Pattern[str] | None, own_quote: re.Pattern[str] | None
) -> bool:
    """Whether the quotation at ``quote_start`` opens a list item ("2. "...") under a heading that introduces the
    author's draft or proposed wording ('Subject line options for the Q3 sequence:' over '1. "..."', '2. "..."'): the
    line ending in a colon above the items (blank lines between them allowed), read as the line before a block quote
    (``own_draft``) or the words before a quotation (``own_quote``) would be. Only ``_LIST_REACH`` lines up are read."""
    line_start = text.rfind("\n", 0, quote_start) + 1
    if line_start == 0 or _LIST_MARKER.fullmatch(text, line_start, quote_start) is None:
        return False
    for count, line in enumerate(_lines_above(text, line_start)):
        if count >= _LIST_REACH:
            return False
        if not line.strip() or _LIST_MARKER.match(line):
            continue
        heading = line.strip().rstrip("*_").rstrip()
        return heading.endswith(":") and (
            (own_draft is not None and own_draft.search(heading) is not None)
            or (own_quote is not None and _searched(own_quote, heading))
        )
    return False


def _is_own_quote_after(text: str, quote_end: int, own_quote_after: re.Pattern[str]) -> bool:
    """Whether the words after the quotation ending at ``quote_end``, on its line, say the author will use it ("...,
    so I'll just use that term in the SOW", "... I'm changing the header back")."""
    line_end = text.find("\n", quote_end)
    stop = min(quote_end + _OWN_QUOTE_AFTER_REACH, line_end if line_end >= 0 else len(text))
    return _searched(own_quote_after, text[quote_end:stop])


def _masked_ranges(
    text: str,
    own_draft: re.Pattern[str] | None = None,
    own_quote: re.Pattern[str] | None = None,
    endorsement: re.Pattern[str] | None = None,
    own_quote_after: re.Pattern[str] | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, stands for) of every region that is not the author's words, in order and apart.

    A region stands for SEPARATOR (masked: no rule matches across it), BREAK (the end of a sentence), a space
    (an emoji between words) or "$" (a money emoji: "caching saves :moneybag:"). A block quote introduced as the
    author's own draft (``own_draft`` matches the line before it: "my draft:", "about to send this:") is the
    author's prose: only its ``>`` markers are hidden, each ending a sentence. So is a quotation the words before it
    (``own_quote``) introduce as wording the author proposes, or the words after it (``own_quote_after``) say the
    author will use, or that opens its line under a line ``own_draft`` matches: only its quote marks are hidden. So is
    a block quote
    the line right after endorses (``endorsement`` matches it: "+1 this", "this. exactly this."): the author repeats
    the claim as their own.
    """
    ranges: list[tuple[int, int, str]] = []
    scanned = text
    # each search below is made only when the text holds a character every match of it needs (most texts hold no
    # markup, quotation or emoji, and a test of a few characters is much cheaper than the search)
    quotable = ">" in text or "&gt;" in text
    if quotable and (own_draft is not None or endorsement is not None):
        for block in _QUOTE_BLOCK.finditer(text):  # the lines of one block quote share its introduction
            if (
                own_draft is not None
                and (
                    _is_own_draft(text, block.start(), own_draft)
                    or _opens_as_own_draft(text, block.start(), own_draft)
                )
            ) or (
                endorsement is not None and _is_endorsed(text, block.end(), endorsement)
            ):
                ranges += [(*m.span(), BREAK) for m in _QUOTE_MARKER.finditer(text, block.start(), block.end())]
        if ranges:  # the draft's lines are then read like any other (code, links, quoted speech inside them)
            blanked_markers = list(text)
            for start, end, _ in ranges:
                blanked_markers[start:end] = " " * (end - start)
            scanned = "".join(blanked_markers)
    for match in _NOT_PROSE.finditer(scanned) if quotable or _NOT_PROSE_NEED.search(text) else ():
        if match.group("struck"):  # retracted words are gone: the rest reads as the author left it
            ranges.append((match.start(), match.end(), " "))
        elif match.group("label"):  # hide the URL and the closing bracket; the label is text the reader sees
            ranges += [(match.start(), match.start("label"), SEPARATOR), (match.end("label"), match.end(), SEPARATOR)]
        else:
            ranges.append((match.start(), match.end(), SEPARATOR))
    rest = text
    if ranges:
        blanked = list(text)
        for start, end, _ in ranges:
            blanked[start:end] = " " * (end - start)
        rest = "".join(blanked)
    for quoted in _QUOTED.finditer(rest):  # (it skips ahead to the next quote mark: a text without one is one scan)
        start, end = quoted.span()
        if (
            (own_quote is not None and _is_own_quote(rest, start, own_quote))
            or (own_quote_after is not None and _is_own_quote_after(rest, end, own_quote_after))
            or (own_draft is not None and _is_quoted_draft(rest, start, own_draft))
            or _is_listed_proposal(rest, start, own_draft, own_quote)
        ):
            ranges += [(start, start + 1, SEPARATOR), (end - 1, end, SEPARATOR)]
        else:
            ranges.append((start, end, SEPARATOR))
    if ":" in rest or not rest.isascii():  # an emoji code or an emoji character
        ranges += [(*m.span(), "$" if m.group() in _MONEY_EMOJI else " ") for m in _EMOJI.finditer(rest)]
    merged: list[tuple[int, int, str]] = []
    for start, end, stands_for in sorted(ranges):
        if merged and start <= merged[-1][1]:
            kept = merged[-1][2] if merged[-1][2] == stands_for else SEPARATOR
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), kept)
        else:
            merged.append((start, end, stands_for))
    return merged


@dataclass(frozen=True)
class Prose:
    """Normalised prose: ``text[i]`` came from ``original[origin[i]]``."""

    original: str
    text: str
    origin: tuple[int, ...]
    sentence_starts: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the normalised slice ``text[start:end]``."""
        return self.origin[start], self.origin[end - 1] + 1

    def replaced(
        self, words: list[tuple[int, int, str]], origins: list[tuple[int, ...] | None] | None = None
    ) -> Prose:
        """This prose with ``text[start:end]`` read as ``word`` for each (start, end, word), in order and apart.

        The new word's characters map onto the old word's one to one (the last old one repeated), and its last
        character onto the old last one, so a match on it points at the whole word typed; or, where ``origins`` gives
        one for it, onto those offsets of the original (as many as the word has characters). Sentence bounds move
        with the text.
        """
        text: list[str] = []
        origin: list[int] = []
        shifts: list[tuple[int, int]] = []  # (old position, how far everything after it moved)
        position = shift = 0
        for index, (start, end, word) in enumerate(words):
            text.append(self.text[position:start])
            origin.extend(self.origin[position:start])
            text.append(word)
            given = origins[index] if origins is not None else None
            if given is not None:
                assert len(given) == len(word)
                origin.extend(given)
            elif word:
                origin.extend(self.origin[min(start + k, end - 1)] for k in range(len(word) - 1))
                origin.append(self.origin[end - 1])
            shift += len(word) - (end - start)
            shifts.append((end, shift))
            position = end
        text.append(self.text[position:])
        origin.extend(self.origin[position:])
        ends = [end for end, _ in shifts]
        starts = []
        for at in self.sentence_starts:
            index = bisect.bisect_right(ends, at) - 1
            starts.append(at + (shifts[index][1] if index >= 0 else 0))
        return Prose(self.original, "".join(text), tuple(origin), tuple(starts))

    def sentence(self, position: int) -> tuple[int, int]:
        """Bounds (in normalised text) of the sentence containing ``position``."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        start = self.sentence_starts[index]
        end = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else len(self.text)
        return start, end


_LIST_MARKER = compile_regex(r"[ \t]*(?:[-•◦‣▪*+–]|\d+[.)]|\[[ xX]?\])[ \t]+")
_MARKER_IN_TEXT = compile_regex(r"(?:[-•◦‣▪+–]|\[[ xX]?\]) ")
_HEADING_WORDS = 6  # a heading is a short label: "Prompt caching:", "Provisioned throughput (Azure):"
_HEADING_CHARS = 60
_CONDITION_HEADING_CHARS = 160  # a longer heading read in front of its items only for the condition it holds


def read_under_headings(prose: Prose, condition: re.Pattern[str] | None = None) -> Prose:
    """``prose`` with each list item under a short heading that ends in a colon read with the heading in front of it:
    "Prompt caching:\n- saves them money" reads "Prompt caching: saves them money", as the heading supplies the subject
    of each item's claim (and its condition: "At 80% sustained utilization:\n- PTUs are cheaper").

    The heading's characters map back to the heading as typed, so a claim made by the heading alone points at the
    heading (the same flag as the heading's own) and one that runs on into an item spans both. The headings read in
    add at most as many characters as the text has (and a few hundred more), so a message of thousands of items is
    read in linear time.

    A longer heading (up to ``_CONDITION_HEADING_CHARS``) is read in too when it holds a ``condition`` ("Why PTUs, at
    the ~80% sustained utilization their batch profile shows:"): the condition it carries qualifies each item."""
    text, original = prose.text, prose.original
    words: list[tuple[int, int, str]] = []
    origins: list[tuple[int, ...] | None] = []
    budget = len(text) + 2 * _CONDITION_HEADING_CHARS  # (a long heading over a short list still reaches its items)
    at = text.find(":\n")
    while at >= 0 and budget > 0:
        start, after = prose.sentence(at)
        # a heading is its own line: one under a line that ran on into it ("Talking points:\n*Prompt caching:*\n- ...")
        # starts where its line does
        line_start = original.rfind("\n", 0, prose.origin[at]) + 1
        start = max(start, bisect.bisect_left(prose.origin, line_start, start, at))
        marker = _MARKER_IN_TEXT.match(text, start)  # a heading that is itself a list item
        if marker is not None:
            start = marker.end()
        heading = text[start : at + 1]
        short = 0 < len(heading) <= _HEADING_CHARS and len(heading.split()) <= _HEADING_WORDS
        if after == at + 2 and (
            short
            or (condition is not None and len(heading) <= _CONDITION_HEADING_CHARS and condition.search(heading))
        ):
            heading_origin = prose.origin[start : at + 1]
            item = after
            while item < len(text) and budget > len(heading):
                first = prose.origin[item]
                line_start = original.rfind("\n", 0, first) + 1
                bullet = _LIST_MARKER.match(original, line_start)
                if bullet is None or original[bullet.end() : first].strip(" \t*_~"):  # not the item's first word
                    break
                end = prose.sentence(item)[1]
                if text[item:end].strip().rstrip(".)").isdigit():  # "1." read as a sentence of its own
                    item = end
                    continue
                while item < end - 1 and text[item] == " ":
                    item += 1
                in_text = _MARKER_IN_TEXT.match(text, item)
                # the item's first character (or its marker) is replaced, not inserted before: its sentence keeps
                # starting where the heading now stands
                cut = in_text.end() if in_text is not None else item + 1
                kept = "" if in_text is not None else text[item]
                words.append((item, cut, heading + " " + kept))
                budget -= len(heading) + 1
                origins.append((*heading_origin, first, *prose.origin[item:cut]) if kept else (*heading_origin, first))
                if end >= len(text) or text[end - 1] != "\n":
                    break
                # the heading reaches only the items directly under it: a line that ends in a colon (an item that is
                # a heading itself, or a heading or line of its own the item's sentence ran on into) ends its list
                next_line = original.rfind("\n", first, prose.origin[end])
                lines = original[first : next_line if next_line >= 0 else prose.origin[end]].split("\n")
                if any(line.rstrip(" \t*_~").endswith(":") for line in lines):
                    break
                item = end
        at = text.find(":\n", after)
    return prose.replaced(words, origins) if words else prose


# a sentence that opens with a pronoun for the subject a label at the start of its paragraph names
_LABEL_PRONOUN = compile_regex(r"(?-i:It|They)(?=[ '])")
# where a label ends: a colon, a dash between words ("Caching — worth turning on."), or a short question answered with
# "It" or "They" ("Going with PTUs for Acme? It's cheaper.")
_LABEL_END = compile_regex(r": | [—–] |\?(?= (?-i:It|They)[ '])")


def _label_end(text: str, start: int, end: int | None = None) -> int:
    """Where the first label end in ``text[start:end]`` is (its colon or the space before its dash), or -1."""
    found = _LABEL_END.search(text, start, len(text) if end is None else end)
    return -1 if found is None else found.start()


def read_after_labels(prose: Prose) -> Prose:
    """``prose`` with each sentence that opens with "It" or "They", in a paragraph that opens with a short label ending
    in a colon or a dash, or that is a short question the sentence answers ("Going with PTUs for Acme? It's cheaper."),
    read with the label in front of it: "Prompt caching: turn it on for the bot. It will save them money" reads "...
    Prompt caching: It will save them money", "Caching — worth turning on. It'll ..." reads "... Caching: It'll ...", as
    the label supplies the subject of the paragraph's pronoun (as a heading does for the list items under it,
    :func:`read_under_headings`). The label reaches to the end of its line only; other sentences, which name their own
    subject, are read as they are.

    The label's characters map back to the label as typed. Each line holds at most one label at its start and each
    sentence is read in front of at most one, so a message is read in time linear in its length."""
    text, original = prose.text, prose.original
    words: list[tuple[int, int, str]] = []
    origins: list[tuple[int, ...] | None] = []
    at = _label_end(text, 0)
    while at >= 0:
        start, end = prose.sentence(at)
        line_start = original.rfind("\n", 0, prose.origin[at]) + 1
        line_end = original.find("\n", prose.origin[at])
        line_end = len(original) if line_end < 0 else line_end
        marker = _LIST_MARKER.match(original, line_start)
        opening = original[marker.end() if marker else line_start : prose.origin[start]]
        label = text[start : at + 1] if text[at] == ":" else text[start:at] + ":"
        if (
            not opening.strip(" \t*_~")
            and 0 < len(label) <= _HEADING_CHARS
            and len(label.split()) <= _HEADING_WORDS
            and _label_end(text, start, at) < 0
        ):
            sentence = end
            while sentence < len(text) and prose.origin[sentence] < line_end:
                while sentence < len(text) - 1 and text[sentence] == " ":
                    sentence += 1
                if _LABEL_PRONOUN.match(text, sentence):
                    words.append((sentence, sentence + 1, label + " " + text[sentence]))
                    origins.append((*prose.origin[start : at + 1], prose.origin[sentence], prose.origin[sentence]))
                sentence = prose.sentence(sentence)[1]
            end = max(end, sentence)
        at = _label_end(text, end)
    return prose.replaced(words, origins) if words else prose


def normalise(
    original: str,
    own_draft: re.Pattern[str] | None = None,
    own_quote: re.Pattern[str] | None = None,
    endorsement: re.Pattern[str] | None = None,
    own_quote_after: re.Pattern[str] | None = None,
) -> Prose:
    """Strip Slack markup and odd characters from ``original``, keeping an offset map back to it.

    ``own_draft``: what, on the line before a block quote, says the quote is the author's own draft; ``own_quote``:
    what, just before a quotation on its line, says it is wording the author proposes; ``endorsement``: what, on the
    line right after a block quote, says the author takes it as their own; ``own_quote_after``: what, right after a
    quotation on its line, says the author will use it.
    """
    out: list[str] = []  # pieces: plain chunks (never containing whitespace) and single characters
    origin: list[int] = []
    n = len(original)

    def emit_space(at: int, hard: bool) -> None:
        if not out:
            return
        if out[-1] in (" ", BREAK):
            if hard:
                out[-1] = BREAK
            return
        out.append(BREAK if hard else " ")
        origin.append(at)

    position = 0
    for mask_start, mask_end, stands_for in [
        *_masked_ranges(original, own_draft, own_quote, endorsement, own_quote_after),
        (n, n, SEPARATOR),
    ]:
        i = position
        if i < mask_start and original[i] == " " and (not out or out[-1] in (" ", BREAK)):
            i += 1  # a space at the start, or after a region read as a space or a break, adds nothing
        while i < mask_start:
            special = _SPECIAL.search(original, i, mask_start)
            stop = special.start() if special else mask_start
            if stop > i:
                out.append(original[i:stop])
                origin.extend(range(i, stop))
            if special is None:
                break
            i = special.start()
            ch = original[i]
            if ch in _ZERO_WIDTH or ch.isspace():
                run = _SPACE_RUN.match(original, i, mask_start)
                assert run is not None
                j = run.end()
                chunk = run.group()
                if chunk.strip(ZERO_WIDTH_CHARS):  # real whitespace, not only invisible characters
                    newlines = chunk.count("\n")
                    # a new list item, or a new row of a table ("| input tokens | $18,400 |"): its own sentence
                    hard = newlines >= 2 or (
                        newlines == 1 and (_BULLET.match(original, j) is not None or _is_table_row(original, i, j))
                    )
                    emit_space(i, hard)
                i = j
            elif ch in _EMPHASIS:
                prev = original[i - 1] if i > 0 else " "
                nxt = original[i + 1] if i + 1 < n else " "
                if ch == "_" and prev.isalnum() and nxt.isalnum():
                    out.append(ch)  # snake_case, not emphasis
                    origin.append(i)
                elif (
                    not prev.isspace()
                    and prev not in _EMPHASIS
                    and (word := _NEXT_WORD.match(original, i + 1))
                    and word.group(1).isupper()
                ):  # a closing marker before a capitalised word: a new sentence
                    emit_space(i, True)
                i += 1
            elif ch == "&":
                entity = next((e for e in _ENTITIES if original.startswith(e, i)), None)
                out.append(_ENTITIES[entity] if entity else ch)
                origin.append(i)
                i += len(entity) if entity else 1
            else:
                out.append("'" if ch in _APOSTROPHES else "-")
                origin.append(i)
                i += 1
        if stands_for in (BREAK, " "):
            emit_space(mask_start, stands_for == BREAK)
        elif mask_start < n:
            out.append(stands_for)
            origin.append(mask_start)
        position = mask_end
    while out and out[-1] in (" ", BREAK):
        out.pop()
        origin.pop()
    text = "".join(out)
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        if match.end() < len(text):
            starts.append(match.end())
    return Prose(original=original, text=text, origin=tuple(origin), sentence_starts=tuple(starts))
