"""A clinic's entry that alone uses a rare word of the question, and leads the ranking with it.

"Surgeon asked if I wanted hamstring or the tendon under the kneecap. Which is better?": at a knee-ligament clinic
only the graft entry says "hamstring" and "tendon"; "what is pursed lip breathing?" only the breathlessness entry
says "pursed". A clinic writes two or three phrasings per entry, so the patient's other words ("surgeon asked",
"which is better") cost that entry the score and coverage an answer needs, though they say nothing against it. A
word so rare in English, that the whole bank uses in one entry only (its questions or its answer), is strong
evidence of what the message is about; with that entry clearly ahead of the next, it is answered.

The word must be a plain English word rarer than OWN_WORD_ZIPF ("kneecap", "dentist"), or a lay concept of the
bank's that names a thing or a health matter ("antihistamine", "blood thinner"); a concept of everyday life ("tv",
"fly", "injection" as "shots before going to Africa") names no clinic's matter on its own, so a message that holds
only such a word must also name the bank's topic by a word rare in English ("gallstones", not "replace" or
"remove", which a knee or tooth clinic's topic holds). Only a clinic's entry (`matcher.SPARSE_PHRASINGS`) is read so.
"""

from __future__ import annotations

from chatbot.understanding.decision import CLEAR_LEAD_MARGIN, CLEAR_MARGIN, leads_by
from chatbot.understanding.matcher import SPARSE_PHRASINGS

# The leader's score and coverage, and its lead over the next entry: a fair match, ahead by the ordinary margin.
OWN_WORD_SCORE = 40.0
OWN_WORD_COVERAGE = 0.2
OWN_WORD_MARGIN = CLEAR_MARGIN
# A lay thing the message names, that one entry alone speaks of, is read so without the topic named when the entry
# explains this share of the message (see `own_word_lead`).
OWN_THING_COVERAGE = 0.5
# ... and leads every other entry by this much: far ahead, as a clear lead must be ("does it itch or hurt or both?" at a
# shingles clinic: the first-signs entry alone says "itch", twelve points ahead of the pain entries, yet asks less).
OWN_THING_MARGIN = CLEAR_LEAD_MARGIN
# A plain word rarer than this in English (Zipf scale) names a thing a clinic speaks of ("kneecap" 2.1, "dentist"
# 3.9 is too common; "tendon" 3.2, "scalp" 3.4).
OWN_WORD_ZIPF = 3.5
# The bank's topic is named by one of its meta words only if that word is this rare in English: "knee replacement"
# names its topic by "knee", never by "replace" ("my replacement card").
TOPIC_NAME_ZIPF = 4.5


def own_word_lead(analyzer, matcher, ranking, tokens) -> bool:
    """True if the ranking's leader, a clinic's entry clearly ahead, is the one entry of the bank that uses a rare word
    of the message (see the module's note)."""
    if not ranking:
        return False
    top = ranking[0]
    if not 0 < top.phrasings <= SPARSE_PHRASINGS or top.asks_more:
        return False
    if not leads_by(ranking, OWN_WORD_SCORE, OWN_WORD_COVERAGE, OWN_WORD_MARGIN):
        return False
    own = [t for t in dict.fromkeys(tokens) if _alone_in(matcher, t, top.entry) and _names_a_matter(analyzer, t)]
    if not own:
        return False
    if any(t not in analyzer.concept_words for t in own):
        return True  # a plain rare word of the entry's own
    if any(t in analyzer.main_topic and analyzer.zipf(t) < TOPIC_NAME_ZIPF for t in tokens):
        return True
    # "do u need a ultrasound to confirm it": a thing of the lay-word lexicon (a scan, stitches, a desk job), not a
    # way of asking ("what does it look like") nor a concept of everyday life ("shots", "fly"), that one entry alone
    # speaks of, with that entry explaining half of the message, far ahead of the next.
    return any(t in analyzer.things for t in own) and leads_by(
        ranking, OWN_WORD_SCORE, OWN_THING_COVERAGE, OWN_THING_MARGIN
    )


def may_have_own_word(analyzer, matcher, tokens) -> bool:
    """True if some token of the message is one entry's alone and names a matter (the cheap test before ranking)."""
    return any(len(matcher.entries_covering({t})) == 1 and _names_a_matter(analyzer, t) for t in tokens)


def _alone_in(matcher, token: str, entry) -> bool:
    """True if this entry is the only one of the bank that uses the token (in its questions or its answer)."""
    users = matcher.entries_covering({token})
    return len(users) == 1 and users[0] is entry


def _names_a_matter(analyzer, token: str) -> bool:
    """A plain word rare in English, or a lay concept that names a thing or a health matter; never an everyday word."""
    if analyzer.is_everyday(token) or token.isdigit():
        return False
    if token in analyzer.concept_words:
        return token in analyzer.things or token in analyzer.health
    return 0 < analyzer.zipf(token) < OWN_WORD_ZIPF
