"""A step along a scale the bank lists entry by entry: "and the worst one?" after the answer on grade 2.

Some banks answer each point of a numbered scale in its own entry, worded alike ("What does grade 1 mean?" ... "What
does grade 4 mean?"). After one of them, a patient asks for another by where it stands, not by its number: "and the
next one up?", "what about the worst one?", "and the lowest?". Read alone such a message names nothing the bank
knows, and read with the last subject it reaches the scale's overview or nothing. The scale is found in the bank's
own data (entries whose questions differ only in one number, at least MIN_POINTS of them), never in a list of names;
the step is read from a few words of place (STEP_WORDS). The message must ask nothing else: once the words of place,
"one" and "that" are taken out, every word left is a word of the last entry's own question ("whats the next grade up
mean": "grade", "mean"). "What is the first sign?" (a sign asked) or "is it the worst kind?" (a kind) are not steps.
docs/how-it-decides.md, round 20 (horeading22).
"""

from __future__ import annotations

from chatbot.bank.model import FaqEntry
from chatbot.lazy_pattern import lazy_compile
from chatbot.understanding.matcher import Candidate

NUMBER = lazy_compile(r"\b(\d+)\b")
MIN_POINTS = 3
MAX_WORDS = 8
# Where the asked point stands against the last one: the next, the one before, the top or the bottom of the scale.
STEP_WORDS = {
    "up": frozenset(("next", "above", "higher")),
    "down": frozenset(("below", "lower", "previous")),
    "top": frozenset(("worst", "highest", "top", "last", "final", "maximum", "severest")),
    "bottom": frozenset(("lowest", "mildest", "first", "least", "earliest", "bottom", "minimum")),
}
# Words that only stand for the point asked ("the one above that").
STANDING_WORDS = frozenset(("one", "ones", "that", "up", "down", "then"))


def scale_of(entries, entry: FaqEntry) -> dict[int, FaqEntry]:
    """number -> entry for the entries whose own question is `entry`'s with another number; empty if it is on none."""
    if len(NUMBER.findall(entry.question)) != 1:
        return {}
    pattern = NUMBER.sub("#", entry.question)
    found = {}
    for other in entries:
        numbers = NUMBER.findall(other.question)
        if len(numbers) == 1 and NUMBER.sub("#", other.question) == pattern:
            found[int(numbers[0])] = other
    return found if len(found) >= MIN_POINTS else {}


def stepped_entry(entries, analyzer, last: FaqEntry | None, words) -> FaqEntry | None:
    """The entry of the scale point the message asks for by its place (`words`: the message's words), or None."""
    if last is None or not words or len(words) > MAX_WORDS or any(w.isdigit() for w in words):
        return None
    said = set(words)
    steps = [step for step, cues in STEP_WORDS.items() if cues & said]
    if len(steps) != 1:
        return None  # no word of place, or two that disagree
    scale = scale_of(entries, last)
    if not scale:
        return None
    cues = STEP_WORDS[steps[0]]
    rest = [w for w in words if w not in cues and w not in STANDING_WORDS]
    own = set(analyzer.analyze(last.question, fix_typos=False).tokens)
    if not set(analyzer.analyze(" ".join(rest), fix_typos=False).tokens) <= own:
        return None  # "what is the first sign?": it asks something of its own
    here = int(NUMBER.findall(last.question)[0])
    points = sorted(scale)
    wanted = {
        "up": next((n for n in points if n > here), None),
        "down": next((n for n in reversed(points) if n < here), None),
        "top": points[-1],
        "bottom": points[0],
    }[steps[0]]
    if wanted is None or wanted == here:
        return None
    return scale[wanted]


def stepped_lead(matcher, analyzer, entries, last: FaqEntry | None, words) -> Candidate | None:
    """`stepped_entry` as the matcher's candidate for the point's own question read with the message (its score)."""
    entry = stepped_entry(entries, analyzer, last, words)
    if entry is None:
        return None
    asked = analyzer.analyze(" ".join((*words, entry.question)), fix_typos=False)
    for candidate in matcher.rank(asked.tokens, asked.concepts):
        if candidate.entry.id == entry.id:
            return candidate
    return None
