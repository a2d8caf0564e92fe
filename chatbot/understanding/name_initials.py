"""The initials of a clinic's medical name for its topic, read as the name itself ("pf" for "plantar fasciitis").

Patients shorten a long medical name to its initials ("exercises for pf pls", "whats the recovery time for pf"), and
a clinic's bank rarely writes them: its questions say the name in full. The bank's meta names the topic (`topic`,
`short_name`, with other names in brackets), so the initials of such a name can be read as the name wherever a
message types them, as a quick-message spelling is ("wen" -> "when").

Only a name that is medical throughout is shortened: each of its two to four words (less the small words) is less
common in English than `NAME_WORD_ZIPF` ("plantar fasciitis", "herpes zoster"; not "thin bones", whose "tb" is
another condition, nor "heel pain" or "hay fever"). The initials must be no word the reader knows already: none of
English's words ("at", "cts"), the general layer's or the bank's ("ct" is a scan, "bp" blood pressure), and none the
meta writes itself ("AF", "IBS": the clinic's own short form, read as it is). Two names with the same initials
shorten to neither.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from chatbot.lazy_pattern import lazy_compile
from chatbot.understanding import english
from chatbot.understanding.text import words

# Each word of a name that may be shortened is less common in English than this (Zipf scale): "fasciitis" 0,
# "plantar" 2.8, "veins" 3.6, "elbow" 3.8 pass; "arthritis" 4.2, "bones" 4.2, "pain" 4.9 do not.
NAME_WORD_ZIPF = 4.0
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
# What separates one name from the next in a meta line: "shingles (herpes zoster)", "cataract; lens opacity",
# "tonsillitis and tonsil removal". Compiled on first use: a bank's names are read when it is built, not at a start
# from its compiled copy.
_NAME_BREAKS = lazy_compile(r"[(),;:/]|\band\b|\bor\b")


def names_in(line: str, small_words: frozenset[str]) -> list[tuple[str, ...]]:
    """The names a meta line lists, each as its words less the small ones ("in", "the", "of")."""
    found = []
    for part in _NAME_BREAKS.split(line.lower()):
        name = tuple(word for word in words(part) if word not in small_words)
        if name:
            found.append(name)
    return found


def name_initials(
    lines: Iterable[str], small_words: frozenset[str], known: Callable[[str], bool]
) -> dict[str, tuple[str, ...]]:
    """initials -> the name's words, for every medical name of the meta `lines` whose initials are no known word
    (`known`: the reader's own test, besides English's and the meta's own words)."""
    lines = [line for line in lines if line]
    written = {word for line in lines for word in words(line)}
    found: dict[str, tuple[str, ...]] = {}
    clashing: set[str] = set()
    for line in lines:
        for name in names_in(line, small_words):
            if not MIN_NAME_WORDS <= len(name) <= MAX_NAME_WORDS:
                continue
            if not all(word.isalpha() and english.zipf(word) < NAME_WORD_ZIPF for word in name):
                continue
            initials = "".join(word[0] for word in name)
            if initials in written or english.is_known(initials) or known(initials):
                continue
            if found.get(initials, name) != name:
                clashing.add(initials)
            found[initials] = name
    return {initials: name for initials, name in found.items() if initials not in clashing}
