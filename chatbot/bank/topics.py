"""The questions the `topics` command lists: every entry, in the bank's groups, or those with some words.

In the core, not a front end: the bank's own help ("type "topics" to see them all") reaches every front
end, so the terminal, the kiosk, the web page and the JSON-lines protocol must all understand it.
"""

from __future__ import annotations

from chatbot.bank.model import Bank
from chatbot.understanding.text import fold

# A 14,000-entry bank stays usable: the list stops here and says how to narrow it.
TOPICS_SHOWN = 60
# The words are shown back in the heading: a pasted page is cut to its start.
ECHO_CHARS = 40

Groups = list[tuple[str, tuple[str, ...]]]


def topics_words(text: str) -> str | None:
    """The words after "topics" when a message is that command ("" for plain "topics"), else None."""
    typed = fold(text)
    if typed == "topics":
        return ""
    return typed.removeprefix("topics ") if typed.startswith("topics ") else None


def topics_listing(bank: Bank, words: str = "") -> tuple[str, Groups]:
    """The heading (the bank's wording, filled in) and the groups of entry ids to list.

    With `words`, only the questions that hold them, or else those whose other wordings do; no groups,
    and the bank's "none has that word" line as the heading, when none does.
    """
    wanted = fold(words).split()
    echoed = " ".join(wanted)
    echoed = echoed if len(echoed) <= ECHO_CHARS else echoed[:ECHO_CHARS].rstrip() + "..."
    screens = bank.screens
    groups = [(group.name, group.ids) for group in bank.topic_groups]
    grouped = {entry_id for group in bank.topic_groups for entry_id in group.ids}
    rest = tuple(entry.id for entry in bank.entries if entry.id not in grouped)
    if rest:
        groups.append((screens["more_topics"], rest))
    if not wanted:
        return screens["topics_heading"], groups
    found = _with_words(groups, lambda entry_id: (bank.by_id[entry_id].question,), wanted)
    heading = screens["topics_heading_words"]
    if not found:
        # The help's own example, "topics pain", found nothing on the HO bank, whose questions never
        # say "pain" though three are about it: then the ways of asking each question are searched.
        found = _with_words(groups, lambda entry_id: bank.by_id[entry_id].alternates, wanted)
        heading = screens["topics_heading_related"]
    if not found:
        return screens["topics_none"].replace("{words}", echoed), []
    return heading.replace("{words}", echoed), found


def listed_ids(groups: Groups) -> tuple[tuple[str, ...], int]:
    """The ids shown, in order, at most TOPICS_SHOWN of them, and how many there were in all."""
    every = [entry_id for _, ids in groups for entry_id in ids]
    return tuple(every[:TOPICS_SHOWN]), len(every)


def cut_note(bank: Bank, shown: int, total: int) -> str:
    """The line saying the list stops before its end, and how to list fewer ("" when nothing was cut)."""
    if shown >= total:
        return ""
    return " ".join(bank.screens["topics_cut"].replace("{shown}", str(shown)).replace("{count}", str(total)).split())


def _with_words(groups: Groups, texts, wanted: list[str]) -> Groups:
    """The groups cut down to the entries whose texts hold every wanted word; empty groups dropped."""
    found = []
    for name, ids in groups:
        kept = tuple(entry_id for entry_id in ids if any(_has_words(text, wanted) for text in texts(entry_id)))
        if kept:
            found.append((name, kept))
    return found


def _has_words(question: str, wanted: list[str]) -> bool:
    """True if a question holds every wanted word, or a longer form of it ("knee" finds "knees")."""
    words = fold(question).split()
    return all(any(word.startswith(w) for word in words) for w in wanted)
