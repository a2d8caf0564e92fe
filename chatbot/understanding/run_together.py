"""Words typed with no spaces between them ("iwanttodie", "chestpain", "boneinmuscle"), split into the
English words they are made of.

Both layers read such runs: the safety checks, so that an emergency typed without spaces still escalates
(`chatbot.safety.disguises`), and the reading of questions, so that a question typed that way still meets
the bank's words (`chatbot.understanding.language`). It lives here, in the understanding layer, because
it knows only English; the safety layer builds on it, never the other way round.

Each split is a bounded dynamic programme per word: linear in the message.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chatbot.lazy_pattern import lazy_compile
from chatbot.understanding import english

# A word of this many letters or more that English does not know may be words typed with no spaces
# ("iwanttodie", "killmyself"); shorter ones are mostly typos. Longer than the longest limit, it is not
# split at all (a pasted run of letters is no message), so the work per word is bounded.
MIN_RUN_TOGETHER_LETTERS = 8
MAX_RUN_TOGETHER_LETTERS = 40
# The longest English word a piece may be: longer pieces are rare enough to try no further.
MAX_PIECE_LETTERS = 18
# Each piece must be an English word at least this common (Zipf): rare list words ("ch", "ae", "tbr")
# would split any typo into nonsense; "im" (2.7) must stay in. Of one letter, only "a" and "i" are words.
MIN_PIECE_ZIPF = 2.5
_ONE_LETTER_WORDS = frozenset("ai")
# At most this many letters of a message are split: a 16,000-character message of made-up words costs
# a few milliseconds, not a second.
MAX_SPLIT_LETTERS = 4000
# Long words whose reading is remembered: every message is read for disguises, and a patient's long words come
# again in each message and each part of one read. Bounded, so a flood of made-up words costs no memory.
REMEMBERED_WORDS = 4096
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
# Such a word where letters and apostrophes run on for at least the letters a run-together word needs: the only
# words `run_together_split` may change (a shorter one comes back as it is), found without a call for each word.
_LONG_ENOUGH_WORD = lazy_compile(rf"(?=[A-Za-z']{{{MIN_RUN_TOGETHER_LETTERS}}})" + _WORD.pattern)
_LONG_WORD = re.compile(rf"[A-Za-z']{{{MIN_RUN_TOGETHER_LETTERS}}}")


def split_into_words(word: str) -> str | None:
    """`word` (lower case, letters only) as the likeliest run of common English words, or None.

    Dynamic programming over the word's ends: each piece scores its Zipf commonness less 9 (about the log
    of its probability), so fewer, commoner words win ("i want to die", not "i wan tto die").
    """
    if english.is_known(word):
        return None
    size = len(word)
    best: list[tuple[float, int] | None] = [None] * (size + 1)  # (score, where the last piece starts)
    best[0] = (0.0, 0)
    for end in range(1, size + 1):
        for start in range(max(0, end - MAX_PIECE_LETTERS), end):
            if best[start] is None:
                continue
            piece = word[start:end]
            if len(piece) == 1:
                if piece not in _ONE_LETTER_WORDS:
                    continue
                commonness = english.zipf(piece)
            else:
                commonness = english.zipf(piece, remember=False)
                if commonness < MIN_PIECE_ZIPF:
                    continue
            score = best[start][0] + commonness - 9
            if best[end] is None or score > best[end][0]:
                best[end] = (score, start)
    if best[size] is None:
        return None
    pieces = []
    end = size
    while end:
        start = best[end][1]
        pieces.append(word[start:end])
        end = start
    return " ".join(reversed(pieces)) if len(pieces) > 1 else None


def every_word_unknown(word: str) -> bool:
    """The default test of `run_together_split`: any long word English does not know may be split."""
    return True


def run_together_split(text: str, unknown=every_word_unknown) -> str | None:
    """The text with each long word English does not know split into English words typed with no spaces
    ("iwanttodie" -> "i want to die", "chestpain" -> "chest pain"); None if none was split. A word for
    which `unknown` is False (one the bank uses: "heterotopic", "apixaban") is never split."""
    if not _LONG_WORD.search(text):  # most messages: no word long enough, no call per word
        return None
    budget = MAX_SPLIT_LETTERS
    changed = False

    def split(found: re.Match) -> str:
        nonlocal budget, changed
        word = found.group(0)
        letters = word.replace("'", "").lower()
        if not MIN_RUN_TOGETHER_LETTERS <= len(letters) <= MAX_RUN_TOGETHER_LETTERS or budget < len(letters):
            return word
        if not unknown(letters):
            return word
        budget -= len(letters)
        pieces = _words_run_together(letters)
        if pieces is None:
            return word
        changed = True
        return pieces

    read = _LONG_ENOUGH_WORD.sub(split, text)
    return read if changed else None


@lru_cache(maxsize=REMEMBERED_WORDS)
def _words_run_together(letters: str) -> str | None:
    """The English words a long run of letters was typed from, or None; the same for a word in any message."""
    pieces = split_into_words(letters)
    # One slip from an English word, it is a typo of that word, not words run together: "breathin ok"
    # is "breathing ok", and read as "breath in ok" it lost the "ok" that said all was well.
    if pieces is None or english.one_slip_away(letters):
        return None
    return pieces


def forget_words() -> None:
    """Forget the runs of letters split so far (see `english.forget_words`)."""
    _words_run_together.cache_clear()
