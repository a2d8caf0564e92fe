"""A joint named in a question read as "a joint", where the bank speaks of joints in general.

"Can't bend my elbow properly any more, could the extra bone be doing that?": a bank that writes "can HO make a joint
stiff?" and "can't bend my hip" does not know the elbow as a joint, and the elbow's weight costs the stiffness entry its
bar. Read with "joint" for the joint it names, the question is one the bank answers clearly. The joint is never folded
into another: the reading answers only an entry whose own question names no particular joint ("Can HO make a joint
stiff?", not "Can a hip replacement cause HO?" nor "Can a knee or shoulder replacement cause HO?"), only well above the
answer bar (JOINT_READING_SCORE), and only when the message read as typed is not answered (see `Session`).
The joints are the general layer's `joint_names`; the bank must use the general word (`joint_word`) itself.
"""

from __future__ import annotations

import functools

from chatbot.understanding.decision import DECIDING_COVERAGE, decide
from chatbot.understanding.language import general_vocabulary

JOINT_READING_SCORE = 70.0
# Words that point at the topic of the conversation or the bank ("would it make the knee stiff?").
POINTERS = frozenset(("it", "its", "this", "that"))


@functools.cache
def _words() -> tuple[frozenset[str], str]:
    vocabulary = general_vocabulary()
    return frozenset(vocabulary.get("joint_names", ())), " ".join(vocabulary.get("joint_word", ()))


def joint_reading(analyzer, matcher, typed: tuple[str, ...], topic_names: frozenset[str] = frozenset()):
    """The clear answer (a Candidate) to the question with each joint it names read as "a joint", else None.

    Only a question that points at the bank's topic ("it", "that") or names it (`topic_names`: the main topic's
    tokens, "ho" for "the extra bone") is read so: "the best exercise for a frozen shoulder" is about another
    condition."""
    joints, general = _words()
    if not joints or not general or joints.isdisjoint(typed):
        return None
    general_tokens = analyzer.analyze(general, fix_typos=False).tokens
    if not general_tokens or not all(matcher.knows(t) for t in general_tokens):
        return None  # the bank never speaks of joints in general
    if not (set(typed) & POINTERS or topic_names & set(analyzer.analyze(" ".join(typed)).tokens)):
        return None  # "the best exercise for a frozen shoulder": nothing says the question is about the bank's topic
    # A joint the bank's questions speak of as often as of joints in general ("hip" in a bank about hips) is the
    # bank's own word, read as it is.
    most = min(matcher.question_count(t) for t in general_tokens)
    read_as_general = {
        word
        for word in joints & set(typed)
        if all(matcher.question_count(t) < most for t in analyzer.analyze(word, fix_typos=False).tokens)
    }
    if not read_as_general:
        return None
    reading = analyzer.analyze(" ".join(general if word in read_as_general else word for word in typed))
    decision = decide(matcher.rank(reading.tokens, reading.concepts, min_coverage=DECIDING_COVERAGE))
    if decision.kind != "answer" or decision.candidates[0].score < JOINT_READING_SCORE:
        return None
    top = decision.candidates[0]
    joint_tokens = _joint_tokens(analyzer)
    if joint_tokens & set(analyzer.analyze(top.entry.question, fix_typos=False).tokens):
        return None  # an entry about one joint ("Can a hip replacement cause HO?"): never another joint's answer
    return top


def _joint_tokens(analyzer) -> frozenset[str]:
    joints, _ = _words()
    found = set()
    for joint in joints:
        found.update(analyzer.analyze(joint, fix_typos=False).tokens)
        found.update(analyzer.analyze(f"{joint} replacement", fix_typos=False).tokens)
    return frozenset(found)
