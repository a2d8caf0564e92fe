"""A clinic's answer checked against the words the question asks with: a close rival that says them wins.

On a clinic's bank (two or three phrasings an entry) two entries often explain a question equally well through the
concepts they share ("causes" and "triggers" are one concept; "signs" reads as symptoms), and the winner is decided
by a few points of fit: "what triggers a migraine" reached the causes entry, "what are the warning signs" the
symptoms entry, "how long till I can eat normally" the soft-food entry. The question's own typed words tell them
apart: the entry whose phrasings say a word the question asks with ("triggers", "warning", "normal"), while the
answered entry's phrasings say none of the question's words the rival lacks, is what was asked.

The rival must be close (at most RIVAL_GAP points below the answer in the message read whole, among its first
RIVALS_SEEN entries) and explain most of the message (RIVAL_COVERAGE). Chosen on half of the clinic tuning banks and
checked on the other half (docs/how-it-decides.md, round 16, clinicwrong18).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from chatbot.bank.model import FaqEntry
from chatbot.understanding.language import stem
from chatbot.understanding.matcher import Candidate
from chatbot.understanding.text import words

RIVAL_GAP = 10.0
RIVAL_COVERAGE = 0.8
RIVALS_SEEN = 4
# A story's answer (reached by reading its question with the story as context) yields to the message's leader read
# whole, however far ahead, when the leader explains this share of the message and says a word the question asks
# with that the answer does not: "... my mum had bad side effects from steroid tablets. Is the spray the same thing?"
STORY_RIVAL_COVERAGE = 0.3
# Words this short ("is", "do", "it") say nothing of what is asked.
SHORTEST_WORD = 3


def asked_stems(typed: Iterable[str], stopwords: frozenset[str], stem: Callable[[str], str]) -> frozenset[str]:
    """The stems of the words a question asks with: its typed words but stopwords and the shortest."""
    return frozenset(stem(word) for word in typed if word not in stopwords and len(word) >= SHORTEST_WORD)


def rival_saying_asked_words(
    whole: list[Candidate],
    answered: FaqEntry,
    asked: frozenset[str],
    says: Callable[[FaqEntry], frozenset[str]],
    story: bool = False,
) -> Candidate | None:
    """The close rival of the answered entry in `whole` (the message read whole, best first) whose phrasings say a
    word of `asked` the answer's phrasings do not, while the answer's say none the rival lacks; else None.

    `says(entry)`: the stems of the entry's question and alternates. An answer the message read whole does not rank
    (reached through the story or the topic put in for "it") is measured from the whole message's leader. With
    `story` (the answer read the question with its story as context) the whole message's leader is a rival at
    STORY_RIVAL_COVERAGE, whatever its lead."""
    if not whole or not asked:
        return None
    base = next((c.score for c in whole if c.entry.id == answered.id), whole[0].score)
    own = asked & says(answered)
    for place, rival in enumerate(whole[:RIVALS_SEEN]):
        if rival.entry.id == answered.id:
            continue
        story_leader = story and place == 0 and rival.coverage >= STORY_RIVAL_COVERAGE
        if not story_leader and (base - rival.score > RIVAL_GAP or rival.coverage < RIVAL_COVERAGE):
            continue
        theirs = asked & says(rival.entry)
        if theirs - own and not own - theirs:
            return rival
    return None


@lru_cache(maxsize=8192)
def phrasing_stems(entry: FaqEntry) -> frozenset[str]:
    """The stems of every word of an entry's question and alternates (not its answer)."""
    return frozenset(stem(word) for text in (entry.question, *entry.alternates) for word in words(text))
