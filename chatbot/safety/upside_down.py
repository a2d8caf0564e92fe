"""Text written upside down ("ǝɥʇɐǝɹq ʇ,uɐɔ I"), read the right way up: a reading for the safety checks only.

An "upside-down text" generator swaps each letter for one drawn turned over (e -> ǝ, t -> ʇ, a -> ɐ) and writes the
text backwards, so it reads the right way up once the screen is turned. Some people only swap the letters and keep
the order ("I want to ʞıll ɯʎsǝlɟ"). No reading of the message itself sees a word in either: each was a fallback.

Two readings, each only of a text holding a letter no language writes but turned over (`_TURNED`): the text with
those letters read as they are (the order kept), and the whole text turned back (read from its end, the Latin
letters that are each other turned over swapped too: "q" is "b", "u" is "n", "," is "'"). They can only add an
escalation: triage reads them beside the message and the higher tier wins. Each is one `translate` and one reversal.
"""

from __future__ import annotations

# Letters drawn turned over, and the letter each is. Only shapes that are no Latin letter: a "q" for "b" is read
# only when the whole text is turned back (in text written the right way up it is a "q").
_TURNED_LETTERS = {
    "ɐ": "a", "ɔ": "c", "ǝ": "e", "ə": "e", "ɟ": "f", "ƃ": "g", "ᵷ": "g", "ɥ": "h", "ᴉ": "i", "ı": "i", "ɾ": "j",
    "ʞ": "k", "ן": "l", "ɯ": "m", "ɹ": "r", "ʇ": "t", "ʌ": "v", "ʍ": "w", "ʎ": "y",
    "∀": "A", "ᗺ": "B", "𐐒": "B", "Ɔ": "C", "ᗡ": "D", "Ǝ": "E", "Ⅎ": "F", "⅁": "G", "ſ": "J", "⋊": "K",
    "˥": "L", "⅂": "L", "Ԁ": "P", "ᴚ": "R", "┴": "T", "⊥": "T", "∩": "U", "Λ": "V", "⅄": "Y",
}  # fmt: skip
_TURNED = frozenset(_TURNED_LETTERS)
_AS_WRITTEN = str.maketrans(_TURNED_LETTERS)
# Turned back whole: the Latin letters and marks that are each other turned over swap too.
_TURNED_BACK = str.maketrans(
    {**_TURNED_LETTERS, "q": "b", "b": "q", "p": "d", "d": "p", "u": "n", "n": "u", "W": "M", "M": "W",
     ",": "'", "'": ",", "¿": "?", "¡": "!", "˙": "."}
)  # fmt: skip


def _is_turned(text: str) -> bool:
    return not text.isascii() and not _TURNED.isdisjoint(text)


def turned_letters_read(text: str) -> str | None:
    """The text with each letter drawn upside down read as the letter it is, in the order written ("I want to ʞıll
    ɯʎsǝlɟ" -> "I want to kill myself"); None if it has none."""
    return text.translate(_AS_WRITTEN) if _is_turned(text) else None


def turned_back(text: str) -> str | None:
    """The text turned the right way up: read from its end, each letter turned over read as the letter it is
    ("ǝɥʇɐǝɹq ʇ,uɐɔ I" -> "I can't breathe"); None if it has no letter drawn upside down."""
    return text[::-1].translate(_TURNED_BACK) if _is_turned(text) else None
