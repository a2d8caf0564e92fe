"""A question that one of an entry's own phrasings asks, in the same way and in the bank's words.

A clinic writes two or three phrasings an entry. When a patient's question says nothing the bank's phrasings use
beyond what one phrasing of the entry says, and asks the way that phrasing asks, the patient asked that phrasing in
their own words; the words left over are ones no phrasing of the bank uses ("actually", "mum"), so they tell nothing
of which entry is meant (round 24, clinicrecall26; docs/how-it-decides.md).

Two uses: the entry that says what a clinic's topic is keeps a question it files itself ("What causes chickenpox?"
under "What is chickenpox?", see `conversation.answer_checks`), and a question in everyday words only, which the
general test does not read as about health, is answered when it asks a clinic entry's own phrasing and its leader is
clear (`echoed_leader`).
"""

from __future__ import annotations

from collections.abc import Iterable

from chatbot.understanding.leader_evidence import ASKING_KINDS, asking_kind
from chatbot.understanding.matcher import SPARSE_PHRASINGS

# `echoed_leader`: the leader of a message in everyday words explains this share of it, scores this much and leads
# the next entry by this many points, and the message asks with at least ECHO_WORDS of the bank's words besides its
# ways of asking ("how long till i feel better": feel, better). Chosen on half the clinic tuning banks (alphabetical
# odd), with CLINC150's lines, and checked on the other half.
ECHO_COVERAGE = 0.9
ECHO_SCORE = 50.0
ECHO_MARGIN = 10.0
ECHO_WORDS = 2
# Ways of asking that say nothing of what is asked about: the asking concepts and "how long" / "when" as timing.
ASKING_WORDS = frozenset(ASKING_KINDS) | {"timing"}


def asked_words(concepts: Iterable[str], bank_words: frozenset[str], small_words: frozenset[str]) -> frozenset[str]:
    """The concepts of a question that some phrasing of the bank uses (`bank_words`), less small words."""
    return frozenset(c for c in concepts if c in bank_words and c not in small_words)


def asked_in_own_phrasing(
    phrasings: Iterable[frozenset[str]],
    concepts: Iterable[str],
    bank_words: frozenset[str],
    small_words: frozenset[str],
    subject: frozenset[str],
) -> bool:
    """One of an entry's phrasings (`phrasings`: the concepts of each) asks what the question asks: in the same way
    (`asking_kind`, one the phrasing asks with), and every concept of the question that some phrasing of the bank uses
    (`bank_words`; not its small words) is one of that phrasing's, one of them more than the entry's subject. Words
    no phrasing of the bank uses ("actually", "mum") tell nothing of which entry is asked."""
    concepts = tuple(concepts)
    kind = asking_kind(concepts)
    asked = asked_words(concepts, bank_words, small_words)
    if kind is None or not asked - subject:
        return False
    return any(
        asked <= phrasing and kind in {ASKING_KINDS[c] for c in phrasing if c in ASKING_KINDS} for phrasing in phrasings
    )


def entry_asks(matcher, analyzer, entry, concepts) -> bool:
    """`asked_in_own_phrasing` for an entry of this bank."""
    return asked_in_own_phrasing(
        matcher.phrasing_concepts(entry),
        concepts,
        matcher.phrasing_concept_words(),
        analyzer.stopwords,
        matcher.subject_words(entry),
    )


def echoed_leader(matcher, analyzer, analysis):
    """The leader of a clinic's message read whole when the message asks one of its own phrasings
    (`asked_in_own_phrasing`) and not one of the runner-up's, with ECHO_WORDS of the bank's words besides its ways of
    asking, and the leader explains ECHO_COVERAGE of it, scores ECHO_SCORE and leads by ECHO_MARGIN; else None.

    For a message the general test does not read as about health ("how long till i feel better", "when will i get my
    energy back"): only a clinic's own question, nearly word for word, is answered so. "What is your age again" or
    "how many days off have I used" ask with one bank word at most ("age"; "off"), and so stay unanswered."""
    if not matcher.lists_sparse_entries or not analysis.tokens:
        return None
    ranking = matcher.rank(analysis.tokens, analysis.concepts)
    if not ranking:
        return None
    top = ranking[0]
    ahead = top.score - (ranking[1].score if len(ranking) > 1 else 0.0)
    if top.asks_more or not 0 < top.phrasings <= SPARSE_PHRASINGS:
        return None
    if top.score < ECHO_SCORE or top.coverage < ECHO_COVERAGE or ahead < ECHO_MARGIN:
        return None
    asked = asked_words(analysis.concepts, matcher.phrasing_concept_words(), analyzer.stopwords)
    if len(asked - ASKING_WORDS) < ECHO_WORDS or not entry_asks(matcher, analyzer, top.entry, analysis.concepts):
        return None
    if len(ranking) > 1 and entry_asks(matcher, analyzer, ranking[1].entry, analysis.concepts):
        return None  # the runner-up's phrasing asks it as well: the patient's words do not choose
    return top
