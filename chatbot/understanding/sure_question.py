"""A clinic's entry that one question of a longer message reaches surely on its own, and the whole message agrees.

"I'm really nervous about the op, I can't stand anything near my eyes. I keep imagining watching the blade coming
towards me. Do they knock you out for it?": at an eye clinic the anaesthetic entry answers the last sentence alone
at 99 points (with the clinic's topic for "it"), yet the story's words ("blade", "imagining", "watching") cost the
whole message every bar, and the story readings want the story to name what is asked. A clinic writes two or three
phrasings per entry, so a patient's story nearly always holds words no entry uses.

Read alone, a question that says what it asks in words of its own ("the stitches", "the scan", "stress") is answered
when that reading is sure (SURE_QUESTION_SCORE, SURE_QUESTION_COVERAGE, far ahead of the next entry) and the same
entry leads the whole message read at once: the story then only adds circumstances, never another subject. A
question that only asks a kind and points back ("what should it look like?", "why tho", "is this normal?") is about
what the story told, and is never read so with the clinic's topic put in; a story that names a health matter the
bank never speaks of ("... my son has impetigo") may be what the question is about, and stops it. Only a clinic's
entries (`matcher.SPARSE_PHRASINGS`) are answered so: the packaged bank reads its stories by its subject list.
"""

from __future__ import annotations

from chatbot.understanding.decision import leads_by
from chatbot.understanding.matcher import SPARSE_PHRASINGS

# The question read alone must reach this score and coverage, this far ahead of the next entry: well above the
# ordinary answer bar, since the story around it is set aside.
SURE_QUESTION_SCORE = 80.0
SURE_QUESTION_COVERAGE = 0.9
SURE_QUESTION_MARGIN = 10.0
# A question that points back at the story with these asks about what the story told.
POINTERS = frozenset(("this", "that", "these", "those"))


def sure_clinic_lead(ranking) -> bool:
    """True if the ranking's leader is a clinic's entry that answers the question surely and far ahead of the next."""
    if not ranking:
        return False
    top = ranking[0]
    if top.asks_more or not 0 < top.phrasings <= SPARSE_PHRASINGS:
        return False
    return leads_by(ranking, SURE_QUESTION_SCORE, SURE_QUESTION_COVERAGE, SURE_QUESTION_MARGIN)


def says_own_thing(analyzer, tokens) -> bool:
    """True if a question names something of its own: a word that is neither a kind of asking ("why", "symptoms")
    nor an everyday word ("tho", "start", "after"). Only such a question may take the clinic's topic for "it"."""
    return any(not analyzer.is_aspect(t) and not analyzer.is_everyday(t) for t in tokens)


def points_back(words) -> bool:
    """True if the question points back at what was told ("is this normal?", "what is that?")."""
    return any(word in POINTERS for word in words)
