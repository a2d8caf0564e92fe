"""A story's answer whose entry does not answer the kind of question asked (round 21, clinicstory23).

"At home everyone says fried breakfasts bring on the flares. It is the cause?" read whole reaches the entry on food
(the story's "fried", "breakfasts"), which never says "cause" and none of whose phrasings asks "is it ...?"; the
question read on its own (with the story's subjects, else the bank's topic) reaches the entry on causes, one of
whose phrasings asks so. The question is the evidence: its kind (why, how long, when, can ...) and the aspect it
asks with ("cause"). The story may still choose the subject, never the asked detail against the question.

Measured on the clinic tuning banks (docs/how-it-decides.md, round 21): chosen on N-Z, it held on A-M, HO parts 2-15
and the bunion bank (no right answer lost), where every broader reading cost right answers."""

from __future__ import annotations

from chatbot.bank.model import FaqEntry
from chatbot.understanding.decision import DECIDING_COVERAGE, decide
from chatbot.understanding.question_kind import question_kind


def kinds_of(entry: FaqEntry) -> frozenset[str]:
    """The kinds of question an entry's phrasings ask."""
    return frozenset(question_kind(phrasing) for phrasing in (entry.question, *entry.alternates))


def entry_of_asked_kind(analyzer, matcher, question: str, story: tuple[str, ...], entry: FaqEntry, topic):
    """The entry the question reaches on its own, where the answered `entry` answers another kind of question than
    the one asked; else None.

    All must hold: the question asks a kind ("is it ...?" counts) that none of the entry's phrasings asks; it
    asks with a telling aspect ("cause", "serious") that the entry (its questions and answer) never says; read with
    the story's subjects, else alone, else with the bank's topic, the first reading that answers reaches another
    entry, one of whose phrasings asks that kind."""
    kind = question_kind(question)
    if kind in kinds_of(entry):
        return None
    asked = analyzer.analyze(question)
    aspects = {t for t in asked.tokens if analyzer.is_telling_aspect(t)} - set(topic)
    if not aspects or any(matcher.says(entry, frozenset((t,))) for t in aspects):
        return None
    told = analyzer.analyze(" ".join(story)).tokens
    subjects = tuple(t for t in dict.fromkeys(told) if t in analyzer.subjects and t not in asked.tokens)
    for extra in (subjects, (), tuple(topic)):
        if extra is subjects and not subjects:
            continue
        tokens = tuple(dict.fromkeys((*asked.tokens, *extra)))
        decision = decide(matcher.rank(tokens, (*asked.concepts, *extra), min_coverage=DECIDING_COVERAGE))
        if decision.kind != "answer":
            continue
        found = decision.candidates[0]
        if found.entry.id == entry.id or kind not in kinds_of(found.entry):
            return None
        return found
    return None
