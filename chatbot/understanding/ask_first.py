"""A request that offers asking the care team first as its own choice.

"Can I just buy anti-inflammatories at the chemist for it, or do I need to check with the GP first?" asks for personal
advice, and is refused as such; yet what it weighs is whether to ask a doctor before taking a medicine, and a bank
entry worded as that request ("Should I talk to my doctor before taking medicine?") answers it for everyone: ask
first. Such a message gets that entry's answer after the personal-advice note (see `conversation.routing.route`), when
the entry
clearly answers it and is itself worded as a request; never with a dose, an amount or "do I have ...".

The words are the general layer's (`ask_first_verbs`, `ask_first_marks`): a verb of asking or checking followed, in
the same sentence and within ASK_FIRST_REACH words, by a mark of doing so first ("ask someone first", "check with
her doctor first", "run it past the GP beforehand"); or an act of taking followed by a word of doing it alone
(`ask_first_alone`: "can I just start taking them myself?"), where asking first is the choice left unsaid (round 20).
"""

from __future__ import annotations

import functools

from chatbot.lazy_pattern import lazy_compile
from chatbot.understanding.language import general_vocabulary
from chatbot.understanding.text import words

# The mark may stand this many words after the verb ("check with my own doctor first").
ASK_FIRST_REACH = 6
_SENTENCE_END = lazy_compile(r"[.!?;]+")


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    vocabulary = general_vocabulary()
    return tuple(frozenset(vocabulary.get(key, ())) for key in ("ask_first_verbs", "ask_first_marks", "ask_first_acts"))


@functools.cache
def _alone_words() -> tuple[frozenset[str], frozenset[str]]:
    vocabulary = general_vocabulary()
    return tuple(frozenset(vocabulary.get(key, ())) for key in ("ask_first_alone", "ask_first_taken"))


def offers_asking_first(text: str, names_treatment: bool = False) -> bool:
    """True if a sentence of the message weighs asking the care team first ("... or should I ask the doctor first?"),
    and the message is about taking something: it names a treatment (`names_treatment`) or an act of taking one
    (`ask_first_acts`: "can I just start them myself or ask first?"); "do I have it or should I ask first?" is not."""
    verbs, marks, acts = _words()
    if not verbs or not marks:
        return False
    if not names_treatment and acts.isdisjoint(words(text)):
        return False
    alone, _ = _alone_words()
    for sentence in _SENTENCE_END.split(text):
        said = words(sentence)
        for index, word in enumerate(said):
            if word in verbs and any(later in marks for later in said[index + 1 : index + 1 + ASK_FIRST_REACH]):
                return True
            # "Can I just start taking them myself?": doing it alone is the other choice, asking first the one weighed.
            if word in acts and any(later in alone for later in said[index + 1 : index + 1 + ASK_FIRST_REACH]):
                return True
    return False


def with_taken_as_medicine(text: str) -> str:
    """The message's words with a pronoun right after an act of taking ("start them", "taking it") read as
    "medicine": in a request that weighs asking first, what is taken is a medicine, whichever one was talked of."""
    _, _, acts = _words()
    _, taken = _alone_words()
    said = words(text)
    return " ".join(
        "medicine" if word in taken and index and said[index - 1] in acts else word for index, word in enumerate(said)
    )
