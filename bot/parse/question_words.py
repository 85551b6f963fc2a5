"""Misspelt question words read as the word meant: "wht's a PTU" as "what's a PTU", "hwo much" as "how much".

A word of three or more letters one edit from a question word (a letter added, dropped or changed, or two
neighbours swapped) that is not itself an English word is read as that question word; "that", "who", "hat" and
"when" stay what they are. The spelling reader is the coach's (:class:`glossary.spelling.Speller`), so both read a
typo the same way. A word one edit from two question words ("wht": "what" or "why") is read as the first listed:
"what" is asked far more often than the others.
"""

from __future__ import annotations

import re

from glossary.regex_cache import compile_regex
from glossary.spelling import Speller

# most asked first: a typo one edit from two of them is read as the earlier
_QUESTION_WORDS = ("what", "how", "which", "where", "when", "why")
_SPELLER = Speller(_QUESTION_WORDS)
_WORD = compile_regex(r"\b[a-z]{3,6}\b")
# "wat do i pitch", "wats the break-even": question words as typed on a phone, too short to correct safely
_PHONE_SPELLINGS = {"wat": "what", "wats": "whats", "wot": "what", "wots": "whats"}


# "... they wanna size for the peaks whats the utilization theyll run at": a question typed without its question mark,
# ending the message (a clause from a question word to the end, with no stop after it).
# ("... quoted is 40%. does that even pencil out": a yes/no question, its verb before its subject, opening the clause)
_UNMARKED_QUESTION = compile_regex(r"(?:^|[.!;:\n]\s{0,3}|\s)(?:what'?s|what|how|which|whats)\s[^.?!\n]{3,160}$|"
                                   r"(?:^|[.!;:,\n]\s{0,3})(?:does|do|did|is|are|would|will|can|could|should)\s"
                                   r"(?:that|it|this|they|we|he|she|the\s[a-z]{2,20})\s[^.?!\n]{2,120}$")


def read_question_words(text: str) -> str:
    """``text`` (normalized, lower case) with its misspelt question words spelt right, and a question mark after a
    last question typed without one."""
    def _fixed(match: re.Match[str]) -> str:
        word = match.group()
        return _PHONE_SPELLINGS.get(word) or _SPELLER.correct(word) or word

    text = _WORD.sub(_fixed, text)
    if text and text[-1] not in "?.!" and _UNMARKED_QUESTION.search(text[-200:]):
        text += "?"
    return text
