"""Score a question against every entry of the bank.

Each entry is indexed once, at load, by the concept tokens of its question
and alternates. A question is scored on three things:

- coverage: how much of the question the entry explains. Words the bank has
  never seen weigh as much as the bank's rarest words, so "what is lupus?" or
  "how long does a knee brace last?" cover little and fall back, even though
  they share their frame with bank questions. A bank word the entry lacks
  counts half against it when it is a detail ("my elbow"), in full when it
  is what is asked ("dangerous"). Words of the entry's answer count, for a
  little less than its questions' words.
- fit: how closely the entry's best phrasing and the question share their
  words (weighted Jaccard: shared weight over the weight of both together),
  so a short phrasing like "what is HO" does not fit every question with "HO".
- fuzzy: rapidfuzz's token-sort ratio against that entry's phrasings, which
  rewards close wording and forgives small slips. It runs last, and only on
  entries whose other two scores leave them within reach of the leader.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import NamedTuple

from rapidfuzz import fuzz, process

from chatbot.bank_model import FaqEntry
from chatbot.language import Analyzer

COVERAGE_WEIGHT = 0.35
FIT_WEIGHT = 0.45
FUZZY_WEIGHT = 0.2
# Common words that say nothing about health weigh this share of an unknown word.
EVERYDAY_SHARE = 0.1
# A question word found only in an entry's answer (not its questions) counts this much.
ANSWER_CREDIT = 0.6
# A bank word that the entry does not use counts this much against its coverage.
KNOWN_MISS_SHARE = 0.5
# At most this many entries get the fuzzy scorer, and only those that could still come within
# FUZZY_SLACK points of the leader (so the clarify margin sees every close rival).
FUZZY_SLACK = 10.0
FUZZY_CANDIDATES = 60


class Candidate(NamedTuple):
    """One entry and how well it fits a question (0-100)."""

    entry: FaqEntry
    score: float
    coverage: float  # share of the question the entry explains (0-1)
    fit: float  # weighted overlap of the question and the entry's best phrasing (0-1)


class Matcher:
    """The bank's index, built once; `rank` scores one question against it."""

    def __init__(self, entries: tuple[FaqEntry, ...], analyzer: Analyzer):
        self.entries = entries
        self.analyzer = analyzer
        self._vocab: list[frozenset[str]] = []
        # Every phrasing (question or alternate) of every entry, flat: its entry, tokens and wording.
        self._phrasing_entry: list[int] = []
        self._phrasing_tokens: list[frozenset[str]] = []
        self._phrasing_text: list[str] = []
        self._entry_phrasings: list[list[int]] = []
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        phrasing_postings: dict[str, list[int]] = defaultdict(list)
        for index, entry in enumerate(entries):
            own = []
            for text in dict.fromkeys((entry.question, *entry.alternates)):
                analysis = analyzer.analyze(text, fix_typos=False)
                if not analysis.tokens:
                    continue
                phrasing = len(self._phrasing_entry)
                own.append(phrasing)
                self._phrasing_entry.append(index)
                self._phrasing_tokens.append(frozenset(analysis.tokens))
                self._phrasing_text.append(" ".join(analysis.concepts))
                for token in self._phrasing_tokens[phrasing]:
                    phrasing_postings[token].append(phrasing)
            vocab = frozenset().union(*(self._phrasing_tokens[p] for p in own)) if own else frozenset()
            answer_only = frozenset(analyzer.analyze(entry.answer, fix_typos=False).tokens) - vocab
            self._entry_phrasings.append(own)
            self._vocab.append(vocab)
            for token in vocab:
                postings[token].append((index, 1.0))
            for token in answer_only:
                postings[token].append((index, ANSWER_CREDIT))
        self._index_of = {entry.id: index for index, entry in enumerate(entries)}
        count = max(len(entries), 1)
        self._postings = {token: tuple(indexes) for token, indexes in postings.items()}
        self._phrasing_postings = {token: tuple(found) for token, found in phrasing_postings.items()}
        self._idf = {token: math.log(1 + count / len(indexes)) for token, indexes in postings.items()}
        self.unknown_weight = math.log(1 + count)
        self._phrasing_weight = [sum(self.weight(token) for token in tokens) for tokens in self._phrasing_tokens]

    def knows(self, token: str) -> bool:
        """True if some entry of the bank uses this token."""
        return token in self._idf

    def weight(self, token: str) -> float:
        """How much a token counts: everyday words least, then common bank words, unknown words most.

        A number the bank never uses ("like I'm 12") counts as an everyday word; one it uses
        (a grade) counts as a bank word.
        """
        if self.analyzer.is_everyday(token) or (token.isdigit() and token not in self._idf):
            return self.unknown_weight * EVERYDAY_SHARE
        return self._idf.get(token, self.unknown_weight)

    def rank(self, tokens: tuple[str, ...], concepts: tuple[str, ...] = (), limit: int = 5) -> list[Candidate]:
        """The best entries for a question, best first.

        `tokens` are the question's content tokens; `concepts` its words after
        synonyms, small words kept, which the fuzzy scorer compares as wording.
        """
        question = set(tokens)
        if not question:
            return []
        weights = {token: self.weight(token) for token in question}
        total = sum(weights.values())
        # A bank word the entry lacks counts half against it when it is a detail ("my elbow"), in full
        # when it is what the question asks about ("are x-rays *dangerous*?"): then it is another question.
        share = {token: 1.0 if self.analyzer.is_aspect(token) else KNOWN_MISS_SHARE for token in question}
        known = sum(weights[token] * share[token] for token in question if token in self._idf)
        unknown = sum(weight for token, weight in weights.items() if token not in self._idf)
        covered: dict[int, float] = defaultdict(float)
        covered_penalty: dict[int, float] = defaultdict(float)  # what covering those words took off `known`
        for token in question:
            for index, credit in self._postings.get(token, ()):
                covered[index] += weights[token] * credit
                covered_penalty[index] += weights[token] * credit * share[token]
        if not covered:
            return []
        # Fit: only phrasings that share a word with the question are touched.
        shared: dict[int, float] = defaultdict(float)
        for token in question:
            weight = weights[token]
            for phrasing in self._phrasing_postings.get(token, ()):
                shared[phrasing] += weight
        fit: dict[int, float] = defaultdict(float)
        for phrasing, weight in shared.items():
            index = self._phrasing_entry[phrasing]
            value = weight / (self._phrasing_weight[phrasing] + total - weight)
            if value > fit[index]:
                fit[index] = value
        partial = {}
        for index, value in covered.items():
            coverage = value / (value + (known - covered_penalty[index]) + unknown)
            partial[index] = (coverage, 100 * (COVERAGE_WEIGHT * coverage + FIT_WEIGHT * fit[index]))
        # The fuzzy score adds at most FUZZY_WEIGHT * 100 points: an entry that cannot come within
        # reach of the leader even with a perfect one is left out before the costlier scorer runs.
        best = max(score for _, score in partial.values())
        reach = 100 * FUZZY_WEIGHT + FUZZY_SLACK
        shortlist = sorted(
            (index for index, (_, score) in partial.items() if score + reach >= best),
            key=lambda index: partial[index][1],
            reverse=True,
        )[:FUZZY_CANDIDATES]
        question_text = " ".join(concepts or tokens)
        candidates = []
        for index in shortlist:
            best_wording = process.extractOne(
                question_text,
                [self._phrasing_text[phrasing] for phrasing in self._entry_phrasings[index]],
                scorer=fuzz.token_sort_ratio,
                processor=None,
            )
            similarity = best_wording[1] / 100 if best_wording else 0.0
            coverage, score = partial[index]
            score += 100 * FUZZY_WEIGHT * similarity
            candidates.append(Candidate(self.entries[index], round(score, 1), coverage, fit[index]))
        candidates.sort(key=lambda candidate: (-candidate.score, candidate.entry.id))
        return candidates[:limit]

    def entries_covering(self, tokens: set[str]) -> list[FaqEntry]:
        """Entries whose questions use every one of these tokens."""
        if not tokens:
            return []
        postings = sorted(({index for index, _ in self._postings.get(token, ())} for token in tokens), key=len)
        common = set.intersection(*postings)
        return [self.entries[index] for index in sorted(common)]

    def overlap(self, entry: FaqEntry, tokens: frozenset[str]) -> float:
        """How much of a set of tokens (weighted) an entry's questions use."""
        vocab = self._vocab[self._index_of[entry.id]]
        return sum(self.weight(token) for token in tokens & vocab)
