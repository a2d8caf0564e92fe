"""Turn a ranking of entries into a decision: answer, offer a few options, or fall back.

A wrong medical answer is worse than "please ask your doctor", so an answer needs a
good score, most of the question explained, and a clear lead over the next entry.
"""


from typing import NamedTuple

from chatbot.understanding.matcher import Candidate

# A match is answered only when it is this good, explains at least this share
# of the question, and beats the next entry by this margin. Below the answer
# score, close candidates above the clarify score are offered as options.
ANSWER_SCORE = 60.0
CLARIFY_SCORE = 50.0
MIN_COVERAGE = 0.65
CLEAR_MARGIN = 7.0
# A match this sure, that explains the whole question, is answered even with a close rival (both read the
# question fully, as "can HO be genetic?" does "types of HO" and "genetic HO"); the rival is offered first.
SURE_SCORE = 85.0
SURE_COVERAGE = 0.95
SURE_MARGIN = 3.0  # closer than this, two entries are near-duplicates: the person chooses
# A rival this far below the coverage bar still counts against a clear answer (see `decide`).
RIVAL_COVERAGE_SLACK = 0.1
# A leader far ahead of every other entry, that leaves unexplained only everyday detail ("gravel", "the car",
# "telly"), is answered below the answer score and coverage bar (see `decide`).
CLEAR_LEAD_SCORE = 40.0
CLEAR_LEAD_COVERAGE = 0.4
CLEAR_LEAD_MARGIN = 15.0
MAX_OPTIONS = 3
# A clinic's entry (few phrasings) that leaves only words no entry uses is answered with this score and coverage
# when this far ahead of the next entry (see `sparse_lead`).
SPARSE_LEAD_SCORE = 40.0
SPARSE_LEAD_COVERAGE = 0.45
SPARSE_LEAD_MARGIN = 15.0
# No entry below this coverage can be answered or offered: a ranking whose best coverage is lower decides
# nothing but the fallback (see `Matcher.rank`'s `min_coverage`).
DECIDING_COVERAGE = min(CLEAR_LEAD_COVERAGE, MIN_COVERAGE)
MAX_FOLLOW_UPS = 3


class Decision(NamedTuple):
    """What the ranking means: one answer, a few options to choose from, or no match."""

    kind: str  # "answer", "clarify" or "fallback"
    candidates: tuple[Candidate, ...]


def decide(candidates: list[Candidate]) -> Decision:
    """Turn a ranking into a decision; a wrong answer is worse than "ask your doctor"."""
    if candidates and candidates[0].asks_more:
        return _unsure(candidates)
    credible = [c for c in candidates if c.coverage >= MIN_COVERAGE and c.score >= CLARIFY_SCORE]
    if candidates and _leads_clearly(candidates) and not (credible and credible[0] is not candidates[0]):
        return Decision("answer", (candidates[0],))
    if not credible:
        return Decision("fallback", ())
    top = credible[0]
    close = [c for c in credible if top.score - c.score < CLEAR_MARGIN]
    # A rival that explains nearly enough of the question still makes the leader unsure ("is a fever a sign
    # of HO?": the early-symptoms entry leads, the fever entry just misses the coverage bar).
    near = [
        c
        for c in candidates
        if c not in close and c.coverage >= MIN_COVERAGE - RIVAL_COVERAGE_SLACK and top.score - c.score < CLEAR_MARGIN
    ]
    close = sorted((*close, *near), key=lambda c: -c.score)
    if top.score >= ANSWER_SCORE and len(close) == 1:
        return Decision("answer", (top,))
    if top.score >= SURE_SCORE and top.coverage >= SURE_COVERAGE and top.score - close[1].score >= SURE_MARGIN:
        return Decision("answer", tuple(close[:MAX_OPTIONS]))  # the rest: offered first as follow-ups
    if len(close) > 1:
        return Decision("clarify", tuple(close[:MAX_OPTIONS]))
    return Decision("fallback", ())


def _unsure(candidates: list[Candidate]) -> Decision:
    """The leader does not cover what the question asks (see `Candidate.asks_more`): never answered. The entries
    close enough to clear the clarify bar, the leader among them, are offered if there are two; else the fallback."""
    credible = [c for c in candidates if c.coverage >= MIN_COVERAGE and c.score >= CLARIFY_SCORE]
    if len(credible) > 1:
        return Decision("clarify", tuple(credible[:MAX_OPTIONS]))
    return Decision("fallback", ())


def _leads_clearly(candidates: list[Candidate]) -> bool:
    """A leader that explains everything a question asks, with only everyday detail left over, far ahead of
    the next entry: the words it leaves ("gravel", "telly") cost it coverage, not meaning."""
    return candidates[0].details_only and leads_far(candidates)


def leads_far(candidates: list[Candidate]) -> bool:
    """A leader with a fair score and coverage, far ahead of the next entry (whatever it leaves unexplained)."""
    return leads_by(candidates, CLEAR_LEAD_SCORE, CLEAR_LEAD_COVERAGE, CLEAR_LEAD_MARGIN)


def leads_by(candidates: list[Candidate], score: float, coverage: float, margin: float) -> bool:
    """The leader reaches `score` and `coverage` and is at least `margin` points ahead of the next entry."""
    top = candidates[0]
    if top.score < score or top.coverage < coverage:
        return False
    return len(candidates) == 1 or top.score - candidates[1].score >= margin


def sparse_lead(candidates: list[Candidate]) -> bool:
    """A clinic entry's clear lead (see `Candidate.sparse_lead`): a fair score and coverage, far ahead of the next.

    With two or three phrasings an entry rarely reaches the answer score, which was set where a bank lists a dozen
    ways of asking; its lead over every other entry, and words left over that no entry uses, are what speak for it.
    Only a question read alone may be answered so (see `conversation.whole_message.whole_message_decision`)."""
    if not candidates or not candidates[0].sparse_lead or candidates[0].asks_more:
        return False  # an entry that only says what the topic is answers nothing more (see `Candidate.asks_more`)
    return leads_by(candidates, SPARSE_LEAD_SCORE, SPARSE_LEAD_COVERAGE, SPARSE_LEAD_MARGIN)
