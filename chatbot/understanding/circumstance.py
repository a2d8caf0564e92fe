"""A question's circumstance ("after the op", "since my lens swap", "with my hand all wrapped up") tells when or in
what state, not what is asked.

"When can I get new specs after the lens replacement?": what is asked is when the specs can come; "the lens
replacement" says which occasion, the clinic's own operation, in words its few phrasings never wrote ("replacement").
Read whole, such words cost every entry coverage, and an entry that clearly answers falls below the bars. Read as the
circumstance, they count as a story's words do (see `Matcher.rank`'s `context`): for an entry that shares them, never
against one that lacks them; the opening word ("after", "before") stays asked, so the side of the day still decides.

Only a circumstance that is the clinic's own occasion is read so: it names the bank's topic or one of its subjects
("the op", "his tonsils", "a knee op"), and no health word or rare word the bank never uses ("after a hip
replacement" at a knee clinic, "before travelling to Brazil" are other occasions, other questions). And the reading
must only make surer what the question read whole already says: the same entry leads it, that entry says every word
the question asks with and every bank word of the circumstance ("can I get the bus back after the sedation": an
entry about going back to work says sedation, but not bus). The wording of the openers is the general layer's
`circumstance_openers`.

Only a clinic's entry (a few phrasings, `matcher.SPARSE_PHRASINGS`) is answered so: a bank that lists a dozen ways of
asking per entry has written its occasions out, and a question still short of its bars is short for a reason.
"""

from __future__ import annotations

from itertools import islice

from chatbot.lazy_pattern import lazy_compile
from chatbot.understanding.decision import DECIDING_COVERAGE, decide
from chatbot.understanding.matcher import DETAIL_ZIPF, SPARSE_PHRASINGS, Candidate

# A circumstance is short: an occasion, not a second story ("after having my new lens fitted").
MAX_CIRCUMSTANCE_WORDS = 6
# A question names few circumstances; a long run-on message may have many openers, and each reading costs a ranking.
MAX_CIRCUMSTANCES = 3
# Where a clause ends: the circumstance runs from its opener up to here.
_CLAUSE_END = lazy_compile(r"[,;:.?!]")
_WORD = lazy_compile(r"[a-z0-9']+")


def circumstance_splits(text: str, openers: frozenset[str]):
    """Each way of reading a circumstance off the question, first opener first: (the question without it, the
    circumstance). "When can I fly after the op?" -> ("When can I fly after ?", " the op"). The opener stays with the
    question; the circumstance runs to the end of its clause and is at most MAX_CIRCUMSTANCE_WORDS words."""
    for match in _WORD.finditer(text.lower()):
        if match.group() not in openers:
            continue
        start = match.end()
        end_mark = _CLAUSE_END.search(text, start)
        end = end_mark.start() if end_mark else len(text)
        words = text[start:end].split()
        if words and len(words) <= MAX_CIRCUMSTANCE_WORDS:
            yield text[:start] + " " + text[end:], text[start:end]


def split_circumstance(text: str, openers: frozenset[str]) -> tuple[str, str] | None:
    """The first circumstance of a question (see `circumstance_splits`), or None."""
    return next(circumstance_splits(text, openers), None)


def circumstance_answer(
    analyzer, matcher, text: str, subject: tuple[str, ...], openers: frozenset[str]
) -> Candidate | None:
    """The entry that clearly answers a question read with its circumstance as context (see the module), or None.
    Each circumstance the question names is tried in turn ("can I go for a run after the op?": "a run after the op"
    is no occasion of the clinic's, "the op" is)."""
    if not matcher.lists_sparse_entries:
        return None  # only a clinic's entry is answered so (see the module): a bank of many phrasings is not read so
    whole = None
    for asked_text, told_text in islice(circumstance_splits(text, openers), MAX_CIRCUMSTANCES):
        if whole is None:
            whole = analyzer.analyze(text)
        found = _answer_with(analyzer, matcher, asked_text, told_text, whole, subject)
        if found is not None:
            return found
    return None


def _answer_with(analyzer, matcher, asked_text: str, told_text: str, whole, subject) -> Candidate | None:
    """The confirmed clear answer to the question read with this circumstance as context, or None."""
    asked = analyzer.analyze(asked_text)
    if not asked.tokens:
        return None
    told = tuple(t for t in analyzer.analyze(told_text).tokens if t not in asked.tokens)
    if not told or not _is_own_occasion(analyzer, matcher, told):
        return None
    for extra in ((), subject):
        if extra and set(extra) <= set(asked.tokens):
            continue
        tokens = tuple(dict.fromkeys((*asked.tokens, *extra)))
        # The topic added for a question with no subject lends no leniency (as in
        # `conversation.message_readings.default_subject_reading`).
        ranking = matcher.rank(
            tokens, (*asked.concepts, *extra), context=told, lenient=not extra, min_coverage=DECIDING_COVERAGE
        )
        decision = decide(ranking)
        if decision.kind != "answer":
            continue
        found = decision.candidates[0]
        if not 0 < found.phrasings <= SPARSE_PHRASINGS:
            return None  # a bank that lists many phrasings per entry wrote the ways its patients name the occasion
        if _confirms(analyzer, matcher, found, whole, asked.tokens, told, subject):
            return found
        return None
    return None


def _is_own_occasion(analyzer, matcher, told: tuple[str, ...]) -> bool:
    """The circumstance names the bank's own topic or subject, and nothing of health, nor a rare word, that the
    bank never uses."""
    for token in told:
        if not matcher.knows(token) and (token in analyzer.health or analyzer.zipf(token) < DETAIL_ZIPF):
            return False
    return any(
        token in analyzer.main_topic
        or token in analyzer.subjects
        or (matcher.knows(token) and analyzer.is_topic_word(token))
        for token in told
    )


def _confirms(analyzer, matcher, found: Candidate, whole, asked_tokens, told, subject) -> bool:
    """The entry says every word the question asks with (not everyday ones) and every word of the circumstance the bank
    uses that is not its main topic, and it leads the question read whole too (alone or with the bank's topic)."""
    entry = found.entry
    for token in asked_tokens:
        if not analyzer.is_everyday(token) and not matcher.says(entry, frozenset((token,))):
            return False
    named = frozenset(
        t for t in told if matcher.knows(t) and not analyzer.is_everyday(t) and t not in analyzer.main_topic
    )
    if named and not matcher.says(entry, named):
        return False
    for extra in ((), subject):
        tokens = tuple(dict.fromkeys((*whole.tokens, *extra)))
        ranking = matcher.rank(tokens, (*whole.concepts, *extra), limit=1, lenient=not extra)
        if ranking and ranking[0].entry.id == entry.id:
            return True
    return False
