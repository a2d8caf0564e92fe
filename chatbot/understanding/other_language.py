"""Whether a message is mostly written in a language other than English.

The bot reads English only. A message in another language ("no puedo respirar", "j'ai mal à la poitrine")
would otherwise get the English fallback, which leaves someone who may be in an emergency without the number
to call. This is a general measure over the English word list (`chatbot.understanding.english`), not a list of
foreign phrases: a word is English when the list or the bank knows it, or when it is a plain slip of such a
word ("brethe", "hetrotopic", "aquire"); the message is another language's when too many of its words are
neither.

Two shares are used, because the English list also holds many foreign words (names, loan words: "de", "la",
"no", "mama", "padre") and because typing slips make English look foreign:
- the share of words the list and the bank do not know at all ("puedo", "respirar", but also "symtoms");
- the share of those that are no slip of an English or a bank word either ("puedo", but not "symtoms").
Both must be high, with at least two words of the second kind. Measured over every English question and
triage set here and CLINC150's 3,100 everyday requests, no message read as English only is caught (the few
caught are mixed-language messages); most short messages in Spanish, French, German, Portuguese, Italian,
Dutch, Polish, Turkish, Indonesian or Tagalog are. A message of one word is never judged ("idk", "wassup").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from chatbot.understanding import english
from chatbot.understanding.run_together import split_into_words
from chatbot.understanding.text import fold

# Words standing alone between spaces or punctuation: "50mg" or "dl123" are a number with its unit or a code,
# not a word of any language.
# Longer runs of letters are no word of any language (a pasted run, a key held down), and looking for slips in
# them costs time in proportion to their length: they are left out.
_WORDS = re.compile(r"(?<![0-9a-z])[a-z]{2,20}(?![0-9a-z])")
# A language shows in a message's first words: reading more would only cost time on a long one (each unknown
# word is looked up one slip at a time).
MAX_WORDS = 30
# At least this share of the message's words unknown to the list and the bank ...
MIN_UNKNOWN_SHARE = 0.4
# ... and at least this share (and this many) that are no slip of a known word either.
MIN_FOREIGN_SHARE = 0.25
MIN_FOREIGN_WORDS = 2
# Punctuation of other languages that English never uses: Spanish opens a question with "¿" and an exclamation
# with "¡"; French quotes with « », German opens a quote with „ (its closing “ opens one in English: not counted).
FOREIGN_PUNCTUATION = ("¿", "¡", "«", "»", "„")
# Words shorter than this are too short to call a slip: a third of two- and three-letter strings are one slip
# from an English word ("mi" from "my", "je" from "be"), whichever language they are.
MIN_SLIP_LETTERS = 4
# A slip that keeps the first letter is fixed to a common English word (`english.correction`); of a word this
# long, to one at least this common ("aquire" -> "acquire"): long foreign words are seldom one slip from one.
LONG_SLIP_LETTERS = 6
LONG_SLIP_ZIPF = 4.0
# A word this long that English does not know may be two typed together ("hayfever").
RUN_TOGETHER_LETTERS = 8


def foreign_punctuation(text: str) -> bool:
    """Whether a message uses punctuation English never does: an opening "¿" or "¡", or quotes like « » and „."""
    return any(mark in text for mark in FOREIGN_PUNCTUATION)


def marked_words(text: str) -> frozenset[str]:
    """The folded words of a message that were typed with a letter English does not use ("osificación",
    "hétérotopique", "Müller"): an accent is typed on purpose, so such a word is never read as a slip."""
    if text.isascii():
        return frozenset()
    return frozenset(
        word
        for chunk in text.split()
        if any(char.isalpha() and not char.isascii() for char in chunk)
        for word in fold(chunk).split()
    )


def mostly_not_english(
    folded: str,
    bank_knows: Callable[[str], bool],
    bank_slip: Callable[[str], bool],
    marked: frozenset[str] = frozenset(),
    punctuated: bool = False,
) -> bool:
    """True if a folded message is mostly in another language.

    `bank_knows(word)`: the bank or the general layer uses the word ("heterotopic", "apixaban");
    `bank_slip(word)`: the word is a slip of one the bank uses ("ossfication");
    `marked`: the words typed with a letter English does not use (`marked_words`), never read as slips;
    `punctuated`: the message uses punctuation English never does (`foreign_punctuation`), which counts as one
    foreign word more.
    """
    words = [found.group() for found, _ in zip(_WORDS.finditer(folded), range(MAX_WORDS), strict=False)]
    if len(words) < 2:
        return False
    unknown = [word for word in words if not english.is_known(word) and not bank_knows(word)]
    if len(unknown) < MIN_FOREIGN_WORDS or len(unknown) < MIN_UNKNOWN_SHARE * len(words):
        return False
    needed = max(MIN_FOREIGN_WORDS, math.ceil(MIN_FOREIGN_SHARE * len(words)))
    foreign = 1 if punctuated else 0
    for done, word in enumerate(unknown):
        if foreign + len(unknown) - done < needed:
            return False  # too few words left to reach it: no need to look them up
        # The bank's slips first: a lookup in its own words, where an English slip is worked out from the words one
        # slip away (ten to a hundred times the cost); both only read the word, so the order changes no reply.
        if word in marked or not bank_slip(word) and not _slip_of_english(word):
            foreign += 1
            if foreign >= needed:
                return True
    return False


def _slip_of_english(word: str) -> bool:
    """A typing slip of a common English word that keeps its first letter ("brethe", "symtoms"), or English
    words typed together ("hayfever")."""
    # The words one slip away, worked out once for both tests (each costs about a hundred microseconds).
    slips = english.one_slip_away(word) if len(word) >= min(MIN_SLIP_LETTERS, LONG_SLIP_LETTERS) else []
    fixed = english.correction(word, slips) if len(word) >= MIN_SLIP_LETTERS else None
    if fixed and fixed[0] == word[0]:
        return True
    if len(word) >= LONG_SLIP_LETTERS:
        nearest = slips[:2]
        if any(near[0] == word[0] and english.zipf(near) >= LONG_SLIP_ZIPF for near in nearest):
            return True
    return len(word) >= RUN_TOGETHER_LETTERS and split_into_words(word) is not None
