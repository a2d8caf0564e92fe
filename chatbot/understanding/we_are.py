""" "were" typed for "we're": the apostrophe dropped, or folded away ("we're" folds to "were"), a clause that opens
with "were" is read as the past tense that opens a question ("were they worried?"). English tells the two apart by
what follows: a question's "were" is followed by its subject ("were they ...", "were the scans ...", "were
stitches used"); "we're" is followed by what its own subject does or is: a verb's -ing or -ed form ("were waiting
for the test", "were going to see the surgeon", "were worried its that") or a word that says how much or whether
("were not sure", "were so scared"). Such a clause tells, it does not ask.

Read from grammar alone: the -ing or -ed form is a form of a word English knows (`english.zipf`), never a list of
verbs; the words of how much or whether are English's closed class of negation and degree words."""

from __future__ import annotations

from chatbot.understanding import english

# Negation and degree words, a closed class of English: none opens a subject ("were not sure", "were so worried").
# Not "all" or "both", which do open one ("were both knees done?").
_NEGATION_AND_DEGREE = frozenset("not never so very really just still also too quite".split())
# A verb form's base must be a word English uses at least this much ("wait", "worry", "scare"): "thing" is no
# form of "th", "hundred" none of "hundr".
MIN_BASE_ZIPF = 3.0


def _bases(word: str, suffix: str) -> tuple[str, ...]:
    """The words `word` may be a form of, with its -ing or -ed taken off: "waiting" wait, "hoping" hope, "stopped"
    stop, "worried" worry."""
    base = word[: -len(suffix)]
    found = [base, base + "e"]
    if len(base) > 2 and base[-1] == base[-2]:
        found.append(base[:-1])  # "stopped", "getting": the consonant doubled before the ending
    if suffix == "ed" and base.endswith("i"):
        found.append(base[:-1] + "y")  # "worried", "tried"
    return tuple(found)


def is_verb_form(word: str) -> bool:
    """True for an -ing or -ed form of a word English knows ("waiting", "going", "worried", "scared"); a word that only
    ends so ("thing", "something", "bed") is none: the letters before the ending hold a vowel, as a base does."""
    for suffix in ("ing", "ed"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2 and any(letter in "aeiouy" for letter in stem):
            return any(english.zipf(base) >= MIN_BASE_ZIPF for base in _bases(word, suffix))
    return False


def tells_as_we_are(words: list[str]) -> bool:
    """True for folded words that open with "were" read as "we're": "were waiting for the test", "were not sure";
    "were they worried", "were the scans clear" open a question."""
    if len(words) < 2 or words[0] != "were":
        return False
    following = words[1]
    return following in _NEGATION_AND_DEGREE or is_verb_form(following)
