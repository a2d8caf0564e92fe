"""A second, independent reading of a clinic's bank: each entry as one document (its questions, its answer, the
title of its section), ranked for a message by BM25 (Robertson and Zaragoza, 2009) over the analyzer's stems.

The matcher scores a message against an entry's phrasings, one at a time: with a clinic's two or three phrasings the
right entry often leads under every bar, because the patient used words its answer has and its phrasings lack ("my
big toe went red and hot overnight" against "What does a gout attack feel like?"). This reading weighs every word the
entry says anywhere by how rare it is in the bank (the idf) and how rare it is in English (word commonness, from the
analyzer's frequency list), and nothing else. When the two readings, built so differently, choose the same entry,
and this one chooses it clearly, that agreement is evidence the leader is the right one (see `agreeing_lead`).
"""

from __future__ import annotations

import math
from collections import Counter
from weakref import WeakKeyDictionary

from chatbot.understanding.late_lead import sparse_leader_is_clear, words_left_asked
from chatbot.understanding.matcher import Candidate

# BM25's usual constants: how fast a repeated word stops counting, and how much a long document is discounted.
K1 = 1.2
B = 0.75
# An entry's own phrasings say what it is about: their words count this many times, its answer's and title's once.
PHRASING_WEIGHT = 2
# A word this common in English (Zipf scale) or more counts at the least; one this rare or rarer at the most.
COMMON_ZIPF = 6.0
RARE_ZIPF = 3.0
LEAST_COMMONNESS = 0.5
# A shared word less common than this in English, and not an everyday word, says what the message is about ("fly",
# "itch", "protector"); the ways of asking ("when", "go", "use") do not.
CONTENT_ZIPF = 5.5

# The gate (docs/how-it-decides.md, round 17): the matcher's leader of the message read whole at least this score,
# coverage and margin; this reading's leader the same entry, at least AGREE_RATIO times the score of its runner-up,
# its document saying at least AGREE_SHARED of the message's distinct tokens, AGREE_CONTENT of them words that say
# what the message is about (one such word, "flight" at a clinic with an entry on flying, is no agreement), and
# AGREE_COVERED of the message's tokens weighed by commonness.
AGREE_SCORE = 45.0
AGREE_COVERAGE = 0.4
AGREE_MARGIN = 15.0  # as `decision.SPARSE_LEAD_MARGIN` and `CLEAR_LEAD_MARGIN`
AGREE_RATIO = 2.0
AGREE_SHARED = 3
AGREE_CONTENT = 2
AGREE_COVERED = 0.4

# The wider gate (docs/how-it-decides.md, round 18: `named_lead`), open only to a message that names health itself
# (`health_evidence.names_health`: not only "flight", "appointment" or "meal"): the matcher's leader at NAMED_SCORE,
# NAMED_COVERAGE and the engine's margin, no word left that another entry's questions use, no number, health word or
# rare word left (as every clinic lead: "can the socket go dry if I have diabetes" is another question); this
# reading's leader the same entry at NAMED_RATIO times its runner-up, saying AGREE_SHARED of the message's tokens,
# one of them a word that says what the message is about, and AGREE_COVERED of the message weighed by commonness.
NAMED_SCORE = 40.0
NAMED_COVERAGE = 0.4
NAMED_RATIO = 1.6
NAMED_CONTENT = 1

_INDEXES: WeakKeyDictionary = WeakKeyDictionary()


class _Index:
    """The bank's entries as documents of stems, with each stem's document frequency."""

    def __init__(self, matcher, analyzer):
        self.ids = [entry.id for entry in matcher.entries]
        self.docs: list[Counter] = []
        for entry in matcher.entries:
            counts: Counter = Counter()
            for phrasing in (entry.question, *entry.alternates):
                for token in analyzer.analyze(phrasing, fix_typos=False).tokens:
                    counts[token] += PHRASING_WEIGHT
            for text in (entry.answer, entry.source):
                counts.update(analyzer.analyze(text, fix_typos=False).tokens if text else ())
            self.docs.append(counts)
        self.lengths = [sum(doc.values()) for doc in self.docs]
        self.mean_length = (sum(self.lengths) / len(self.lengths)) if self.lengths else 1.0
        frequency: Counter = Counter()
        for doc in self.docs:
            frequency.update(doc.keys())
        size = len(self.docs)
        self.idf = {token: math.log(1 + (size - n + 0.5) / (n + 0.5)) for token, n in frequency.items()}


def _index(matcher, analyzer) -> _Index:
    found = _INDEXES.get(matcher)
    if found is None:
        found = _INDEXES[matcher] = _Index(matcher, analyzer)
    return found


def _commonness_weight(analyzer, token: str) -> float:
    """1 for a word rare in English, down to LEAST_COMMONNESS for one of its commonest."""
    zipf = analyzer.zipf(token)
    if zipf <= RARE_ZIPF:
        return 1.0
    if zipf >= COMMON_ZIPF:
        return LEAST_COMMONNESS
    return 1.0 - (1.0 - LEAST_COMMONNESS) * (zipf - RARE_ZIPF) / (COMMON_ZIPF - RARE_ZIPF)


def rank(matcher, analyzer, tokens) -> list[tuple[str, float]]:
    """(entry id, score) for every entry that says one of the message's tokens, best first."""
    index = _index(matcher, analyzer)
    asked = [(token, index.idf[token] * _commonness_weight(analyzer, token)) for token in dict.fromkeys(tokens)
             if token in index.idf]  # fmt: skip
    found = []
    for entry_id, doc, length in zip(index.ids, index.docs, index.lengths, strict=True):
        norm = K1 * (1 - B + B * length / index.mean_length)
        score = sum(weight * doc[token] * (K1 + 1) / (doc[token] + norm) for token, weight in asked if token in doc)
        if score > 0:
            found.append((entry_id, score))
    found.sort(key=lambda pair: -pair[1])
    return found


def says(matcher, analyzer, entry, tokens) -> bool:
    """True if the entry's document (its questions, answer and title) says one of `tokens`."""
    index = _index(matcher, analyzer)
    doc = index.docs[index.ids.index(entry.id)]
    return any(token in doc for token in tokens)


def describe(matcher, analyzer, tokens) -> dict:
    """This reading's leader, its score, its ratio to the runner-up's, how many of the message's distinct tokens its
    document says (`shared`) and their share of the message's tokens weighed by commonness (`covered`)."""
    found = rank(matcher, analyzer, tokens)
    if not found:
        return {"id": None, "score": 0.0, "ratio": 0.0, "shared": 0, "content": 0, "covered": 0.0}
    second = found[1][1] if len(found) > 1 else 0.0
    ratio = found[0][1] / second if second else 99.0
    index = _index(matcher, analyzer)
    doc = index.docs[index.ids.index(found[0][0])]
    distinct = list(dict.fromkeys(tokens))
    weights = {token: _commonness_weight(analyzer, token) for token in distinct}
    said = [token for token in distinct if token in doc]
    covered = sum(weights[t] for t in said) / sum(weights.values()) if weights else 0.0
    content = sum(1 for token in said if not analyzer.is_everyday(token) and analyzer.zipf(token) < CONTENT_ZIPF)
    return {"id": found[0][0], "score": round(found[0][1], 3), "ratio": round(min(ratio, 99.0), 3),
            "shared": len(said), "content": content, "covered": round(covered, 3)}  # fmt: skip


def agreeing_lead(
    matcher, analyzer, ranking: list[Candidate], tokens, about_health: bool, questions=None, story=None
) -> Candidate | None:
    """The matcher's leader of a clinic's message read whole, when this reading chooses it too, clearly; else None.

    Only a message about health, only an entry of a clinic's few phrasings (the packaged bank never answers so),
    never the entry that only says what the topic is when more is asked (`Candidate.asks_more`), never past a health
    word, a number or a rare word the entry does not say (as `late_lead` and `leader_evidence.trusted_lead`), unless
    only the story around the question tells it (`questions`, `story`: `late_lead.words_left_asked`)."""
    if not sparse_leader_is_clear(matcher, ranking, about_health, AGREE_SCORE, AGREE_COVERAGE, AGREE_MARGIN):
        return None
    top = ranking[0]
    left = words_left_asked(matcher, analyzer, top.entry, tokens, questions, story)
    if left["left_health"] or left["left_number"] or left["left_rare"]:
        return None  # "are ear plugs needed after the tonsils were taken out?" at a grommets clinic: another question
    second = describe(matcher, analyzer, tokens)
    if second["id"] != top.entry.id or second["ratio"] < AGREE_RATIO:
        return None
    if second["shared"] < AGREE_SHARED or second["content"] < AGREE_CONTENT or second["covered"] < AGREE_COVERED - 1e-9:
        return None
    return top


def named_lead(
    matcher,
    analyzer,
    ranking: list[Candidate],
    tokens,
    about_health: bool,
    names_health: bool,
    questions=None,
    story=None,
):
    """The matcher's leader of a clinic's message read whole, by the wider gate (`NAMED_*`), when the message names
    health itself (`names_health`, from `health_evidence`); else None.

    The general health test lets everyday requests through ("when is my flight boarding" at a clinic with an entry
    on flying, "make me an appointment for a tire check"), and on those the bars below would answer; a message that
    names health, a part of the body or the clinic's topic does not ask them. Chosen on one half of the clinic banks
    and checked on the other (round 18). The guards count only what the question asks, as in `agreeing_lead`."""
    if not names_health:
        return None
    if not sparse_leader_is_clear(matcher, ranking, about_health, NAMED_SCORE, NAMED_COVERAGE, AGREE_MARGIN):
        return None
    top = ranking[0]
    left = words_left_asked(matcher, analyzer, top.entry, tokens, questions, story)
    if left["left_other"] or left["left_number"] or left["left_health"] or left["left_rare"]:
        return None  # another entry's question word, a number, a health or rare word the entry does not say
    second = describe(matcher, analyzer, tokens)
    if second["id"] != top.entry.id or second["ratio"] < NAMED_RATIO:
        return None
    if second["shared"] < AGREE_SHARED or second["content"] < NAMED_CONTENT or second["covered"] < AGREE_COVERED - 1e-9:
        return None
    return top
