"""A follow-up that names only a new thing asks the last question again of it (issue 9, part 4).

"What about the knee?" after "Can a hip replacement cause HO?" asks whether a knee replacement can; "is it the same
for the elbow?" after it asks the same of an elbow. Added to the last subject ("hip replacement" and "knee") such a
message reaches an entry about where HO grows, which answers another question. Read instead as the last question
with one of its words replaced by the new thing ("can a knee replacement cause HO"), the bank answers what was asked.

Each word of the last question that says what it is about (not a small word, not what is asked) is replaced in turn;
the session keeps a reading only if it is a clear answer that itself speaks of the new thing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

# A follow-up that names more new words than this is no "what about X?": it says something of its own.
MAX_NEW_WORDS = 3


def new_words(
    rest: Iterable[str], last: Iterable[str], small: Callable[[str], bool], key: Callable[[str], str] = str
) -> tuple[str, ...]:
    """The words a follow-up brings that the last question did not have ("knee" of "the knee"; `key` makes "knees"
    the same word as "knee"), small words out; empty when it brings none or more than `MAX_NEW_WORDS`."""
    said = {key(word) for word in last}
    found = tuple(dict.fromkeys(word for word in rest if not small(word) and key(word) not in said))
    return found if len(found) <= MAX_NEW_WORDS else ()


def substituted_questions(
    last: tuple[str, ...], new: tuple[str, ...], replaceable: Callable[[str], bool]
) -> list[tuple[str, ...]]:
    """The last question's words with each replaceable word in turn replaced by the new words, in order."""
    if not new:
        return []
    readings = []
    for index, word in enumerate(last):
        if replaceable(word) and word not in new:
            readings.append((*last[:index], *new, *last[index + 1 :]))
    return list(dict.fromkeys(readings))
