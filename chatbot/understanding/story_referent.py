"""What "it", "this", "that" or "them" in a question after a story refers to: a thing the story names.

"I saw online you can do an olive oil and lemon juice flush to pass them. Does that work?": the question names
nothing, and read with the bank's main topic it asks whether gallstones work. What "that" points at is the flush, a
thing the story names that only one or two entries of a clinic's bank ask about. Read with it, the question reaches
the entry about that thing.

The story may choose what the question is about, never what is asked: the question's own words still count in full,
and only a word of the story that names a thing is tried (no way of asking such as "when" or "diagnosis", no part of
the body, which says where, not what; no word common in English or one that many entries use, which says little).
Every such word is tried in turn; the reading answers only if each of them that reaches a clear answer reaches the
same entry, and that entry's own questions ask about the thing.
"""

from __future__ import annotations

from chatbot.understanding.decision import DECIDING_COVERAGE, decide

# A thing of the story must be rarer than this in English (Zipf): "flush", "rehab", "stitches"; not "knee" or "back".
THING_ZIPF = 4.5
# ... and at most this many entries may use it: a word many entries use ("the op") tells little about which one.
THING_ENTRIES = 3


def things_told(analyzer, matcher, told) -> tuple[str, ...]:
    """The words of a story (`told`: its tokens the bank knows) that name a thing a question may point back at."""
    return tuple(
        t
        for t in told
        if not analyzer.is_aspect(t)
        and t not in analyzer.body
        and analyzer.zipf(t) < THING_ZIPF
        and len(matcher.entries_covering({t})) <= THING_ENTRIES
    )


def entry_pointed_at(matcher, analysis, things):
    """The clear answer to a question read with the story's thing for its pronoun, when every thing that reaches a
    clear answer reaches the same entry, one whose own questions ask about it; else None."""
    reached = {}
    for thing in things:
        tokens = tuple(dict.fromkeys((*analysis.tokens, thing)))
        decision = decide(matcher.rank(tokens, (*analysis.concepts, thing), min_coverage=DECIDING_COVERAGE))
        if decision.kind != "answer":
            continue
        top = decision.candidates[0]
        if not matcher.overlap(top.entry, frozenset((thing,))):
            continue  # only its answer names the thing: the entry is not about it
        best = reached.get(top.entry.id)
        if best is None or top.score > best.score:
            reached[top.entry.id] = top
    return next(iter(reached.values())) if len(reached) == 1 else None
