"""A clinic's question with no subject, answered when the bank's topic as its subject gives a clear leader.

"why did i get it", "how long till i can drive", "what foods should i cut out": a patient at a clinic asks about the
clinic's condition without naming it. The general no-subject gate (`conversation.matching.match`: the topic for "it"
only above
70 or 85 points, or with a health word) was set where a bank lists a dozen ways of asking each thing; a clinic writes
two or three, so its right entry leads such a question clearly yet under those bars, and the question falls back.

This reading answers it when both readings agree: the question read bare and read with the bank's main topic for
"it" lead to the same clinic entry, at this module's bars, and the question leaves no word that another entry's
questions use, no health word, number or rare word the entry does not say. Everyday requests (CLINC150) share
words with a clinic ("how long until my flight", "what foods are high in protein") and are kept out by the same
evidence: the bars were chosen on half the clinic tuning banks with every CLINC150 line asked at each, and checked on
the other half (tools/no_subject_features.py; docs/how-it-decides.md, "Round 15").

`readings` describes a message for that tool; `rule_holds` is the rule; `no_subject_lead` is what the session asks.
"""

from __future__ import annotations

from chatbot.understanding.late_lead import words_left
from chatbot.understanding.matcher import SPARSE_PHRASINGS, Candidate

# The entry both readings lead to: at least this score and share of the question explained with the topic as its
# subject, this many points ahead of the next entry in that reading, and at most this many words left over.
NO_SUBJECT_SCORE = 70.0
NO_SUBJECT_COVERAGE = 0.9
NO_SUBJECT_MARGIN = 15.0
NO_SUBJECT_OTHER_WORDS = 0
# At least this many of the question's words must be ones only the entry's own questions use.
NO_SUBJECT_EXCLUSIVE = 0
# Whether the question must point at its subject ("it", "this"), and must ask more than English's commonest words
# bring ("what time is it" brings only timing).
NEEDS_PRONOUN = True
NEEDS_MORE_THAN_ASKING = True
# ... unless the topic reading is one of the bank's phrasings nearly word for word ("why did I get it?").
ASKING_SCORE = 101.0
# The question itself, read bare: its leader must explain at least this share of it.
BARE_COVERAGE = 0.8


def _top(ranking) -> dict | None:
    if not ranking:
        return None
    top = ranking[0]
    margin = top.score - (ranking[1].score if len(ranking) > 1 else 0.0)
    return {"id": top.entry.id, "score": top.score, "coverage": top.coverage, "margin": margin,
            "phrasings": top.phrasings, "asks_more": top.asks_more}  # fmt: skip


def readings(matcher, analyzer, subject: tuple[str, ...], tokens, concepts, dense: bool = False) -> dict | None:
    """The bare and the topic readings of a question with no subject, and what its words leave; None when the bank
    has no main topic or no clinic entries (with `dense`: or has them), or the question has no tokens."""
    if not subject or not tokens or matcher.lists_sparse_entries == dense:
        return None
    bare = matcher.rank(tuple(tokens), tuple(concepts))
    with_topic = tuple(dict.fromkeys((*tokens, *subject)))
    topic = matcher.rank(with_topic, (*concepts, *subject), lenient=False)
    row = {"bare": _top(bare), "topic": _top(topic)}
    if topic:
        row["left"] = words_left(matcher, analyzer, topic[0].entry, tuple(tokens))
    return row


def rule_holds(
    row: dict,
    score: float = NO_SUBJECT_SCORE,
    coverage: float = NO_SUBJECT_COVERAGE,
    margin: float = NO_SUBJECT_MARGIN,
    left_other: int = NO_SUBJECT_OTHER_WORDS,
    bare_coverage: float = BARE_COVERAGE,
    exclusive: int = NO_SUBJECT_EXCLUSIVE,
    pronoun: bool = NEEDS_PRONOUN,
    plain: bool = NEEDS_MORE_THAN_ASKING,
    asking_score: float = ASKING_SCORE,
) -> bool:
    """True if the topic reading's leader clears the bars and the bare reading leads to it too."""
    bare, topic, left = row.get("bare"), row.get("topic"), row.get("left")
    if not bare or not topic or left is None:
        return False
    if topic["asks_more"] or not 0 < topic["phrasings"] <= SPARSE_PHRASINGS or bare["id"] != topic["id"]:
        return False
    if topic["score"] < score or topic["coverage"] < coverage or topic["margin"] < margin:
        return False
    if bare["coverage"] < bare_coverage:
        return False
    if left["left_other"] > left_other or left["exclusive"] < exclusive:
        return False
    if pronoun and not row.get("pronoun"):
        return False
    if plain and row.get("only_asks") and topic["score"] < asking_score:
        return False
    return not (left["left_health"] or left["left_number"] or left["left_rare"])


def no_subject_lead(
    matcher, analyzer, subject, tokens, concepts, pronoun: bool, only_asks: bool
) -> Candidate | None:
    """The clinic entry both readings of a question with no subject lead to, if it clears the bars; else None.
    `pronoun`: the question points at its subject ("it", "this"); `only_asks`: its every token is a concept one of
    English's commonest words brings (`conversation.message_readings.only_asks`)."""
    if NEEDS_PRONOUN and not pronoun:
        return None  # `rule_holds` would say no whatever the readings: they are not ranked (speed25)
    row = readings(matcher, analyzer, subject, tokens, concepts)
    if row is None:
        return None
    row.update(pronoun=pronoun, only_asks=only_asks)
    if not rule_holds(row):
        return None
    with_topic = tuple(dict.fromkeys((*tokens, *subject)))
    return matcher.rank(with_topic, (*tuple(concepts), *subject), lenient=False)[0]


# A bank of many phrasings an entry (the packaged bank) lists its own ways of asking each thing, so its topic reading
# leads a question with no subject far less often than a clinic's; yet "will it stop me moving my arm" or "could it
# be confused with a clot or an infection" lead one entry clearly, under the answer bar. Chosen on eval.yaml and the
# even HO parts 2-16 (3 right, none wrong, no off-topic or CLINC150 line), checked on the odd parts (1 right, none
# wrong): docs/how-it-decides.md, round 22, horeading24 (`tools/no_subject_dense_split.py`).
DENSE_NO_SUBJECT_SCORE = 45.0
DENSE_NO_SUBJECT_COVERAGE = 0.45
DENSE_NO_SUBJECT_MARGIN = 15.0
# No word another entry's questions use may be left, and at most one health word and one rare word ("arm" where
# the entry speaks of joints, a typo no word is near).
DENSE_NO_SUBJECT_HEALTH_LEFT = 1
DENSE_NO_SUBJECT_RARE_LEFT = 1


def dense_rule_holds(row: dict) -> bool:
    """True if the topic reading's leader clears the dense bank's bars for a question that points at its subject
    ("it", "this"), is about health or the topic, and asks more than English's commonest words bring."""
    topic, left = row.get("topic"), row.get("left")
    if not topic or left is None or topic["asks_more"]:
        return False
    if not (row.get("pronoun") and row.get("about")) or row.get("only_asks"):
        return False
    if topic["score"] < DENSE_NO_SUBJECT_SCORE or topic["coverage"] < DENSE_NO_SUBJECT_COVERAGE:
        return False
    if topic["margin"] < DENSE_NO_SUBJECT_MARGIN or left["left_number"] or left["left_other"]:
        return False
    return left["left_health"] <= DENSE_NO_SUBJECT_HEALTH_LEFT and left["left_rare"] <= DENSE_NO_SUBJECT_RARE_LEFT


def dense_no_subject_lead(
    matcher, analyzer, subject, tokens, concepts, pronoun: bool, about: bool, only_asks: bool, kinds=frozenset()
) -> Candidate | None:
    """The entry the topic reading of a question with no subject leads to in a bank of many phrasings an entry, if it
    clears `dense_rule_holds`; else None. `about`: the question is about health, or points at the topic in words the
    bank makes its own (read as in a fresh session). `kinds`: the bank's names of its condition and of its kinds (the
    bank's `subject_names`)."""
    if not (pronoun and about) or only_asks:
        return None  # `dense_rule_holds` would say no whatever the readings: they are not ranked (speed25)
    row = readings(matcher, analyzer, subject, tokens, concepts, dense=True)
    if row is None:
        return None
    row.update(pronoun=pronoun, about=about, only_asks=only_asks)
    if not dense_rule_holds(row):
        return None
    with_topic = tuple(dict.fromkeys((*tokens, *subject)))
    leader = matcher.rank(with_topic, (*tuple(concepts), *subject), lenient=False)[0]
    if _names_a_kind_not_asked(analyzer, leader.entry, kinds, subject, tokens):
        return None  # "can i still walk with it": the FOP entry speaks of walking, but "it" is HO, not FOP
    return leader


def _names_a_kind_not_asked(analyzer, entry, kinds, subject, tokens) -> bool:
    """True if the entry's own question names a kind of the condition (FOP, POH, the genetic kind) that the question
    does not: with no subject of its own, "it" is the whole topic, never one of its kinds."""
    named = {t for name in kinds for t in analyzer.analyze(name, fix_typos=False).tokens}
    own = set(analyzer.analyze(entry.question, fix_typos=False).tokens)
    return bool((own & named) - set(subject) - set(tokens))
