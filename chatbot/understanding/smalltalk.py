"""Recognise social messages (hello, thanks, are you a doctor?) by their whole wording, or by their words.

A message that is no pattern, nearly or exactly, is still small talk when it is
short and every word but a few social ones ("really", "hope", "so") comes from
one item's patterns: "thanks, that's really helpful" is thanks, "am I talking to
a real person or a robot?" is who-are-you. A word of any other kind ("thanks,
and my hip?") makes it a question.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from chatbot.bank.model import SmalltalkEntry
from chatbot.understanding.text import fold

# Short patterns must match exactly: "hi" is one letter from many words.
MIN_FUZZY_LENGTH = 6
# The longest opening looked for ("thank you very much for your help" is seven words).
MAX_OPENING_WORDS = 7
SIMILARITY_CUTOFF = 90
# Question words that ask nothing social alone: a message whose only other words are social ones asks of a thing.
ASKING_ONLY = frozenset("what whats how why when where which".split())
# Words that turn what is said round: "that makes no sense" is one slip from "that makes sense" (thanks) and says the
# opposite, so a near pattern must hold the same ones as the message.
NEGATING = frozenset("no not dont doesnt didnt isnt never cant".split())
# Words that point at a thing talked of ("what can help it?"): a question with one asks of that thing.
POINTING = frozenset("it they them".split())
# ... unless it names the person or the bot ("can it help me?" asks what the bot does for one).
PERSONS = frozenset("i me you my your".split())
_AS_IT = {"this": "it", "that": "it", "these": "them", "those": "them"}
# Longer than this, a message is read as a question even if its words are all social.
MAX_SOCIAL_WORDS = 12


def asking_words(words) -> bool:
    """True if a message's words hold a question word ("what", "how") or open with "can" or "could"."""
    return bool(ASKING_ONLY.intersection(words)) or (bool(words) and words[0] in ("can", "could"))


class SmalltalkMatcher:
    """Matches a whole message against the bank's small-talk patterns."""

    def __init__(self, entries: tuple[SmalltalkEntry, ...], social_words: frozenset[str] = frozenset()):
        self._exact: dict[str, SmalltalkEntry] = {}
        self._fuzzy: dict[str, SmalltalkEntry] = {}
        self._social_words = social_words
        # Each item's folded patterns and their words, in the bank's order (see `_match_words`).
        self._words: list[tuple[SmalltalkEntry, tuple[str, ...], frozenset[str]]] = []
        for entry in entries:
            keys = tuple(fold(pattern) for pattern in entry.patterns)
            for key in keys:
                self._exact.setdefault(key, entry)
                if len(key) >= MIN_FUZZY_LENGTH:
                    self._fuzzy.setdefault(key, entry)
            if entry.match_words:
                self._words.append((entry, keys, frozenset(word for key in keys for word in key.split())))
        self._fuzzy_keys = list(self._fuzzy)
        # A pattern that ends in a question word is small talk only as the whole message ("what?", "er what?" after
        # an answer): in front of more words the question word opens a question ("what should i eat" is not "what?"
        # and then "should i eat"; "er what is it" is not "er what?" and then "is it").
        self._openings = {key: entry for key, entry in self._exact.items() if key.split()[-1] not in ASKING_ONLY}
        # Their first words: a message opening with none of these opens with no small talk, and no join of its first
        # words is looked up (most messages; speed28).
        self._opening_firsts = frozenset(key.split(" ", 1)[0] for key in self._openings)

    def match(self, text: str) -> SmalltalkEntry | None:
        """The small-talk entry this whole message is, or None ("hi, how are you?" is how-are-you)."""
        key = fold(text)
        if not key:
            return None
        if key in self._exact:
            return self._exact[key]
        first, _, rest = key.partition(" ")
        if rest and first in self._openings:  # a greeting word in front of more small talk
            found = self._match_folded(rest)
            if found is not None:
                return found
        found = self._match_folded(key) or self._match_words(key)
        if found is None and (opened := self.opening(key)) is not None:
            # "Thank you so much, bye": small talk after small talk; the last thing said is what to answer.
            found = self._match_folded(opened[1])
        return found

    def _match_words(self, key: str) -> SmalltalkEntry | None:
        words = key.split()
        if len(words) > MAX_SOCIAL_WORDS:
            return None
        telling = {word for word in words if word not in self._social_words}
        if not telling or telling <= ASKING_ONLY:
            # "so is it" says nothing social either; "what is it?", "what's that?" ask what a thing is (after "my
            # dad has HO", what HO is), not who the bot is, though "what" is a word of "what are you".
            return None
        covering = [(entry, keys) for entry, keys, vocabulary in self._words if telling <= vocabulary]
        pointing = POINTING.intersection(words)
        if pointing and asking_words(words) and not PERSONS.intersection(words):
            # "What can help it?" asks what helps a thing just talked of; "what can you help with?" asks of the bot.
            # A question that points at a thing is small talk only where one pattern of the item says all it says
            # and points too ("how does it work?" is "how does this work?").
            covering = [
                (entry, keys)
                for entry, keys in covering
                if any(pointing | telling <= {_AS_IT.get(word, word) for word in key.split()} for key in keys)
            ]
        if len(covering) < 2:
            return covering[0][0] if covering else None
        # "Help me": thanks ("thanks for the help") and what-can-you-do ("can you help me") both hold its
        # words; the item with a pattern closest to the whole message wins, the first on a tie.
        best = max(
            covering,
            key=lambda item: max((fuzz.token_set_ratio(key, pattern), fuzz.ratio(key, pattern)) for pattern in item[1]),
        )
        return best[0]

    def opening(self, text: str) -> tuple[SmalltalkEntry, str] | None:
        """The small talk a message opens with, and the words after it: "thanks, that's really helpful" is
        thanks and "thats really helpful". The longest opening wins; None if it opens with none or is only that."""
        words = fold(text).split()
        if not words or words[0] not in self._opening_firsts:
            return None
        for size in range(min(len(words) - 1, MAX_OPENING_WORDS), 0, -1):
            entry = self._openings.get(" ".join(words[:size]))
            if entry is not None:
                return entry, " ".join(words[size:])
        return None

    def _match_folded(self, key: str) -> SmalltalkEntry | None:
        if key in self._exact:
            return self._exact[key]
        if len(key) < MIN_FUZZY_LENGTH or len(key) > 60:
            return None
        # A slip is forgiven, a question word is not: "what helps" is one letter from "that helps" (thanks), but it
        # asks what helps; so a near pattern must hold the same question words as the message.
        asking = ASKING_ONLY.intersection(key.split())
        negating = NEGATING.intersection(key.split())
        for pattern, _, _ in process.extract(
            key, self._fuzzy_keys, scorer=fuzz.ratio, processor=None, score_cutoff=SIMILARITY_CUTOFF, limit=5
        ):
            words = pattern.split()
            if ASKING_ONLY.intersection(words) == asking and NEGATING.intersection(words) == negating:
                return self._fuzzy[pattern]
        return None
