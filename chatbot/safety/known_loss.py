"""A loss of feeling or movement told as long-standing background: no new loss.

Round 25 (readings). People who ask about a bank's condition after a spinal cord injury tell the injury as background:
"my brother is paralysed after a diving accident and can't feel his legs, so he won't notice pain", "dad is paraplegic
and can't move his legs, could that be why his hip is stiff?". The rules of a sudden loss of feeling or movement
(`known_loss: true` in the triage table) read "can't feel his legs" as a new loss and showed the emergency screen.

A sign of such a rule is no report of a new loss when the message names a long-standing loss (`time_frame:
long_standing_loss`: "paralysed", "paraplegic", "a spinal cord injury", "in a wheelchair") and the sign's sentence
has no word of news (`time_frame: loss_news`: "suddenly", "new", "since this morning", "today", "now", "worse",
"spreading", "arms"): "he's paraplegic and since this morning he can't feel his arms either" and "she's in a
wheelchair and suddenly can't move her legs at all" stay emergencies. The sign is then a mention: the answer
carries the rule's safety line.

Knows no rule and no tier: only the phrases found in the message and where they are.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence


def told_as_known_loss(
    positions: set[int],
    found: Mapping[tuple[str, ...], Sequence[tuple[int, int]]],
    sentence: Sequence[int],
    long_standing: Collection[tuple[str, ...]],
    news: Collection[tuple[str, ...]],
) -> bool:
    """Whether a sign (its word `positions`) is a loss the message tells as long-standing (`long_standing` found
    anywhere in it) with no word of `news` in the sign's sentences."""
    if not any(item in found for item in long_standing):
        return False
    told = {sentence[p] for p in positions}
    return not any(sentence[start] in told for item in news for start, _ in found.get(item, ()))
