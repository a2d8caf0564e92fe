"""A clinic's choice whose first entry is far ahead of every other: answered, the rest offered after it.

"I'm only 34, isn't gout an old man's disease?": at a gout clinic the entry on who gets gout leads at 54 points with
three quarters of the message explained, twenty points ahead of the next entry, yet under the answer score (the
clinic's two or three phrasings never say "old" or "man"). A numbered choice ("Did you mean ...?") is for entries
that are close, so the person can tell them apart; with one entry this far ahead of the rest there is nothing to
choose between, and the choice would only hold back its answer. The entries that were to be offered with it come
first among the follow-ups, one number away.

Only a clinic's entries (`matcher.SPARSE_PHRASINGS`: the packaged bank never reads so), only where the message read
whole already led to a choice (the topic named, or the ranking's own close call), and only a leader that explains at
least half of the message and leads the whole ranking by CHOICE_LEAD_MARGIN points; never the entry that only says
what the topic is when the message asks more (`Candidate.asks_more`).
"""

from __future__ import annotations

from chatbot.understanding.decision import leads_by
from chatbot.understanding.matcher import SPARSE_PHRASINGS

CHOICE_LEAD_SCORE = 30.0
CHOICE_LEAD_COVERAGE = 0.5
CHOICE_LEAD_MARGIN = 15.0


def choice_lead(ranking, offered):
    """The first of the `offered` candidates when it leads the whole message's `ranking` (best first) clearly enough
    to be answered (see the module's note), else None."""
    if not ranking or not offered:
        return None
    top = ranking[0]
    if top.entry.id != offered[0].entry.id or top.asks_more or not 0 < top.phrasings <= SPARSE_PHRASINGS:
        return None
    return top if leads_by(ranking, CHOICE_LEAD_SCORE, CHOICE_LEAD_COVERAGE, CHOICE_LEAD_MARGIN) else None
