"""Turn a patient's words into the bank's concept words.

The same steps run on the bank (once, at load) and on every question:
fold case and accents, fix typos in words the bank knows, read synonym
phrases as one concept ("extra bone" -> "ho", "ibuprofen" -> "nsaid"),
drop small words, and trim plural and verb endings.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from chatbot.bank_model import Bank
from chatbot.text import words

# Typos are only fixed in words this long: shorter words are too often a
# different real word one letter away ("phone" is not "prone", "order" is not "older").
MIN_TYPO_LENGTH = 6
MAX_TYPO_LENGTH = 30


def stem(word: str) -> str:
    """A light stemmer: enough to make "symptoms", "grows" and "growing" meet their base word."""
    if len(word) == 4 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]  # short plurals: "hips", "legs", "toes"
    if len(word) <= 4 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) > 6:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 5:
        word = word[:-2]
    else:
        return word[:-1] if word.endswith("e") and len(word) > 4 else word
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        return word[:-1]  # "stopped" and "stop", "running" and "run"
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def _allowed_typo_distance(word: str) -> int:
    # One slip in a word of up to 8 letters; "spelled" is two from "speed", and must stay "spelled".
    if len(word) <= 8:
        return 1
    if len(word) <= 12:
        return 2
    return 3


class Analysis(NamedTuple):
    """What the analyzer made of a text."""

    words: tuple[str, ...]  # the folded words as typed
    concepts: tuple[str, ...]  # words after typo fixes and synonyms, small words kept
    tokens: tuple[str, ...]  # the content tokens used for matching


class Analyzer:
    """Knows the bank's vocabulary; built once per bank."""

    def __init__(self, bank: Bank):
        self.stopwords = frozenset(bank.stopwords)
        self.subjects = frozenset(bank.follow_up.subjects)
        synonym_words = {
            concept: [words(phrase) for phrase in (concept, *phrases)] for concept, phrases in bank.synonyms.items()
        }
        phrasing_words = [words(text) for entry in bank.entries for text in (entry.question, *entry.alternates)]
        answer_words = [words(entry.answer) for entry in bank.entries]
        # Every word the bank itself uses, stemmed once: indexing the bank then looks stems up.
        vocabulary = {w for lists in synonym_words.values() for ws in lists for w in ws}
        vocabulary.update(w for ws in (*phrasing_words, *answer_words) for w in ws)
        vocabulary.update(bank.stopwords, bank.everyday_words, bank.topic_words)
        self._stems = {word: stem(word) for word in vocabulary}
        self.everyday = frozenset(bank.everyday_words) | {self._stems[w] for w in bank.everyday_words}
        self.topic = frozenset(bank.topic_words) | {self._stems[w] for w in bank.topic_words}

        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.collisions: list[str] = []  # phrases two concepts claim; `chatbot check` reports them
        for concept, phrases in bank.synonyms.items():
            target = tuple(synonym_words[concept][0])
            for phrase, typed in zip((concept, *phrases), synonym_words[concept], strict=True):
                key = tuple(self._stems[word] for word in typed)
                if not key:
                    continue
                kept = self._phrases.setdefault(key, target)
                if kept != target:
                    other = " ".join(kept)
                    self.collisions.append(f"synonym {phrase!r} of {concept!r} reads the same as one of {other!r}")
        # Phrase lengths by first word, longest first, so each position tries only phrases that can match.
        lengths: dict[str, set[int]] = defaultdict(set)
        for key in self._phrases:
            lengths[key[0]].add(len(key))
        self._lengths_by_first = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}
        self._concept_words = frozenset(word for target in self._phrases.values() for word in target)

        # Words a typo may be corrected to: those of the bank's questions and synonym phrases,
        # less the small and everyday words, which are never worth the risk of a wrong guess.
        domain = {w for lists in synonym_words.values() for ws in lists[1:] for w in ws}
        domain.update(w for ws in phrasing_words for w in ws)
        domain -= self.stopwords | self.everyday
        self._known = domain | self.stopwords | frozenset(bank.everyday_words) | frozenset(bank.topic_words)
        self._known_stems = {self._stems[word] for word in self._known}
        # Candidates by first letter and length: a typo keeps its first letter (see `correct`),
        # so each lookup scans only a small bucket, even on a bank of 50,000 entries.
        buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word in sorted(domain):
            if word.isalpha():
                buckets[word[0], len(word)].append(word)
        self._domain_buckets = dict(buckets)

    def _stem(self, word: str) -> str:
        # Bank words are looked up; a patient's other words are stemmed and not kept.
        return self._stems.get(word) or stem(word)

    def correct(self, word: str) -> str:
        """The bank word a typed word was meant to be, or the word itself."""
        if (
            word in self._known
            or not MIN_TYPO_LENGTH <= len(word) <= MAX_TYPO_LENGTH
            or not word.isalpha()
            or self._stem(word) in self._known_stems
        ):
            return word
        limit = _allowed_typo_distance(word)
        # Only words with the same first letter: a slip there is rare, and guessing one is risky.
        candidates = [
            candidate
            for size in range(len(word) - limit, len(word) + limit + 1)
            for candidate in self._domain_buckets.get((word[0], size), ())
        ]
        best = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=limit)
        return best[0] if best else word

    def _join_split_words(self, typed: list[str]) -> list[str]:
        """Mend a word typed with a space inside ("hetero topic", "physio therapy")."""
        joined: list[str] = []
        index = 0
        while index < len(typed):
            word = typed[index]
            if index + 1 < len(typed) and word not in self._known:
                together = word + typed[index + 1]
                if together in self._known or self.correct(together) != together:
                    joined.append(together)
                    index += 2
                    continue
            joined.append(word)
            index += 1
        return joined

    def _apply_phrases(self, typed: list[str]) -> list[str]:
        """Replace synonym phrases by their concept, the longest phrase first.

        Phrases are compared stem by stem, so "body parts" meets "body part".
        """
        stems = [self._stem(word) for word in typed]
        result: list[str] = []
        index = 0
        while index < len(typed):
            for size in self._lengths_by_first.get(stems[index], ()):
                target = self._phrases.get(tuple(stems[index : index + size]))
                if target is not None:
                    result.extend(target)
                    index += size
                    break
            else:
                result.append(typed[index])
                index += 1
        return result

    def analyze(self, text: str, fix_typos: bool = True) -> Analysis:
        """Fold, correct and map a text to the concept tokens used for matching.

        The bank's own texts are analyzed with `fix_typos=False`: they are the reference.
        """
        typed = words(text)
        fixed = [self.correct(word) for word in self._join_split_words(typed)] if fix_typos else typed
        concepts = self._apply_phrases(fixed)
        tokens = tuple(
            word if word in self._concept_words else self._stem(word)
            for word in concepts
            if word not in self.stopwords or word in self._concept_words
        )
        return Analysis(words=tuple(typed), concepts=tuple(concepts), tokens=tokens)

    def is_everyday(self, token: str) -> bool:
        """True for common words that say nothing about health (people, feelings, time)."""
        return token in self.everyday or (len(token) == 1 and token.isalpha())

    def is_aspect(self, token: str) -> bool:
        """True for a concept that says what is asked (causes, treatment, danger), not about what (FOP, grade)."""
        return token in self._concept_words and token not in self.subjects and not token.isdigit()

    def is_topic_word(self, token: str) -> bool:
        """True for health words (whether or not the bank covers them) and the bank's own topic words."""
        return token in self.topic
