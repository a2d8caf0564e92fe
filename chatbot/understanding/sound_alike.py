"""A word spelled as it sounds: "excersize" for "exercise", "exema" for "eczema", "fisio" for "physio".

A patient who has only heard a medical word writes it by its sound. Such a spelling is often two or three slips
from the word meant, more than a typo of its length may be corrected by (see `language._allowed_typo_distance`),
yet it keeps the word's sounds. `sound_key` folds the spellings English gives one sound ("ph" and "f", "c" and "k"
or "s", "z" and "s", "x" and "ks", a letter typed once or twice, a silent "h" after a consonant) into one key, and
keeps every vowel and every other consonant, so two different words rarely share a key. It knows only English
spelling, no topic.
"""

from __future__ import annotations

from functools import lru_cache

from chatbot.lazy_pattern import lazy_compile

# A sounded-out spelling is read as a bank word only when both are this long: a short word has too few letters
# for its sound to tell it from another ("sed", "sum").
MIN_SOUND_ALIKE_LETTERS = 5

# In order: each rule sees the text the rules before it left.
_RULES = (
    (lazy_compile(r"ph"), "f"),
    (lazy_compile(r"ck"), "k"),
    (lazy_compile(r"qu"), "kw"),
    (lazy_compile(r"q"), "k"),
    (lazy_compile(r"x"), "ks"),
    (lazy_compile(r"c(?=[eiy])"), "s"),  # "ulcer" sounds "ulser"
    (lazy_compile(r"c"), "k"),
    (lazy_compile(r"z"), "s"),
    (lazy_compile(r"(?<=[a-z])y"), "i"),  # "physio" and "fisio"; a first "y" is a consonant ("yellow")
    (lazy_compile(r"(?<=[bdfgjklmnprvw])h"), ""),  # "rh" in "haemorrhoid" sounds "r"; "sh", "th", "ch" are kept
    (lazy_compile(r"(.)\1+"), r"\1"),  # "verucca", "veruca", "verruca"
)


@lru_cache(maxsize=4096)
def sound_key(word: str) -> str:
    """The word's letters with the spellings of one sound folded together (see the module's docstring)."""
    key = word.lower()
    for pattern, replacement in _RULES:
        key = pattern.sub(replacement, key)
    return key


# The first letters a word may start with to have a key starting with this letter ("physio" keys as "fisio").
_FIRST_LETTERS = {"f": "fp", "k": "kcqx", "s": "scz"}


def first_letters_sounding(first: str) -> str:
    """The letters a word's spelling may start with when its key starts with `first`."""
    return _FIRST_LETTERS.get(first, first)
