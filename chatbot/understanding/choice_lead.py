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
what the topic is when the message asks more (`Candidate.asks_more`). What the leader leaves unexplained must be
detail: a health word, a number, a concept that says what is asked, a rare word or another topic word of the bank is
another question ("can a socket go dry if I have diabetes?"). A story never picks the entry on its own: each
question of the message must itself say something the leader says ("... he has grommets. Anything to know?" asks
nothing the flying entry could answer).
"""

from __future__ import annotations

from chatbot.understanding.decision import CLEAR_LEAD_MARGIN, leads_by
from chatbot.understanding.matcher import DETAIL_ZIPF, SPARSE_PHRASINGS

CHOICE_LEAD_SCORE = 30.0
CHOICE_LEAD_COVERAGE = 0.5
CHOICE_LEAD_MARGIN = CLEAR_LEAD_MARGIN  # far ahead, as a clear lead must be (`decision.decide`)


def choice_lead(analyzer, matcher, ranking, offered, asked, questions, judging=frozenset()):
    """The first of the `offered` candidates when it leads the whole message's `ranking` (best first) clearly enough
    to be answered (see the module's note), else None. `asked`: the message's tokens; `questions`: the tokens of
    each of its questions, when a story is told around them (else empty); `judging`: the tokens of a question that
    only judges what the story told or asks what it means ("is it ok yet?", "what does that mean?")."""
    if not ranking or not offered:
        return None
    top = ranking[0]
    if top.entry.id != offered[0].entry.id or top.asks_more or not 0 < top.phrasings <= SPARSE_PHRASINGS:
        return None
    if not leads_by(ranking, CHOICE_LEAD_SCORE, CHOICE_LEAD_COVERAGE, CHOICE_LEAD_MARGIN):
        return None
    entry = top.entry
    for token in dict.fromkeys(asked):
        if matcher.says(entry, frozenset((token,))) or analyzer.is_everyday(token) or token in analyzer.main_topic:
            continue
        if token.isdigit():
            if matcher.knows(token):
                return None  # a number the bank counts by ("grade 2"), not this entry's; an age or a date is detail
            continue
        if token in analyzer.health and token not in analyzer.body:
            # another health matter ("diabetes"), however far the entry leads; a part of the body tells where
            return None
        if analyzer.zipf(token) < DETAIL_ZIPF and token not in analyzer.concept_words:
            return None  # a rare word ("sarcoidosis") may name a condition
    for tokens in questions:
        said = frozenset(t for t in tokens if not analyzer.is_everyday(t) and t not in analyzer.main_topic)
        if matcher.says(entry, said):
            continue
        if tokens and set(tokens) <= judging:
            continue  # "is it ok yet?", "what does that mean?": asks of what the story told
        return None  # the question asks nothing the entry says: the story alone would pick it
    return top
