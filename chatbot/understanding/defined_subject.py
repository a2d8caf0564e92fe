"""An entry that only defines what a message names does not answer what the message asks of it.

In a bank of many phrasings an entry, the entry that says what a thing is ("What is genetic HO, and how rare is it?",
with its phrasings "what is poh", "what is fop") fits every question that names that thing nearly word for word,
whatever it asks: "what does POH do", "POH, what happens", "how does it show up" reached it ahead of the entry on
what POH does to the body, a few points behind. A question that names a subject and asks how, when, where, who, or
"what" without a form of "be" (`what_is_check.asks_something_else`) asks for something a definition does not hold.
When nothing else it asks is said by the leader's phrasings ("how rare is FOP": "rare" is; the leader answers it),
the close runner-up whose own questions name the same subject, which does not itself define it and whose title
names no narrower thing ("What does Brooker grade 4 mean?" for "how many brooker grades are there"), answers
instead (docs/how-it-decides.md, round 21, horeading23).

Only for a bank of many phrasings (`Matcher.lists_sparse_entries` false): a clinic's overview is checked by
`what_is_check` against its main topic.
"""

from __future__ import annotations

from chatbot.understanding.decision import ANSWER_SCORE
from chatbot.understanding.what_is_check import asks_something_else

# The runner-up is at most this many points behind the defining leader (the title echo's margin is 8: here the
# leader's fit comes from a definition, so a wider one).
DEFINED_MARGIN = 15.0
RIVALS_SEEN = 3


def may_ask_beyond_definition(matcher, analyzer, analysis, main_topic) -> bool:
    """Whether the message could be one `asked_beyond_definition` reads (it names a subject and asks something
    of it), checked before the message is ranked whole for it: most messages are not, and a ranking is the
    costliest reading of a big bank."""
    if matcher.lists_sparse_entries:
        return False
    if not any(t in analyzer.subjects and t not in main_topic for t in analysis.tokens):
        return False
    return asks_something_else(analysis.concepts, analysis.words, matcher.meaning_tokens)


def asked_beyond_definition(matcher, analyzer, analysis, ranking, main_topic) -> object | None:
    """The runner-up of `ranking` (the message read whole, best first) that answers what the message asks of the
    subject its leader only defines; else None. `main_topic`: the bank's main topic tokens (never such a subject:
    `what_is_check` speaks for it)."""
    if len(ranking) < 2 or not may_ask_beyond_definition(matcher, analyzer, analysis, main_topic):
        return None
    named = tuple(sorted(t for t in analysis.tokens if t in analyzer.subjects and t not in main_topic))
    top = ranking[0]
    if not matcher.defines(top.entry, named):
        return None
    asked = frozenset(t for t in analysis.tokens if t not in named and t not in main_topic)
    if any(_phrasings_say(matcher, analyzer, top.entry, t) for t in asked):
        return None  # "how rare is FOP": the leader's own phrasings ask it
    for candidate in ranking[1:RIVALS_SEEN]:
        if candidate.score < max(ANSWER_SCORE, top.score - DEFINED_MARGIN):
            break
        if matcher.defines(candidate.entry, named):
            continue
        if not all(_phrasings_say(matcher, analyzer, candidate.entry, t) for t in named):
            continue  # about another subject
        title = analyzer.analyze(candidate.entry.question, fix_typos=False).tokens
        if any((t in analyzer.subjects or t.isdigit()) and t not in analysis.tokens for t in title):
            continue  # "how many brooker grades are there": not "What does Brooker grade 4 mean?", a narrower thing
        return candidate
    return None


def _phrasings_say(matcher, analyzer, entry, token: str) -> bool:
    """Whether one of an entry's own questions says this token (not its answer: every entry's answer says a lot)."""
    return any(
        token in analyzer.analyze(text, fix_typos=False).tokens for text in (entry.question, *entry.alternates)
    )
