"""A person who gets "it": "can kids get it?", "do babies have it?", "could my son catch it?".

In a bot about one topic, "it" with no subject of its own is the topic (issue 9, part 3). "Can kids get it?" asks
whether children get the condition, in words the bank may not have (the HO article never speaks of children): the
honest reply is that the information does not cover it, as for "can kids get HO?", not that nothing was asked about
the topic. The reading is English's, not the bank's: a person (a person noun of the general layer, or a personal
pronoun), a verb of coming to have a condition (`having_verbs`), then the pronoun, next to each other. "What time is
it?", "is it raining?" and "can you book it?" have no such run (docs/how-it-decides.md, round 22, horeading24).
"""

from __future__ import annotations

import functools

from chatbot.understanding.language import general_vocabulary

# The people a question may ask about in a pronoun ("can they get it?", "could I have it?").
PERSON_PRONOUNS = frozenset("i you he she we they".split())
# The pronouns that stand for the topic after a verb of having ("them" is as often a medicine taken).
TOPIC_PRONOUNS = frozenset(("it", "this"))


@functools.cache
def having_verbs() -> frozenset[str]:
    return frozenset(general_vocabulary().get("having_verbs", ()))


def someone_has_it(said: tuple[str, ...] | list[str], person_nouns: frozenset[str]) -> bool:
    """True if the words hold a person, a verb of having a condition and "it"/"this", in a row."""
    verbs = having_verbs()
    return any(
        said[index] in verbs
        and said[index + 1] in TOPIC_PRONOUNS
        and (said[index - 1] in person_nouns or said[index - 1] in PERSON_PRONOUNS)
        for index in range(1, len(said) - 1)
    )
