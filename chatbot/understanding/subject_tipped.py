"""A clinic's answer that only the topic put in for "it" decided is offered beside the message's own leader.

A question with no subject ("whats the right way to do the drops", "hows long does the surgery last", "whats ERCP") is
read with the bank's topic put in for "it" (path `default subject`). Every entry of a clinic's bank names its topic,
so the topic word cannot tell two entries apart by what they say: when it lifts one entry over another that the
message read alone ranks first, nearly level, the answer rests on which entry's phrasings happen to name the topic,
not on what was asked. When the message read alone puts another entry first and the answer within TIPPED_GAP points
of it, the two are offered as a numbered choice. An answer far behind the message's own leader is left alone: the
topic put in made sense of a question the message alone could not read ("how long is the actual operation").

Developed on the clinic tuning banks A-M, checked on N-Z (docs/how-it-decides.md, round 19, clinicwrong21).
"""

from __future__ import annotations

from chatbot.understanding.decision import CLEAR_MARGIN
from chatbot.understanding.matcher import Candidate

# The message read alone leads with another entry by less than a clear margin: neither reading decides.
TIPPED_GAP = CLEAR_MARGIN


def tipped_by_topic(whole: list[Candidate], answered_id: str) -> Candidate | None:
    """The leader of the message read alone (`whole`, best first) when it is not the answer and the answer, reached
    only by putting the topic in for "it", is within TIPPED_GAP points of it; else None."""
    if not whole or whole[0].entry.id == answered_id:
        return None
    placed = next((c for c in whole if c.entry.id == answered_id), None)
    if placed is None or whole[0].score - placed.score >= TIPPED_GAP:
        return None
    return whole[0]
