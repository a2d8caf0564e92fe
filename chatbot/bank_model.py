"""The shape of a loaded bank: plain immutable values that the rest of the bot reads."""

from __future__ import annotations

import datetime
from typing import Any, NamedTuple


class FaqEntry(NamedTuple):
    """One question the bank answers."""

    id: str
    question: str
    alternates: tuple[str, ...]
    answer: str
    source: str
    related: tuple[str, ...]
    file: str = ""
    line: int | None = None


class SmalltalkEntry(NamedTuple):
    """A social message (hello, thanks, are you a doctor?) and its reply."""

    id: str
    patterns: tuple[str, ...]
    answer: str
    offer_examples: bool = False


class EmergencySignal(NamedTuple):
    """Words that mean someone may be in danger now."""

    name: str
    phrases: tuple[str, ...] = ()
    all_of: tuple[tuple[str, ...], ...] = ()
    crisis: bool = False
    may_be_informational: bool = False


class EmergencyRules(NamedTuple):
    """What counts as an emergency and what the bot says then."""

    number: str
    reply: str
    crisis_reply: str
    signals: tuple[EmergencySignal, ...]
    question_openers: frozenset[str] = frozenset()
    condition_words: frozenset[str] = frozenset()
    personal_words: frozenset[str] = frozenset()


class AdviceRules(NamedTuple):
    """Requests for personal advice: any phrase, or a message with a word from every group of a combination."""

    phrases: tuple[str, ...]
    combinations: tuple[tuple[tuple[str, ...], ...], ...] = ()


class FollowUpWords(NamedTuple):
    """Words that show a message leans on the last answer."""

    openers: tuple[str, ...]
    pronouns: frozenset[str]
    more: tuple[str, ...]
    subjects: frozenset[str] = frozenset()  # concept words that name what a question is about


class TopicGroup(NamedTuple):
    """A named group of entry ids, for the topics list."""

    name: str
    ids: tuple[str, ...]


class Bank(NamedTuple):
    """A whole validated bank: entries, wording, vocabulary and safety rules."""

    title: str
    source: str
    reviewed: str
    entries: tuple[FaqEntry, ...]
    messages: dict[str, str]
    screens: dict[str, Any]
    topic_groups: tuple[TopicGroup, ...]
    smalltalk: tuple[SmalltalkEntry, ...]
    synonyms: dict[str, tuple[str, ...]]
    stopwords: frozenset[str]
    everyday_words: frozenset[str]
    topic_words: frozenset[str]
    emergency: EmergencyRules
    personal_advice: AdviceRules
    follow_up: FollowUpWords
    example_ids: tuple[str, ...]
    path: str
    by_id: dict[str, FaqEntry]  # the entries by id, for lookups
    short_name: str = ""  # meta: what the bank is about, short ("HO"): the subject of "is it hereditary?"
    topic: str = ""  # meta: the same, in full ("heterotopic ossification")
    understanding: dict[str, str] | None = None  # wording for whole messages (faq/understanding.yaml)

    def source_line(self, entry: FaqEntry) -> str:
        """The source of an entry, as one line a patient can read."""
        return f'"{self.title}", part: {entry.source} (medically reviewed {_readable_date(self.reviewed)})'


def _readable_date(value: str) -> str:
    """2022-10-11 as "October 11, 2022"; any other text as it is."""
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day:%B} {day.day}, {day.year}"
