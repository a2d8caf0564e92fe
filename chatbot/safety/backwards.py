"""Text written backwards with its letters kept ("flesym llik ot tnaw I"), read from its end: for the safety checks
only.

Some people hide a message by reversing it; a mirror or any reader turns it back at once. No reading of the message
sees a word in it (each was "I can only read English"). Reading every message reversed would cost a triage pass a
message, so the reversal is read only when the message, as written, is mostly not English words and, read from its
end, mostly is: two lookups a word, on a short message only. It can only add an escalation (triage reads it beside
the message and the higher tier wins); it is never used to pick an answer.
"""

from __future__ import annotations

from chatbot.lazy_pattern import lazy_compile
from chatbot.understanding.english import zipf

_WORD = lazy_compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
# A hidden message is short; a long one written backwards is a puzzle, not a call for help.
MAX_WORDS = 40


def _known(words: list[str]) -> int:
    """How many of the words English knows (a word with an apostrophe as written or without it)."""
    return sum(
        zipf(word, remember=False) > 0 or zipf(word.replace("'", "").replace("\u2019", ""), remember=False) > 0
        for word in words
    )


def read_backwards(text: str) -> str | None:
    """The text read from its end ("ehtaerb t'nac I" -> "I can't breathe") when that is English and the text as
    written is not; else None."""
    words = [word.lower() for word in _WORD.findall(text)]
    if len(words) < 2 or len(words) > MAX_WORDS:
        return None
    if _known(words) * 2 > len(words):
        return None  # mostly English as written: read as it is
    back = text[::-1]
    back_words = [word.lower() for word in _WORD.findall(back)]
    return back if _known(back_words) * 4 >= len(back_words) * 3 else None
