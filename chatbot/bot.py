"""The bot: a loaded bank with its matcher and safety rules, ready to open sessions."""

from __future__ import annotations

import gc
import os

from chatbot.bank.model import Bank, FaqEntry
from chatbot.bank.paths import packaged_bank_dir
from chatbot.reply import Reply, Suggestion
from chatbot.safety import triage as triage_table
from chatbot.safety.advice import AdviceDetector
from chatbot.safety.bank_triage import triage_for
from chatbot.safety.triage import Triage
from chatbot.understanding import english, run_together
from chatbot.understanding.decision import MAX_FOLLOW_UPS
from chatbot.understanding.graded_other import GradedOther
from chatbot.understanding.language import Analyzer, general_vocabulary, quick_spellings
from chatbot.understanding.matcher import Matcher
from chatbot.understanding.numbered import NumberedWords
from chatbot.understanding.service_request import ServiceRequests
from chatbot.understanding.smalltalk import SmalltalkMatcher
from chatbot.understanding.text import strip_unsafe


def _as_shown(number: str | None) -> str | None:
    """An emergency number as a person reads it: escapes and control characters out, spaces collapsed.

    A blank one is none given, as an empty one already was: a service file's stray
    `CHATBOT_EMERGENCY_NUMBER= ` showed "Call your local emergency number now:    ." (The bank's meta
    number is tidied the same way by its checks.)
    """
    return " ".join(strip_unsafe(number).split()) or None if number else None


def build_index(bank: Bank) -> tuple[Analyzer, Matcher, Triage]:
    """The bank's vocabulary, index and triage table, built once per bank."""
    collecting = gc.isenabled()
    gc.disable()  # the index is many small objects that all live on: see load_bank
    try:
        analyzer = Analyzer(bank)
        matcher = Matcher(bank.entries, analyzer)
        subject = bank.short_name or bank.topic
        analyzer.adopt_subjects(matcher.question_tokens(), subject)
        analyzer.adopt_main_topic(subject)
        if bank.short_name and bank.topic and not bank.follow_up.subjects:
            # A clinic's topic line ("low iron and anaemia") names what frames its bank besides its short name.
            entries = len(bank.entries) or 1
            analyzer.adopt_topic_frame(bank.topic, lambda token: len(matcher.entries_covering({token})) / entries)
            # "Exercises for pf?": the initials of its medical name for the topic ("plantar fasciitis") name it too.
            analyzer.adopt_name_initials(bank.topic, bank.short_name)
        # The entry that says what the main topic is answers only questions that ask nothing more.
        matcher.adopt_topic(analyzer.analyze(subject, fix_typos=False).tokens if subject else ())
        # The general table, told the names of this bank's condition ("can HO cause ..." is a question) and
        # the signs its own questions speak of (numb fingers on a carpal tunnel bank are everyday, not new).
        # A bank's own red-flag rules (`triage: rules:`) are added to the general ones, for this bank only.
        triage = triage_for(_condition_names(bank), bank.triage_rules)
        return analyzer, matcher, triage.for_bank(_own_texts(bank))
    finally:
        if collecting:
            gc.enable()


def build_advice(bank: Bank) -> AdviceDetector:
    """The bank's personal-advice detector. "Do I have gout?" asks what this person has: the bank's names for its
    condition fill the rule. "Shud I stop ...": the request grammar reads quick-message spellings as the words
    meant."""
    return AdviceDetector(bank.personal_advice, _condition_names(bank), quick_spellings())


def _own_texts(bank: Bank) -> list[str]:
    """What the bank itself asks about: its entries' questions and alternates (not answers, which name the
    warning signs to look out for), and the everyday symptoms a clinic lists in its `triage: expected:`."""
    return [*(text for entry in bank.entries for text in (entry.question, *entry.alternates)), *bank.triage_expected]


def _condition_names(bank: Bank) -> frozenset[str]:
    """What the bank calls its condition: its subject names, else its meta short name and topic."""
    return frozenset(bank.subject_names or {name.lower() for name in (bank.short_name, bank.topic) if name})


def load_bank(path, **options) -> Bank:
    """`chatbot.bank.loader.load_bank`, imported when a bank is built from its files: a start from a compiled copy
    never builds one, and its checks (with `datetime` and their patterns) cost a few milliseconds to import."""
    from chatbot.bank.loader import load_bank as load

    return load(path, **options)


class Bot:
    """Answers questions from one bank. Cheap to share: all state lives in sessions."""

    def __init__(
        self,
        bank: Bank,
        emergency_number: str | None = None,
        unanswered_log=None,
        index=None,
        advice=None,
        requests=None,
    ):
        self.bank = bank
        self.unanswered_log = unanswered_log  # an UnansweredLog, or None (the default: nothing is kept)
        if unanswered_log is not None:
            # The bank's own words ("HO", "FOP", a condition's name) are never masked as someone's name.
            unanswered_log.keep = bank.own_words()
        # `index`: the bank's (Analyzer, Matcher, Triage) from a compiled copy (see bank_cache); else built here.
        self.analyzer, self.matcher, self.triage = index or build_index(bank)
        # "Do I have gout?" asks what this person has: the bank's names for its condition fill the rule.
        # "Shud I stop ...": the request grammar reads quick-message spellings as the words meant.
        # (`advice`: the same detector from a compiled copy, see `load`: expanding its frames is a fifth of a start.)
        self.advice = advice if advice is not None else build_advice(bank)
        # "Grade 1" to "grade 4": what the bank counts by, so "grade 3.5" is never read as grade 3.
        self.numbered = NumberedWords(entry.question for entry in bank.entries)
        # "Grade 3 cancer", "a grade 2 tear": another condition's scale, never answered with the bank's own grades.
        counted = [e for e in bank.entries if self.numbered.numbers and self.numbered.number_in(e.question) is not None]
        self.graded_other = GradedOther(self.numbered.numbers, counted)
        # "Can I speak to a nurse?", "book me an appointment": requests to act, which the bot cannot do (general layer).
        # (`requests`: the same, read already, from a compiled copy, see `load`.)
        self.requests = requests if requests is not None else ServiceRequests(bank.service_requests)
        self.smalltalk = SmalltalkMatcher(bank.smalltalk, frozenset(general_vocabulary().get("social_words", ())))
        # Who says which number to call, first to last: the caller, the bank's meta, the general triage table.
        self.emergency_number = emergency_number or bank.emergency_number or self.triage.emergency_number
        # Who the urgent reply says to contact: the bank's own meta contact, else the general wording's.
        self.contact = bank.own_contact
        # The crisis lines and the same-day service the triage replies name: the bank's meta, else the table's.
        self.services = self.triage.services(bank.services)
        # What "it" means when a question names no subject: the bank's meta says ("HO").
        subject = bank.short_name or bank.topic
        self.default_subject = self.analyzer.analyze(subject, fix_typos=False).tokens if subject else ()
        general = general_vocabulary()
        self.narrative_words = frozenset(general.get("narrative_words", ()))
        self.addressee_words = frozenset(general.get("addressee_words", ()))
        self.generic_you_verbs = frozenset(general.get("generic_you_verbs", ()))
        self.symptom_concepts = frozenset(general.get("symptom_concepts", ()))
        # More signs a story may tell, read only by a question that names nothing but the topic (see
        # `conversation.story_references.signs_asked_about`).
        self.told_signs = self.symptom_concepts | frozenset(general.get("told_signs", ()))
        self.safety_netting = tuple(general.get("safety_netting", ()))
        self.denials = tuple(tuple(phrase.split()) for phrase in general.get("denials", ()))
        # Where care happens ("he was in hospital"): an opening of these and everyday words tells no subject.
        places = general.get("care_places", ())
        self.care_places = frozenset(english.stem_many(places)) | frozenset(places)
        self.pointing_phrases = tuple(general.get("pointing_phrases", ()))
        # "... after the op": the words that open a question's circumstance (see `understanding.circumstance`).
        self.circumstance_openers = frozenset(general.get("circumstance_openers", ()))
        self.framing = frozenset(general.get("framing_words", ()))
        # "Please talk faster", "slow down": a request to the bot is no follow-up (see `understanding.bot_request`).
        self.request_markers = frozenset(general.get("request_markers", ()))
        self.particles = frozenset(general.get("getting_particles", ()))
        self.command_openers = frozenset(general.get("command_openers", ()))
        self.command_objects = frozenset(general.get("command_objects", ()))
        # "Is that normal?" after a story asks about what the story tells (see
        # `conversation.whole_message.story_sets_the_question`
        # and `conversation.story_references.questions_about_the_claim`).
        self.judging_words = frozenset(general.get("judging_words", ()))
        self.judging_tokens = frozenset(self.analyzer.analyze(" ".join(self.judging_words), fix_typos=False).tokens)
        self.analyzer.mark_loaded(entry.question for entry in bank.entries)

    def forget_typed_words(self) -> None:
        """Forget every word anyone has typed, wherever it was kept for speed: a kiosk calls this between one
        person and the next. None of these memories changes a reply (each is a pure function of a word and
        the bank), so only the next few questions are a little slower. Not for a server answering many
        people at once: its threads read the same memories."""
        self.analyzer.forget_typed_words()
        self.matcher.start_message()
        english.forget_words()
        run_together.forget_words()
        triage_table.forget_words()

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
        if isinstance(path, bytes):
            path = os.fsdecode(path)  # a bytes path is a path too (os.listdir gives them); the cache names need text
        number = _as_shown(emergency_number or os.environ.get("CHATBOT_EMERGENCY_NUMBER"))
        log = None
        if log_unanswered:
            from chatbot.safety.unanswered import UnansweredLog  # only curators turn it on; keep start-up lean

            log = UnansweredLog(log_unanswered)
        from chatbot.bank.cache import compiled_bot_parts  # any bank: built once, then kept compiled

        def build() -> tuple:
            bank = load_bank(path, emergency_number=number)
            return (bank, *build_index(bank), build_advice(bank), ServiceRequests(bank.service_requests).compiled())

        # The number is written into the bank's wording when it loads: a copy is kept per number.
        folder = os.fspath(path) if path is not None else packaged_bank_dir()
        # The collector stays off until the bot is made: its first pass would walk every object just loaded (a
        # sixth of `chatbot ask`'s time), and a caller that sets them aside (`gc.freeze`) spares it altogether.
        collecting = gc.isenabled()
        gc.disable()
        try:
            bank, analyzer, matcher, triage, advice, requests = compiled_bot_parts(folder, build, variant=number or "")
            return cls(
                bank,
                emergency_number=number,
                unanswered_log=log,
                index=(analyzer, matcher, triage),
                advice=advice,
                requests=requests,
            )
        finally:
            if collecting:
                gc.enable()

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
        ordered = dict.fromkeys((*first, *self.bank.follow_up_ids(entry)))
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
