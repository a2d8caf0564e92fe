"""A clinic's short question with no subject, read with the bank's topic as its subject and answered when readings
built differently agree on one entry.

"how long does it last?", "is it catching?", "can kids get it?": at a clinic the bank's topic is the subject. The
first reading of such questions (`understanding.no_subject`) asks for a near copy of one of the bank's questions (70
points, 90% explained, 15 points ahead); a clinic writes two or three phrasings an entry, so a patient's own wording
of the same question often leads clearly yet under those bars. Here the topic reading's leader is answered at lower
bars when, at once:

- the question read bare leads to the same entry (the topic only names the subject, it does not choose the entry);
- the second reading (`second_reading`: each entry's questions, answer and title as one document, words weighed by
  their rarity in the bank and in English) of the question's own words chooses the same entry, clearly;
- the leader says at least as many of the question's own words as its runner-up (`leader_evidence.said_lead`), and
  the question leaves no number, rare word or health word that may name another subject, and no word another entry's
  questions use.

Everyday requests ask the same way ("how long does it take", "is it open today"): the bars were chosen from a
calibration table (score band -> right / wrong / off-topic / CLINC150 share) on half the clinic tuning banks with
every CLINC150 line read at each, and checked on the other half (tools/topic_subject_calibration.py;
docs/how-it-decides.md, "Round 20").
"""

from __future__ import annotations

from chatbot.understanding import leader_evidence, second_reading
from chatbot.understanding.late_lead import words_left_asked
from chatbot.understanding.matcher import SPARSE_PHRASINGS, Candidate

# Switched off only by the calibration tool, to record every row this reading might answer.
enabled = True

TOPIC_SCORE = 50.0
TOPIC_COVERAGE = 0.6
TOPIC_MARGIN = 7.0
SECOND_RATIO = 1.6
SECOND_SHARED = 1
SECOND_CONTENT = 1
SAID_LEAD = 0
OTHER_WORDS = 0


def _top(ranking) -> dict | None:
    if not ranking:
        return None
    top = ranking[0]
    margin = top.score - (ranking[1].score if len(ranking) > 1 else 0.0)
    return {"id": top.entry.id, "score": round(top.score, 2), "coverage": round(top.coverage, 3),
            "margin": round(margin, 2), "phrasings": top.phrasings, "asks_more": top.asks_more}  # fmt: skip


def _with_topic(tokens, subject) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*tokens, *subject)))


def readings(matcher, analyzer, subject: tuple[str, ...], tokens, concepts) -> dict | None:
    """Every reading of a question with no subject this module weighs; None when the bank has no main topic or no
    clinic entries, or the question has no tokens."""
    if not subject or not tokens or not matcher.lists_sparse_entries:
        return None
    bare = matcher.rank(tuple(tokens), tuple(concepts))
    topic = matcher.rank(_with_topic(tokens, subject), (*concepts, *subject), lenient=False)
    row = {"bare": _top(bare), "topic": _top(topic)}
    if topic:
        row["left"] = words_left_asked(matcher, analyzer, topic[0].entry, tuple(tokens))
        row["second"] = second_reading.describe(matcher, analyzer, tuple(tokens))
        evidence = leader_evidence.describe(matcher, analyzer, topic, tuple(tokens), tuple(concepts))
        row["said_lead"] = evidence.get("said_lead", 0)
        row["kind_differs"] = bool(evidence.get("kind_differs"))
    return row


def rule_holds(
    row: dict,
    score: float = TOPIC_SCORE,
    coverage: float = TOPIC_COVERAGE,
    margin: float = TOPIC_MARGIN,
    ratio: float = SECOND_RATIO,
    shared: int = SECOND_SHARED,
    content: int = SECOND_CONTENT,
    said_lead: int = SAID_LEAD,
    other_words: int = OTHER_WORDS,
) -> bool:
    """True if the readings of `row` (see `readings`) agree on the topic reading's leader at these bars."""
    bare, topic, left, second = row.get("bare"), row.get("topic"), row.get("left"), row.get("second")
    if not bare or not topic or left is None or second is None:
        return False
    if topic["asks_more"] or not 0 < topic["phrasings"] <= SPARSE_PHRASINGS:
        return False
    if bare["id"] != topic["id"] or second["id"] != topic["id"]:
        return False
    if topic["score"] < score or topic["coverage"] < coverage or topic["margin"] < margin:
        return False
    if second["ratio"] < ratio or second["shared"] < shared or second["content"] < content:
        return False
    if row.get("said_lead", 0) < said_lead or row.get("kind_differs"):
        return False
    if left["left_other"] > other_words:
        return False
    return not (left["left_health"] or left["left_number"] or left["left_rare"])


def topic_subject_lead(matcher, analyzer, subject, tokens, concepts) -> Candidate | None:
    """The clinic entry the readings of a question with no subject agree on (see the module's note); else None."""
    if not enabled:
        return None
    row = readings(matcher, analyzer, subject, tokens, concepts)
    if row is None or not rule_holds(row):
        return None
    return matcher.rank(_with_topic(tokens, subject), (*tuple(concepts), *subject), lenient=False)[0]
