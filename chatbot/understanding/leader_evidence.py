"""What speaks for a clinic's leader beyond its score: the evidence `tools/leader_features.py` records and the gate
in `trusted_lead` weighs.

A clinic writes two or three phrasings an entry, so its right entry often leads a patient's message under the general
bars, and there a leader is right about as often as wrong (docs/how-it-decides.md, "Clinic banks (round 14)"). The
evidence here is what a reader would look at: how many of the message's own words (not everyday ones) the leader's
questions or answer say against the runner-up's, whether the way the message asks (when, how long, why, can I, what is)
is a way the leader's phrasings ask, and how far ahead it is.
"""

from __future__ import annotations

from chatbot.understanding.late_lead import clear_sparse_leader, words_left_asked
from chatbot.understanding.matcher import SPARSE_PHRASINGS

# A clinic's leader of the message read whole is trusted at this score, this share of the message explained and this
# many points ahead of the next entry, when its questions or answer say at least TRUST_SAID_LEAD more of the message's
# own words than the runner-up's, and a share of their weight TRUST_SHARE_LEAD greater, and the message does not ask
# in a way none of its phrasings asks (see `trusted_lead`; docs/how-it-decides.md, "Round 16: trusting a clinic's
# leader by its evidence").
TRUST_SCORE = 50.0
TRUST_COVERAGE = 0.5
TRUST_MARGIN = 10.0
TRUST_SAID_LEAD = 2
TRUST_SHARE_LEAD = 0.3

# The way a question asks, by the first of these concepts it holds (the analyzer's concepts: "how long" and "how soon"
# read "timing", "why" reads "cause"). A question none of them opens asks in no telling way.
ASKING_KINDS = {
    "when": "when",
    "timing": "when",
    "cause": "why",
    "why": "why",
    "can": "can",
    "could": "can",
    "may": "can",
    "safe": "can",
    "allowed": "can",
    "should": "should",
    "what": "what",
    "which": "what",
    "how": "how",
    "where": "where",
    "who": "who",
}


def asking_kind(concepts) -> str | None:
    """The way a question asks (a value of ASKING_KINDS), from the first concept that says it; None if none does."""
    for concept in concepts:
        kind = ASKING_KINDS.get(concept)
        if kind is not None:
            return kind
    return None


def entry_kinds(analyzer, entry) -> frozenset[str]:
    """The ways an entry's phrasings ask: every asking concept they hold ("When can I drive?" asks when and can)."""
    found = set()
    for text in (entry.question, *entry.alternates):
        found.update(ASKING_KINDS[c] for c in analyzer.analyze(text, fix_typos=False).concepts if c in ASKING_KINDS)
    return frozenset(found)


def content_words(analyzer, tokens) -> tuple[str, ...]:
    """The message's own words: its tokens less the everyday ones."""
    return tuple(t for t in tokens if not analyzer.is_everyday(t))


def said_by(matcher, entry, words) -> int:
    """How many of these words an entry's questions or answer say."""
    return sum(1 for t in words if matcher.says(entry, frozenset((t,))))


def describe(matcher, analyzer, ranking, tokens, concepts) -> dict:
    """The evidence for a ranking's leader (and against its runner-up), as `tools/leader_features.py` records it."""
    if not ranking:
        return {}
    top = ranking[0]
    second = ranking[1] if len(ranking) > 1 else None
    content = content_words(analyzer, tokens)
    own = said_by(matcher, top.entry, content)
    rival = said_by(matcher, second.entry, content) if second is not None else 0
    kind = asking_kind(concepts)
    kinds = entry_kinds(analyzer, top.entry)
    weight = sum(matcher.weight(t) for t in content) or 1.0
    own_weight = sum(matcher.weight(t) for t in content if matcher.says(top.entry, frozenset((t,))))
    rival_weight = (
        sum(matcher.weight(t) for t in content if matcher.says(second.entry, frozenset((t,)))) if second else 0.0
    )
    return {
        "said_share": round(own_weight / weight, 3),
        "rival_share": round(rival_weight / weight, 3),
        "content": len(content),
        "content_said": own,
        "content_unsaid": len(content) - own,
        "rival_said": rival,
        "said_lead": own - rival,
        "kind": kind,
        "kind_agrees": kind is not None and kind in kinds,
        "kind_differs": kind is not None and bool(kinds) and kind not in kinds,
        "sparse": 0 < top.phrasings <= SPARSE_PHRASINGS,
    }


def trusted_lead(matcher, analyzer, tokens, concepts, asked_concepts, about_health: bool, questions=None, story=None):
    """The leader of a clinic's message read whole, when its evidence clears this module's bars; else None.

    `asked_concepts` are those of the question asked (a message's last question, or the message); `questions` the
    tokens of each question after a story, as for `late_lead`. Never past a health word, a number or a rare word the
    entry does not say, never the entry that only says what the topic is when more is asked, only a message about
    health, and only an entry of a clinic's few phrasings (the packaged bank never answers so). The guards count only
    the words that may name another subject (`late_lead.words_left_asked`; `story`: each story sentence's tokens)."""
    ranking = clear_sparse_leader(matcher, tokens, concepts, about_health, TRUST_SCORE, TRUST_COVERAGE, TRUST_MARGIN)
    if ranking is None:
        return None
    top = ranking[0]
    left = words_left_asked(matcher, analyzer, top.entry, tokens, questions, story)
    if left["left_health"] or left["left_number"] or left["left_rare"]:
        return None
    if questions is not None and not all(questions):
        return None  # after a story, a question in no word the bot reads: the story's words alone would decide
    found = describe(matcher, analyzer, ranking, tokens, asked_concepts)
    if found["kind_differs"] or found["said_lead"] < TRUST_SAID_LEAD:
        return None
    if found["said_share"] - found["rival_share"] < TRUST_SHARE_LEAD - 1e-9:
        return None
    return top
