"""The bot: a loaded bank with its matcher and safety rules, ready to open sessions."""

from __future__ import annotations

import gc
import os
from typing import NamedTuple

from chatbot.bank.loader import load_bank, packaged_bank_dir
from chatbot.bank.model import Bank, FaqEntry
from chatbot.reply import Reply, Suggestion
from chatbot.safety.advice import AdviceDetector
from chatbot.safety.triage import Triage, general_triage
from chatbot.understanding.language import Analyzer, general_vocabulary
from chatbot.understanding.matcher import Candidate, Matcher
from chatbot.understanding.smalltalk import SmalltalkMatcher

# A match is answered only when it is this good, explains at least this share
# of the question, and beats the next entry by this margin. Below the answer
# score, close candidates above the clarify score are offered as options.
ANSWER_SCORE = 60.0
CLARIFY_SCORE = 50.0
MIN_COVERAGE = 0.65
CLEAR_MARGIN = 7.0
# A match this sure, that explains the whole question, is answered even with a close rival (both read the
# question fully, as "can HO be genetic?" does "types of HO" and "genetic HO"); the rival is offered first.
SURE_SCORE = 85.0
SURE_COVERAGE = 0.95
SURE_MARGIN = 3.0  # closer than this, two entries are near-duplicates: the person chooses
# A rival this far below the coverage bar still counts against a clear answer (see `decide`).
RIVAL_COVERAGE_SLACK = 0.1
# A leader far ahead of every other entry, that leaves unexplained only everyday detail ("gravel", "the car",
# "telly"), is answered below the answer score and coverage bar (see `decide`).
CLEAR_LEAD_SCORE = 40.0
CLEAR_LEAD_COVERAGE = 0.4
CLEAR_LEAD_MARGIN = 15.0
MAX_OPTIONS = 3
MAX_FOLLOW_UPS = 3


class Decision(NamedTuple):
    """What the ranking means: one answer, a few options to choose from, or no match."""

    kind: str  # "answer", "clarify" or "fallback"
    candidates: tuple[Candidate, ...]


def decide(candidates: list[Candidate]) -> Decision:
    """Turn a ranking into a decision; a wrong answer is worse than "ask your doctor"."""
    credible = [c for c in candidates if c.coverage >= MIN_COVERAGE and c.score >= CLARIFY_SCORE]
    if candidates and _leads_clearly(candidates) and not (credible and credible[0] is not candidates[0]):
        return Decision("answer", (candidates[0],))
    if not credible:
        return Decision("fallback", ())
    top = credible[0]
    close = [c for c in credible if top.score - c.score < CLEAR_MARGIN]
    # A rival that explains nearly enough of the question still makes the leader unsure ("is a fever a sign
    # of HO?": the early-symptoms entry leads, the fever entry just misses the coverage bar).
    near = [
        c
        for c in candidates
        if c not in close and c.coverage >= MIN_COVERAGE - RIVAL_COVERAGE_SLACK and top.score - c.score < CLEAR_MARGIN
    ]
    close = sorted((*close, *near), key=lambda c: -c.score)
    if top.score >= ANSWER_SCORE and len(close) == 1:
        return Decision("answer", (top,))
    if top.score >= SURE_SCORE and top.coverage >= SURE_COVERAGE and top.score - close[1].score >= SURE_MARGIN:
        return Decision("answer", tuple(close[:MAX_OPTIONS]))  # the rest: offered first as follow-ups
    if len(close) > 1:
        return Decision("clarify", tuple(close[:MAX_OPTIONS]))
    return Decision("fallback", ())


def _leads_clearly(candidates: list[Candidate]) -> bool:
    """A leader that explains everything a question asks, with only everyday detail left over, far ahead of
    the next entry: the words it leaves ("gravel", "telly") cost it coverage, not meaning."""
    top = candidates[0]
    if not top.details_only or top.score < CLEAR_LEAD_SCORE or top.coverage < CLEAR_LEAD_COVERAGE:
        return False
    return len(candidates) == 1 or top.score - candidates[1].score >= CLEAR_LEAD_MARGIN


def build_index(bank: Bank) -> tuple[Analyzer, Matcher, Triage]:
    """The bank's vocabulary, index and triage table, built once per bank."""
    collecting = gc.isenabled()
    gc.disable()  # the index is many small objects that all live on: see load_bank
    try:
        analyzer = Analyzer(bank)
        matcher = Matcher(bank.entries, analyzer)
        analyzer.adopt_subjects(matcher.question_tokens(), bank.short_name or bank.topic)
        analyzer.adopt_main_topic(bank.short_name or bank.topic)
        # The general table, told the names of this bank's condition ("can HO cause ..." is a question).
        names = bank.subject_names or {name.lower() for name in (bank.short_name, bank.topic) if name}
        return analyzer, matcher, general_triage(frozenset(names))
    finally:
        if collecting:
            gc.enable()


class Bot:
    """Answers questions from one bank. Cheap to share: all state lives in sessions."""

    def __init__(self, bank: Bank, emergency_number: str | None = None, unanswered_log=None, index=None):
        self.bank = bank
        self.unanswered_log = unanswered_log  # an UnansweredLog, or None (the default: nothing is kept)
        if unanswered_log is not None:
            # The bank's own words ("HO", "FOP", a condition's name) are never masked as someone's name.
            unanswered_log.keep = bank.own_words()
        # `index`: the bank's (Analyzer, Matcher, Triage) from a compiled copy (see bank_cache); else built here.
        self.analyzer, self.matcher, self.triage = index or build_index(bank)
        self.advice = AdviceDetector(bank.personal_advice)
        self.smalltalk = SmalltalkMatcher(bank.smalltalk)
        # Who says which number to call, first to last: the caller, the bank's meta, the general triage table.
        self.emergency_number = emergency_number or bank.emergency_number or self.triage.emergency_number
        # What "it" means when a question names no subject: the bank's meta says ("HO").
        subject = bank.short_name or bank.topic
        self.default_subject = self.analyzer.analyze(subject, fix_typos=False).tokens if subject else ()
        general = general_vocabulary()
        self.narrative_words = frozenset(general.get("narrative_words", ()))
        self.addressee_words = frozenset(general.get("addressee_words", ()))
        self.pointing_phrases = tuple(general.get("pointing_phrases", ()))
        self.framing = frozenset(general.get("framing_words", ()))

    @classmethod
    def load(
        cls,
        path: str | os.PathLike | None = None,
        emergency_number: str | None = None,
        log_unanswered: str | os.PathLike | None = None,
    ) -> Bot:
        """Load a bank folder (default: `CHATBOT_FAQ`, else the packaged bank) and build the bot.

        The emergency number shown can be set here or with `CHATBOT_EMERGENCY_NUMBER`.
        `log_unanswered` names a file to append masked unanswered questions to (off by default).
        Raises `BankError` with every problem of a bad bank.
        """
        path = path or os.environ.get("CHATBOT_FAQ") or None
        number = emergency_number or os.environ.get("CHATBOT_EMERGENCY_NUMBER") or None
        log = None
        if log_unanswered:
            from chatbot.safety.unanswered import UnansweredLog  # only curators turn it on; keep start-up lean

            log = UnansweredLog(log_unanswered)
        from chatbot.bank.cache import compiled_bot_parts  # any bank: built once, then kept compiled

        def build() -> tuple:
            bank = load_bank(path, emergency_number=number)
            return (bank, *build_index(bank))

        # The number is written into the bank's wording when it loads: a copy is kept per number.
        folder = os.fspath(path) if path is not None else packaged_bank_dir()
        bank, *index = compiled_bot_parts(folder, build, variant=number or "")
        return cls(bank, emergency_number=number, unanswered_log=log, index=tuple(index))

    def session(self):
        """A new conversation with its own context."""
        from chatbot.session import Session

        return Session(self)

    def ask(self, text: str) -> Reply:
        """Answer one question with no conversation around it."""
        return self.session().ask(text)

    # Helpers the session uses to build replies.

    def suggestions_for(self, ids) -> tuple[Suggestion, ...]:
        """Suggestions for entry ids, skipping any the bank does not have."""
        by_id = self.bank.by_id
        return tuple(Suggestion(i, by_id[i].question) for i in ids if i in by_id)

    def answer_reply(
        self,
        entry: FaqEntry,
        score: float,
        prefix: str = "",
        exclude: tuple[str, ...] = (),
        first: tuple[str, ...] = (),
    ) -> Reply:
        """The reply that answers one entry, with its follow-ups (`first` before its own related ones) and source."""
        ordered = dict.fromkeys((*first, *entry.related))
        follow_ups = [i for i in ordered if i not in exclude and i != entry.id][:MAX_FOLLOW_UPS]
        return Reply(
            kind="answer",
            text=prefix + entry.answer,
            id=entry.id,
            question=entry.question,
            score=round(score, 1),
            suggestions=self.suggestions_for(follow_ups),
            source=self.bank.source_line(entry),
        )
