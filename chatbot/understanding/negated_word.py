"""A clinic's answer about the very thing the question asks to do without.

"what happens if i dont treat a uti" reached the entry on how a UTI is treated, "are there any options that arent
bisphosphonates" the entry on bisphosphonate tablets: the matcher reads "not" as a stopword, so the word the question
puts aside is the word that wins. A question that asks what follows from not doing a thing ("if" ... "not X") or asks
for what is other than a thing ("options that aren't X", "other than X", "instead of X") is not answered by an entry
whose phrasings speak of X and never of doing without it. Such an answer is withdrawn (the conversation is left as it
was) and the message's other entries that do not speak of X are offered, or nothing.

Developed on the clinic tuning banks N-Z, checked on A-M (docs/how-it-decides.md, round 19, clinicwrong21).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

# Words that put the next thing aside. "without" is left out: "can a UTI go away without antibiotics" is what the
# antibiotics entry answers, and its phrasings say so.
NEGATORS = frozenset(
    ("not", "dont", "doesnt", "isnt", "arent", "cant", "cannot", "wont", "never", "didnt", "wasnt", "werent",
     "havent", "hasnt", "shouldnt", "wouldnt", "couldnt", "no")
)  # fmt: skip
# Two-word phrases that ask for what is other than the next thing.
OTHER_THAN = frozenset((("other", "than"), ("instead", "of"), ("apart", "from"), ("rather", "than")))
# A relative word right before a negator asks for things that are not the next thing ("options that aren't X").
RELATIVES = frozenset(("that", "which", "who"))
# Words skipped between a negator and the thing put aside ("if I don't take my tablets" puts aside the tablets).
LIGHT = frozenset(("be", "been", "being", "take", "taking", "have", "having", "use", "using", "get", "getting", "go"))
# "even if I don't lose weight" asks whether something holds all the same, not what follows from not doing it (seen
# on the apnoea bank when checking the rule on A-M: "does exercise help even if i dont lose much weight").
CONCESSIVE = frozenset(("even", "only", "as"))
# At most this many words are looked at after the negator.
REACH = 3


def _first_thing(typed: Sequence[str], start: int, tokens_of: Callable[[str], tuple[str, ...]]) -> frozenset[str]:
    """The tokens of the first word from `start` on (at most REACH words) that the bank reads as a thing."""
    for word in typed[start : start + REACH]:
        if word in LIGHT:
            continue
        found = tokens_of(word)
        if found:
            return frozenset(found)
    return frozenset()


def put_aside(typed: Sequence[str], tokens_of: Callable[[str], tuple[str, ...]], framed: bool = True) -> frozenset[str]:
    """The tokens of what a question asks to do without. With `framed`, only where it asks what follows from not
    doing it ("if" before the negator) or for what is other than it ("that aren't X", "other than X"); without, every
    negated thing (used to read an entry's phrasings: "What if antibiotics do not work?")."""
    found: set[str] = set()
    for place, word in enumerate(typed):
        pair = tuple(typed[place : place + 2])
        if pair in OTHER_THAN:
            found |= _first_thing(typed, place + 2, tokens_of)
        elif word in NEGATORS:
            conditional = any(
                typed[at] == "if" and (at == 0 or typed[at - 1] not in CONCESSIVE) for at in range(place)
            )
            relative = place > 0 and typed[place - 1] in RELATIVES
            if not framed or conditional or relative:
                found |= _first_thing(typed, place + 1, tokens_of)
    return frozenset(found)


def speaks_of_it(
    phrasings: Iterable[Sequence[str]], aside: frozenset[str], tokens_of: Callable[[str], tuple[str, ...]]
) -> bool:
    """An entry whose phrasings (each as its typed words) say a word of `aside`, and none of them puts it aside."""
    said = False
    for typed in phrasings:
        if aside & put_aside(typed, tokens_of, framed=False):
            return False
        said = said or any(aside.intersection(tokens_of(word)) for word in typed)
    return said
