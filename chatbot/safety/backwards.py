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


def _english(word: str, remember: bool) -> bool:
    return zipf(word, remember) > 0 or ("'" in word and zipf(word.replace("'", ""), remember) > 0)


def _enough_english(words: list[str], needed: int, remember: bool) -> bool:
    """Whether at least `needed` of the words are English, looked up only until that is settled either way."""
    known = 0
    for place, word in enumerate(words):
        known += _english(word, remember)
        if known >= needed:
            return True
        if known + len(words) - place - 1 < needed:
            return False
    return False


def read_backwards(text: str) -> str | None:
    """The text read from its end ("ehtaerb t'nac I" -> "I can't breathe") when that is English and the text as
    written is not; else None."""
    words = [word.lower().replace("\u2019", "'") for word in _WORD.findall(text)]
    if len(words) < 2 or len(words) > MAX_WORDS:
        return None
    # The message's own words are looked up as every reader looks them up (remembered, so a question pays once);
    # its words backwards are mostly no words, and are not kept.
    if _enough_english(words, len(words) // 2 + 1, remember=True):
        return None  # mostly English as written: read as it is
    back = text[::-1]
    back_words = [word.lower().replace("\u2019", "'") for word in _WORD.findall(back)]
    # Three words in four: a word or two the list lacks (a name, a typo) may stay unknown.
    return back if _enough_english(back_words, -(-3 * len(back_words) // 4), remember=False) else None
