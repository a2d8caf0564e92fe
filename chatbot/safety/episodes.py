"""A sign told as coming in episodes on a recurring occasion: the NHS's sign that comes and goes, not one happening now.

A clinic is asked about its condition's own signs as a pattern: "every time I walk out into the cold air my chest
feels tight, why does that happen?" at an asthma clinic, "my chest feels tight for a few minutes after sumatriptan,
is that a side effect?" at a migraine clinic, "chest goes tight, mostly in the mornings. that's asthma right?". The
general table read each as chest pain now and showed the emergency screen. The NHS chest pain page sends chest pain
that comes and goes, or went away quickly, to an urgent GP appointment or 111: not 999, and not nothing.

A rule that says `if_episodes:` (the triage table) moves to that tier when the message tells its sign with a phrase
of a recurring occasion (`time_frame: episodes`: "every time I", "whenever", "mostly in the mornings", "for a few
minutes after") and with none of the rule's `if_episodes: never:` words, undenied: the words of the NHS 999 list
(crushing, spreading to an arm or the jaw, sweating, breathless, a grey look, feeling faint or sick), a word of
now or of a change ("now", "today", "since", "still", "getting worse", "sudden", "new", "first time"), and a long
episode. So "every time I climb the stairs my chest goes tight" is same day (as the table's angina rules already
say), while "every time I breathe in since the op my chest hurts", "it comes every morning but now it won't go" and
"tight chest every time I walk, and I'm grey and sweaty" stay emergencies.

Developed on the clinic tuning banks A-M, checked on N-Z (docs/triage.md, "Round 24 (clinic precision)").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any


def as_episodes(
    current: list[Any],
    episodes: Iterable[tuple[str, ...]],
    found: dict[tuple[str, ...], Any],
    told_undenied: Callable[[Iterable[tuple[str, ...]]], bool],
) -> list[Any]:
    """The rules found now (`current`, triage `Rule`s), each with an `if_episodes` tier at that tier when the
    message (`found`: its phrases) tells a phrase of a recurring occasion (`episodes`) and none of the rule's
    `never_episodes` words undenied (`told_undenied`)."""
    if not any(item in found for item in episodes):
        return current
    return [
        rule._replace(tier=rule.if_episodes)
        if rule.if_episodes and rule.tier == "emergency" and not told_undenied(rule.never_episodes)
        else rule
        for rule in current
    ]
