"""A clinic's answer found by reading a story's question is checked against the message read whole.

The story path reads the question of a longer message with the story as context, and answers when that reading is
sure. On a clinic's bank (two or three phrasings an entry) its reading often rests on a word the question and one
entry happen to share ("is that the inhaler doing that" reached the inhaler-technique entry), while the message read
whole, story and all, points elsewhere. Two checks, both only for a clinic's entries and only for the story path:

- **The whole message clearly leads elsewhere**: its leader explains at least DECIDING share of it and is at least
  SWITCH_MARGIN points ahead of the next entry, so the story's own words say what is asked ("my result says mildly
  raised TSH, normal FT4. does that mean i have it or not": the entry on a mildly raised TSH, not the diagnosis
  one). That leader is answered instead. Never away from the entry that says what the topic is: "the chemist said
  I probably have cystitis ... what actually is it?" asks just that, whatever the story's words lead to.
- **The whole message does not rank the answer at all** among its first RIVALS_SEEN entries: the reading rests on
  the question's few words alone ("... is that the hayfever"). The answer and the whole message's leader are
  offered as a numbered choice; a wrong medical answer is worse than a question back.
- **No entry explains the message read whole**: its leader explains less than LEAST_COVERAGE of it, so the story
  answer rests on a few words of a message about something else ("my baby has nappy rash, what cream is best" at an
  eczema clinic, "should we move house? our flat has damp ..."). The message falls back (round 16, clinicwrong18).
- **The whole message ranks the answer far behind its leader** (STORY_GAP points or more, the leader explaining
  SWITCH_COVERAGE of it): the story's reading
  rests on a word the question shares with that entry while the message read whole says something else ("the xray
  showed a little bone spike on my heel. is that whats causing my pain" reached causes, far behind the heel-spur
  entry). The answer and the leader are offered as a numbered choice (round 17, clinicwrong19).

The entry that says what the topic is keeps its answer only when the question asks what something is
(`what_is_check.asks_what_it_is`:
"what actually is it?", "is it a disease or what"). "is that plantar fasciitis" after a story of morning heel pain, or
"what do they give for tonsillitis" after a penicillin allergy, ask whether the story's signs are the condition or
what it is treated with, and are checked like any other answer (round 17, clinicwrong19).

Chosen on half of the clinic tuning banks and checked on the other half, and the reverse (docs/how-it-decides.md,
round 15).
"""


from typing import NamedTuple

from chatbot.understanding.decision import DECIDING_COVERAGE
from chatbot.understanding.matcher import Candidate

SWITCH_COVERAGE = DECIDING_COVERAGE
SWITCH_MARGIN = 5.0
# An answer the message read whole does not rank among this many entries rests on the question's words alone.
RIVALS_SEEN = 4
# A message read whole whose leader explains less than this share of it is about something no entry answers.
LEAST_COVERAGE = 0.15
# A story's answer this many points or more behind the whole message's leader rests on the question's few words
# (chosen on half of the clinic tuning banks, checked on the other half: docs/how-it-decides.md, round 17).
STORY_GAP = 7.0


class SecondLook(NamedTuple):
    """What the whole message says of a story's answer: "keep", "switch" (answer `leader`), "choice" or "fallback"."""

    verdict: str
    leader: Candidate | None = None


KEEP = SecondLook("keep")


def second_look(whole: list[Candidate], answered_id: str, defines_topic: bool) -> SecondLook:
    """Check a story's answer (`answered_id`) against the ranking of the message read whole (`whole`, best first).

    `defines_topic`: the answer is the entry that only says what the bank's main topic is, and the question asks
    what it is (see `what_is_check.asks_what_it_is`)."""
    if whole and whole[0].coverage < LEAST_COVERAGE:
        return SecondLook("fallback", whole[0])
    if not whole or whole[0].entry.id == answered_id:
        return KEEP
    leader = whole[0]
    margin = leader.score - (whole[1].score if len(whole) > 1 else 0.0)
    if not defines_topic and leader.coverage >= SWITCH_COVERAGE and margin >= SWITCH_MARGIN:
        return SecondLook("switch", leader)
    placed = {candidate.entry.id: candidate for candidate in whole[:RIVALS_SEEN]}
    if answered_id not in placed:
        return SecondLook("choice", leader)
    far_behind = leader.score - placed[answered_id].score >= STORY_GAP
    if not defines_topic and far_behind and leader.coverage >= SWITCH_COVERAGE:
        return SecondLook("choice", leader)
    return KEEP
