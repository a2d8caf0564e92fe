"""An allergy told as a fact about the person: its cause is background, the reaction's own words give its time.

Round 29 (falsealarm27). People tell an allergy before they ask something else: "allergic to penicillin, had hives as
a kid. can I still have the antibiotics before my hip op?", "I'm allergic to ibuprofen, it makes me wheezy. is there
another tablet?". The severe-allergy rule's signs join a cause ("@allergen": "allergic", "penicillin") with a reaction
("hives", "wheezy"), and a sign is current when any clause it touches is told now: the clause that states the allergy
("allergic to penicillin") has no time word, so it made the old hives an emergency.

For a rule marked `allergy_history: true`, the clauses that state an allergy (`time_frame: allergy_declared`:
"allergic to", "allergy to") are the person's standing facts, not a report: the sign's time is read from its other
clauses alone (the reaction's). "had hives as a kid" is then past; a reaction told as what the allergen does to the
person (`time_frame: allergy_usual`: "it makes me wheezy", "they bring me out in hives"), in a message with no word of
now, is the allergy's usual reaction, no reaction now. Both only when the message tells nothing else and asks the
rest: a clause that tells more ("... took one by mistake") may be the exposure now. A reaction told now ("allergic to
nuts and now my lips are swelling", "... gave me amoxicillin an hour ago, now my tongue is swelling") is read as before.

Knows no rule and no tier: only where the phrases found in the message are.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence


def reaction_positions(
    positions: set[int],
    found: Mapping[tuple[str, ...], Sequence[tuple[int, int]]],
    clause: Sequence[int],
    declared: Collection[tuple[str, ...]],
) -> set[int]:
    """The sign's word `positions` outside every clause that states an allergy; empty when the message states none,
    or when the whole sign lies in such clauses (then the statement is all there is to read)."""
    stating = stating_clauses(found, clause, declared)
    return {p for p in positions if clause[p] not in stating} if stating else set()


def stating_clauses(
    found: Mapping[tuple[str, ...], Sequence[tuple[int, int]]],
    clause: Sequence[int],
    declared: Collection[tuple[str, ...]],
) -> set[int]:
    """The clause numbers that state an allergy (a `declared` phrase starts there)."""
    return {clause[start] for item in declared for start, _ in found.get(item, ())}


def only_background(
    reaction: set[int],
    stating: set[int],
    clause: Sequence[int],
    sentence: Sequence[int],
    asking: Collection[int],
) -> bool:
    """Whether the message tells nothing but the allergy and its reaction, and asks the rest (`asking`: the sentence
    numbers that ask): "allergic to penicillin, had hives as a kid. can I still have ...?". A clause that tells
    anything else ("... took one by mistake", "started a new antibiotic yesterday") may be the exposure now."""
    told = stating | {clause[p] for p in reaction}
    return all(clause[p] in told or sentence[p] in asking for p in range(len(clause)))


def told_as_usual_reaction(
    reaction: set[int],
    found: Mapping[tuple[str, ...], Sequence[tuple[int, int]]],
    clause: Sequence[int],
    usual: Collection[tuple[str, ...]],
    told_now: Collection[int],
) -> bool:
    """Whether every clause of the `reaction` holds a phrase of what the allergen does to the person (`usual`) before
    the reaction's first word there, and the message tells nothing now (`told_now`: the clause numbers with a word of
    now): "I'm allergic to ibuprofen, it makes me wheezy and I took some an hour ago" is a reaction to expect now."""
    clauses = {clause[p] for p in reaction}
    if not clauses or told_now:
        return False
    return all(
        any(
            clause[start] == number and end <= min(p for p in reaction if clause[p] == number)
            for item in usual
            for start, end in found.get(item, ())
        )
        for number in clauses
    )
