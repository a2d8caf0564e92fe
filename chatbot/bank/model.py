"""The shape of a loaded bank: plain immutable values that the rest of the bot reads."""


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
    # A bank's own entry that answers the message answers instead ("where does this information come from?" in a
    # bank with an entry about its source).
    entry_first: bool = False
    # False: only the whole message, nearly or exactly, is this item; its words ("where", "this", "come") are too
    # common in questions about the topic for a message made of them to be read as it.
    match_words: bool = True


class RequestGrammar(NamedTuple):
    """A personal request read as grammar in one clause: someone (the writer, a person they care for) asked about
    with a modal, an act, and a medicine or treatment it acts on (see chatbot/safety/personal_requests.py)."""

    persons: tuple[str, ...] = ()  # "i", "my *" ("*": any one word)
    modals: tuple[str, ...] = ()  # "can", "should"
    asking: tuple[str, ...] = ()  # "{modal} {person}", "do {person} have to", "would you"
    # Frames put as statements ("{person} {modal}": "she can", "I should") count only in a question ("She can stop
    # it?") or after one of `reported` ("tell me if I should have the op"); "... and I should stop." tells.
    reported: tuple[str, ...] = ()
    # "The doctor said it might be HO.": a sentence that tells what someone said or thinks, with no question mark,
    # reports a finding; a phrase naming the condition in it ("be ho") asks no one for a diagnosis.
    reporting: tuple[str, ...] = ()
    # A frame that ends its clause ("should I?") asks for advice only with one of these words ("can he??" does not).
    advising: tuple[str, ...] = ()
    owned_asking: tuple[str, ...] = ()  # "is it ok to": personal only when the thing is the person's ("my warfarin")
    owners: tuple[str, ...] = ()  # "my", "his"
    fillers: tuple[str, ...] = ()  # "just", "really": left out before the grammar is read
    acts: tuple[str, ...] = ()  # "stop", "come off", "have"
    things: tuple[str, ...] = ()  # "indomethacin", "the op", "radiotherapy"
    activities: tuple[str, ...] = ()  # "exercises": what a care team gives to do, a thing no amount counts
    decisions: tuple[str, ...] = ()  # "stop", "skip": "stop physio?" opening a clause asks alone; acts on aids
    aids: tuple[str, ...] = ()  # "crutches": only a decision acts on them ("can I stop using my crutches?")
    between: tuple[str, ...] = ()  # "the", "my": the only words between an act and its thing
    joiners: tuple[str, ...] = ()  # "with", "while": a second thing may follow ("a beer while on naproxen")
    pointers: tuple[str, ...] = ()  # "it", "them": the thing the message names elsewhere
    endings: tuple[str, ...] = ()  # "when", "now": an act with nothing after it but these acts on that thing too
    asked_things: tuple[str, ...] = ()  # "what", "which": "what should my dad take?" asks which thing to take
    named_only: tuple[str, ...] = ()  # "have", "get": acts whose thing must be named ("can I get it?" is no request)
    # "How many doses of radiation do people get?": a message about people in general, naming no one in person,
    # asks no personal advice by a combination's words alone.
    # "I'd rather not have the radiation, is that ok?": a question that only asks approval of what the story asks.
    approvals: tuple[str, ...] = ()
    general_subjects: tuple[str, ...] = ()
    personal_words: tuple[str, ...] = ()
    on_the_condition: tuple[str, ...] = ()  # "stop it from coming back": the act is on the condition
    # "Mum wants to skip the radiotherapy, is that ok": a plan (`plans`) put for approval; `tags` close an approval
    # ("that's fine, right?").
    plans: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()  # "or": a second act under the same modal ("should I rest or stop the tablets")
    ongoing: tuple[str, ...] = ()  # "doing": a decision on what one does ("can I stop doing the stretches")
    continuing: tuple[str, ...] = ()  # "keep", "carry on": with any word in -ing ("should I keep walking on it")
    missed: tuple[str, ...] = ()  # "forgot", "missed": a missed dose ("missed my evening tablet, what now")
    amounts: tuple[str, ...] = ()  # "mg", "tablets a day": after a number, an amount someone takes
    per_day: tuple[str, ...] = ()  # "a day": after a number, an amount only where a medicine is named
    counts: tuple[str, ...] = ()  # "two", "another": after an act, a count of doses ("does he take two today")
    permissions: tuple[str, ...] = ()  # "ok to", "fine to": opening a decision with no thing ("ok to stop now?")
    allowing: tuple[str, ...] = ()  # "am I allowed to": permission for this person, whatever they would do
    deciding: tuple[str, ...] = ()  # "if {person}": a frame that counts only with a decision ("if I stop the tablets")
    # "do {person}": a frame that asks a decision put plainly, on a thing or on what "it" points to ("do I stop it?")
    asked_deciding: tuple[str, ...] = ()
    question_words: tuple[str, ...] = ()  # "how", "why": an `asked_deciding` frame after one asks no yes-or-no
    needing: tuple[str, ...] = ()  # "do {person} need": a treatment needed ("does she need her blood thinners")
    unnamed: tuple[str, ...] = ()  # "anything": what an advising frame asks to do ("do I need to do anything")
    reasons: tuple[str, ...] = ()  # "why": a frame after it asks the reason ("why do I need to take tablets?")
    definite: tuple[str, ...] = ()  # "the", "her": `needing` asks of a treatment so named, not of a kind
    tests: tuple[str, ...] = ()  # "scan": what is done to find out, which `needing` does not ask for
    # "surgery", "op": after a time word ("after my surgery") an occasion that tells when, not a second treatment
    occasions: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # "injections", "tablets": after a thing ("steroid injections") one treatment, not two


class AdviceRules(NamedTuple):
    """Requests for personal advice: any phrase, or a message with a word from every group of a combination."""

    phrases: tuple[str, ...]
    combinations: tuple[tuple[tuple[str, ...], ...], ...] = ()
    combination_names: tuple[str, ...] = ()  # each combination's name ("" if it has none), for check's hints
    # Phrases that ask in general what can be taken or done ("what can I take for it?"): a clear bank answer is
    # given after the personal-advice note, unless the message has one of `never_with` (a dose, a number).
    answer_if_clear: tuple[str, ...] = ()
    never_with: tuple[str, ...] = ()
    # Words that open a phrase of time ("after my surgery", "since the op"): a combination's word inside such a
    # phrase tells when something is asked about, not what is asked ("when is it safe to fly after surgery?").
    time_words: tuple[str, ...] = ()
    requests: RequestGrammar = RequestGrammar()
    # Words that keep a request from the answer of an entry written for its kind ("start", "begin"): besides
    # `never_with` and the grammar's decisions, a treatment begun is this person's decision.
    own_entry_never_with: tuple[str, ...] = ()
    # Words and combination names that keep any other request from the answer to its general form (a dose, a
    # decision on a treatment, "is it right for me?"): see `AdviceDetector.may_answer_in_its_general_form`.
    general_form_never_with: tuple[str, ...] = ()
    general_form_never_after: tuple[str, ...] = ()
    # Combination names that keep it only in a message naming someone ("is radiation safe for my mum?").
    general_form_never_after_for_someone: tuple[str, ...] = ()
    # Words that keep it only with a treatment or an activity named ("how often should I put the cream on?").
    general_form_never_with_treatment: tuple[str, ...] = ()


class FollowUpWords(NamedTuple):
    """Words that show a message leans on the last answer."""

    openers: tuple[str, ...]
    pronouns: frozenset[str]
    more: tuple[str, ...]
    subjects: frozenset[str] = frozenset()  # concept words that name what a question is about
    # Openers that ask the last question again of a new thing ("is it the same for the elbow?"): only that reading
    # answers them (see `understanding.contrast`).
    comparisons: tuple[str, ...] = ()
    # Words that end a short question leaning on the last answer, with nothing after them ("how soon after?",
    # "how long before?"): what they are after or before is what was just asked about.
    closers: frozenset[str] = frozenset()


class TopicGroup(NamedTuple):
    """A named group of entry ids, for the topics list."""

    name: str
    ids: tuple[str, ...]


class Meta(NamedTuple):
    """What a bank is about and where its facts come from; fills the general layer's placeholders."""

    title: str
    source: str
    reviewed: str
    topic: str = ""  # the subject in words, like "heel pain"; the title when not given
    short_name: str = ""  # a short form for short sentences, like "HO"; the topic when not given
    emergency_number: str = ""  # replaces the general emergency number when given
    contact: str = ""  # who to ask instead, like "your doctor or care team"
    # The crisis lines and the same-day service the triage replies name; the triage table's when not given.
    crisis_lines: str = ""  # like "Lifeline on 13 11 14"
    urgent_service: str = ""  # like "an urgent care service, or healthdirect on 1800 022 222"

    def placeholders(self, emergency_number: str) -> dict[str, str]:
        """The text each `{name}` in the general layer's wording stands for."""
        topic = self.topic or self.title
        return {
            "title": self.title,
            "topic": topic,
            "short_name": self.short_name or topic,
            "source": self.source,
            "reviewed": readable_date(self.reviewed),
            "contact": self.contact,
            "emergency_number": emergency_number,
        }


# Placeholders filled when the bank loads; the rest ({seconds}, {number}, {part}, the topics list's {words},
# {shown}, {count}) when a text is shown.
PLACEHOLDERS = ("title", "topic", "short_name", "source", "reviewed", "contact", "emergency_number")
RUNTIME_PLACEHOLDERS = ("limit", "seconds", "number", "part", "words", "shown", "count", "asked")


def fill_placeholders(value: Any, values: dict[str, str]) -> Any:
    """A text with each `{name}` replaced by its value; anything but text as it is."""
    if not isinstance(value, str) or "{" not in value:
        return value
    for name, text in values.items():
        value = value.replace("{" + name + "}", text)
    return value


class Bank(NamedTuple):
    """A whole validated bank: entries, wording, vocabulary and the personal-advice rules."""

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
    personal_advice: AdviceRules
    follow_up: FollowUpWords
    example_ids: tuple[str, ...]
    path: str
    by_id: dict[str, FaqEntry]  # the entries by id, for lookups
    meta: Meta | None = None
    notes: tuple = ()  # BankProblems that are only warnings: unknown keys, general rules removed on purpose
    emergency_number: str = ""  # meta's emergency_number, if the bank sets one (else the triage table's)
    short_name: str = ""  # meta: what the bank is about, short ("HO"): the subject of "is it hereditary?"
    topic: str = ""  # meta: the same, in full ("heterotopic ossification")
    understanding: dict[str, str] | None = None  # wording for whole messages (general/understanding.yaml)
    # Requests to act ("book me an appointment"): the general layer's `service_requests` (general/requests.yaml),
    # replies filled from the meta; read by `understanding.service_request`.
    service_requests: dict | None = None
    subject_names: frozenset[str] = frozenset()  # names of the bank's own condition(s), for triage
    lay_concepts: frozenset[str] = frozenset()  # synonym concepts that name things ("belly", "blister"): lay_words
    # A clinic's reviewed `triage: expected:` list: its condition's everyday symptoms ("numb fingers at night").
    triage_expected: tuple[str, ...] = ()
    # The bank's own red-flag rules (`triage: rules:`, a bank_triage.OwnRules), laid over the general table; and
    # what was wrong with them (BankProblems): a broken rule is left out, never stopping the bank.
    triage_rules: Any = None
    triage_problems: tuple = ()
    # round 18: `triage: checks:` the clinic's own sentences and the tier each must get, for `chatbot check`.
    triage_checks: tuple = ()
    # Who the bank's own meta says to contact ("the clinic"); "" when it names none. The urgent reply then names
    # them (triage.yaml `urgent_with_contact`); without one, it keeps the general "your surgeon or care team".
    own_contact: str = ""
    # meta's crisis_lines and urgent_service, if the bank names them (else the triage table's): see `triage.SERVICES`.
    services: dict[str, str] | None = None

    def own_words(self) -> frozenset[str]:
        """The words of the bank's subject and synonyms ("ho", "fop", "warfarin"), folded to lower case."""
        from chatbot.understanding.text import (
            words,  # text is a leaf module; kept local so the model imports nothing at load
        )

        phrases = (self.short_name, self.topic, *self.synonyms, *(p for ps in self.synonyms.values() for p in ps))
        return frozenset(word for phrase in phrases for word in words(phrase))

    def follow_up_ids(self, entry: FaqEntry) -> tuple[str, ...]:
        """The entries offered under an entry's answer: its own related ones; for an entry with none, the others of
        its first topic group, those after it first (a clinic's sheet groups its questions by a category column
        long before anyone writes the related ids of each)."""
        if entry.related:
            return entry.related
        for group in self.topic_groups:
            if entry.id in group.ids:
                at = group.ids.index(entry.id)
                return tuple(i for i in (*group.ids[at + 1 :], *group.ids[:at]) if i != entry.id)
        return ()

    def source_line(self, entry: FaqEntry) -> str:
        """The source of an entry, as one line a patient can read."""
        if not entry.source:  # an entry that names no part of the source: the source as a whole
            return self.messages["source_line_whole"]
        return self.messages["source_line"].replace("{part}", entry.source)


def readable_date(value: str) -> str:
    """2022-10-11 as "October 11, 2022"; any other text as it is."""
    import datetime  # here, not at the top: only a bank built from its files reads a date (about 1 ms of a start)

    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day:%B} {day.day}, {day.year}"
