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
  An entry that lists only a few phrasings (a clinic's question and two
  alternates) lets its answer speak for it too: a thing its answer names
  ("white bread", "a puncture") counts toward its fit, less the more
  phrasings it has (see `ANSWER_FIT`).
- fuzzy: rapidfuzz's token-sort ratio against that entry's phrasings, which
  rewards close wording and forgives small slips. It runs last, and only on
  entries whose other two scores leave them within reach of the leader.
"""


import heapq
import math
from array import array
from collections import Counter, defaultdict
from typing import NamedTuple

from rapidfuzz import fuzz, process

from chatbot.bank.model import FaqEntry
from chatbot.understanding import english
from chatbot.understanding.language import TOPIC_ZIPF, Analyzer, general_vocabulary

COVERAGE_WEIGHT = 0.35
FIT_WEIGHT = 0.45
FUZZY_WEIGHT = 0.2
# Common words that say nothing about health weigh this share of an unknown word.
EVERYDAY_SHARE = 0.1
# A question word found only in an entry's answer (not its questions) counts this much.
ANSWER_CREDIT = 0.6
# A question word found only in the answer of an entry with at most FEW_PHRASINGS phrasings counts this share
# of its weight toward the entry's fit as well; with more phrasings, (FEW_PHRASINGS / phrasings) squared of it,
# so a bank that lists many ways of asking (the packaged one) is matched mostly on them. Only a word that
# names a thing only answers speak of counts (see `Matcher.things`): no word of the bank's questions, less
# common in English than ANSWER_FIT_ZIPF ("bread", "puncture"; not "safe", "keep"), no health word (an answer
# mentions other conditions: "infection", "pregnant") and no concept that says what is asked (an answer's
# "drops prevent infection" is no answer about prevention).
ANSWER_FIT = 0.6
FEW_PHRASINGS = 3
# An entry with at most this many phrasings is a clinic's (its question and two or three alternates): the gates
# shaped on a bank with many phrasings ask of it a fit its few wordings cannot give (see `Candidate.sparse_lead`).
SPARSE_PHRASINGS = 4
# A sparse entry's lead rests on at least this many of the question's own words (not everyday ones) that its
# phrasings or answer use: one shared word ("whats bile?") is too little to answer on.
SPARSE_EXPLAINED = 2
ANSWER_FIT_ZIPF = 5.0
# In a question that names the bank's topic, a word the bank never uses that is at least this common in
# English (Zipf scale) and no health word counts this share of an unknown word's weight.
UNSEEN_COMMON_ZIPF = 4.0
UNSEEN_COMMON_SHARE = 0.5
# A word of the story around a question counts this share of its weight (see `Matcher.rank`).
CONTEXT_SHARE = 0.4
CONTEXT_MISS = 0.5
# An entry whose questions lack a number the question names explains at most this share of it: below the
# coverage bar, and too far below to be a close rival (see `bot.decide`).
OTHER_NUMBER_COVERAGE = 0.5
# An entry whose questions say only the other side of a procedure's day ("after") than a question asks ("before")
# explains at most this share of it: below every bar, so it is neither answered nor offered (see `rank`).
OTHER_SIDE_COVERAGE = 0.35
# A bank word that the entry does not use counts this much against its coverage.
KNOWN_MISS_SHARE = 0.5
# An unknown word rarer than this in English may name a condition, a procedure or a medicine ("sarcoidosis",
# "cataract" at 3.3): never a detail. "Gravel" (3.8) is one.
DETAIL_ZIPF = 3.5
# At most this many entries get the fuzzy scorer, and only those that could still come within
# FUZZY_SLACK points of the leader (so the clarify margin sees every close rival).
FUZZY_SLACK = 10.0
FUZZY_CANDIDATES = 60
# A bank of at most this many entries keeps each entry's phrasings by token once it is scored (see
# `Matcher._phrasings_by_token`); in a bigger one most entries a question touches are touched once, and
# grouping them would cost more than it saves.
MAX_KEPT_ENTRY_INDEXES = 2000
# A word that at most this share of a bank's entries use in their questions says what those entries are about (see
# `Matcher.names_few`): 2% is at most 2 entries of 100, 284 of MedQuAD's 14,204 ("itch" 114, not "pain").
SPECIFIC_SHARE = 0.02
# A question of at least this many tokens (a whole story read at once) rarely reaches the coverage a decision
# needs: its coverage is first bounded cheaply (`Matcher._surely_below`), and summed in full only if it may.
LONG_QUERY_TOKENS = 12
# A big bank's question scores at most this many entries one at a time, as its words name them (see
# `Matcher._partial_scores`), before the rest is left to `Matcher._bounded_scores`.
SCORED_ONE_BY_ONE = 50
# `Matcher._bounded_scores` first finds the entries of the question's rarer words whose postings add up to this
# share of all of its words' postings, and adds commoner words one at a time only if it must.
FIRST_SHARE = 16
# The rankings kept for repeats (see `Matcher.rank`): a long message's readings ask a few dozen at most.
RANKINGS_KEPT = 64
# A coverage this close to a bar is summed again in the question's own order before it decides (see
# `Matcher._may_reach`): sums in another order differ only in their last bits.
_CLEAR = 1e-9


class Candidate(NamedTuple):
    """One entry and how well it fits a question (0-100)."""

    entry: FaqEntry
    score: float
    coverage: float  # share of the question the entry explains (0-1)
    fit: float  # weighted overlap of the question and the entry's best phrasing (0-1)
    # True if every word of the question the entry does not explain is a plain detail: no health word,
    # no concept, no number, no rare word (see `Matcher.leaves_only_details`).
    details_only: bool = False
    # True if the entry only says what the bank's main topic is and the question asks something more that the
    # entry's questions never ask ("how is HO found?", "are cataracts common?"): see `Matcher.adopt_topic`.
    asks_more: bool = False
    # How many phrasings (question and alternates) the entry lists: a clinic's few, or a bank's many.
    phrasings: int = 0
    # True for the leader of a question read alone when it is a sparse entry (SPARSE_PHRASINGS) that explains at
    # least SPARSE_EXPLAINED of the question's words and leaves unexplained only words the whole bank never uses
    # and that are plain English (see `Matcher.leaves_only_unwritten`).
    sparse_lead: bool = False


# The most the fuzzy score can add, plus the slack: entries this far below the leader are left out.
FUZZY_POINTS = 100 * FUZZY_WEIGHT
FUZZY_REACH = FUZZY_POINTS + FUZZY_SLACK
# Final scores are rounded to one decimal: an entry whose best possible score is lower than another's by more
# than this cannot tie with it.
_ROUNDED = 0.1
# Bounds are compared with this much room, so a rounding error in a sum never drops a candidate.
_ROUNDING = 1e-9


class _Query(NamedTuple):
    """A question's tokens with their weights, and the sums every entry's score is measured against."""

    weights: dict[str, float]
    share: dict[str, float]  # how much of a token's weight counts against an entry that lacks it
    total: float
    known: float
    unknown: float
    # The story's tokens, each with the weight it lost as context: they count only where an entry shares them.
    context: dict[str, float] = {}  # noqa: RUF012 - never changed
    asked: float = 0.0  # the weight of the question's own tokens (`total` without the story)
    story: float = 0.0  # the weight of the story's tokens (`total` without the question)
    # The question's tokens that name things: an entry's answer that uses one counts toward its fit (ANSWER_FIT).
    things: frozenset[str] = frozenset()


def _ceiling(tokens: list[str], query: _Query, idf: dict[str, float]) -> float:
    """The best score (before the fuzzy part) an entry could get that uses only these tokens of the question.

    Coverage grows with the weight an entry covers (at most the tokens' full weight, and
    at most their share of what counts against it); fit cannot exceed the tokens' weight
    over the question's, since a phrasing weighs at least what it shares with the question.
    """
    covered = sum(query.weights[token] for token in tokens)
    if not covered:
        return 0.0
    penalty = sum(query.weights[token] * query.share[token] for token in tokens if token in idf)
    coverage = covered / (covered + (query.known - penalty) + query.unknown)
    # A phrasing's fit is at most what it shares over the question's own weight plus the story's it shares.
    fit = min(1.0, covered / query.asked) if query.asked else 1.0
    return 100 * (COVERAGE_WEIGHT * coverage + FIT_WEIGHT * fit)


class Matcher:
    """The bank's index, built once; `rank` scores one question against it."""

    def __init__(self, entries: tuple[FaqEntry, ...], analyzer: Analyzer):
        self.entries = entries
        self.analyzer = analyzer
        self._vocab: list[frozenset[str]] = []
        self._numbers: list[frozenset[str]] = []  # the numbers each entry's questions name
        self._answer_only: list[frozenset[str]] = []  # words only the answer uses: they earn ANSWER_CREDIT
        # Every phrasing (question or alternate) of every entry, flat: its tokens.
        self._phrasing_tokens: list[tuple[str, ...]] = []  # tuples, not sets: a third of the memory
        # Each entry's phrasings as the fuzzy scorer reads them, one line each: one string per entry, not
        # one per phrasing (on 50,000 entries, 270,000 fewer objects to hold and to write to the compiled copy).
        self._wordings: list[str] = []
        self._entry_phrasings: list[range] = []  # an entry's phrasings are consecutive
        self._core: list[tuple[str, ...]] = []
        postings: dict[str, list[int]] = defaultdict(list)
        # Equal tokens, token tuples and sets are kept once: entries of a big bank repeat them (the same
        # answer words, the same frame "what causes X"), and every copy costs memory, here and in the
        # compiled copy. It changes no value.
        once: dict = {}
        for index, entry in enumerate(entries):
            first = len(self._phrasing_tokens)
            wordings = []
            for text in dict.fromkeys((entry.question, *entry.alternates)):
                analysis = analyzer.analyze(text, fix_typos=False)
                if not analysis.tokens:
                    continue
                tokens = tuple(dict.fromkeys(once.setdefault(token, token) for token in analysis.tokens))
                self._phrasing_tokens.append(once.setdefault(tokens, tokens))
                wordings.append(" ".join(analysis.concepts))  # words never hold a new line
            own = range(first, len(self._phrasing_tokens))
            self._wordings.append("\n".join(wordings))
            vocab = frozenset(token for p in own for token in self._phrasing_tokens[p])
            answer_tokens = analyzer.analyze(entry.answer, fix_typos=False).tokens
            answer_only = frozenset(once.setdefault(token, token) for token in answer_tokens) - vocab
            # A concept near one the entry's questions ask ("how long until" near "when"): credited as its answer's
            # words are, so "how long till I can drive?" is explained in part by "When can I drive?".
            answer_only |= frozenset(near for token in vocab for near in analyzer.near_concepts.get(token, ())) - vocab
            self._entry_phrasings.append(own)
            # The words every phrasing of the entry uses: a question without them cannot fit it well.
            core = tuple(set.intersection(*(set(self._phrasing_tokens[p]) for p in own)) if own else ())
            self._core.append(once.setdefault(core, core))
            self._vocab.append(vocab)
            self._numbers.append(frozenset(token for token in vocab if token.isdigit()))
            self._answer_only.append(once.setdefault(answer_only, answer_only))
            for token in vocab:
                postings[token].append(index)
            for token in answer_only:
                postings[token].append(index)
        del once
        self._index_of = {entry.id: index for index, entry in enumerate(entries)}
        count = max(len(entries), 1)
        # The entries that use each token, in their questions or their answer.
        self._postings = {token: tuple(indexes) for token, indexes in postings.items()}
        self._idf = {token: math.log(1 + count / len(indexes)) for token, indexes in postings.items()}
        self.unknown_weight = math.log(1 + count)
        # Arrays of plain numbers: a list would hold a float object (24 bytes) for each.
        self._phrasing_weight = array(
            "d", (sum(self.weight(token) for token in tokens) for tokens in self._phrasing_tokens)
        )
        self._core_weight = array("d", (sum(self.weight(token) for token in core) for core in self._core))
        self._asked_tokens = frozenset().union(*self._vocab)  # every token of the bank's questions
        # How much an entry's answer speaks for it in its fit: in full with few phrasings, little with many.
        self._answer_fit = array(
            "d", (ANSWER_FIT * min(1.0, FEW_PHRASINGS / max(len(own), 1)) ** 2 for own in self._entry_phrasings)
        )
        # The two sides of a procedure's day ("before", "after"): the sides each entry's questions say (see `rank`).
        sides = [
            {t for phrase in side.split(",") for t in analyzer.analyze(phrase, fix_typos=False).tokens}
            for side in general_vocabulary().get("opposite_times", ())[:2]
        ]
        both = set.intersection(*sides) if len(sides) == 2 else set()  # "pre op", "post op": the op is no side
        self._time_sides = tuple(frozenset(side - both) for side in sides)
        self._sides_said = [self._sides_in(vocab) for vocab in self._vocab]
        # The signs a question may ask about ("pain", "fever", "lump"), less the word for signs in general: an entry
        # whose own question names only other signs answers none of them (see `_asks_of_another_sign`).
        signs = general_vocabulary().get("symptom_concepts", ())
        self._signs = frozenset(t for sign in signs for t in analyzer.analyze(sign, fix_typos=False).tokens) - {
            t for t in analyzer.analyze("symptom symptoms", fix_typos=False).tokens
        }
        self._prune = True  # tests turn it off to check that pruning never changes a ranking
        self._topic_names: frozenset[str] = frozenset()
        self._topic_entries: frozenset[int] = frozenset()
        self._definition: frozenset[str] = frozenset()
        self._meaning: frozenset[str] = frozenset()

    def _sides_in(self, tokens) -> int:
        """Which sides of a procedure's day these tokens say: 1 before, 2 after, 3 both, 0 neither."""
        return sum(1 << side for side, words in enumerate(self._time_sides) if not words.isdisjoint(tokens))

    def adopt_topic(self, names) -> None:
        """Remember which entries only say what the bank's main topic is: those whose own question names the
        topic and nothing more than a way of asking what it is ("What is heterotopic ossification (HO)?", "What
        is a cataract?"). Such an entry fits any question that names the topic; it answers one only if the
        question asks nothing it does not explain (see `rank`)."""
        analyzer = self.analyzer
        typed = general_vocabulary().get("definition_words", ())
        self._meaning = frozenset(english.stem_many(typed)) | frozenset(typed)
        self._definition = self._meaning | analyzer.framing
        self._topic_names = frozenset(names)
        if not self._topic_names:
            return
        asking = self._topic_names | self._definition
        # An entry's first phrasing is its own question (see `__init__`).
        phrasings, tokens_of = self._entry_phrasings, self._phrasing_tokens
        questions = ((index, set(tokens_of[own[0]])) for index, own in enumerate(phrasings) if own)
        self._topic_entries = frozenset(
            index for index, tokens in questions if self._topic_names & tokens and tokens <= asking
        )

    def _asks_more_than_topic(self, index: int, asked: set[str]) -> bool:
        """True if the entry only says what the main topic is and the question asks a word (no name of the topic,
        no way of asking what it is, no small word) that none of the entry's questions use. Its answer does not
        count: an overview names many things ("chickenpox" in what shingles is) without answering "how is
        shingles linked to chickenpox?"."""
        if index not in self._topic_entries:
            return False
        analyzer, vocab = self.analyzer, self._vocab[index]
        more = [
            token
            for token in asked
            if token not in self._topic_names and token not in self._definition and token not in analyzer.stopwords
        ]
        return bool(more) and not any(token in vocab for token in more)

    def defines_topic(self, entry_id: str | None) -> bool:
        """True for an entry that only says what the bank's main topic is (see `adopt_topic`)."""
        index = self._index_of.get(entry_id) if entry_id is not None else None
        return index is not None and index in self._topic_entries

    @property
    def meaning_tokens(self) -> frozenset[str]:
        """The words of asking what something is ("mean", "define", "disease"), without the words that frame a
        question ("then", "so"): the general layer's `definition_words` and their stems."""
        return self._meaning

    @property
    def definition_tokens(self) -> frozenset[str]:
        """The tokens of ways of asking what something is ("mean", "define") and of framing a question (see
        `adopt_topic`)."""
        return self._definition

    @property
    def lists_sparse_entries(self) -> bool:
        """True if some entry lists only a clinic's few phrasings (at most SPARSE_PHRASINGS); worked out once."""
        found = self.__dict__.get("_lists_sparse")
        if found is None:
            found = self.__dict__["_lists_sparse"] = any(
                0 < len(own) <= SPARSE_PHRASINGS for own in self._entry_phrasings
            )
        return found

    def question_tokens(self) -> frozenset[str]:
        """Every token the bank's questions and alternates use."""
        return self._asked_tokens

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

    def things(self, tokens) -> frozenset[str]:
        """The tokens that name a thing only answers speak of ("bread", "puncture"): no word of the bank's
        questions (the smoking answer's "dry socket" is the dry-socket entry's subject, not the smoking
        entry's), no concept that says what is asked ("prevent"), no health word but a part of the body (an
        answer names other conditions; "fingers" in an answer about lumps are a thing it speaks of) and no
        common English word."""
        analyzer, asked = self.analyzer, self._asked_tokens
        return frozenset(
            token
            for token in tokens
            if token not in asked
            and (token not in analyzer.concept_words or token in analyzer.things)  # a lay word names a thing
            and (token not in analyzer.health or token in analyzer.body)
            and analyzer.zipf(token) < ANSWER_FIT_ZIPF
        )

    def _tells(self, token: str) -> bool:
        """A story word that says something: one the bank knows, a health word, or a rare word."""
        analyzer = self.analyzer
        return token in self._idf or token in analyzer.health or analyzer.zipf(token) < UNSEEN_COMMON_ZIPF

    def names_topic(self, token: str) -> bool:
        """A bank word that is the bank's own topic and rare in English (or a concept): "ho", "hipreplace"."""
        # English's own count, not the typed word's: "refer" read as "source" names nothing rare.
        # The words the bank's meta names its topic with count however common ("heel", "cataract").
        analyzer = self.analyzer
        return token in self._idf and (
            token in analyzer.main_topic or (analyzer.is_topic_word(token) and english.zipf(token) < TOPIC_ZIPF)
        )

    def rank(
        self,
        tokens: tuple[str, ...],
        concepts: tuple[str, ...] = (),
        limit: int = 5,
        context: tuple[str, ...] = (),
        lenient: bool | frozenset[str] = True,
        context_share: float = CONTEXT_SHARE,
        min_coverage: float = 0.0,
        lead_any_entry: bool = False,
    ) -> list[Candidate]:
        """The best entries for a question, best first (see `_rank`).

        The readings of one long message (its sentences, its clauses, the whole of it, each with and without the
        subject) ask the same ranking several times over: up to RANKINGS_KEPT rankings are kept, by their
        arguments (all dropped when that many are kept), and a repeat is answered from them. A ranking depends on
        nothing else (the bank's index is fixed once loaded), so a kept one is the one `_rank` would give again."""
        key = (
            tuple(tokens), tuple(concepts), limit, tuple(context), lenient, context_share, min_coverage,
            lead_any_entry, self._prune,
        )  # fmt: skip
        kept = self.__dict__.setdefault("_rankings", {})
        found = kept.get(key)
        if found is None:
            found = tuple(
                self._rank(tokens, concepts, limit, context, lenient, context_share, min_coverage, lead_any_entry)
            )
            if len(kept) >= RANKINGS_KEPT:
                kept.clear()  # a new message's readings share nothing with an old one's
            kept[key] = found
        return list(found)  # a list of its own: a caller may change it

    def start_message(self) -> None:
        """Forget the rankings kept for the last message (see `rank`): they hold its words, and what a patient typed
        must not outlive the reply (a kiosk's next person shares the process)."""
        self.__dict__.pop("_rankings", None)

    def _rank(
        self,
        tokens: tuple[str, ...],
        concepts: tuple[str, ...],
        limit: int,
        context: tuple[str, ...],
        lenient: bool | frozenset[str],
        context_share: float,
        min_coverage: float,
        lead_any_entry: bool = False,
    ) -> list[Candidate]:
        """The best entries for a question, best first.

        `tokens` are the question's content tokens; `concepts` its words after
        synonyms, small words kept, which the fuzzy scorer compares as wording.
        `context`: tokens of the story around the question. They count for
        `context_share` of their weight: the story says what the question is
        about ("my new hip"), its details ("in March") are not what is asked. A
        story word the bank knows never counts against an entry that lacks it;
        one the bank never uses counts against every entry if it is about health
        or rare in English ("my new shoulder", "a clot"), else not at all ("in
        March", "on a forum").

        `lenient=False` when the tokens hold a subject the message did not name
        (the bank's main topic, added for "is it serious?"): then no word counts
        for less because the topic is named; a set of tokens: only those may.

        `lead_any_entry`: the leader may be a clear lead that leaves only words the bank never writes
        (`Candidate.sparse_lead`) whatever its number of phrasings, not only a clinic's sparse entry.
        """
        question = set(tokens)
        extra = {token for token in context if token not in question and self._tells(token)}
        if not question and not extra:
            return []
        weights = {token: self.weight(token) for token in question}
        if lenient and any(self.names_topic(token) for token in (*question, *extra)):
            # A question that names the bank's own subject ("HO", "hip replacement") is about it: a common
            # word the bank never uses ("beforehand", "high") only tells the story, and counts for less.
            # Rare or health words ("lupus", "gout") still count in full.
            analyzer = self.analyzer
            for token in question if lenient is True else lenient.intersection(question):
                if token not in self._idf and token not in analyzer.health:
                    if analyzer.zipf(token) >= UNSEEN_COMMON_ZIPF:
                        weights[token] *= UNSEEN_COMMON_SHARE
        asked_weight = sum(weights.values())
        for token in extra:
            weights[token] = self.weight(token) * context_share
        total = sum(weights.values())
        # A bank word the entry lacks counts half against it when it is a detail ("my elbow"), in full
        # when it is what the question asks about ("are x-rays *dangerous*?"): then it is another question.
        # A word of the story never counts against an entry: the story only lends what an entry shares.
        share = {token: 1.0 if self.analyzer.misses_in_full(token) else KNOWN_MISS_SHARE for token in question}
        share.update((token, 0.0) for token in extra)
        question |= extra
        known = sum(weights[token] * share[token] for token in question if token in self._idf)
        unknown = sum(weight for token, weight in weights.items() if token not in self._idf)
        lost = {token: weights[token] / context_share - weights[token] for token in extra}
        things = self.things(question)
        query = _Query(weights, share, total, known, unknown, lost, asked_weight, total - asked_weight, things)
        sums = None
        if min_coverage:
            big = len(self.entries) > MAX_KEPT_ENTRY_INDEXES
            if (big or len(query.weights) >= LONG_QUERY_TOKENS) and self._surely_below(query, min_coverage):
                # As the gate below would: no entry reaches the coverage (a whole story, mostly; in a big bank, any
                # question, since `_surely_below` walks only the rarer words' postings there, where `_may_reach`
                # must walk all of them to say no).
                return []
            if len(self.entries) <= MAX_KEPT_ENTRY_INDEXES:
                # What each entry covers, summed once from the postings: the coverage gate and every entry's score
                # read it. (In a big bank few entries are scored: summing more than coverage for all would cost more.)
                sums = self._sums(query)
                if self._best_coverage(query, sums) < min_coverage:
                    return []
            elif not self._may_reach(query, min_coverage):
                return []
        partial = self._partial_scores(query, limit, sums)
        if partial is None:
            # Too many entries share a word with the question for the rarest-first pass to stop early (a long
            # message on a big bank): the entries are bounded first and scored from the highest bound down.
            partial = self._bounded_scores(query, limit)
        if not partial:
            return []
        # The fuzzy score adds at most FUZZY_WEIGHT * 100 points: an entry that cannot come within
        # reach of the leader even with a perfect one is left out before the costlier scorer runs.
        best = max(score for _, score, _ in partial.values())
        shortlist = sorted(
            (index for index, (_, score, _) in partial.items() if score + FUZZY_REACH >= best),
            key=lambda index: (-partial[index][1], index),  # ties in bank order, whatever order words came in
        )[:FUZZY_CANDIDATES]
        question_text = " ".join(concepts or tokens)
        # The question's words sorted once, as `token_sort_ratio` would sort them for every phrasing.
        sorted_question = " ".join(sorted(question_text.split()))
        # The words of a question read alone: a subject added for it (the main topic) names no topic of its own,
        # and a message read whole with its story ("my son broke his leg ... can he get HO?") has story words
        # that the leader may leave out for the wrong reason.
        own_words = set(tokens) if lenient is True and not context else frozenset()
        # An entry whose questions name numbers ("grade 3") answers a question that names a number only if
        # it is one of them: grade 3 does not answer a question about grade 2.
        numbers = {token for token in tokens if token.isdigit()}
        # Likewise an entry whose questions ask only after the operation ("what can I eat after?") does not answer
        # a question that asks only before it ("what can I eat b4 the test?"), nor the other way round. Only the
        # words asked count: a story's "before all this started" tells when, and asks nothing.
        asked_side = self._sides_in(tokens if isinstance(lenient, bool) else lenient.intersection(tokens))
        if asked_side == 3:
            asked_side = 0
        candidates = []
        finals: list[float] = []  # the best `limit` final scores so far, highest first
        for index in shortlist:
            # The shortlist runs from the highest score before the fuzzy part down: once even a perfect fuzzy score
            # cannot lift an entry to the `limit`-th final score so far, no later one can either (exact: only
            # entries that could not be returned are left out).
            if len(finals) >= limit and partial[index][1] + FUZZY_POINTS + _ROUNDED < finals[limit - 1]:
                break
            best_wording = self._best_wording(index, question_text, sorted_question)
            similarity = best_wording[1] / 100 if best_wording else 0.0
            coverage, score, fit = partial[index]
            if numbers and self._numbers[index] and not numbers & self._numbers[index]:
                coverage = min(coverage, OTHER_NUMBER_COVERAGE)
            if asked_side and self._sides_said[index] == 3 - asked_side and coverage > OTHER_SIDE_COVERAGE:
                # Its score loses what the coverage lost, so an entry of the side asked can lead.
                score -= 100 * COVERAGE_WEIGHT * (coverage - OTHER_SIDE_COVERAGE)
                coverage = OTHER_SIDE_COVERAGE
            score += 100 * FUZZY_WEIGHT * similarity
            phrasings = len(self._entry_phrasings[index])
            candidates.append(Candidate(self.entries[index], round(score, 1), coverage, fit, phrasings=phrasings))
            finals.append(candidates[-1].score)
            finals.sort(reverse=True)
            del finals[limit:]
        candidates.sort(key=lambda candidate: (-candidate.score, candidate.entry.id))
        if candidates and self._topic_entries:
            top = candidates[0]
            if self._asks_more_than_topic(self._index_of[top.entry.id], question - extra):
                candidates[0] = top._replace(asks_more=True)
        if candidates and not candidates[0].asks_more and self._asks_of_another_sign(candidates[0], question - extra):
            candidates[0] = candidates[0]._replace(asks_more=True)
        # A message read whole with its story (`lenient`: the question's own tokens): the question's words must all be
        # explained, the story's may be words the clinic never wrote ("She is seven. Can she swim ...?").
        story_read = isinstance(lenient, frozenset) and not context
        sparse = candidates and (lead_any_entry or 0 < candidates[0].phrasings <= SPARSE_PHRASINGS)
        if sparse and (own_words or story_read):
            top = candidates[0]
            asked = question - extra
            strict = lenient.intersection(asked) if story_read else frozenset()
            unwritten = self._leaves_only_unwritten(self._index_of[top.entry.id], asked, strict)
            candidates[0] = top._replace(sparse_lead=unwritten)
        if candidates and own_words:
            # Only the leader's leftovers matter (see `decide`): the others are not asked, to keep stories quick.
            top = candidates[0]
            index = self._index_of[top.entry.id]
            candidates[0] = top._replace(details_only=self._leaves_only_details(index, question - extra, own_words))
        return candidates[:limit]

    def _asks_of_another_sign(self, top: Candidate, asked: set[str]) -> bool:
        """True if the question asks about signs (pain, a lump, swelling) that none of the entry's questions name,
        and the entry's own question names another sign: "can HO cause pain at night?" is no question about the
        fever the night-time entry is about, though both say "night". Such a leader is never answered (see
        `decide`): a wrong medical answer is worse than the fallback."""
        asked_signs = self._signs.intersection(asked)
        if not asked_signs:
            return False
        index = self._index_of[top.entry.id]
        if not asked_signs.isdisjoint(self._vocab[index]):
            return False
        own = self._entry_phrasings[index]
        return bool(own) and not self._signs.isdisjoint(self._phrasing_tokens[own[0]])

    def _leaves_only_unwritten(self, index: int, asked: set[str], strict=frozenset()) -> bool:
        """True if an entry explains at least SPARSE_EXPLAINED of a question's words that are not everyday (things
        and acts, not only ways of asking), its questions ask what the question asks (an aspect only its answer
        names is no question of its own), and every other word is one the clinic simply never wrote: no word of
        another entry (that is another question), no health word, no concept that says what is asked, no number,
        no rare word. The clinic's topic is every entry's, said or not. At least half of the words explained must be
        the entry's questions' own: an answer names things in passing ("do not vape near the oxygen") that it is no
        answer about. `strict`: words that must be explained (the question's own, when a story is read with it).

        A clinic writes two or three ways of asking; its patients use words none of them has ("the night before
        or that morning?" of "when should I drink the bowel prep"). Such words cost the entry coverage and fit
        though they say nothing against it; a word another entry uses does.
        """
        vocab, answer_only, analyzer = self._vocab[index], self._answer_only[index], self.analyzer
        explained = from_answer = 0
        for token in asked:
            if analyzer.is_everyday(token):
                continue
            if token in answer_only and analyzer.is_aspect(token):
                return False  # what is asked must be the entry's own question: an answer's "in time" asks no "when"
            if token in vocab or token in answer_only:
                # What is asked ("timing", "when") is asked of anything, a flight's time as much as a dose's: only the
                # things it is asked of count, and the acts the clinic makes its own ("swim" at an ear clinic).
                if not analyzer.is_aspect(token) or analyzer.is_bank_specific(token):
                    explained += 1
                    from_answer += token not in vocab
                continue
            if token in analyzer.main_topic:
                continue  # the clinic's own topic ("gallstones"): every entry is about it, whether it says so or not
            if token in strict:
                return False
            if token in self._idf or token.isdigit() or token in analyzer.health:
                return False
            if analyzer.misses_in_full(token) or analyzer.is_topic_word(token):
                return False
            if analyzer.zipf(token) < DETAIL_ZIPF:
                return False
        return explained >= SPARSE_EXPLAINED and 2 * from_answer <= explained

    def _leaves_only_details(self, index: int, asked: set[str], own_words) -> bool:
        """True if a question names the bank's topic and what an entry leaves unexplained of it is only detail
        in everyday words.

        "Can gout give you gravel in the kidneys?": the kidney-stones entry explains all but "gravel", an
        everyday word. "Can gout give you cancer in the kidneys?" leaves a health word, "sarcoidosis" a rare
        one, "grade 3" a number, "is it dangerous?" a concept: each is another question.
        """
        vocab, answer_only, analyzer = self._vocab[index], self._answer_only[index], self.analyzer
        # Only a question that names the bank's own topic, in a word the entry shares ("gout", "lens"): an
        # everyday request ("turn the tv on", "an appointment for an oil change") is never such a question.
        # A concept counts only as a subject of the bank: the general layer's "tv" or "fly" names no topic.
        if not any(
            (token in vocab or token in answer_only)
            and token in own_words
            and self.names_topic(token)
            and (token not in analyzer.concept_words or token in analyzer.subjects)
            for token in asked
        ):
            return False
        for token in asked:
            if token in vocab or token in answer_only or analyzer.is_everyday(token):
                continue
            if token.isdigit() or analyzer.misses_in_full(token) or token in analyzer.health:
                return False
            if token in self._idf:
                if analyzer.is_topic_word(token):
                    return False  # the bank's own word, about something this entry does not speak of
                continue
            if analyzer.zipf(token) < DETAIL_ZIPF or analyzer.is_topic_word(token):
                return False
        return True

    def _surely_below(self, query: _Query, bar: float) -> bool:
        """True if no entry's coverage reaches `bar` (0 < bar < 1), by a margin no rounding can cross: summed with
        one number per entry, where `_sums` keeps four.

        An entry's coverage, covered / (covered + rest - penalty), reaches the bar exactly when
        (1 - bar) * covered + bar * penalty >= bar * rest; the left side is a sum over the tokens the entry uses
        of each one's credit times (1 - bar + bar * share). Only a clear miss says True: one within a billionth
        of the bar is left to `_best_coverage`, which decides as before."""
        need = bar * (query.known + query.unknown) * (1.0 - 1e-9) - 1e-12
        # Rarest words first. An entry adds at most a word's `asked` for each word it uses, so once the words left
        # add up to less than the need, an entry none of the words so far named cannot reach it: the commoner
        # words' postings are not walked, only looked up in the entries named already that might still reach it.
        # (A sum in another order differs in its last bits only; a value that near the need is no clear miss, and
        # the gates after this one say "no entry" of it as well.)
        words = []
        for token in sorted(query.weights, key=lambda token: len(self._postings.get(token, ()))):
            factor = 1.0 - bar + bar * query.share[token]
            words.append((token, query.weights[token] * factor, query.weights[token] * ANSWER_CREDIT * factor))
        left = [0.0] * (len(words) + 1)  # what the words from each on add at most
        for position in range(len(words) - 1, -1, -1):
            left[position] = left[position + 1] + words[position][1]
        values: dict[int, float] = {}
        get = values.get
        walked = len(words)
        vocab_of = self._vocab
        for position, (token, asked, answered) in enumerate(words):
            if values and left[position] < need:
                walked = position
                break
            # The postings as they are, not `_marked_postings`: a big bank's every question comes here, and keeping
            # each word's marked copy would hold a second index in memory.
            for index in self._postings.get(token, ()):
                values[index] = get(index, 0.0) + (asked if token in vocab_of[index] else answered)
        if walked == len(words):
            return max(values.values(), default=0.0) < need
        rest, most = words[walked:], left[walked]
        for index, value in values.items():
            if value + most < need:
                continue
            vocab, answer_only = self._vocab[index], self._answer_only[index]
            for token, asked, answered in rest:
                if token in vocab:
                    value += asked
                elif token in answer_only:
                    value += answered
            if value >= need:
                return False
        return True

    def _may_reach(self, query: _Query, bar: float) -> bool:
        """True if some entry's coverage reaches `bar`, as `_best_coverage(query) >= bar` says, found without
        summing every entry of a big bank where one entry is enough.

        The tokens are added rarest first, and an entry's coverage only grows as its tokens are added (what it
        covers grows faster than what counts against it), so once one entry is clearly past the bar the answer is
        known: "What is (are) Adult Acute Lymphoblastic Leukemia?" is settled by its rare words, before the
        thousands of entries that say "what" are summed. A result within a billionth of the bar is left to
        `_best_coverage`, in the question's own order, as before."""
        rest = query.known + query.unknown
        covered: dict[int, float] = defaultdict(float)
        penalty: dict[int, float] = defaultdict(float)
        sure = bar + _CLEAR
        for token in sorted(query.weights, key=lambda token: len(self._postings.get(token, ()))):
            weight, share = query.weights[token], query.share[token]
            for index in self._postings.get(token, ()):
                credit = weight if token in self._vocab[index] else weight * ANSWER_CREDIT
                covered[index] += credit
                penalty[index] += credit * share
                value = covered[index]
                if value / (value + rest - penalty[index]) >= sure:
                    return True
        best = max((value / (value + rest - penalty[index]) for index, value in covered.items()), default=0.0)
        if best < bar - _CLEAR:
            return False
        return self._best_coverage(query) >= bar

    def _best_coverage(self, query: _Query, sums: dict[int, list[float]] | None = None) -> float:
        """The highest coverage any entry reaches (exactly as `_entry_score` computes it), from the postings
        alone: no fit, no fuzzy score. `sums`: the question's `_sums`, if summed already."""
        rest = query.known + query.unknown
        if sums is not None:
            return max(
                (covered / (covered + rest - penalty) for covered, penalty, _, _ in sums.values()), default=0.0
            )
        covered: dict[int, float] = defaultdict(float)
        penalty: dict[int, float] = defaultdict(float)
        for token, weight in query.weights.items():
            for index in self._postings.get(token, ()):
                credit = weight if token in self._vocab[index] else weight * ANSWER_CREDIT
                covered[index] += credit
                penalty[index] += credit * query.share[token]
        return max((value / (value + rest - penalty[index]) for index, value in covered.items()), default=0.0)

    def _sums(self, query: _Query) -> dict[int, list[float]]:
        """For every entry that shares a token with the question: the weight it covers, the part of that which
        counts against entries lacking it, the weight its questions use and what its answer adds to its fit,
        summed in the question's token order (the order `_entry_score` sums them in, so the floats are equal)."""
        sums: dict[int, list[float]] = {}
        things = query.things
        for token, weight in query.weights.items():
            share = query.share[token]
            thing = token in things
            for index, asked in self._marked_postings(token):
                found = sums.get(index)
                if found is None:
                    found = sums[index] = [0.0, 0.0, 0.0, 0.0]
                if asked:
                    credit = weight
                    found[2] += weight
                else:
                    credit = weight * ANSWER_CREDIT
                    if thing:
                        found[3] += weight * self._answer_fit[index]
                found[0] += credit
                found[1] += credit * share
        return sums

    def _best_wording(self, index: int, question_text: str, sorted_question: str) -> tuple | None:
        """The entry's phrasing closest to the question by `fuzz.token_sort_ratio` (`process.extractOne`'s answer).

        In a bank small enough to keep every entry's indexes (MAX_KEPT_ENTRY_INDEXES), each side's words are sorted
        once (the question's by the caller, `sorted_question`; the phrasings' when the entry is first scored, then
        kept) and compared by `fuzz.ratio`: the same ratio of the same sorted strings, without sorting every phrasing
        again for every question. In a bigger one nothing is kept (memory would grow with every entry ever scored)
        and rapidfuzz sorts them itself, quicker than Python would."""
        wording = self._wordings[index]
        if len(self.entries) > MAX_KEPT_ENTRY_INDEXES:
            lines = wording.split("\n") if wording else []
            return process.extractOne(question_text, lines, scorer=fuzz.token_sort_ratio, processor=None)
        kept = self.__dict__.setdefault("_sorted_phrasings", {})
        found = kept.get(index)
        if found is None:
            found = kept[index] = [" ".join(sorted(line.split())) for line in wording.split("\n")] if wording else []
        return process.extractOne(sorted_question, found, scorer=fuzz.ratio, processor=None)

    def _marked_postings(self, token: str) -> tuple[tuple[int, bool], ...]:
        """The entries that use a token, each with whether its questions use it (else only its answer does), in
        the postings' order: built on first use and kept (a bank's tokens are few)."""
        kept = self.__dict__.setdefault("_marked", {})
        found = kept.get(token)
        if found is None:
            postings = self._postings.get(token)
            if postings is None:
                return ()  # a word the bank never uses: nothing to keep
            found = kept[token] = tuple((index, token in self._vocab[index]) for index in postings)
        return found

    def _partial_scores(
        self, query: _Query, limit: int = 5, sums: dict[int, list[float]] | None = None
    ) -> dict[int, tuple[float, float, float]]:
        """Coverage, score before the fuzzy part, and fit of every entry that could make the shortlist.

        Rare words first: the entries that use the question's rarest word are
        scored, then those of the next rarest, and so on, until the words left
        are so common (light) that an entry using only them could not come
        within FUZZY_REACH of the best so far, nor beat FUZZY_CANDIDATES entries
        already scored. A question about "Dubin-Johnson syndrome" then scores
        the few entries about it, not the thousands that say "syndrome".
        """
        order = sorted(query.weights, key=lambda token: len(self._postings.get(token, ())))
        # In a big bank, with nothing summed yet: once more entries are named than SCORED_ONE_BY_ONE (or than the
        # question's postings over its words: scoring each looks at every word), stop and leave it to
        # `_bounded_scores` (None), which bounds entries before it scores them. Either way the same entries come
        # out on top.
        budget = math.inf
        if sums is None and self._prune and len(self.entries) > MAX_KEPT_ENTRY_INDEXES:
            budget = min(sum(len(self._postings.get(token, ())) for token in order) / len(order), SCORED_ONE_BY_ONE)
        scores: dict[int, tuple[float, float, float]] = {}
        seen: set[int] = set()
        best = 0.0
        # The `limit` highest scores so far (lowest first): an entry more than the fuzzy part's most below the
        # lowest of them can never be among the `limit` returned, whatever its fuzzy score.
        top: list[float] = []
        for position, token in enumerate(order):
            new = set(self._postings.get(token, ())).difference(seen)
            seen.update(new)
            if len(seen) > budget:
                return None
            for index in new:
                floor = best - FUZZY_REACH
                if len(top) >= limit:
                    floor = max(floor, top[0] - FUZZY_POINTS - _ROUNDED)
                found = self._entry_score(
                    index, query, floor if self._prune else -math.inf, sums.get(index) if sums is not None else None
                )
                if found is not None:
                    scores[index] = found
                    if found[1] > best:
                        best = found[1]
                    if len(top) < limit:
                        heapq.heappush(top, found[1])
                    elif found[1] > top[0]:
                        heapq.heapreplace(top, found[1])
            if self._prune and scores and position + 1 < len(order):
                ceiling = _ceiling(order[position + 1 :], query, self._idf)
                if ceiling + FUZZY_REACH + _ROUNDING < best:
                    break
                if sum(1 for _, score, _ in scores.values() if score > ceiling) >= FUZZY_CANDIDATES:
                    break
        return scores

    def _bounded_scores(self, query: _Query, limit: int) -> dict[int, tuple[float, float, float]]:
        """What `_partial_scores` finds, for a question whose words are shared by thousands of entries.

        The words are split in two: the rarer ones, whose entries are found from the postings, and the commonest,
        which are only looked up in those entries (thousands of entries say "disease"; a message's rarer words
        name a few hundred). Each entry found gets a bound: its coverage as it is, and its fit as if its phrasings
        had no word the question lacks (`_entry_score` caps it lower, never higher). The entries are scored from
        the highest bound down until the bound falls below what it would take to be returned or shortlisted:
        within FUZZY_REACH of the best score, within the fuzzy part's reach of the `limit`-th, and above the
        lowest of the FUZZY_CANDIDATES best once that many are scored (`rank` shortlists no more). An entry that
        uses none of the rarer words scores at most `_ceiling` of the commonest: while that could still get that
        far, the rarest of them joins the rarer ones and its new entries are bounded and scored in turn.

        Every entry scored is scored by `_entry_score`, as `_partial_scores` scores it; one left out could not
        have been returned."""
        order = sorted(query.weights, key=lambda token: len(self._postings.get(token, ())))
        weights, shares, things = query.weights, query.share, query.things
        known, unknown, asked_weight = query.known, query.unknown, query.asked
        # The rarer words at first: those whose postings add up to 1 / FIRST_SHARE of all the question's at most.
        total = sum(len(self._postings.get(token, ())) for token in order)
        split, running = 0, 0
        for token in order:
            running += len(self._postings.get(token, ()))
            if split and running > total / FIRST_SHARE:
                break
            split += 1
        scores: dict[int, tuple[float, float, float]] = {}
        looked: set[int] = set()  # entries bounded already (then scored, or left out for good)
        best = 0.0
        top: list[float] = []  # the `limit` highest scores so far, lowest first
        shortlisted: list[float] = []  # the FUZZY_CANDIDATES highest, lowest first

        least = 0.0  # the floor: what it takes to be returned or shortlisted, from the scores so far
        vocab_of, answer_of, core_of, core_weight = self._vocab, self._answer_only, self._core, self._core_weight
        start = 0
        while True:
            found_now = [index for token in order[start:split] for index in self._postings.get(token, ())]
            # An entry first found now uses none of the words summed before: only the others are looked up.
            tokens = [
                (token, weights[token], weights[token] * shares[token], token in things) for token in order[start:]
            ]
            start = split
            bounds = []
            for index in set(found_now).difference(looked):
                vocab, answer_only = vocab_of[index], answer_of[index]
                covered = penalty = shared = 0.0
                for token, weight, against, thing in tokens:
                    if token in vocab:
                        covered += weight
                        penalty += against
                        shared += weight
                    elif token in answer_only:
                        covered += weight * ANSWER_CREDIT
                        penalty += against * ANSWER_CREDIT
                        if thing:
                            shared += weight  # its answer adds at most this much to its fit
                coverage = covered / (covered + (known - penalty) + unknown)
                fit = min(1.0, shared / asked_weight) if asked_weight else 1.0
                bounds.append((100 * (COVERAGE_WEIGHT * coverage + FIT_WEIGHT * fit), index, coverage, shared))
            looked.update(bound[1] for bound in bounds)
            bounds.sort(reverse=True)
            for bound, index, coverage, shared in bounds:
                if bound + _ROUNDING < least:
                    break  # the bounds only fall from here, and the floor only rises
                # The entry's core words the question lacks weigh on every phrasing's fit, as `_entry_score`
                # caps it: a lower bound, checked before the entry is scored.
                missing = core_weight[index]
                for token in core_of[index]:
                    missing -= weights.get(token, 0.0)
                reach = asked_weight + max(missing, 0.0)
                fit = min(1.0, shared / reach) if reach else 1.0
                if 100 * (COVERAGE_WEIGHT * coverage + FIT_WEIGHT * fit) + _ROUNDING < least:
                    continue
                found = self._entry_score(index, query, least)
                if found is None:
                    continue
                scores[index] = found
                score = found[1]
                best = max(best, score)
                for kept, size in ((top, limit), (shortlisted, FUZZY_CANDIDATES)):
                    if len(kept) < size:
                        heapq.heappush(kept, score)
                    elif score > kept[0]:
                        heapq.heapreplace(kept, score)
                least = best - FUZZY_REACH
                if len(top) >= limit:
                    least = max(least, top[0] - FUZZY_POINTS - _ROUNDED)
                if len(shortlisted) >= FUZZY_CANDIDATES:
                    least = max(least, shortlisted[0])  # one below it has FUZZY_CANDIDATES ahead: never shortlisted
            rest = order[split:]
            if not rest or _ceiling(rest, query, self._idf) + _ROUNDING < least:
                return scores  # an entry that uses only the words left cannot get that far
            split += 1

    def _entry_score(
        self, index: int, query: _Query, floor: float, summed: list[float] | None = None
    ) -> tuple[float, float, float] | None:
        """One entry's coverage, score before the fuzzy part, and fit (see the module's docstring);
        None, without the costlier fit, if it surely scores below `floor`. `summed`: the entry's sums from
        `_sums`, if the question's were summed already."""
        if summed is not None:
            covered, penalty, asked, answered = summed
        else:
            vocab = self._vocab[index]
            answer_only = self._answer_only[index]
            covered = penalty = asked = answered = 0.0
            things, answer_fit = query.things, self._answer_fit[index]
            for token, weight in query.weights.items():
                if token in vocab:
                    credit = weight
                    asked += weight
                elif token in answer_only:
                    credit = weight * ANSWER_CREDIT
                    if token in things:
                        answered += weight * answer_fit
                else:
                    continue
                covered += credit
                penalty += credit * query.share[token]
        coverage = covered / (covered + (query.known - penalty) + query.unknown)
        # A phrasing shares at most the question words the entry's questions use (`asked`, plus what its answer
        # adds: `answered`), and weighs at least that plus the entry's core words the question lacks: that caps
        # any phrasing's fit.
        missing = self._core_weight[index]
        for token in self._core[index]:
            missing -= query.weights.get(token, 0.0)
        reach = query.asked + max(missing, 0.0)
        best_fit = min(1.0, (asked + answered) / reach) if reach else 1.0
        most = 100 * (COVERAGE_WEIGHT * coverage + FIT_WEIGHT * best_fit)
        if most + _ROUNDING < floor:
            return None
        context = query.context
        if not answered and len(self.entries) <= MAX_KEPT_ENTRY_INDEXES:
            return coverage, *self._fit_from_shared_tokens(index, query, coverage)
        fit = 0.0
        for phrasing in self._entry_phrasings[index]:
            shared = story = lost = 0.0
            for token in self._phrasing_tokens[phrasing]:
                weight = query.weights.get(token, 0.0)
                shared += weight
                if token in context:
                    story += weight
                    lost += context[token]
            if shared or answered:
                # Weighted Jaccard of the phrasing and the question with the story words this phrasing uses
                # (weighed in both as story words).
                # A story word the phrasing lacks counts CONTEXT_MISS of its weight against it: the story
                # says what the question is about, and an entry that ignores it fits less.
                unshared = query.story - story
                # The answer's things count as shared, not as the phrasing's own weight: they add to every phrasing.
                value = (shared + answered) / (
                    self._phrasing_weight[phrasing] - lost + query.asked + story + CONTEXT_MISS * unshared - shared
                )
                if value > fit:
                    fit = value
        return coverage, 100 * (COVERAGE_WEIGHT * coverage + FIT_WEIGHT * fit), fit

    def _fit_from_shared_tokens(self, index: int, query: _Query, coverage: float) -> tuple[float, float]:
        """The score before the fuzzy part and the fit of an entry whose answer adds nothing to its fit, the
        same as `_entry_score`'s loop over every phrasing, but reached from the question's tokens: only the
        phrasings that share a word with the question can fit it at all, and a question shares few. Each
        phrasing's sums are added in the question's token order, as there."""
        by_token = self._phrasings_by_token(index)
        phrasings = self._entry_phrasings[index]
        first = phrasings.start
        shared = [0.0] * len(phrasings)
        context = query.context
        story = lost = None
        if context:
            story, lost = [0.0] * len(phrasings), [0.0] * len(phrasings)
        for token, weight in query.weights.items():
            offsets = by_token.get(token)
            if offsets is None:
                continue
            for offset in offsets:
                shared[offset] += weight
            if context and token in context:
                for offset in offsets:
                    story[offset] += weight
                    lost[offset] += context[token]
        fit = 0.0
        weights, asked, total_story = self._phrasing_weight, query.asked, query.story
        for offset, value in enumerate(shared):
            if not value:
                continue
            if story is None:
                value = value / (weights[first + offset] + asked + CONTEXT_MISS * total_story - value)
            else:
                told = story[offset]
                value = value / (
                    weights[first + offset] - lost[offset] + asked + told + CONTEXT_MISS * (total_story - told) - value
                )
            if value > fit:
                fit = value
        return 100 * (COVERAGE_WEIGHT * coverage + FIT_WEIGHT * fit), fit

    def _phrasings_by_token(self, index: int) -> dict[str, tuple[int, ...]]:
        """An entry's phrasings (as offsets in its own range) by the tokens they use, built on first use and
        kept."""
        kept = self.__dict__.setdefault("_by_token", {})
        found = kept.get(index)
        if found is None:
            grouped: dict[str, list[int]] = defaultdict(list)
            phrasings = self._entry_phrasings[index]
            for offset, phrasing in enumerate(phrasings):
                for token in self._phrasing_tokens[phrasing]:
                    grouped[token].append(offset)
            found = kept[index] = {token: tuple(offsets) for token, offsets in grouped.items()}
        return found

    def __getstate__(self) -> dict:
        # The phrasings kept by token are rebuilt on use: a compiled copy of the bank never holds them.
        state = dict(self.__dict__)
        state.pop("_by_token", None)
        state.pop("_marked", None)
        state.pop("_rankings", None)
        state.pop("_by_rarest_subject_word", None)
        state.pop("_question_counts", None)
        state.pop("_numbers_with", None)
        state.pop("_phrasing_concept_words", None)
        state.pop("_sorted_phrasings", None)
        return state

    def entries_covering(self, tokens: set[str]) -> list[FaqEntry]:
        """Entries whose questions use every one of these tokens."""
        if not tokens:
            return []
        postings = sorted((set(self._postings.get(token, ())) for token in tokens), key=len)
        common = set.intersection(*postings)
        return [self.entries[index] for index in sorted(common)]

    def says(self, entry: FaqEntry, tokens: frozenset[str]) -> bool:
        """True if an entry's questions or its answer use one of these tokens."""
        index = self._index_of[entry.id]
        return not tokens.isdisjoint(self._vocab[index]) or not tokens.isdisjoint(self._answer_only[index])

    def phrasing_concepts(self, entry: FaqEntry) -> tuple[frozenset[str], ...]:
        """The concepts of each of an entry's phrasings (question and alternates), small words kept."""
        wording = self._wordings[self._index_of[entry.id]]
        return tuple(frozenset(line.split()) for line in wording.split("\n")) if wording else ()

    def phrasing_concept_words(self) -> frozenset[str]:
        """Every concept any phrasing of the bank uses (built on first use and kept)."""
        found = self.__dict__.get("_phrasing_concept_words")
        if found is None:
            found = frozenset(word for wording in self._wordings for word in wording.split())
            self.__dict__["_phrasing_concept_words"] = found
        return found

    def defines(self, entry: FaqEntry, subject: tuple[str, ...]) -> bool:
        """True if one of an entry's phrasings only asks what this subject is ("what is fop", "What is a
        cataract?"): its tokens are the subject's and ways of asking what something is, nothing more."""
        asking = set(subject) | self._definition
        phrasings = self._entry_phrasings[self._index_of[entry.id]]
        return any(
            set(subject) <= set(tokens) <= asking for tokens in (self._phrasing_tokens[p] for p in phrasings)
        )

    def subject_words(self, entry: FaqEntry) -> frozenset[str]:
        """What an entry is about: the words every one of its phrasings uses that do not say what is asked, frame a
        question or are small words ("glycogen", "storage", "13" of "What are the symptoms of glycogen storage
        disease type 13?"). Empty where the phrasings share no such word."""
        return self._subject_of(self._index_of[entry.id])

    def _subject_of(self, index: int) -> frozenset[str]:
        analyzer = self.analyzer
        return frozenset(
            token
            for token in self._core[index]
            if not analyzer.is_aspect(token)
            and token not in analyzer.framing
            and token not in analyzer.stopwords
        )

    @property
    def tells_few(self) -> bool:
        """True for a bank big enough that a word may name few of its entries (see `names_few`)."""
        return SPECIFIC_SHARE * len(self.entries) >= 1

    def names_few(self, token: str) -> bool:
        """True if at most SPECIFIC_SHARE of the bank's entries use the token in their questions: in a big bank, what
        those few entries are about ("gluten", "tachycardia"; not "disease", "treatment" or "after"), or a thing
        only answers name ("website"). A bank of fewer than 1 / SPECIFIC_SHARE entries (a clinic's 20 to 40) has
        no such word: there one entry is a good share of them, and the words its few phrasings share say little."""
        return self.tells_few and self.question_count(token) <= SPECIFIC_SHARE * len(self.entries)

    def question_count(self, token: str) -> int:
        """How many entries use the token in their questions (counted on first use)."""
        counts = self.__dict__.get("_question_counts")
        if counts is None:
            counts = self.__dict__["_question_counts"] = Counter(token for vocab in self._vocab for token in vocab)
        return counts.get(token, 0)

    def numbers_named_with(self, token: str) -> frozenset[str]:
        """The numbers the bank's entry subjects name with this word ("13", "18" with "trisomy"), in a big bank."""
        table = self.__dict__.get("_numbers_with")
        if table is None:
            table = {}
            for index in range(len(self.entries)):
                subject = self._subject_of(index)
                numbers = {token for token in subject if token.isdigit()}
                if numbers and any(map(self.names_few, subject)):
                    for word in subject - numbers:
                        table[word] = table.get(word, frozenset()) | numbers
            self.__dict__["_numbers_with"] = table
        return table.get(token, frozenset())

    def subjects_said(self, said: frozenset[str]) -> list[frozenset[str]]:
        """The subjects (`subject_words`) of the entries whose every subject word is in `said`.

        Looked up by each subject's rarest word, in a table built on first use (a bank that never reads a story
        never builds it)."""
        table = self.__dict__.get("_by_rarest_subject_word")
        if table is None:
            table = {}
            for index in range(len(self.entries)):
                subject = self._subject_of(index)
                if any(map(self.names_few, subject)):
                    rarest = max(subject, key=lambda token: (self._idf.get(token, 0.0), token))
                    table.setdefault(rarest, set()).add(subject)
            self.__dict__["_by_rarest_subject_word"] = table
        return [subject for token in said for subject in table.get(token, ()) if subject <= said]

    def overlap(self, entry: FaqEntry, tokens: frozenset[str]) -> float:
        """How much of a set of tokens (weighted) an entry's questions use."""
        vocab = self._vocab[self._index_of[entry.id]]
        return sum(self.weight(token) for token in tokens & vocab)
