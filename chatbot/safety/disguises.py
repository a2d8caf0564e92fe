"""Readings of a message with disguised words undone, for the safety checks only.

An emergency typed in a disguise ("i want to k1ll mys3lf", "icantbreathe", "k i l l myself", "kiiill
myself") reads as no red flag at all. Triage reads each of these readings as well as the message itself
and the higher tier wins, so a reading can only add an escalation, never take one away. They are never
used to match answers: "k1ll" is not a word a bank's answer should meet, and a wrong split of a long word
must not change what is answered.

Every reading is a regular-expression pass or a bounded dynamic programme per word: linear in the
message, and the message is at most 16,000 characters here (`clean_message`).
"""

from __future__ import annotations

import re

from chatbot.lazy_pattern import lazy_compile
from chatbot.understanding.english import zipf

# The splitter of words run together lives with English reading; the safety checks read with it too.
from chatbot.understanding.run_together import (
    MAX_SPLIT_LETTERS,
    every_word_unknown,
    run_together_split,
    split_into_words,
)

# Digits and symbols typed for letters. "1" is "i" or "l" ("k1ll", "he1p"): both are read.
_LEET_I = str.maketrans({"1": "i", "3": "e", "4": "a", "0": "o", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
_LEET_L = str.maketrans({"1": "l", "3": "e", "4": "a", "0": "o", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
# A word made of letters, digits and those symbols ("!" only before a letter, so "help!" keeps its mark).
_LEET_WORD = lazy_compile(r"(?:[A-Za-z0-9@$]|!(?=[A-Za-z]))+")
_HAS_LETTER = lazy_compile(r"[A-Za-z]")
_HAS_LEET = re.compile(r"[0-9@$!]")
_DECADE = lazy_compile(r"[0-9]+s")
# A letter next to a digit or symbol: a word with both has such a pair, so without one no word is read.
_LEET_BESIDE_LETTER = lazy_compile(r"[A-Za-z][0-9@$!]|[0-9@$!][A-Za-z]")

# Three or more of one letter ("breeeathe", "kiiill"): English never has three, so it is cut to two
# ("bleeeeding" -> "bleeding") and to one ("kiiill" -> "kill").
_LETTER_RUN = re.compile(r"([A-Za-z])\1{2,}")

# Three or more single letters each set apart by a space ("k i l l", "c a n t b r e a t h e"), or all by one dot,
# hyphen or underscore ("k.i.l.l", "c-a-n-t b-r-e-a-t-h-e", "k_i_l_l"). A digit or symbol typed for a letter may be
# one of them ("k.1.l.l", "c 4 n t"): the joined word is then read as leet, so the run needs a letter
# (`_SPACED_HAS_LETTER`: "1.2.3", "3 4 5" stay numbers).
_SPACED_CHAR = "[A-Za-z0-9@$]"
_SPACED_LETTERS = re.compile(
    rf"(?<![\w'.,-]){_SPACED_CHAR}([ ._-]){_SPACED_CHAR}(?:\1{_SPACED_CHAR})+(?![\w'-]|[.,]\w)"
)
_SPACED_HAS_LETTER = re.compile(r"[A-Za-z]")
_LETTER_SPACERS = re.compile(r"[ ._-]")


def _leet_word(found: re.Match, table: dict) -> str:
    word = found.group(0)
    # A number alone ("10", "39", "30/500") stays a number; only a word with letters is read. A decade or a
    # number in the plural ("in the 90s", "the 1980s") is a number too: read as "9os" it would lose its time.
    if not _HAS_LETTER.search(word) or not _HAS_LEET.search(word) or _DECADE.fullmatch(word):
        return word
    return word.translate(table)


def leet_read(text: str, one_as_l: bool = False) -> str | None:
    """The text with digits and symbols inside a word read as the letters they stand for ("k1ll mys3lf"),
    "1" as "i" (or as "l" with `one_as_l`); None if nothing changed. Numbers alone are never touched."""
    if not _HAS_LEET.search(text) or not _LEET_BESIDE_LETTER.search(text):
        return None  # "she is 74": numbers alone, never read
    table = _LEET_L if one_as_l else _LEET_I
    read = _LEET_WORD.sub(lambda found: _leet_word(found, table), text)
    return read if read != text else None


def letter_runs_cut(text: str, keep: int) -> str | None:
    """The text with every run of three or more of one letter cut to `keep` (1 or 2); None if it has none."""
    if not _LETTER_RUN.search(text):
        return None
    return _LETTER_RUN.sub(lambda found: found.group(1) * keep, text)


def spaced_letters_joined(text: str, one_as_l: bool = False) -> str | None:
    """The text with single letters spaced out joined into a word ("k i l l myself", "k.i.l.l myself" -> "kill
    myself"), the word split into English words if it is none itself ("c a n t b r e a t h e" -> "cant breathe");
    a digit or symbol among them read as the letter it stands for ("k.1.l.l" -> "kill", "1" as "l" with `one_as_l`);
    None if it has no such letters."""
    if not _SPACED_LETTERS.search(text):
        return None
    budget = MAX_SPLIT_LETTERS
    table = _LEET_L if one_as_l else _LEET_I

    def join(found: re.Match) -> str:
        nonlocal budget
        if not _SPACED_HAS_LETTER.search(found.group(0)):
            return found.group(0)  # "1.2.3", "2 4 6": numbers, never read as letters
        word = _LETTER_SPACERS.sub("", found.group(0)).translate(table)
        # Split within the same budget of letters as words run together: 16,000 letters spaced out (NULs or
        # zero-width spaces typed between letters read as spaces) took more than a second to split.
        budget -= len(word)
        return (split_into_words(word.lower()) if budget >= 0 else None) or word

    return _SPACED_LETTERS.sub(join, text)


# A word with a letter or two starred out, as sites and people censor it ("k*ll myself", "s*icide", "su*c*de").
_STARRED_WORD = lazy_compile(r"(?<![\w*])[A-Za-z]*[A-Za-z]\*{1,2}[A-Za-z][A-Za-z*]*(?![\w*])")
_VOWELS = "aeiouy"  # "m*self"
MAX_STARRED_WORDS = 20  # each costs a look-up a vowel; a page of stars is no one's disguise


def _star_candidates(word: str) -> list[str]:
    """Each way of reading the stars of a word: a vowel, or the letter beside the stars doubled ("k**l" -> "kill",
    the second star the "l" after it; "ki*l" -> "kill"). At most 8 ways a star, two stars a word."""
    candidates = [word]
    for place, char in enumerate(word):
        if char != "*":
            continue
        before = word[:place].rstrip("*")[-1:]
        after = word[place:].lstrip("*")[:1]
        letters = _VOWELS + "".join(dict.fromkeys(before + after))
        candidates = [c[:place] + letter + c[place + 1 :] for c in candidates for letter in letters]
    return candidates


def starred_letters_read(text: str, unknown, table_knows=None) -> list[str]:
    """The text with each star inside a word read as a vowel or the letter beside it doubled ("k*ll" -> "kill",
    "s*icide" -> "suicide", "k**l" -> "kill"): once as the first of these that makes a word of the red-flag table
    (`table_knows`), else one the bank's reader knows (`unknown` says no), and once as the most common English word;
    the readings that differ from the text, each once."""
    if "*" not in text:
        return []
    budget = MAX_STARRED_WORDS

    def reader(pick):
        def read(found: re.Match) -> str:
            nonlocal budget
            word = found.group(0)
            budget -= 1
            if budget < 0 or word.count("*") > 2:
                return word
            return pick(_star_candidates(word.lower())) or word

        return read

    def known(candidates):
        in_table = (candidate for candidate in candidates if table_knows is not None and table_knows(candidate))
        return next(in_table, None) or next((candidate for candidate in candidates if not unknown(candidate)), None)

    def commonest(candidates):
        best = max(candidates, key=lambda candidate: zipf(candidate, remember=False))
        return best if zipf(best, remember=False) > 0 else None

    readings = []
    for pick in (known, commonest):
        budget = MAX_STARRED_WORDS
        read_text = _STARRED_WORD.sub(reader(pick), text)
        if read_text != text and read_text not in readings:
            readings.append(read_text)
    return readings


def _all_undone(text: str, unknown) -> str | None:
    """Every disguise undone at once ("k 1 l l m y s 3 l f", "i wantt0 kiiillmyself")."""
    read = text
    for step in (leet_read, spaced_letters_joined, lambda t: letter_runs_cut(t, 1)):
        read = step(read) or read
    if read == text:  # then it is the plain split, read already
        return None
    return run_together_split(read, unknown) or read


# An emoji (or two) typed in place of a letter or two ("k🔪ll myself", "su💀cide"): read as a starred-out letter.
_EMOJI = "[\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?"
_EMOJI_FOR_LETTERS = lazy_compile(f"(?<=[A-Za-z])(?:{_EMOJI}){{1,2}}(?=[A-Za-z])")


def emoji_as_stars(text: str) -> str | None:
    """The text with each emoji (or two) inside a word read as a star ("k🔪ll" -> "k*ll"); None if it has none."""
    if text.isascii():
        return None
    read = _EMOJI_FOR_LETTERS.sub(lambda found: "*" * len(found.group(0).replace("\ufe0f", "")), text)
    return read if read != text else None


def undisguised_readings(text: str, unknown=every_word_unknown, table_knows=None) -> list[str]:
    """The readings of a clean message with its disguises undone, each once, none the message itself.

    `unknown(word)` says whether a folded word may be words run together: False for the bank's own words;
    `table_knows(word)` whether the red-flag table has the word (a starred-out word is read as one first)."""
    readings = []
    for reading in (
        leet_read(text),
        leet_read(text, one_as_l=True),
        letter_runs_cut(text, 2),
        letter_runs_cut(text, 1),
        spaced_letters_joined(text),
        spaced_letters_joined(text, one_as_l=True),
        *starred_letters_read(emoji_as_stars(text) or text, unknown, table_knows),
        run_together_split(text, unknown),
        _all_undone(text, unknown),
    ):
        if reading is not None and reading != text and reading not in readings:
            readings.append(reading)
    return readings
