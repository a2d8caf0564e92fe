"""A clinic's clear leader, answered when no other reading of the message answered it.

The general bars (`decision.ANSWER_SCORE`, `MIN_COVERAGE`) were set where a bank lists a dozen ways of asking each
thing; a clinic writes two or three, so its right entry often leads a message under them. Leading alone says little
there (of the clinic questions the bot left unanswered, the leader of the message read whole was right about as often
as wrong), but a leader this far ahead, that explains half the message and leaves at most one word that another
entry's questions use, was right every time on the clinic tuning banks, chosen on half of them and checked on the
other half (tools/leader_features.py; docs/how-it-decides.md, "Clinic banks (round 14)").

`readings` describes a message's rankings for that tool; `late_lead` is the rule the session decides with.
"""

from __future__ import annotations

from chatbot.understanding.matcher import SPARSE_PHRASINGS, Candidate
from chatbot.understanding.other_subject import RARE_ZIPF, other_subject_left

# The leader of the message read whole: at least this score, this share of the message explained, this many points
# ahead of the next entry, and at most this many of the message's words left that another entry's questions use.
LATE_SCORE = 55.0
LATE_COVERAGE = 0.5
LATE_MARGIN = 10.0
LATE_OTHER_WORDS = 1


def words_left(matcher, analyzer, entry, tokens) -> dict[str, int]:
    """What a message's words say for and against an entry: the words it says (its questions or answer), those
    only its questions use, and those it leaves unexplained by kind: another entry's question word, a health word,
    a rare word the bank never uses, an everyday word."""
    own = {t for t in tokens if matcher.says(entry, frozenset((t,)))}
    left = [t for t in tokens if t not in own]
    asked = matcher.question_tokens()
    return {
        "exclusive": sum(1 for t in own if matcher.question_count(t) == 1 and matcher.overlap(entry, frozenset((t,)))),
        "own": len(own),
        "left_other": sum(1 for t in left if t in asked),
        "left_health": sum(1 for t in left if t in analyzer.health),
        "left_rare": sum(
            1 for t in left if t not in asked and not analyzer.is_everyday(t) and analyzer.zipf(t) < RARE_ZIPF
        ),
        "left_everyday": sum(1 for t in left if analyzer.is_everyday(t)),
        "left_number": sum(1 for t in left if t.isdigit()),
        "left": len(left),
    }


def words_left_asked(matcher, analyzer, entry, tokens, questions=None, story=None) -> dict[str, int]:
    """`words_left`, with the guards (a health word, a number, a rare word left) counted over the words that may name
    another subject: not those the story around the question only tells ("I have diabetes, how long does the socket
    take to heal"), no health word of care itself ("doctor", "heal"; see `understanding.other_subject`). `questions`
    and `story`: the tokens of each question and each story sentence, after a story."""
    left = words_left(matcher, analyzer, entry, tokens)
    return other_subject_left(matcher, analyzer, entry, tokens, left, questions, story)


def sparse_leader_is_clear(matcher, ranking, about_health: bool, score: float, coverage: float, margin: float) -> bool:
    """True when the leader of a clinic's message read whole (`ranking`) is clear: the message is about health, the
    leader is an entry of a clinic's few phrasings (the packaged bank never answers so) that does not only say what
    the topic is when more is asked (`Candidate.asks_more`), and it reaches `score` and `coverage` `margin` points
    ahead of the next entry. The shared first bars of `late_lead`, `leader_evidence.trusted_lead` and
    `second_reading.agreeing_lead`."""
    if not about_health or not matcher.lists_sparse_entries or not ranking:
        return False
    top = ranking[0]
    if top.asks_more or not 0 < top.phrasings <= SPARSE_PHRASINGS:
        return False
    ahead = top.score - (ranking[1].score if len(ranking) > 1 else 0.0)
    return top.score >= score and top.coverage >= coverage and ahead >= margin


def clear_sparse_leader(matcher, tokens, concepts, about_health: bool, score: float, coverage: float, margin: float):
    """The ranking of a clinic's message read whole when its leader is clear (`sparse_leader_is_clear`), else None."""
    if not about_health or not matcher.lists_sparse_entries or not tokens:
        return None  # nothing to rank: the bars could not be met
    ranking = matcher.rank(tokens, concepts)
    return ranking if sparse_leader_is_clear(matcher, ranking, about_health, score, coverage, margin) else None


def late_lead(matcher, analyzer, tokens, concepts, about_health: bool, questions=None, story=None) -> Candidate | None:
    """The leader of a clinic's message read whole, if it clears this module's bars; else None.

    Never past a health word, a number or a rare word the entry does not say. Only a message about health, only an
    entry of a clinic's few phrasings (the packaged bank never answers so), and never the entry that only says what
    the topic is when more is asked (`Candidate.asks_more`). After a story (`questions`: the tokens of each
    question, given when the message has a story) no question may ask in words the bot reads as nothing, as
    `own_word` requires: read whole, "My nan had her cast cut off last week. Who actually gets it?" leads to the
    entry on taking a cast off, the story's words alone deciding. The guards count only the words that may name
    another subject (`words_left_asked`; `story`: the tokens of each story sentence)."""
    ranking = clear_sparse_leader(matcher, tokens, concepts, about_health, LATE_SCORE, LATE_COVERAGE, LATE_MARGIN)
    if ranking is None:
        return None
    top = ranking[0]
    left = words_left_asked(matcher, analyzer, top.entry, tokens, questions, story)
    if left["left_other"] > LATE_OTHER_WORDS:
        return None  # "whats the chance of it coming back": "chance" is another entry's question, not this one's
    if left["left_health"] or left["left_number"] or left["left_rare"]:
        return None  # "... if I have diabetes", "... with sarcoidosis", "stage 2" at the stage 1 entry
    if questions is not None and not all(questions):
        return None
    return top


def _describe(ranking, matcher=None, analyzer=None, tokens=()) -> dict | None:
    if not ranking:
        return None
    top = ranking[0]
    second = ranking[1] if len(ranking) > 1 else None
    extra = words_left(matcher, analyzer, top.entry, tokens) if matcher is not None else {}
    return extra | {
        "id": top.entry.id,
        "score": top.score,
        "coverage": round(top.coverage, 3),
        "fit": round(top.fit, 3),
        "margin": round(top.score - (second.score if second else 0.0), 1),
        "second": second.entry.id if second else None,
        "second_score": second.score if second else 0.0,
        "second_coverage": round(second.coverage, 3) if second else 0.0,
        "details_only": top.details_only,
        "sparse_lead": top.sparse_lead,
        "asks_more": top.asks_more,
        "phrasings": top.phrasings,
    }


def readings(matcher, analyzer, subject, analysis, message, about_health: bool) -> dict:
    """A message's readings (whole; its last question alone; each with the bank's topic for "it") and their leaders'
    features, for tools/leader_features.py."""
    subject = tuple(subject)
    found = {"whole": _describe(matcher.rank(analysis.tokens, analysis.concepts), matcher, analyzer, analysis.tokens)}
    if subject:
        tokens = tuple(dict.fromkeys((*analysis.tokens, *subject)))
        found["whole_topic"] = _describe(matcher.rank(tokens, (*analysis.concepts, *subject), lenient=False))
    if message.questions and (message.story or len(message.questions) > 1):
        alone = analyzer.analyze(message.questions[-1])
        found["alone"] = _describe(matcher.rank(alone.tokens, alone.concepts))
        if subject:
            tokens = tuple(dict.fromkeys((*alone.tokens, *subject)))
            found["alone_topic"] = _describe(matcher.rank(tokens, (*alone.concepts, *subject), lenient=False))
    found = {name: reading for name, reading in found.items() if reading is not None}
    whole = found.get("whole")
    leader = whole["id"] if whole else None
    asked = [analyzer.analyze(question).tokens for question in message.questions] if message.story else None
    late = late_lead(matcher, analyzer, analysis.tokens, analysis.concepts, about_health, asked)
    return {
        "leader": leader,
        "readings": found,
        "agree": sum(1 for reading in found.values() if reading["id"] == leader),
        "n_readings": len(found),
        "about_health": about_health,
        "story": bool(message.story),
        "questions": len(message.questions),
        "words": len(analysis.words),
        "names_topic": bool(subject) and set(subject) <= set(analysis.tokens),
        "late_lead": late.entry.id if late else None,
    }


def rule_holds(
    row: dict,
    score: float,
    coverage: float,
    margin: float,
    exclusive: int = 0,
    left_other: int = 99,
    left_health: int = 99,
    agree: int = 1,
    story: bool = True,
) -> bool:
    """Whether a rule of these thresholds answers a row's leader (tools/leader_features.py tries them)."""
    whole = row["readings"].get("whole")
    if whole is None or not row["about_health"] or whole["asks_more"]:
        return False
    if row["story"] and not story:
        return False
    return (
        whole["score"] >= score
        and whole["coverage"] >= coverage
        and whole["margin"] >= margin
        and whole["exclusive"] >= exclusive
        and whole["left_other"] <= left_other
        and whole["left_health"] <= left_health
        and row["agree"] >= agree
    )
