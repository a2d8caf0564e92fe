"""A message that grades another condition than the bank's numbered entries speak of ("grade 3 cancer").

A bank that counts by a scale ("Brooker grade 1" to "grade 4", see `numbered`) answered "grade 3 cancer", "stage 3
cancer", "what is a grade 2 tear" and "grade 2 burn" with its own grade 3 or grade 2 entry: the number and the word
"grade" carried the match, and the thing graded was never read. A cancer's stage or a muscle tear's grade is not the
bank's grade, and the answer would mislead. The thing graded is the word or two right after "grade N" (or just
before "grade"); when it is one of the general layer's `graded_conditions` and none of the bank's numbered entries
names it, the message asks about another scale: an answer from one of those entries is withdrawn for the fallback.
Any other answer stands ("I'm type 2 diabetic, could HO be why my elbow is stuck?"). Only the words next to the
number are read: "grade 2 HO - wat dose that mean" grades HO ("dose", a slip of "does", is no condition), and
"is grade 3 painful" or "grade 2 pain" grade no condition. A bank whose own numbered entries name the condition ("What
is a grade 2 sprain?") counts it as its own.
"""

from __future__ import annotations

import re
from itertools import pairwise

from chatbot.understanding import english
from chatbot.understanding.language import general_vocabulary
from chatbot.understanding.text import fold, words

# Words after the number that may stand between it and the thing graded: "grade 3 of cancer", "grade 2 muscle tear".
AFTER_NUMBER = 2
# "stage III": Roman numerals up to the highest grade a scale is likely to use.
_NUMBER = r"(?:\d{1,2}|i{1,3}|iv|v)"

_conditions: tuple[frozenset[str], frozenset[tuple[str, ...]]] | None = None


def graded_conditions() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """The general layer's graded conditions: single words by their stems, and the phrases of two words."""
    global _conditions
    if _conditions is None:
        listed = general_vocabulary().get("graded_conditions", ())
        single = frozenset(english.stem_many(w for w in listed if " " not in w))
        phrases = frozenset(tuple(english.stem_many(w.split())) for w in listed if " " in w)
        _conditions = (single, phrases)
    return _conditions


class GradedOther:
    """Whether a message grades a condition that the bank's numbered entries (those whose questions count by a
    scale) never name."""

    def __init__(self, counting_words, numbered_entries):
        counting = {*counting_words, *general_vocabulary().get("numbered_words", ())}
        # Only an answer from one of these is withdrawn: "I'm type 2 diabetic, could HO be the reason" is answered.
        self.numbered_ids = frozenset(entry.id for entry in numbered_entries)
        # The numbered entries' words are stemmed on the first message that grades something (`_own_stems`), not at
        # every start: most messages name no grade, and stemming a few hundred words of answers was about a tenth of
        # making the bot from its compiled copy (speed30).
        self._own_texts = tuple(
            text for entry in numbered_entries for text in (entry.question, *entry.alternates, entry.answer)
        )
        self._own: frozenset[str] | None = None
        alternatives = "|".join(sorted(map(re.escape, counting), key=len, reverse=True))
        self._source = rf"\b(?:{alternatives})\s*{_NUMBER}\b" if counting_words else None
        self._pattern: re.Pattern | None = None

    def grades_other(self, text: str) -> bool:
        """True when "grade N" in `text` is about a graded condition the bank's numbered entries never name."""
        if self._source is None:
            return False
        if self._pattern is None:
            self._pattern = re.compile(self._source)
        folded = fold(text)
        single, phrases = graded_conditions()
        for found in self._pattern.finditer(folded):
            after = english.stem_many(words(folded[found.end() :])[:AFTER_NUMBER])
            before = english.stem_many(words(folded[: found.start()])[-1:])
            near = [*before, *after]
            named = [w for w in near if w in single]
            named += [" ".join(pair) for pair in pairwise(after) if pair in phrases]
            if named and any(all(part not in self._own_stems() for part in name.split()) for name in named):
                return True
        return False

    def _own_stems(self) -> frozenset[str]:
        """The stems of every word of the numbered entries' questions, alternates and answers (worked out once)."""
        if self._own is None:
            self._own = frozenset(english.stem_many(w for text in self._own_texts for w in words(fold(text))))
        return self._own
