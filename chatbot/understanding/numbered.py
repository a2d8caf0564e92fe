"""Numbers a bank counts things by ("Brooker grade 1" to "grade 4"), and a number asked that it does not have.

"Grade 3.5" was read as "grade 3" (the point splits the number into two words, and "3" matched): the answer told a
patient about a grade their report does not say. A bank whose entries' own questions name the same word with two or
more numbers ("What does Brooker grade 1 mean?", "What does Brooker grade 2 mean?") counts by that word. A message
that names that word with a part of a number ("grade 3.5", "grade 2,5", "grade 3 and a half", "grade 3½") or a whole
number none of those entries names ("grade 5", "grade 0") asks about a number the bank does not describe: the session
answers what the bank says of the scale in general instead, and says so.

Only entries' questions (their titles) are read, not their alternates or answers: a number that merely occurs there
("day 2 of the prep", "2 weeks") counts nothing.
"""


import functools
import re
from typing import NamedTuple

from chatbot.understanding.text import fold

_DIGIT = re.compile(r"\d")


@functools.cache
def _counted(source: str) -> re.Pattern:
    return re.compile(source, re.IGNORECASE)


# A word and the number after it in an entry's question: "grade 1".
_TITLE_NUMBER = re.compile(r"\b([a-z]{3,}) (\d{1,3})\b")
# A counting word needs this many different numbers in the entries' questions: one title with "day 2" counts nothing.
MIN_NUMBERS = 2
# After a counting word in a message: a whole number, then perhaps its part ("3.5", "3,5", "3 and a half", "3½").
# A message is cleaned (NFKC) before it is read, which writes "3½" as "31⁄2" (with the fraction slash, U+2044).
_PART = (
    r"(?:[.,]\d+(?!\s*[-/])|\s*(?:\u00bd|\u00bc|\u00be)|\s*\d\u2044\d|\s+and\s+a\s+(?:half|quarter)\b"
    r"|\s+(?:and\s+)?\d+\s*/\s*\d+\b)"
)


class UnlistedNumber(NamedTuple):
    """A number asked after a counting word that no entry names, and the message without it."""

    asked: str  # as typed: "grade 3.5"
    word: str  # the counting word, folded: "grade"
    without: str  # the message with the number taken out: "what does grade mean?"
    value: float  # about where it falls: 3.5 for "grade 3.5" or "grade 3 and a half", 5 for "grade 5"


class NumberedWords:
    """The words a bank counts by, each with the numbers its entries' questions name."""

    def __init__(self, questions):
        found: dict[str, set[int]] = {}
        for question in questions:
            for word, number in _TITLE_NUMBER.findall(fold(question)):
                found.setdefault(word, set()).add(int(number))
        self.numbers = {word: frozenset(numbers) for word, numbers in found.items() if len(numbers) >= MIN_NUMBERS}
        self._source = None
        if self.numbers:
            words = "|".join(sorted(map(re.escape, self.numbers), key=len, reverse=True))
            # The number: a whole one, or the 3 of a cleaned "3 and a half sign" (3, 1, fraction slash, 2).
            number = r"(\d{1,3}(?=\d\u2044)|\d{1,3})"
            self._source = rf"\b({words})\s*(?:no\.?\s*|number\s+)?{number}({_PART})?"

    @property
    def _pattern(self) -> re.Pattern | None:
        """The counting words with a number, compiled on first need (speed23: every start compiled it, and most
        messages hold no digit, without which it cannot match)."""
        return None if self._source is None else _counted(self._source)

    def number_in(self, question: str, word: str | None = None) -> int | None:
        """The number an entry's question counts by ("What does Brooker grade 3 mean?": 3), after `word` if given."""
        for found, number in _TITLE_NUMBER.findall(fold(question)):
            if found in self.numbers and (word is None or found == word):
                return int(number)
        return None

    def unlisted(self, text: str) -> UnlistedNumber | None:
        """The first number after a counting word that the bank does not have: a part of one, or a whole number no
        entry names. A range ("grade 3-4", "grade 2 or 3") names numbers the bank may have, and is left as it is."""
        if self._source is None or _DIGIT.search(text) is None:  # no digit: the pattern needs one
            return None
        for found in self._pattern.finditer(text):
            word, number, part = found.group(1).lower(), int(found.group(2)), found.group(3)
            if part or number not in self.numbers[word]:
                without = f"{text[: found.start(2)]}{text[found.end():]}"
                part = (part or "").replace("\u2044", "/")
                asked = f"{found.group(1)} {number}{' ' if part[:1].isdigit() else ''}{part}"
                return UnlistedNumber(asked, word, " ".join(without.split()), number + (0.5 if part else 0.0))
        return None
