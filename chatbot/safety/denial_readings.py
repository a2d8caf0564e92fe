"""Denials read both ways: a "no" that hides a loss, and a denial whose object is another thing.

Round 25 (readings). The triage table's negation words (`time_frame: negation_before` and the others) deny the sign
that follows them. Two shapes were read wrong by that:

- **a loss told with "no longer"**: "he can no longer feel his legs", "she's no longer able to move her arm", "his
  legs no longer move" tell a new loss, not a denial; the "no" in them denied the sign (routine). They are read as
  "cannot" (the table's "cant", as "can not" already is), before the words are read, so the rules' own "cant feel",
  "cant move", "cant walk" signs see them and the "no" denies nothing;
- **a denial of another thing**: a sign built from a negation word and its object ("havent" + "wee": no urine) was
  found in "we haven't seen any blood in his wee", where the denial ("haven't seen any") is of the blood, and the
  wee is only where it was looked for. When a sign's part is a word inside a longer denial of the table (the denial
  holds it and goes on: "havent" inside "havent seen any") and the sign's next part does not follow that denial
  at once (at most `OBJECT_GAP` words between: "havent seen any wee since this morning" is still no urine), the
  denial is of something else and the sign is not told there;
- **a "no" after the sign's object, with an object of its own**: a sign built from "no" and its object in either
  order ("no" + "oxygen": no oxygen getting in) was found in "oxygen 94 percent, no cough": a "no", "not", "never"
  or "without" that comes after every other part of the sign and has a word of its own right after it denies that
  word, not the sign's object before it.

Knows no rule and no tier: only words and positions, so every bank's table reads the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from chatbot.lazy_pattern import lazy_compile

# "can no longer", "is no longer able to", "no longer able to", "are no longer able to" -> "cannot"; and "no longer"
# right before a verb of feeling or moving ("his legs no longer move", "I no longer feel my toes") -> "cannot".
_NO_LONGER_ABLE = lazy_compile(
    r"\b(?:can\s+no\s+longer|(?:(?:is|am|are|was|were|has\s+been|have\s+been|hes|shes|im|he's|she's|i'm)\s+)?"
    r"no\s+longer\s+able\s+to)\b",
    re.IGNORECASE,
)
_NO_LONGER_VERB = lazy_compile(
    r"\bno\s+longer\s+(feel|feels|move|moves|walk|walks|stand|stands|lift|lifts|see|sees|speak|speaks|talk|talks|"
    r"swallow|swallows|wee|wees|pee|pees|grip|grips|bend|bends|straighten|straightens|breathe|breathes|wake|wakes)\b",
    re.IGNORECASE,
)
_BASE = {"feels": "feel", "moves": "move", "walks": "walk", "stands": "stand", "lifts": "lift", "sees": "see",
         "speaks": "speak", "talks": "talk", "swallows": "swallow", "wees": "wee", "pees": "pee", "grips": "grip",
         "bends": "bend", "straightens": "straighten", "breathes": "breathe", "wakes": "wake"}  # fmt: skip

# The bare denials that deny the word right after them (`denies_what_follows`).
_BARE_DENIALS = frozenset(("no", "not", "never", "without", "zero", "nil"))
# Words that may stand between a denial and its object: "haven't seen any wee at all", "not had a single wee".
OBJECT_GAP = 2


def read_losses(text: str) -> str:
    """The text with a loss told by "no longer" as "cannot" ("he can no longer feel his legs" -> "he cannot feel
    his legs"). Text without "longer" comes back as it is."""
    if "longer" not in text.lower():
        return text
    text = _NO_LONGER_ABLE.sub("cannot", text)
    return _NO_LONGER_VERB.sub(lambda m: "cannot " + _BASE.get(m.group(1).lower(), m.group(1).lower()), text)


def denies_another(positions: set[int], denials: Iterable[tuple[int, int, object]]) -> bool:
    """Whether a sign (its word `positions`) takes one of its parts from inside a longer denial before its object
    (`denials`: the message's negations as (start, end, after), `after` False for one before what it denies), while
    the sign's next part does not follow that denial at once: the denial is of another thing ("we haven't seen any
    blood in his wee")."""
    for start, end, after in denials:
        if after is not False or end - start < 2:
            continue
        inside = [p for p in positions if start <= p < end]
        if not inside or len(inside) == end - start:
            continue  # no part there, or the sign's part is the whole denial ("not had" + "a wee")
        rest = [p for p in positions if p >= end]
        if rest and min(rest) - end > OBJECT_GAP:
            return True
    return False


def denies_what_follows(positions: set[int], words: list[str]) -> bool:
    """Whether a sign takes a bare denial ("no") as a part that comes after every other part of the sign and has a
    word of its own right after it: "oxygen 94 percent, no cough" tells no cough, not "no oxygen"."""
    last = max(positions)
    if words[last] not in _BARE_DENIALS or len(positions) < 2:
        return False
    others = [p for p in positions if p != last]
    return all(p < last for p in others) and last + 1 < len(words) and last + 1 not in positions
