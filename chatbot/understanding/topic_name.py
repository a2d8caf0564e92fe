"""A word of the bank's topic name, said alone, read as the topic.

A bank's vocabulary folds its topic's whole name into one concept ("heterotopic ossification" is HO), and its
phrasings are read so: the words of the name, said alone, are then words no entry says. Patients often write one
of them, whole or grown: "the ossification thing", "can you get heterotopic from a hip replacement", "ossifying",
"radiation for ossification what is it for". A word clipped from one ("hetero") is not read so: it has meanings of
its own. Such a word names the topic when it ends its phrase (nothing
follows it but everyday words, "thing", or the end of a sentence); one that names something of its own ("a
heterotopic pregnancy", "ossification of the skull") is left as typed, and so is any word the bank reads alone
(a clinic's "anaemia" of "low iron and anaemia"). The meta's `topic` and `short_name` say the name; nothing here
names a topic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chatbot.understanding import english
from chatbot.understanding.text import words

# A word grown from a word of the topic's name ("ossifying" beside "ossification") is read as that word when the
# name's stem has at least this many letters. A word clipped from it is not: "hetero" alone has meanings of its own
# ("what does hetero mean" is not a question about the topic; tests/test_reading_round19.py).
NAME_STEM_LETTERS = 5
# Only words rarer than this in English (Zipf) on both sides: "heterotopic", "ossification", "chickenpox";
# never "after" of "recovery after wisdom tooth removal" against "afternoon", nor "tooth" against "toothpaste".
NAME_WORD_ZIPF = 3.5
# After a word of the topic's name, these begin a phrase of its own: "ossification of the skull" is not the topic.
OWN_PHRASE_WORDS = frozenset({"of"})
_RAW_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]+")


def topic_name_part(token: str, topic: str) -> bool:
    """True if `token` (a stem) is the stem of a rare word of the bank's topic name (`topic`), or one grown from it:
    it starts with the name's stem, of NAME_STEM_LETTERS letters or more ("ossifi" and "ossif"; never "hetero" of
    "heterotop")."""
    if not topic:
        return False
    return any(token.startswith(name) and len(name) >= NAME_STEM_LETTERS for name in _topic_name_stems(topic))


def names_topic(analyzer, tokens, topic: str) -> bool:
    """True if the message names the bank's topic: its name read whole ("HO", "heterotopic ossification" are the
    bank's own concept, so `Analyzer.main_topic` leaves them out), or a word of it (`topic_name_part`)."""
    if not topic:
        return False
    whole = _whole_name_tokens(analyzer, topic)
    return any(t in whole or topic_name_part(t, topic) for t in tokens)


def read_as_topic(analyzer, matcher, text: str, topic: str, name: str) -> str | None:
    """`text` with each word of the topic's name said alone (see the module's note) written as `name` (the bank's
    short name, else its topic), or None when there is none."""
    if not topic or not name:
        return None
    pieces = _RAW_WORD.findall(text)
    found = []
    for index, piece in enumerate(pieces):
        if not piece[0].isalpha() or english.zipf(piece.lower()) >= NAME_WORD_ZIPF:
            continue  # the cheap tests first: most messages have no rare word at all
        stems = english.stem_many(words(piece))
        if len(stems) != 1 or not topic_name_part(stems[0], topic) or matcher.knows(stems[0]):
            continue
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        if following[:1].isalpha():
            word = following.lower()
            if word in OWN_PHRASE_WORDS or not analyzer.is_everyday(word):
                continue  # "a heterotopic pregnancy", "ossification of the skull": another thing named
        found.append((index, stems[0]))
    if not found:
        return None
    # Only a word the message is still read with: "heterotopic ossification" said whole is the topic already.
    read = set(analyzer.analyze(text).tokens)
    if read & _whole_name_tokens(analyzer, topic):
        return None  # "the doctor said hetero.. hetero-something": the name is read already; the rest is hesitation
    changed = False
    for index, stem in found:
        if stem in read:
            pieces[index], changed = name, True
    if not changed:
        return None
    return _joined(text, pieces)


def _joined(text: str, pieces: list[str]) -> str:
    """The pieces put back with the spacing of `text` (a piece is a word or a run of other marks)."""
    out, position = [], 0
    for original in _RAW_WORD.finditer(text):
        out.append(text[position : original.start()])
        out.append(pieces.pop(0))
        position = original.end()
    out.append(text[position:])
    return "".join(out)


@lru_cache(maxsize=16)
def _topic_name_stems(topic: str) -> tuple[str, ...]:
    rare = [word for word in words(topic) if english.zipf(word) < NAME_WORD_ZIPF]
    return tuple(english.stem_many(rare))


@lru_cache(maxsize=16)
def _whole_name_tokens(analyzer, topic: str) -> frozenset[str]:
    return frozenset(analyzer.analyze(topic, fix_typos=False).tokens)
