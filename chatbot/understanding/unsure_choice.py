"""A choice of a clinic's closest entries, instead of the bare fallback, for a message that names the clinic's topic.

"My eczema was fine all summer and now it's suddenly blown up all over my arms. What should I be doing to calm it?":
at an eczema clinic the flare-ups entry leads, at 29 points, because the patient's words ("blown up", "summer",
"arms") are none of its two or three phrasings. No reading is sure enough to answer, yet the message is plainly about
the clinic's topic, and its leading entries are the likeliest answers: offering them as a numbered choice ("Did you
mean ...?") lets the person pick one, where the fallback leaves them nothing. It is no answer: nothing is said until
they choose.

Only where the message names the clinic's topic by a word rare in English ("eczema", "gallstones", "knee"; not
"replace" or "remove", which a knee- or tooth-clinic's topic holds and everyday requests use), so an everyday request
is never offered a clinic's questions; only a clinic's entries (`matcher.SPARSE_PHRASINGS`) are offered, and only
those close to the leader.
"""

from __future__ import annotations

from chatbot.understanding.decision import MAX_OPTIONS
from chatbot.understanding.matcher import SPARSE_PHRASINGS

# The leader must reach this score and coverage; the others offered must be within CHOICE_SPREAD points of it and
# reach the coverage too.
CHOICE_SCORE = 30.0
CHOICE_COVERAGE = 0.3
CHOICE_SPREAD = 15.0
# The bank's topic is named by one of its meta words only if that word is this rare in English: "knee replacement"
# names its topic by "knee", never by "replace" ("my replacement card").
TOPIC_NAME_ZIPF = 4.5


def entries_to_offer(analyzer, ranking, tokens, topic) -> tuple:
    """The candidates to offer as a choice (best first, at most MAX_OPTIONS), or () when none should be. `topic`: the
    tokens of the bank's meta `short_name` (else `topic`)."""
    if not ranking or not names_topic_rarely(analyzer, tokens, topic):
        return ()
    top = ranking[0]
    if top.score < CHOICE_SCORE or top.coverage < CHOICE_COVERAGE:
        return ()
    # The entry that only says what the topic is fits any message naming it: it is offered only for a message that
    # asks nothing more (see `Candidate.asks_more`).
    close = [
        c
        for c in ranking
        if 0 < c.phrasings <= SPARSE_PHRASINGS
        and not c.asks_more
        and c.coverage >= CHOICE_COVERAGE
        and top.score - c.score < CHOICE_SPREAD
    ]
    return tuple(close[:MAX_OPTIONS])


def names_topic_rarely(analyzer, tokens, topic) -> bool:
    """True if the tokens name the bank's topic (`topic`: its meta name's tokens) by a word rare in English (see the
    module's note)."""
    return any(t in topic and analyzer.zipf(t) < TOPIC_NAME_ZIPF for t in tokens)
