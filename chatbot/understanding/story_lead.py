"""A story whose telling word only one entry's own phrasings use, around a short question that entry asks.

"Kids at school keep teasing my daughter about her eczema. How can the teachers help?": read whole, the school entry
leads but below the answer score (a clinic writes two or three phrasings per entry). The story says which entry it
is about ("school": no other entry asks with it), and the question asks only what that entry says ("help"), or
only judges what the story tells ("toddler eczema behind the knees, is that normal?").

Both must hold, and the leader must be clearly ahead: a story word that many entries use ("eczema", "pain") tells
nothing, a word of time ("last year") tells when, not what, and a question with no word of its own ("can I get mine
out?", "what was that?") or one the entry does not say ("what can she take?" after a story the aura entry tells)
asks something the story's entry may not answer.

Only a clinic's entry (a few phrasings, `matcher.SPARSE_PHRASINGS`) is read so: an entry with many phrasings that
still falls short of the answer score is short of it for a reason.
"""

from __future__ import annotations

from chatbot.understanding.decision import CLEAR_LEAD_COVERAGE, CLEAR_MARGIN, leads_by
from chatbot.understanding.matcher import SPARSE_PHRASINGS

# The leader must explain this share of the message and lead the next entry by this much: the ordinary clear
# margin, and the coverage a clear lead needs (see `decision.leads_far`).
STORY_LEAD_COVERAGE = CLEAR_LEAD_COVERAGE
STORY_LEAD_MARGIN = CLEAR_MARGIN


def story_tells_one_entry(
    analyzer, matcher, story: str, question: str, ranking, judging: frozenset[str] = frozenset()
) -> bool:
    """True if the ranking's leader is the one entry whose own phrasings use a telling word of the story, and every
    word the question asks with is one that entry says (in its questions or its answer), or the question only judges
    what the story tells ("is that normal?", "is this connected?": `judging`, the general layer's judging words)."""
    if not ranking:
        return False
    top = ranking[0]
    if not 0 < top.phrasings <= SPARSE_PHRASINGS:
        return False  # a bank that lists many phrasings per entry reaches its answers by the usual bars
    if top.asks_more or not leads_by(ranking, float("-inf"), STORY_LEAD_COVERAGE, STORY_LEAD_MARGIN):
        return False  # no score bar: the story, not the wording, says which entry it is
    asked = frozenset(t for t in analyzer.analyze(question).tokens if t not in analyzer.framing)
    if not asked:
        return False
    if not asked <= judging and not all(matcher.says(top.entry, frozenset((t,))) for t in asked):
        return False
    telling = [
        t
        for t in analyzer.analyze(story).tokens
        if matcher.knows(t) and t not in analyzer.framing and not analyzer.is_everyday(t) and _tells_what(analyzer, t)
    ]
    # The entries that alone ask with one of the story's telling words: the leader must be the only one. "... his
    # lens implant, sore and gritty, is that normal?" tells the lens entry's word and the pain entry's too.
    owners = {owner.id for owner in (_only_entry_asking_with(matcher, t) for t in telling) if owner is not None}
    return owners == {top.entry.id}


def _tells_what(analyzer, token: str) -> bool:
    """A word that says what the story is about: no aspect, or one rarer than English's question words ("drive",
    not "last" or "when", which tell when)."""
    return not analyzer.is_aspect(token) or analyzer.is_telling_aspect(token)


def _only_entry_asking_with(matcher, token: str):
    """The one entry whose questions use the token, or None if none or several do."""
    word = frozenset((token,))
    # The entries that use it anywhere (its postings), then only those whose questions do: fast on a big bank.
    asking = [entry for entry in matcher.entries_covering({token}) if matcher.overlap(entry, word) > 0]
    return asking[0] if len(asking) == 1 else None
