"""Does a question ask what something is? The entry that says what a clinic's topic is answers only such questions.

Every clinic bank has an entry that only says what its topic is ("What is gout?"). It fits any question that names
the topic, so it wins questions that ask something else about it: "how do they actually get the cataract out", "what
can i give my 4 year old for hay fever", "what actually gives you a water infection" reached the overview, and, after a
story of signs, so did "is that plantar fasciitis". A question asks what something is when it asks "what" with a form
of "be" or a word of asking what a thing means ("what actually is it?", "what does that mean", "is it a disease or
what"). One that asks how, when, where, who, or what without them ("what do they give for it") asks for something
the overview does not name (round 17, clinicwrong19; docs/how-it-decides.md).

A clinic may file such a question under the overview itself ("What causes chickenpox?" as a phrasing of "What is
chickenpox?"). A question that one phrasing of the overview asks, in the same way and in its own words, is answered
by it (`own_phrasing.asked_in_own_phrasing`, round 24, clinicrecall26).
"""

from __future__ import annotations

from collections.abc import Iterable

from chatbot.understanding.leader_evidence import asking_kind

# The forms of "be" that, with "what", ask what something is ("what is it", "what are they").
_BE = frozenset(("is", "are", "s", "was"))
# The ways of asking for a thing the overview does not name. "can", "should" and "why" are left out: "can it be
# cured or is it for life" and "why do people get it" are often answered by what the condition is.
SPECIFIC_KINDS = frozenset(("what", "how", "when", "where", "who"))


def asks_what_it_is(concepts: Iterable[str], typed: Iterable[str], meaning: frozenset[str]) -> bool:
    """The question asks what something is: "what" with a form of "be" or a word of asking what a thing means
    (`meaning`: `Matcher.meaning_tokens`). `concepts` and `typed` (its words) are of the question alone."""
    said = set(typed)
    return "what" in set(concepts) and not (_BE.isdisjoint(said) and meaning.isdisjoint(said))


def asks_something_else(concepts: Iterable[str], typed: Iterable[str], meaning: frozenset[str]) -> bool:
    """The question asks how, when, where, who, or what without asking what something is: the entry that only says
    what the topic is does not answer it."""
    concepts = tuple(concepts)
    return asking_kind(concepts) in SPECIFIC_KINDS and not asks_what_it_is(concepts, typed, meaning)

