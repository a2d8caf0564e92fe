"""A clinic's leader nearly level with the next entry, answered when the second reading takes its side clearly and
with two of the message's own content words.

With two or three phrasings an entry, two of a clinic's entries often score within a few points of each other on a
patient's question ("can hayfever cause a cough": the symptoms entry and the one on asthma and hay fever), and the
engine offers both as a choice. The close lead (`close_lead`) answers a leader the ordinary margin ahead (7 points);
below that, the matcher alone cannot tell them apart. Here a leader at least NEAR_MARGIN points ahead, and less than
the close lead's margin (above it, only the close lead's own evidence answers), is answered when, at once:

- the second reading (`second_reading`: each entry's questions, answer and title as one document, words weighed by
  their rarity in the bank and in English) chooses the same entry, NEAR_RATIO times its runner-up, its document saying
  NEAR_SHARED of the message's distinct stems, NEAR_CONTENT of them words that say what the message is about (not
  ways of asking: "when", "go", "use"), and NEAR_COVERED of the message weighed by commonness;
- the matcher's leader reaches NEAR_SCORE with NEAR_COVERAGE of the message explained, and leaves no number, rare
  word or health word it does not say, and at most NEAR_OTHER_WORDS word another entry's questions use
  (`late_lead.words_left`, every word counted);
- the message names health itself (`health_evidence.names_health`), is one question with no story.

The bars were chosen on the A-M half of the clinic tuning banks' unanswered messages whose leader is less than 7 points
ahead, the strictest that kept its right answers, and held on the N-Z half (tools/leader_features.py rows;
docs/how-it-decides.md, "Round 20: a clinic's misses ... (clinicrecall22)"). The same bars without the upper margin
answer three wrong entries on N-Z (leaders 11-14 points ahead that the close lead's evidence turned down): kept out.
"""

from __future__ import annotations

from chatbot.understanding import second_reading
from chatbot.understanding.close_lead import CLOSE_MARGIN
from chatbot.understanding.late_lead import sparse_leader_is_clear, words_left
from chatbot.understanding.matcher import Candidate

NEAR_SCORE = 40.0
NEAR_COVERAGE = 0.5
NEAR_MARGIN = 2.0
NEAR_RATIO = 1.6
NEAR_SHARED = 2
NEAR_CONTENT = 2
NEAR_COVERED = 0.6
NEAR_OTHER_WORDS = 1


def near_tie_lead(matcher, analyzer, ranking: list[Candidate], tokens, about_health: bool, names_health: bool):
    """The matcher's leader of a clinic's one-question message, nearly level with the next entry, when the second
    reading agrees clearly (see the module's note); else None. The caller gives only one question and no story."""
    if not names_health:
        return None
    if not sparse_leader_is_clear(matcher, ranking, about_health, NEAR_SCORE, NEAR_COVERAGE, NEAR_MARGIN):
        return None
    top = ranking[0]
    if top.score - (ranking[1].score if len(ranking) > 1 else 0.0) >= CLOSE_MARGIN:
        return None  # the close lead's: its own evidence decides
    left = words_left(matcher, analyzer, top.entry, tokens)
    if left["left_other"] > NEAR_OTHER_WORDS or left["left_number"] or left["left_health"] or left["left_rare"]:
        return None
    second = second_reading.describe(matcher, analyzer, tokens)
    if second["id"] != top.entry.id or second["ratio"] < NEAR_RATIO:
        return None
    if second["shared"] < NEAR_SHARED or second["content"] < NEAR_CONTENT or second["covered"] < NEAR_COVERED - 1e-9:
        return None
    return top
