"""Whether a part of a sign told in a later sentence may join what an earlier sentence told.

A sign's parts may lie in sentences of one story ("He hit his head. Now he is being sick."): the later sentence
goes on with the same person and the same time. It does not when that sentence turns to someone else ("I hit my
head. My husband has been sick all day with a bug.") or tells its part as usual for the writer ("I banged my head.
I'm always sleepy after lunch, that's normal for me."): then the two sentences are two things, not one sign.

Someone else is read from the nearest person word before the part in its own clause: a family or other person
noun after an owner ("my husband", "his sister") that the earlier sentences never name. A pronoun there ("Dad
fell. Mum says he has been sick") keeps the story on its person, and so does the same noun again ("Dad fell. My
dad has been sick since"). Usual is the clause's own word of what is usual for the writer (`typical`: "normal for
me", "as always"); a long-standing word alone is not, as a pattern of when a sign shows ("worse when I sit up") is
often the sign itself. Usual is read only for the rules of an event (`event: true`: a knock, a fall, an overdose),
whose time frame reads the event and not what follows it; other rules read the later clause's own time words already.
Only the later part is read: what the earlier sentence tells is read by the rule's own time frame as before.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

# English pronouns and possessives: a person word that is no one new, so it never moves a story to another person.
PRONOUNS = frozenset((
    "i", "me", "my", "mine", "myself", "im", "ive", "id", "ill", "we", "us", "our", "ours", "ourselves", "weve",
    "were", "he", "him", "his", "himself", "hes", "hed", "she", "her", "hers", "herself", "shes", "shed", "they",
    "them", "their", "theirs", "theyre", "theyve", "themselves", "you", "your", "youre", "yourself",
))


def told_apart(
    positions: Collection[int],
    words: Sequence[str],
    sentence: Sequence[int],
    clause: Sequence[int],
    kinds: Mapping,
    person_words: frozenset[str],
    owners: frozenset[str],
    event: bool = False,
) -> bool:
    """True when the sign's parts lie in two sentences and the later one's part is about someone else, or, for a
    rule of an event, told as usual.

    `kinds` holds the time-frame kinds of each clause, as the triage reads them; `person_words` the words for a real
    person (pronouns and nouns); `owners` the words that own ("my", "his"); `event`: the rule is of an event, whose
    own time frame reads only the event, so the later part's usual word must be read here."""
    first, last = min(positions), max(positions)
    if sentence[first] == sentence[last]:
        return False
    later = sentence[last]
    later_part = sorted(p for p in positions if sentence[p] == later)
    if event and any("typical" in kinds.get(clause[p], ()) for p in later_part):
        return True
    start = later_part[0]
    at = start - 1
    while at >= 0 and clause[at] == clause[start] and words[at] not in person_words:
        at -= 1
    if at < 1 or clause[at] != clause[start] or words[at] in PRONOUNS or words[at - 1] not in owners:
        return False  # no person word, a pronoun, or a noun with no owner ("says dad is sick"): the same story
    # The earlier sentences of the sign, from the start of the first one: only they are looked at (a long text's
    # other sentences are not), and only once a person noun is found.
    opening = first
    while opening and sentence[opening - 1] == sentence[first]:
        opening -= 1
    return words[at] not in {words[p] for p in range(opening, start) if sentence[p] < later}
