"""A question that offers two alternatives ("can it come months later or is it always straight away") answered by
what its first alternative asks, when that reading and the whole question's agree, clearly.

The second alternative adds words no entry's phrasings hold beside the first ("straight away", "just the one", "or
is it all the same thing"), so the whole question's right leader stays under the bar. The first alternative, read
with the bank's topic for "it", asks the same thing in the bank's own words. Evidence (docs/how-it-decides.md, round
27, horeading29), chosen on half a of the HO tuning sets' unanswered questions, checked on half b:

- the first alternative's leader at CLARIFY_SCORE or more, ALTERNATIVE_MARGIN ahead of the next entry: a clear lead
  on its own words, not a short clause any entry explains (a lead that close was wrong on half a: "does it grow over
  weeks or months or years" reached when HO forms, not how fast it grows);
- the whole question, read with the topic, leads the same entry: the second alternative does not turn it elsewhere;
- no choice asked of the bot ("should I take tylenol or advil", "should she have the operation or not", "what would
  you do"): personal advice, never answered by an entry;
- the first alternative does not end with the topic's name: "is my stiffness HO or arthritis" asks which condition
  the person has, which no entry answers (found on half b: the one off-topic answer there).

Only for a message of one question and no story, about health, in a bank of many phrasings an entry (the packaged
bank); a clinic's few phrasings make any shared word a lead.
"""

from __future__ import annotations

import re

from chatbot.understanding.decision import CLARIFY_SCORE
from chatbot.understanding.matcher import Candidate
from chatbot.understanding.topic_name import names_topic

ALTERNATIVE_MARGIN = 25.0
_OR = re.compile(r"\s+or\s+", re.IGNORECASE)
# A choice asked of the bot, or a yes-or-no about a decision: advice, never this reading.
_CHOICE_ASKED = re.compile(r"\b(?:should|shall|would\s+you)\b|\bor\s+not\b", re.IGNORECASE)


def first_alternative_lead(
    matcher, analyzer, question: str, subject: tuple[str, ...], about_health: bool, topic: str
) -> Candidate | None:
    """The leader of `question`'s first alternative, read with `subject` (the bank's default subject), when the
    evidence above holds; else None."""
    if matcher.lists_sparse_entries or not about_health or not subject:
        return None
    split = _OR.search(question)
    if split is None or _CHOICE_ASKED.search(question):
        return None
    first = question[: split.start()]
    words = first.split()
    if not words:
        return None
    last = analyzer.analyze(words[-1], fix_typos=False).tokens
    if last and names_topic(analyzer, last, topic):
        return None  # "is my stiffness HO or arthritis": which condition it is, no entry's question
    asked = analyzer.analyze(first)
    if not asked.tokens:
        return None
    ranking = _with_subject(matcher, asked, subject)
    if not ranking or ranking[0].score < CLARIFY_SCORE:
        return None
    if ranking[0].score - (ranking[1].score if len(ranking) > 1 else 0.0) < ALTERNATIVE_MARGIN:
        return None
    whole = _with_subject(matcher, analyzer.analyze(question), subject)
    if not whole or whole[0].entry.id != ranking[0].entry.id:
        return None
    return ranking[0]


def _with_subject(matcher, analysis, subject):
    tokens = tuple(dict.fromkeys((*analysis.tokens, *subject)))
    return matcher.rank(tokens, (*analysis.concepts, *subject), limit=2)
