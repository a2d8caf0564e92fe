"""A clinic's leader only a few points ahead of the next entry, answered when several kinds of evidence agree on it.

Every clinic lead before this one (`late_lead`, `leader_evidence.trusted_lead`, `second_reading`) asks the matcher's
leader of the message read whole to be 10-15 points ahead of the next entry: with two or three phrasings an entry,
two entries often score close, and the closer one is as often wrong as right. Closeness on one reading is no
verdict when other readings, built differently, take sides. Here a leader at least the engine's ordinary margin
ahead (`decision.CLEAR_MARGIN`, 7 points) is answered when, at once:

- the second reading (`second_reading`: each entry's questions, answer and title as one document, words weighed by
  their rarity in the bank and in English) chooses the same entry, CLOSE_RATIO times its runner-up, its document
  saying CLOSE_SHARED of the message's distinct stems, CLOSE_CONTENT of them words that say what the message is
  about, and CLOSE_COVERED of the message weighed by commonness;
- the leader says more of the message's own words (its tokens less everyday ones) than the runner-up does
  (`leader_evidence.describe`, `said_lead`);
- the message names health itself (`health_evidence.names_health`), is one question with no story, and leaves no
  number, rare word or health word that may name another subject (`late_lead.words_left_asked`), and at most one
  word another entry's questions use.

Chosen on one half of the clinic tuning banks (N-Z) and checked on the other (A-M), where it held
(docs/how-it-decides.md, round 19, clinicrecall21).
"""

from __future__ import annotations

from chatbot.understanding import leader_evidence, second_reading
from chatbot.understanding.decision import CLEAR_MARGIN
from chatbot.understanding.late_lead import sparse_leader_is_clear, words_left_asked
from chatbot.understanding.matcher import Candidate

CLOSE_SCORE = 40.0
CLOSE_COVERAGE = 0.5
CLOSE_MARGIN = CLEAR_MARGIN
CLOSE_RATIO = 1.6
CLOSE_SHARED = 4
CLOSE_CONTENT = 2
CLOSE_COVERED = 0.5
CLOSE_SAID_LEAD = 1
CLOSE_OTHER_WORDS = 1


def close_lead(
    matcher, analyzer, ranking: list[Candidate], tokens, concepts, about_health: bool, names_health: bool
) -> Candidate | None:
    """The matcher's leader of a clinic's one-question message, when the evidence above agrees on it; else None.
    The caller gives only a message of one question and no story."""
    if not names_health:
        return None
    if not sparse_leader_is_clear(matcher, ranking, about_health, CLOSE_SCORE, CLOSE_COVERAGE, CLOSE_MARGIN):
        return None
    top = ranking[0]
    left = words_left_asked(matcher, analyzer, top.entry, tokens)
    if left["left_other"] > CLOSE_OTHER_WORDS or left["left_number"] or left["left_health"] or left["left_rare"]:
        return None
    second = second_reading.describe(matcher, analyzer, tokens)
    if second["id"] != top.entry.id or second["ratio"] < CLOSE_RATIO:
        return None
    if second["shared"] < CLOSE_SHARED or second["content"] < CLOSE_CONTENT:
        return None
    if second["covered"] < CLOSE_COVERED - 1e-9:
        return None
    found = leader_evidence.describe(matcher, analyzer, ranking, tokens, concepts)
    if found["said_lead"] < CLOSE_SAID_LEAD:
        return None
    return top
