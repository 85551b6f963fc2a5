"""How many edits apart two short words are: letters added, dropped or changed, or two neighbours swapped.

The optimal-string-alignment distance (no stretch of text is edited twice), with a limit: the typo readers only ask
whether a word is one or two edits from a key word, for words of a few letters. In pure Python, so reading a
message's words loads no extension (rapidfuzz's import was about 8 ms of every `pricebot ask`); tests check it
gives rapidfuzz's ``OSA.distance`` and ``DamerauLevenshtein`` answers.
"""

from __future__ import annotations


def osa_distance(a: str, b: str, limit: int) -> int:
    """The number of edits from ``a`` to ``b``, or ``limit + 1`` when more than ``limit`` are needed."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    start = 0  # a common start or end needs no edit
    end_a, end_b = len(a), len(b)
    while start < end_a and start < end_b and a[start] == b[start]:
        start += 1
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    a, b = a[start:end_a], b[start:end_b]
    if not a or not b:
        return min(max(len(a), len(b)), limit + 1)
    # rows of the edit table: two rows back (for a swap), the last row and the one being filled
    before = list(range(len(b) + 1))
    last = before
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(last[j] + 1, row[j - 1] + 1, last[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, before[j - 2] + 1)
            row[j] = best
        if min(row) > limit:  # every path through this row already needs more edits
            return limit + 1
        before, last = last, row
    return min(last[len(b)], limit + 1)


def one_edit_apart(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter added, dropped or changed, or two neighbours swapped."""
    return osa_distance(a, b, 1) == 1
