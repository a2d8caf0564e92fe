"""One conversation: its context, follow-ups, numbered choices, and the order of the checks.

Every message goes through the same steps: clean it, triage it (an
emergency or an urgent red flag is answered at once), then a numbered choice, small talk, "tell me more", a request for
personal advice, and last the bank itself. Nothing is kept but what the next
follow-up needs, and `reset` forgets that too.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from chatbot.bank.model import FaqEntry
from chatbot.bank.topics import cut_note, listed_ids, topics_listing, topics_words
from chatbot.reply import Reply, Suggestion
from chatbot.safety.disguises import undisguised_readings
from chatbot.safety.triage import TIERS, Assessment
from chatbot.understanding import english
from chatbot.understanding.after_red_flag import asks_what_to_do
from chatbot.understanding.ask_first import offers_asking_first, with_taken_as_medicine
from chatbot.understanding.asked_word import RIVALS_SEEN as ASKED_RIVALS_SEEN
from chatbot.understanding.asked_word import asked_stems, phrasing_stems, rival_saying_asked_words
from chatbot.understanding.bot_request import is_request_to_bot
from chatbot.understanding.choice_lead import choice_lead
from chatbot.understanding.circumstance import circumstance_answer
from chatbot.understanding.close_lead import close_lead
from chatbot.understanding.contrast import MAX_NEW_WORDS, new_words, substituted_questions
from chatbot.understanding.decision import (
    ANSWER_SCORE,
    CLARIFY_SCORE,
    CLEAR_LEAD_MARGIN,
    CLEAR_MARGIN,
    DECIDING_COVERAGE,
    SURE_COVERAGE,
    SURE_SCORE,
    Decision,
    decide,
    leads_far,
    sparse_lead,
)
from chatbot.understanding.dense_lead import dense_lead_of_message
from chatbot.understanding.health_evidence import names_health
from chatbot.understanding.joint_reading import joint_reading
from chatbot.understanding.language import TELLING_ASPECT_ZIPF, Analysis, stem
from chatbot.understanding.late_lead import late_lead
from chatbot.understanding.leader_evidence import trusted_lead
from chatbot.understanding.matcher import CONTEXT_SHARE
from chatbot.understanding.message import (
    AUXILIARIES,
    SUBJECT_PRONOUNS,
    Message,
    is_question,
    split_message,
    with_diary_as_story,
    with_headings_ended,
    without_courtesies,
    without_denied,
)
from chatbot.understanding.no_subject import no_subject_lead
from chatbot.understanding.numbered import UnlistedNumber
from chatbot.understanding.other_language import foreign_punctuation, marked_words, mostly_not_english
from chatbot.understanding.own_word import OWN_WORD_COVERAGE, may_have_own_word, own_word_lead
from chatbot.understanding.scale_step import stepped_lead
from chatbot.understanding.second_reading import agreeing_lead, named_lead
from chatbot.understanding.service_request import Found
from chatbot.understanding.story_check import RIVALS_SEEN, second_look
from chatbot.understanding.story_lead import story_tells_one_entry
from chatbot.understanding.story_referent import entry_pointed_at, things_told
from chatbot.understanding.subject_choice import choices_about_the_subject
from chatbot.understanding.subject_tipped import tipped_by_topic
from chatbot.understanding.sure_question import points_back, says_own_thing, sure_clinic_lead
from chatbot.understanding.text import (
    MAX_QUESTION_CHARS,
    beginning_and_end,
    clean_message,
    escapes_as_spaces,
    fold,
    in_latin_letters,
    invisible_as_spaces,
    invisible_removed,
    read_part,
    words,
)
from chatbot.understanding.unsure_choice import CHOICE_COVERAGE, entries_to_offer, names_topic_rarely
from chatbot.understanding.what_is_check import asks_something_else, asks_what_it_is

if TYPE_CHECKING:  # a session belongs to a Bot, which opens it: no import at run time, so no import circle
    from chatbot.bot import Bot

_CHOICE = re.compile(
    r"^(?:(?:the|number|option|choice|no|num|question|pick|i pick|i choose)\s+)*"
    r"(\d{1,3}|first|second|third|1st|2nd|3rd)"
    r"(?:\s+(?:one|please|question|option))*$"
)
_SIGNED_OR_DECIMAL = re.compile(r"\s*(?:[-+]\s*\d+(?:[.,]\d*)?|\d+[.,]\d+)\s*")
# The marks a clean choice may have besides its words: a "#" before the number, a ")" or "." after it as the lists
# show it, "?", "!", ",", ":" ("option: 2?"), "(2)" whole. Any other ("[2", "2]", "{2}", "2~", "<2>"), or a bracket
# left open, is the rest of a cut-off terminal code or of a marker, never a pick (see `Session._choice`).
_CHOICE_MARKS = frozenset("#.)(!,?:")


def _clean_choice_marks(clean: str) -> bool:
    """Whether a message's marks are those of a clean choice. An emoji beside it ("2 👍") is no mark."""
    marks = [char for char in clean if not char.isalnum() and not char.isspace() and not _is_emoji_part(char)]
    if not marks:
        return True
    if not _CHOICE_MARKS.issuperset(marks):
        return False
    opened, closed = clean.count("("), clean.count(")")
    if opened:
        return opened == closed == 1 and clean.index("(") < clean.index(")")
    return closed <= 1 and (not closed or clean.rstrip(" .!?").endswith(")"))


def _is_emoji_part(char: str) -> bool:
    """A pictograph, a skin tone, a variation selector or a joiner: never ASCII, never a bracket or a code's tail."""
    return not char.isascii() and (char == "\u200d" or unicodedata.category(char) in ("So", "Sk", "Mn", "Me"))


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ADVICE_OPTIONS = 3
# A story's first subjects are tried, one at a time, as the subject of a question that names none.
MAX_STORY_SUBJECTS = 2
# Real-word slips ("how dose HO start") are looked for in messages up to this long.
MAX_SLIP_READING_WORDS = 12
# A request for advice answered by the entry for its general form ("can I use a straw?") needs a clear match: a
# score at least this (the answer line is lower), since a near miss would answer a request no entry was written for.
GENERAL_FORM_MIN_SCORE = 65.0
# Someone other than the writer: with a treatment named, the request is about their treatment (or giving it).
_OTHER_PERSONS = frozenset("he hes him his she shes her hers".split())
# A question in everyday words with "it" for the main topic is answered only if, so read, it scores this
# high: it is one of the bank's phrasings nearly word for word.
ECHO_SCORE = 95.0
# A short question with no subject, made only of words the bank uses ("can I fly?"), is answered with the
# main topic as subject only if, so read, it scores this high.
BANK_WORDS_SCORE = 70.0
# ... if it uses a word the bank uses far more often than English that is rarer than this ("fly", not "after");
# with only words the bank happens to use ("can I wash my hair?"), at this score or more.
BANK_WORD_ZIPF = 5.0
PLAIN_BANK_WORDS_SCORE = 85.0
# A typed word names a thing or an act only if it is rarer than this; commoner words ("time", "place", "name",
# "stop") are the ways everyday requests ask (the Zipf of `TELLING_ASPECT_ZIPF`).
THING_WORD_ZIPF = 5.5
# ... and it is answered from the answer bar of a word the bank makes its own when the entry so reached itself
# says a thing the question names that is rarer than this (the Zipf of a clinic's derived subjects).
ENTRY_THING_ZIPF = 4.5
# English's second-person possessives: "your name" is the bot's, not the topic's.
ADDRESSEE_POSSESSIVES = frozenset(("your", "ur", "yr"))
# "Them", "they": after a story, the subject named last ("the drops ... how long does he need them?").
PLURAL_PRONOUNS = frozenset(("them", "they", "these", "those"))
# The words of "what is it?" ("what actually is that?" adds only framing words).
WHAT_WORDS = frozenset(("what", "whats", "is", "are"))
# ... and of "what does it do?", which asks what the subject is for (see `_asks_what_it_is`).
DOING_WORDS = frozenset(("does", "do"))
# ... and of "what does that mean?", which asks what a thing is as much as "what is that?" does (round 18).
MEANING_WORDS = frozenset(("mean", "means"))
# "What does that mean for her?": who it means something for asks nothing more.
MEANING_FOR = frozenset("for me him her us them you".split())
# Subject pronouns that name people: after a slipped "dose" they ask what someone takes.
PERSONAL_SUBJECTS = frozenset("i you he she we they".split())
# The words for one other person: "what symptoms will she get?" after "my granddaughter has FOP" asks of FOP.
THIRD_PERSONS = frozenset("he she him her his".split())
# Where one clause of a message ends: what a clause names is what it asks of (`_aspects_asked_of`).
CLAUSE_BREAK = re.compile(r"[,;:.!?]+")
# A reading with a real-word slip mended is answered only at this score or more.
SLIP_SCORE = 75.0
# A question that points back at a story's claim ("is that true or was she exaggerating?") asks nothing of its
# own if its words are everyday or at least this common in English.
CLAIM_WORD_ZIPF = 2.5
CLAIM_POINTERS = frozenset(("that", "this"))
# "The symptoms of that", "worried about this": a preposition before a pointing pronoun at a question's end.
POINTING_PREPOSITIONS = frozenset(("of", "about", "for"))
# The entries offered for a number the bank does not count to, when nothing says what the count means.
MAX_UNLISTED_CHOICES = 6
# ... and how many of the nearest numbers' entries are offered first under the answer that explains the count.
UNLISTED_NEAREST = 2
# Words that may deny what a story names ("it is not HO", "they ruled it out", "isnt HO").
NEGATIONS = frozenset("not no never isnt wasnt arent nothing ruled cant dont doesnt didnt".split())
# "Whether it's HO", "is that the bone thing": a form of "be" between a pronoun and, within this many words, the
# subject it is said to be (see `Session._pronouns_identified`).
COPULAS = frozenset(("is", "be", "was", "s"))
IDENTIFIED_WITHIN = 4
# A choice between close entries is settled by the one whose own question says what is asked: at least this share of
# its title said, and this many times the weight the message shares with each rival's title (see `_titled_by_question`).
TITLE_SAID_SHARE = 0.5
TITLE_LEAD_RATIO = 2.0
IDENTIFYING_DETERMINERS = frozenset("the a an this that just really actually definitely".split())
CLAUSE_WORDS = frozenset("what whats how why where when which who to like".split())
# Small talk followed by at most this many everyday words is small talk ("thanks, that's really helpful").
MAX_SMALL_TALK_REST_WORDS = 8
# A message this short that opens with a follow-up word ("and for kids?") goes on with the last answer's topic.
SHORT_FOLLOW_UP_WORDS = 4
# A question read on its own (with the main topic for "it") that reaches another entry this far ahead of the reading
# with a story's subject is what was asked (see `Session._own_reading_if_clearer`).
OWN_READING_MARGIN = 7.0
# ... and explains this much more of the question than the story's reading does.
OWN_READING_GAIN = 0.03
# ... or this far ahead, where its entry's own question says what is asked and the story's entry's does not.
TITLED_READING_MARGIN = 12.0
# A runner-up this close to the leader, whose own question says all that is asked, answers (see `_title_echo`).
TITLE_ECHO_MARGIN = 8.0
# A message's phrases, for what stands next to what (see `Session._names_a_longer_thing`).
PHRASE_BREAKS = re.compile(r"[,;:()\[\]/?!.\"]+")
# A word of at least this many letters that neither the bank nor English knows names a thing ("ciprofaxin").
UNKNOWN_THING_LETTERS = 4
# A number of at most this many digits after a word may be part of its name ("trisomy 7"); a longer one is a year.
NAME_NUMBER_DIGITS = 3
# A story word that more than one in this many of a bank's entries use is the clinic's frame, not what the story
# tells (see `Session._story_tells`).
FRAME_SHARE = 3
# A follow-up reading yields to the message's own reading (or the main topic's for "it") scoring this much more.
FOLLOW_UP_YIELD_MARGIN = 25.0
# General questions offered after a personal-advice request must share this much of it.
ADVICE_RELATED_COVERAGE = 0.3


# How a reply to a request to act is marked (`Reply.via`), and the rule an ambulance asked for is escalated by.
REQUEST = "request"
ASKS_FOR_AN_AMBULANCE = "asks-for-an-ambulance"
# The small-talk item (general layer, conversation.yaml) of a message asking for the last reply again.
SAY_AGAIN = "say-again"
# A message this short names at most its subject and what it asks ("any side effects?").
MAX_BARE_WORDS = 3
# A follow-up naming a new thing that no reading answers clearly: at most this many entries to pick from.
MAX_CONTRAST_CHOICES = 3
# "The knee", "in the spine", "those steroid injections": a follow-up that only names a thing is this short.
MAX_NAMING_WORDS = 4
# A question that ends on "after" or "before" and names nothing it is after ("what can he eat after?", "how long
# would he be off work after?") leans on the last answer up to this many words (see `_ends_leaning_back`).
MAX_LEANING_WORDS = 8


class Session:
    """The state of one conversation with one person."""

    def __init__(self, bot: Bot):
        self.bot = bot
        self.reset()

    def reset(self) -> None:
        """Forget everything about this conversation."""
        self._last_entry: FaqEntry | None = None
        self._context: frozenset[str] = frozenset()
        self._offered: tuple[Suggestion, ...] = ()
        self._answered: list[str] = []
        self._quiet = False  # True while one part of a message is tried alone: its fallback is not logged
        self._unlogged = False  # True while a request to act is read: nothing of it is logged
        self._red_flag: Reply | None = None  # the last urgent or emergency reply (see `understanding.after_red_flag`)
        self._red_flag_last = False  # ... and whether it was the reply just given: only then is it asked about
        self._asked_now: tuple[str, ...] = ()  # the words of the message being read (see `_contrast_reading`)
        self._last_asked: tuple[str, ...] = ()  # ... and of the last one answered on its own, not as a follow-up
        self._contrast_asked: tuple[str, ...] = ()  # the question a follow-up naming a new thing was read as
        self._contrast_choices: tuple = ()  # what that reading left to choose from, when it answered nothing clearly
        self._told_of_person = False  # the last message answered told of someone ("my granddaughter has FOP")
        self._answered_just_now = False  # the reply just given was an answer (small talk between keeps it)
        # The subjects (FOP, POH ...) a message with no answer named, for the follow-up after it (`_told_subjects_of`).
        self._told_subjects: frozenset[str] = frozenset()
        # ... and what its question asked of them ("what are the symptoms of FOP, ..."), for "what about POH?" after it.
        self._told_aspects: frozenset[str] = frozenset()
        self._splits: dict[str, Message] = {}  # the message's parts, split once while it is read (`_split`)
        # The last reply that was not small talk: "say that again" gives it again (the bot's words, never the person's).
        self._last_reply: Reply | None = None

    @property
    def offered(self) -> tuple[Suggestion, ...]:
        """The numbered questions on offer now: "2" asks the second."""
        return self._offered

    def offer(self, entry_ids) -> tuple[Suggestion, ...]:
        """Put these entries on offer as numbered choices (a welcome screen's examples, say). One id alone is one
        choice; None, or anything but an id in the list, offers nothing (a caller's slip never raises here)."""
        if entry_ids is None or isinstance(entry_ids, str):
            entry_ids = () if entry_ids is None else (entry_ids,)
        try:
            ids = [entry_id for entry_id in entry_ids if isinstance(entry_id, str)]
        except TypeError:  # not a list at all: offer(5)
            ids = []
        self._offered = self.bot.suggestions_for(ids)
        return self._offered

    def ask(self, text: str) -> Reply:
        """Reply to one message. Never raises: an internal fault gives a safe fallback."""
        try:
            reply = self._respond(text)
            if reply.kind != "smalltalk":  # "thanks" between an answer and "say that again" keeps the answer
                self._last_reply = reply
            return reply
        except Exception as error:  # noqa: BLE001 - one bad question must not end the conversation
            # The log names the fault, never the question: what a patient types stays private.
            import logging  # here, not at the top: logging adds ~10 ms to every start

            logging.getLogger("chatbot").error("chatbot: could not answer a question (%s)", type(error).__name__)
            return Reply(kind="fallback", text=self.bot.bank.messages["internal_error"])
        finally:
            # What was read of this message is forgotten once it is answered: the bot is shared by every session
            # of a process, and the next person must find none of it.
            self._forget_reading()

    def _forget_reading(self) -> None:
        """Drop what the shared analyzer and matcher kept while reading one message (its analyses, its rankings)."""
        self._splits = {}
        self._small_talk = None
        self.bot.analyzer.start_message()
        self.bot.matcher.start_message()

    # The steps, in order.

    def _respond(self, text: str) -> Reply:
        messages = self.bot.bank.messages
        if isinstance(text, (bytes, bytearray, memoryview)):
            text = bytes(text).decode("utf-8", errors="replace")
        whole, cut = clean_message(text if isinstance(text, str) else "")
        # A subject line ("Jock Itch") is read as a sentence of its own, not run into the message after it; triage
        # reads the message as typed.
        headed = with_headings_ended(text) if isinstance(text, str) and not cut else text
        clean, shortened = beginning_and_end(clean_message(headed)[0] if headed is not text else whole)
        # {limit}: kept for banks whose own wording still names it.
        prefix = messages["too_long"].replace("{limit}", str(MAX_QUESTION_CHARS)) + " " if cut or shortened else ""
        # The last message's readings are forgotten first, so this message's folded text is kept for its readers.
        self._forget_reading()
        folded = fold(clean)
        if not folded:
            # Letters or digits that all fold away (another script: "что такое ...") were typed, not nothing.
            typed = any(char.isalnum() for char in clean)
            if any(char.isalpha() for char in clean):
                return Reply(kind="fallback", text=messages["not_english"])
            return self._fallback(messages["off_topic" if typed else "empty"], self.bot.bank.example_ids)
        self._asked_now = ()

        # Triage comes first, on the whole message: a red flag happening now beats everything, personal-advice
        # words included, even at the end of a long story.
        assessment = self.bot.triage.assess(whole)
        # "kill\u200bmyself": an invisible character typed in place of a space must not join the words;
        # "ki\x00ll myself": one typed inside a word must not split it.
        # "I want to кіӏӏ myself": a word all in Cyrillic look-alikes is read in Latin letters too.
        # "kill\x1b[31mmyself": an escape code typed in place of a space is read as one.
        raw_readings = (invisible_as_spaces, invisible_removed, in_latin_letters, escapes_as_spaces)
        raw = read_part(text) if isinstance(text, str) else ""
        for reading in raw_readings if isinstance(text, str) else ():
            other_text = reading(raw) if assessment.tier != "emergency" else None
            if other_text is not None:
                other = self.bot.triage.assess(clean_message(other_text)[0])
                if TIERS.index(other.tier) < TIERS.index(assessment.tier):
                    assessment = other
        # "k1ll mys3lf", "kiiill myself", "k i l l myself", "iwanttodie": disguised words read undone (safety only).
        disguised = undisguised_readings(whole, lambda word: not self.bot.analyzer.knows(word))
        for other_text in disguised if assessment.tier != "emergency" else ():
            other = self.bot.triage.assess(other_text)
            if TIERS.index(other.tier) < TIERS.index(assessment.tier):
                assessment = other
                if assessment.tier == "emergency":
                    break
        red_flag_last, self._red_flag_last = self._red_flag_last, False
        requested = self.bot.requests.find(whole) if assessment.tier == "routine" else None
        if self.bot.requests.is_emergency(requested):
            # "Can you call an ambulance?", "please send an ambulance": someone needs one now (general/requests.yaml).
            assessment = Assessment("emergency", rule=ASKS_FOR_AN_AMBULANCE)
        if assessment.tier != "routine":
            text = self.bot.triage.reply_text(
                assessment, self.bot.emergency_number, self.bot.contact, self.bot.services
            )
            self._red_flag, self._red_flag_last = Reply(kind=assessment.tier, text=text), True
            self._answered_just_now = False
            return self._red_flag
        if self._last_reply is not None and self._asks_to_hear_it_again(clean):
            self._offered = self._last_reply.suggestions or self._offered  # "2" then picks from what is shown again
            return self._last_reply
        reply = self._route(clean, folded, prefix)
        if reply.via == REQUEST:
            # "Can I speak to a nurse?": no answer and no new topic; the conversation stays as it was.
            return self._with_safety_line(reply, assessment)
        if reply.kind != "smalltalk":
            self._answered_just_now = reply.kind == "answer"
        told = self._told_subjects_of(clean, reply)
        if told != self._told_subjects:
            self._told_aspects = self._aspects_asked_of(clean, told)
        self._told_subjects = told
        # "Should we go to A&E?" after a red flag asks what its reply says; right after it, "is it serious?" asks of
        # the red flag, not of the bank's topic ("How serious is HO?" was the answer).
        what_now = reply.kind == "fallback" and asks_what_to_do(clean)
        if red_flag_last and (what_now or reply.via == "default subject"):
            self._red_flag_last = True
            return self._red_flag
        if reply.kind in ("fallback", "clarify", "answer") and self._in_other_language(clean, folded):
            # "ayuda, mi madre no respira": the English fallback would leave them without the number to call.
            reply = Reply(kind="fallback", text=messages["not_english"])
        return self._with_safety_line(reply, assessment)

    def _asks_to_hear_it_again(self, clean: str) -> bool:
        """Whether the whole message asks for the last reply again ("say that again", "pardon?", "repeat that")."""
        small = self._small_talk_of(clean)
        return small is not None and small.id == SAY_AGAIN

    def _small_talk_of(self, clean: str):
        """`smalltalk.match(clean)`, worked out once for a message (round 19: "say that again?" and the route asked it
        of the same text one after the other); forgotten with the message's other readings (`_forget_reading`)."""
        kept = getattr(self, "_small_talk", None)
        if kept is not None and kept[0] == clean:
            return kept[1]
        small = self.bot.smalltalk.match(clean)
        self._small_talk = (clean, small)
        return small

    def _in_other_language(self, clean: str, folded: str) -> bool:
        """Whether a message is mostly not English, by the English word list, the bank's words and their slips."""
        analyzer = self.bot.analyzer

        def bank_slip(word: str) -> bool:
            fixed = analyzer.correct(word, common_english=False)
            return fixed != word and analyzer.knows(fixed)

        return mostly_not_english(folded, analyzer.knows, bank_slip, marked_words(clean), foreign_punctuation(clean))

    def _with_safety_line(self, reply: Reply, assessment: Assessment) -> Reply:
        """A red flag only mentioned (past, or a general question) gets the answer plus one safety line."""
        line = self.bot.triage.safety_line(assessment, self.bot.emergency_number, self.bot.contact, self.bot.services)
        if line and reply.kind == "answer" and self.bot.triage.only_asks_a_check(assessment):
            # "A new or growing lump can have other causes, so have your doctor or care team check it. ...": the
            # answer opens with the same advice; said twice, the reply only grows longer.
            opening = re.split(r"(?<=[.!?])\s", reply.text.strip(), maxsplit=1)[0].lower()
            if any(phrase in opening for phrase in self.bot.safety_netting):
                return reply
        return reply._replace(text=f"{reply.text}\n\n{line}") if line else reply

    def _route(self, clean: str, folded: str, prefix: str) -> Reply:
        choice = self._choice(clean, folded)
        if choice is not None:
            return self._pick(choice)
        if _CHOICE.match(folded):
            # "[2", "2]": only a number, with a mark cut off around it. No pick, and no question either ("2" read as a
            # follow-up answered grade 2): the list stays on offer to pick from.
            offered = [s.id for s in self._offered] or self.bot.bank.example_ids
            return self._fallback(self.bot.bank.messages["off_topic"], offered)

        listed = topics_words(clean)
        if listed is not None:  # the bank's help says: type "topics" to see them all (every front end)
            return self._topics(listed)

        requested = self.bot.requests.find(clean)
        if requested is not None:
            return self._service_request(requested, clean, prefix)

        small = self._small_talk_of(clean)
        opened = self.bot.smalltalk.opening(clean) if small is None else None
        small = small or self._small_talk_opening(opened)
        if small is not None and small.entry_first and self._an_entry_answers(clean):
            small = None  # "where does this information come from?" in a bank with its own entry on its source
        if small is not None:
            examples = self.bot.suggestions_for(self.bot.bank.example_ids) if small.offer_examples else ()
            self._offered = examples
            return Reply(kind="smalltalk", text=small.answer, suggestions=examples)
        if opened is not None and self._asks_after_small_talk(opened[1]):
            clean = opened[1]  # "ok and how do u get it", "ok what is it": what is asked, read as if alone

        if folded in self.bot.bank.follow_up.more:
            return self._tell_more()

        # "Good evening. What is HO? Many thanks, Sue": the greeting and the sign-off ask nothing ("evening" would
        # be read as night, "for your time" as timing). The message is read without them.
        analyzer = self.bot.analyzer
        clean = without_courtesies(
            clean, analyzer.courtesy_openings, analyzer.courtesy_closings, analyzer.courtesy_introductions
        )
        analysis = self.bot.analyzer.analyze(clean)
        if self.bot.advice.asks_for_advice(clean):
            mended = self._advice_slip_reading(analysis, prefix)
            if mended is not None:
                return mended
            # "Is that HO, and what tests will they do?": say why the personal part is not answered,
            # then answer the general question, if the message has one.
            advice = prefix + self.bot.bank.messages["personal_advice"] + "\n\n"
            if self.bot.advice.may_answer_in_general(clean):
                # "What can I take for a migraine?": an entry that clearly answers it is worded for everyone.
                general = self._general_answer(analysis, advice)
                if general is not None:
                    return general
            if self.bot.advice.may_answer_as_its_entry(clean):
                # "Forgot my tablets again, what now?": the bank has an entry written for this very request.
                general = self._own_kind_answer(analysis, advice, clean)
                if general is not None:
                    return general
            advice_rules = self.bot.advice
            if (
                offers_asking_first(clean, bool(advice_rules.treatments_named(clean)))
                and not advice_rules.names_a_dose_or_diagnosis(clean)
                and not advice_rules.names_a_decision(clean)
            ):
                # "Can I just buy some at the chemist, or do I need to check with the GP first?": what it weighs is
                # asking first, which an entry worded as that request answers for everyone (`understanding.ask_first`);
                # which medicine it names is detail.
                plain = with_taken_as_medicine(advice_rules.with_treatments_as_medicine(clean))
                general = self._own_kind_answer(self.bot.analyzer.analyze(plain), advice, plain)
                if general is not None:
                    return general
            if self.bot.advice.may_answer_in_its_general_form(clean):
                # "Can I use a straw?": no dose, diagnosis or decision, and an entry clearly answers it for everyone.
                general = self._general_form_answer(analysis, advice, clean)
                if general is not None:
                    return general
            kept = self._kept()
            general = self._story_reading(self._split(clean), advice, skip_advice=True)
            if general is not None:
                # "my heel is agony in the morning, is that plantar fasciitis": checked as any story's answer is.
                general = self._checked(general, analysis, advice, clean, kept)
            return general if general is not None else self._personal_advice(analysis, prefix)

        unlisted = self.bot.numbered.unlisted(clean)
        if unlisted is not None:
            return self._unlisted_number(unlisted, prefix)
        return self._match(analysis, prefix, clean)

    def _service_request(self, found: Found, clean: str, prefix: str) -> Reply:
        """A request to act ("book me an appointment", "can I speak to a nurse?"): the general layer's line that the
        bot cannot do it and who can (see `understanding.service_request`). The bank's own entry instead when one is
        worded as this very request, or, for what the person wants to do ("can I get a sick note?"), when the entry
        the message reaches names the thing asked for. A question in the same message is answered, the line after.
        Nothing of the request is logged, and the conversation stays as it was."""
        requests = self.bot.requests
        line = requests.reply(found)
        kept = self._kept()
        self._unlogged = True
        try:
            own = self._match(self.bot.analyzer.analyze(clean), prefix, clean)
            if own.kind == "answer" and own.id is not None and self._answers_request(own.id, found):
                return own
            self._restore(kept)
            rest = found.rest.strip()
            if any(char.isalnum() for char in rest):
                answered = self._route(rest, fold(rest), prefix)
                if answered.kind == "answer":  # "Can I speak to a nurse? What is HO?"
                    return answered._replace(text=f"{answered.text}\n\n{line}")
                self._restore(kept)
        finally:
            self._unlogged = False
        return Reply(kind="fallback", text=prefix + line, via=REQUEST)

    def _answers_request(self, entry_id: str, found: Found) -> bool:
        """Whether an entry answers a request itself. Its phrasings must name the thing asked for ("sick note" for
        "can I get a sick note for work?"); and one of them must be worded as a request of the same kind ("How do I
        order a repeat prescription?"), unless the person only said what they want to do of a kind a bank may answer
        (`bank_may_answer`): an entry that only names the thing ("talk to my doctor about a plan", "what happens at
        my appointment?") does not do it."""
        entry = self.bot.bank.by_id[entry_id]
        requests = self.bot.requests
        phrasings = (entry.question, *entry.alternates)
        worded_so = any((own := requests.read_clause(p)) is not None and own[0] in found.kinds for p in phrasings)
        if not found.asked and not worded_so and not requests.bank_may_answer(found):
            return False  # "how do I change my appointment?" at a clinic whose entry says what happens at one
        named = requests.content(found.thing)
        said = {stem for phrasing in phrasings for stem in english.stem_many(words(phrasing))}
        if not named:
            return False
        if not named <= said:
            # "sick note" for an entry that says "fit note": one thing by the lay-word lexicon's name for it (not a
            # broad concept: "nurse" is read as a doctor, and an entry on asking the doctor is no nurse to speak to).
            analyzer = self.bot.analyzer
            lay = self.bot.bank.lay_concepts
            asked = set(analyzer.analyze(" ".join(found.thing), fix_typos=False).tokens)
            own = {token for phrasing in phrasings for token in analyzer.analyze(phrasing, fix_typos=False).tokens}
            if not asked or not asked <= lay or not asked <= own:
                return False
        return worded_so or not found.asked

    def _unlisted_number(self, unlisted: UnlistedNumber, prefix: str) -> Reply:
        """ "Grade 3.5", "grade 5": what the bank says of what it counts by in general, after a note that it has
        nothing on that number; else the entries it does count, to pick from. Never the nearest number's answer."""
        messages = self.bot.bank.messages
        note = prefix + messages.get("number_not_covered", "").replace("{asked}", unlisted.asked).strip()
        note = note + "\n\n" if note else ""
        # "What does grade 2.5 mean?" is asked as "what does grade mean?" about the main topic. Read as asked, on its
        # own: the conversation's last grade ("what about grade 5" after grade 4) must not lend its number back.
        analysis = self.bot.analyzer.analyze(unlisted.without)
        tokens = tuple(dict.fromkeys((*analysis.tokens, *self.bot.default_subject)))
        concepts = (*analysis.concepts, *self.bot.default_subject)
        decision = decide(self.bot.matcher.rank(tokens, concepts, min_coverage=DECIDING_COVERAGE))
        # The entries for the numbers nearest the one asked come first among the follow-ups (3 and 4 for "3.5").
        numbered = self.bot.numbered
        counted = {e.id: numbered.number_in(e.question, unlisted.word) for e in self.bot.bank.entries}
        counted = {entry_id: number for entry_id, number in counted.items() if number is not None}
        nearest = sorted(counted, key=lambda entry_id: (abs(counted[entry_id] - unlisted.value), counted[entry_id]))
        if decision.kind == "answer":
            top = decision.candidates[0]
            reply = self._answer(top.entry, top.score, self._context_of(analysis, top.entry), note)
        else:
            # "My report says Brooker grade 3.5, is that bad?": read as any message (a story, a follow-up), but never
            # answered by an entry for one of the numbers.
            reply = self._match(analysis, note, unlisted.without)
        if reply.kind == "answer" and reply.id not in counted:
            size = max(len(reply.suggestions), 1)
            first = self.bot.suggestions_for(nearest[:UNLISTED_NEAREST])
            rest = tuple(s for s in reply.suggestions if s.id not in {f.id for f in first})
            self._offered = (*first, *rest)[:size]
            return reply._replace(suggestions=self._offered)
        self._offered = self.bot.suggestions_for(nearest[:MAX_UNLISTED_CHOICES])
        return Reply(kind="clarify", text=note + messages["clarify"], suggestions=self._offered)

    def _advice_slip_reading(self, analysis: Analysis, prefix: str) -> Reply | None:
        """The answer to a question whose advice words were a real-word slip: "what dose HO look like".

        "Dose" for "does" is read so only as a question's auxiliary: the word after it is a pronoun for a thing
        or the bank's main topic, and a verb follows ("what dose it look like"). "What dose of ibuprofen" and
        "what dose ibuprofen" keep their dose reading and get the refusal. The mended message must ask for
        no advice itself.
        """
        typed = analysis.words
        if len(typed) > MAX_SLIP_READING_WORDS:
            return None
        for reading in self.bot.analyzer.real_word_readings(typed):
            if not self._auxiliary_slip(typed, reading):
                continue
            text = " ".join(reading)
            if self.bot.advice.asks_for_advice(text):
                continue
            # An auxiliary, its subject and a verb: the slip is plain, and the mended question is read as any
            # other (answered, a choice, or the fallback), never refused as a dose request.
            return self._match(self.bot.analyzer.analyze(text), prefix, text)
        return None

    def _auxiliary_slip(self, typed: tuple[str, ...], reading: tuple[str, ...]) -> bool:
        """True if a real-word reading mends a question's auxiliary: the slipped word becomes one ("dose" for "does"),
        a pronoun for a thing or the bank's main topic follows it, and then a verb ("which joints dose it go for").
        A person after it is no slip: "what dose he take" or "what dose my son take" is a dose asked in few words;
        "what dose my grade 2 mean" is not."""
        # A reading changes one word in place.
        slip = next(index for index, (was, now) in enumerate(zip(typed, reading, strict=True)) if was != now)
        subject = reading[slip + 1 : slip + 2]
        if reading[slip] not in AUXILIARIES or len(reading) < slip + 3 or not subject:
            return False
        own = self.bot.analyzer.analyze(subject[0]).tokens
        person = subject[0] in PERSONAL_SUBJECTS or reading[slip + 2] in self.bot.analyzer.person_nouns
        thing = subject[0] in SUBJECT_PRONOUNS and not person
        # "what dose brooker grade 2 mean": "what does ... mean" asks what a thing means, never for a dose (round 18).
        meaning = reading[slip] in DOING_WORDS and not person and bool(MEANING_WORDS.intersection(reading[slip + 2 :]))
        return thing or meaning or bool(own and set(own) <= set(self.bot.default_subject))

    def _general_answer(self, analysis: Analysis, advice: str) -> Reply | None:
        """The bank's clear answer to a request for advice that only asks what can be taken or done ("what can I
        take for a migraine?", "shingles when pregnant, what do I do?"), after the personal-advice note.

        The message read whole must name the bank's own subject ("migraine", "piles"), have no number ("can I
        take 2 now?"; a digit read as a word, "4 a migraine", is none), and reach one entry clearly: "my baby
        has nappy rash, what cream can I use?" is no question about piles. Otherwise None: it is refused.
        """
        analyzer = self.bot.analyzer
        if any(word.isdigit() for word in analysis.words):
            return None
        if not any(t in analyzer.main_topic or analyzer.is_topic_word(t) for t in self._own_subjects(analysis)):
            return None
        decision = decide(self.bot.matcher.rank(analysis.tokens, analysis.concepts, min_coverage=DECIDING_COVERAGE))
        if decision.kind != "answer":
            return None
        return self._answer_decided(analysis, decision, advice)

    def _own_kind_answer(self, analysis: Analysis, advice: str, clean: str) -> Reply | None:
        """The answer, after the personal-advice note, of the entry that clearly answers a request and is itself
        worded as one ("What should I do if someone has a seizure?"); None when no such entry answers it."""
        if any(word.isdigit() for word in analysis.words):
            return None
        # "Forgot tablets again whoops": a word the bank does not know and no health word ("whoops") tells nothing.
        matcher = self.bot.matcher
        known = tuple(t for t in analysis.tokens if matcher.knows(t) or self.bot.analyzer.is_topic_word(t))
        decision = decide(matcher.rank(known, analysis.concepts, min_coverage=DECIDING_COVERAGE))
        if decision.kind == "answer" and self._is_its_own_kind(analysis, decision.candidates[0].entry):
            return self._answer_decided(analysis, decision, advice)
        # The whole reading of a message (a story, a slip, the bank's topic for "it") may find it too.
        reply = self._match(analysis, advice, clean)
        if reply.kind == "answer" and self._is_its_own_kind(analysis, self.bot.bank.by_id[reply.id]):
            return reply
        return None

    def _general_form_answer(self, analysis: Analysis, advice: str, clean: str) -> Reply | None:
        """The answer, after the personal-advice note, of the entry that clearly answers a request's general form
        ("can I use a straw?"), read as any question on its own (never as a follow-up of the last answer); None
        when no entry clearly answers it, or the message names a health matter the entry does not ("breastfeeding,
        can I use a nose spray?" is no question for the entry on using sprays)."""
        if any(word.isdigit() for word in analysis.words):
            return None
        told = list(analysis.words)  # "pls" is read as "please" already
        while told and told[0] in self.bot.request_markers:
            del told[0]
        if len(told) > 1 and told[1] in self.bot.command_objects:
            return None  # "please send me a prescription", "book me in": the bot asked to act, no general question
        if self.bot.advice.treatments_named(clean) and any(
            word in self.bot.analyzer.person_nouns or word in _OTHER_PERSONS for word in analysis.words
        ):
            return None  # "can I take my mum's tramadol?", "can I give him the cream?": someone else's treatment
        reply = self._match(analysis, advice, clean)
        if reply.kind != "answer" or reply.via in ("follow-up", "circumstance"):
            return None
        if reply.score is None or reply.score < GENERAL_FORM_MIN_SCORE:
            return None  # clearly, not just over the answer line: the request itself goes unanswered otherwise
        return reply if self._names_nothing_else(analysis, self.bot.bank.by_id[reply.id]) else None

    def _names_nothing_else(self, analysis: Analysis, entry: FaqEntry) -> bool:
        """Every health word of the message (beyond the bank's main topic) is in the entry's own wording."""
        analyzer = self.bot.analyzer
        own = {t for phrasing in (entry.question, *entry.alternates) for t in analyzer.analyze(phrasing).tokens}
        return all(t in own or t in analyzer.main_topic for t in analysis.tokens if analyzer.is_topic_word(t))

    def _is_its_own_kind(self, analysis: Analysis, entry: FaqEntry) -> bool:
        """The entry is worded as a request itself, and the message names no health matter the entry does not
        ("what pain relief can I take for my sore knee" is not the cystoscopy bank's question on pain relief)."""
        if not self.bot.advice.entry_answers_requests(entry):
            return False
        analyzer = self.bot.analyzer
        own = {t for phrasing in (entry.question, *entry.alternates) for t in analyzer.analyze(phrasing).tokens}
        if not all(t in own or t in analyzer.main_topic for t in analysis.tokens if analyzer.is_topic_word(t)):
            return False
        # Beyond the words that ask ("what do I need to buy": "need", "buy"), the message must name a health matter
        # or share a word of the bank's own with the entry ("if my son has a fit").
        if self._is_about_health(analysis):
            return True
        asking = set(analyzer.analyze(" ".join(self.bot.advice.request_words(" ".join(analysis.words)))).tokens)
        return any(t in own and not analyzer.is_everyday(t) for t in set(analysis.tokens) - asking)

    def _topics(self, words: str) -> Reply:
        """The questions the bank answers (or those with `words`), offered as numbered choices.

        The terminal and the kiosk show their own grouped list before a message reaches the session; the web
        page and the JSON-lines protocol got "I can only answer questions about ..." for the very command the
        bank's help names.
        """
        heading, groups = topics_listing(self.bot.bank, words)
        ids, total = listed_ids(groups)
        self._offered = self.bot.suggestions_for(ids)
        text = " ".join(part for part in (heading, cut_note(self.bot.bank, len(ids), total)) if part)
        return Reply(kind="smalltalk", text=text, suggestions=self._offered)

    def _an_entry_answers(self, clean: str) -> bool:
        """True if the message, read on its own, clearly reaches one of the bank's entries."""
        analysis = self.bot.analyzer.analyze(clean)
        ranking = self.bot.matcher.rank(analysis.tokens, analysis.concepts, min_coverage=DECIDING_COVERAGE)
        return decide(ranking).kind == "answer"

    def _small_talk_opening(self, opened):
        """Small talk followed only by everyday words: "thanks, that's really helpful", "good morning, hope you're
        well". Anything more ("thanks, and how is it treated?") is a message to answer. `opened`: the small talk a
        message opens with and the words after it (`SmalltalkMatcher.opening`), or None."""
        if opened is None:
            return None
        entry, rest = opened
        if len(rest.split()) > MAX_SMALL_TALK_REST_WORDS:
            return None  # a story after a greeting is a message to read, not small talk
        # "Ok, bye for now", "ok cheers bye x": small talk after small talk; the last thing said is what to answer
        # (each opening is at least a word shorter, so this ends).
        later = self.bot.smalltalk.match(rest) or self._small_talk_opening(self.bot.smalltalk.opening(rest))
        if later is not None:
            return later
        if self._asks_after_small_talk(rest):
            return None
        analyzer = self.bot.analyzer
        said = analyzer.analyze(rest)
        if self._is_about_health(said) or not all(analyzer.is_everyday(t) for t in said.tokens):
            return None
        return entry

    @staticmethod
    def _asks_after_small_talk(rest: str) -> bool:
        """ "ok and how do u get it", "thanks, is it catching": a question after the small talk, in everyday words,
        got "Okay. You can ask me another question" and was never read. "Thanks, what a help!" asks nothing."""
        return is_question(rest) and not AUXILIARIES.isdisjoint(rest.split())

    def _choice(self, clean: str, folded: str) -> int | None:
        """The number a message picks from the list; 0 (no such choice) for "-1" or "2.5", whose sign or
        point folding drops; None if it picks nothing. A choice is typed clean ("2", "2.", "2)", "(2)", "option 2",
        "the second one"): a bracket left open or a mark cut off ("[2", "2]", "(2", "2~") is no choice."""
        if _SIGNED_OR_DECIMAL.fullmatch(clean):
            return 0
        if not _clean_choice_marks(clean):
            return None
        found = _CHOICE.match(folded)
        if not found:
            return None
        value = found.group(1)
        return _ORDINALS.get(value) or int(value)

    def _pick(self, number: int) -> Reply:
        if 1 <= number <= len(self._offered):
            entry = self.bot.bank.by_id[self._offered[number - 1].id]
            return self._answer(entry, 100.0, frozenset())
        return self._fallback(self.bot.bank.messages["no_such_choice"], [s.id for s in self._offered])

    def _tell_more(self) -> Reply:
        if self._last_entry is None:
            return self._fallback(self.bot.bank.messages["empty"], self.bot.bank.example_ids)
        follow_ups = self.bot.bank.follow_up_ids(self._last_entry)
        for entry_id in follow_ups:
            if entry_id not in self._answered and entry_id in self.bot.bank.by_id:
                return self._answer(self.bot.bank.by_id[entry_id], 100.0, self._context)
        return self._fallback(self.bot.bank.messages["nothing_more"], follow_ups)

    def _personal_advice(self, analysis: Analysis, prefix: str) -> Reply:
        ranking = self.bot.matcher.rank(analysis.tokens, analysis.concepts)
        related = [c.entry.id for c in ranking if c.coverage >= ADVICE_RELATED_COVERAGE]
        return self._fallback(prefix + self.bot.bank.messages["personal_advice"], related[:_ADVICE_OPTIONS])

    def _match(self, analysis: Analysis, prefix: str, clean: str) -> Reply:
        """Match a message (see `_match_readings`); a clinic's answer reached by reading a story's question is then
        checked against the message read whole (see `understanding.story_check`)."""
        kept = self._kept()
        return self._checked(self._match_readings(analysis, prefix, clean), analysis, prefix, clean, kept)

    def _kept(self) -> tuple:
        """What the conversation is about now, to restore if a reading is undone (see `_restore`)."""
        return (
            self._last_entry,
            self._context,
            self._offered,
            list(self._answered),
            self._told_of_person,
            self._last_asked,
        )

    def _checked(self, reply: Reply, analysis: Analysis, prefix: str, clean: str, kept: tuple) -> Reply:
        """A clinic's answer checked against the message read whole: a story's answer (see
        `understanding.story_check`), any answer against the words its question asks with (see
        `understanding.asked_word`), and the entry that only says what the topic is against the way the question asks
        (see `understanding.what_is_check`). `kept`: the conversation as it was before the message."""
        matcher = self.bot.matcher
        if reply.kind != "answer" or self._quiet or not matcher.lists_sparse_entries:
            return reply
        whole = matcher.rank(analysis.tokens, analysis.concepts, limit=max(RIVALS_SEEN, ASKED_RIVALS_SEEN) + 1)
        message = self._split(clean)
        asked_alone = self.bot.analyzer.analyze(message.questions[-1]) if message.questions else analysis
        if reply.via == "story":
            # The entry that says what the topic is keeps a story's answer only when its question asks just that.
            defines = matcher.defines_topic(reply.id) and asks_what_it_is(
                asked_alone.concepts, asked_alone.words, matcher.meaning_tokens
            )
            look = second_look(whole, reply.id, defines)
            if look.verdict != "keep":
                # The story's reading is undone: what the conversation was about stays as it was before this message.
                self._restore(kept)
                leader = look.leader
                if look.verdict == "fallback":
                    return self._not_answered(analysis, prefix, clean)
                if look.verdict == "choice":
                    options = self.bot.suggestions_for(dict.fromkeys((reply.id, leader.entry.id)))
                    self._offered = options
                    text = prefix + self.bot.bank.messages["clarify"]
                    return Reply(kind="clarify", text=text, score=leader.score, suggestions=options)
                reply = self._answer_decided(analysis, Decision("answer", (leader,)), prefix, via="whole message")
        # "what triggers a migraine": a close rival whose phrasings say the word asked with ("triggers") is what was
        # asked, not the causes entry that won by a few points of fit (see `understanding.asked_word`).
        asked = asked_stems(
            words(message.questions[-1] if message.questions else clean), self.bot.analyzer.stopwords, stem
        )
        rival = rival_saying_asked_words(
            whole, self.bot.bank.by_id[reply.id], asked, phrasing_stems, story=reply.via == "story"
        )
        if rival is not None:
            self._restore(kept)
            return self._answer_decided(analysis, Decision("answer", (rival,)), prefix, via="asked word")
        # round 23 clinic precision: an answer only the topic put in for "it" decided, nearly level with the message's
        # own leader, is offered beside it (see `understanding.subject_tipped`).
        if reply.via == "default subject" and (leader := tipped_by_topic(whole, reply.id)) is not None:
            self._restore(kept)
            options = self.bot.suggestions_for(dict.fromkeys((leader.entry.id, reply.id)))
            self._offered = options
            return Reply(
                kind="clarify", text=prefix + self.bot.bank.messages["clarify"], score=reply.score, suggestions=options
            )
        if (
            reply.via not in ("story", "whole message")
            and matcher.defines_topic(reply.id)
            and asks_something_else(asked_alone.concepts, asked_alone.words, matcher.meaning_tokens)
        ):
            # "how do they actually get the cataract out": the entry that only says what the topic is does not answer
            # it; it and the next entry of the message read whole are offered (see `understanding.what_is_check`).
            self._restore(kept)
            others = [c.entry.id for c in whole if c.entry.id != reply.id][:1]
            if not others:
                return self._not_answered(analysis, prefix, clean)
            options = self.bot.suggestions_for(dict.fromkeys((reply.id, *others)))
            self._offered = options
            return Reply(
                kind="clarify", text=prefix + self.bot.bank.messages["clarify"], score=reply.score, suggestions=options
            )
        return reply

    def _restore(self, kept: tuple) -> None:
        """What the conversation was about, as kept before a message whose reading is undone."""
        last_entry, self._context, self._offered, answered, self._told_of_person, self._last_asked = kept
        self._last_entry, self._answered = last_entry, list(answered)

    def _match_readings(self, analysis: Analysis, prefix: str, clean: str) -> Reply:
        """Match a message; the conversation is consulted only for a message that cannot stand alone.

        A complete question is matched on its own, exactly as in a fresh
        session, so an earlier topic can never turn it into another answer. An
        elliptical one ("and grade 3?", "what are its symptoms?") is read with
        the last topic's subject first, and that reading must clear the same
        thresholds as any answer. Then, while nothing is clearly answered: the
        bank's main topic for "it" or no subject, a real-word slip, the
        questions inside a longer message, a story with no question, and last
        a choice of close entries or the fallback.
        """
        message = self._split(clean)
        if len(message.questions) > 1:
            # "Hello, could you please tell me: when can I swim?": a part that only asks to be told is no question.
            kept = tuple(question for question in message.questions if self.bot.analyzer.analyze(question).tokens)
            if kept:
                message = message._replace(questions=kept)
        follow_up = contrast = None
        self._contrast_choices = ()
        self._asked_now = tuple(words(clean))
        bot = self.bot
        stepped = stepped_lead(bot.matcher, bot.analyzer, bot.bank.entries, self._last_entry, analysis.words)
        if stepped is not None:
            # "And the worst one?" after grade 2: another point of the same scale (see `understanding.scale_step`).
            return self._answer(stepped.entry, stepped.score, self._context, prefix, via="follow-up")
        elliptical = (self._last_entry is not None or bool(self._told_subjects)) and self._is_elliptical(analysis)
        compares = elliptical and self._compares(analysis)
        if elliptical and self._last_entry is None:
            # "And its symptoms?" after "is POH something to worry about", which got no answer: POH's (the subject it
            # told), and the usual bar; nothing else was asked that a follow-up could be compared with.
            compares = False
            follow_up = None if self._requests_of_bot(analysis, clean) else self._follow_up_reading(analysis)
        elif elliptical and not self._requests_of_bot(analysis, clean):
            # "What about the knee?" after "can a hip replacement cause HO?": the last question asked of the knee.
            # "Is it the same for the elbow?" asks only that: the last subject and the elbow read together would
            # answer where HO grows.
            follow_up = None if compares else self._follow_up_reading(analysis)
            contrast = self._contrast_reading(analysis, clean)
            if contrast is not None and (follow_up is None or contrast.score >= follow_up.score):
                follow_up = contrast
            if follow_up is not None and self._repeats_without_naming(follow_up.entry, clean):
                follow_up = None  # "what about adults?" after the children's answer: it does not speak of adults
        decision = self._whole_message_decision(analysis, message)
        via = "direct"
        if len(analysis.words) <= MAX_SLIP_READING_WORDS and not message.story:
            # A typo as near one bank word as another ("tipes": "types" or "times"): the question decides, the
            # reading the bank answers best wins.
            for reading in self.bot.analyzer.typo_readings(analysis.words):
                other = self.bot.analyzer.analyze(" ".join(reading))
                alternative = self._whole_message_decision(other, message)
                if alternative.kind == "answer" and (
                    decision.kind != "answer" or alternative.candidates[0].score > decision.candidates[0].score
                ):
                    decision, via, analysis = alternative, "spelling", other
        # In a conversation about the topic, "what causes it?" may mean the main topic too.
        pointed = self._pointing_phrase_as_it(analysis)
        # As in a fresh session: the last answer lends "it" a subject only through the follow-up reading above,
        # never the main topic to a question that is about something else ("what date will it be in 3 days").
        in_topic = self._is_about_health(analysis) or self._points_back(pointed, fresh=True)
        if decision.kind == "answer" and pointed is not analysis and in_topic:
            # "What types of this condition are there?": "this condition" points at the main topic as "it" does;
            # read as a condition ("is HO a kind of disease?") it would only answer what the topic is. The reading
            # with the main topic wins when the bank answers it better, or when the message read as it is only reaches
            # the entry that says what the topic is ("what are the main forms of this disease?": the word of condition
            # drew that entry, and the main topic read for it asks of the forms).
            alternative = self._default_subject_reading(pointed)
            defines = self.bot.matcher.defines_topic(decision.candidates[0].entry.id)
            if (
                alternative is not None
                and alternative.kind == "answer"
                and (alternative.candidates[0].score > decision.candidates[0].score or defines)
            ):
                decision, via = alternative, "default subject"
        if decision.kind != "answer" and in_topic:
            # No subject of its own ("is it hereditary?", "does it hurt?"): the bank's main topic.
            alternative = self._default_subject_reading(pointed)
            if alternative is not None and (alternative.kind == "answer" or decision.kind == "fallback"):
                decision, via = alternative, "default subject"
        elif decision.kind == "fallback" and self._says_it_plainly(pointed):
            # "When does it start?", "what can be done about it?": in everyday words, but with the main topic
            # for "it" the question is one of the bank's own, nearly word for word.
            alternative = self._default_subject_reading(pointed)
            answered = alternative is not None and alternative.kind == "answer"
            if answered and alternative.candidates[0].score >= ECHO_SCORE:
                decision, via = alternative, "default subject"
        # "Stop it" or "stop please" is no question at all, whatever the bank says of stopping.
        asks = any(is_question(part) for part in message.questions)
        if decision.kind == "fallback" and via == "direct" and asks and self._asks_in_bank_words(pointed):
            # "Can I fly?", "can I wash my hair?" at a clinic about one operation: no subject, every word one the
            # bank uses. With the main topic as subject it must be a clear answer, well above the answer bar,
            # and nearly one of the bank's own questions unless a word of it is the bank's own ("fly", "swim").
            alternative = self._default_subject_reading(pointed)
            answered = alternative is not None and alternative.kind == "answer"
            # ... or it asks a telling aspect (risk, prevention, driving) in nothing but everyday words besides: "which
            # people are most at risk?" asks the main topic's risk. Not "what fuel is best for city driving": a thing
            # of its own ("fuel") says what it is about.
            specific = (
                self._uses_bank_specific_word(pointed)
                or self._asks_only_an_aspect(pointed)
                or (answered and self._entry_says(alternative.candidates[0].entry, self._thing_words(pointed)))
            )
            bar = BANK_WORDS_SCORE if specific else PLAIN_BANK_WORDS_SCORE
            if answered and alternative.candidates[0].score >= bar:
                decision, via = alternative, "default subject"
        if decision.kind == "answer" and not message.story and len(message.questions) <= 1:
            # "What is genetic HO?": the types entry leads by a little, but the next entry's own question says all
            # that is asked and the leader's does not (round 19).
            decision = self._title_echo(analysis, decision)
        # A longer message, or a story around a question, is read part by part instead.
        short = len(analysis.words) <= MAX_SLIP_READING_WORDS and not (message.story and message.questions)
        if decision.kind != "answer" and follow_up is None and short and self._is_about_health(analysis):
            # "How dose HO start": a real word that may be a slip for a bank word. The reading the bank
            # answers clearly wins. Only a message already about health is re-read: a slip may fix
            # how a question is asked, never make an everyday request medical.
            for reading in self.bot.analyzer.real_word_readings(analysis.words):
                other = self.bot.analyzer.analyze(" ".join(reading))
                if set(other.tokens) <= self._own_subjects(other) and set(other.tokens) < set(analysis.tokens):
                    # "Can HO kill you" read as "can HO will you" asks only what HO is: a slip mends how a
                    # question is asked ("planter" for "plantar"), never takes away what it asks.
                    continue
                if self._is_about_health(other):
                    alternative = decide(
                        self.bot.matcher.rank(other.tokens, other.concepts, min_coverage=DECIDING_COVERAGE)
                    )
                    # A guessed word must make the question one the bank clearly knows: "the bus stop" read
                    # as "the but stop" must not turn into a question about how long something lasts.
                    # A mended auxiliary ("which joints dose it go for") is a plain slip: an answer at the usual
                    # bar is enough, as if it were typed right.
                    if alternative.kind == "answer" and (
                        alternative.candidates[0].score >= SLIP_SCORE or self._auxiliary_slip(analysis.words, reading)
                    ):
                        decision, via, analysis = alternative, "spelling", other
                        break
        if decision.kind != "answer" and follow_up is None and not message.story and self._is_about_health(analysis):
            # "Can't bend my elbow, could the extra bone be doing that?": the elbow read as a joint, where the bank
            # speaks of joints in general; never as another joint (see `understanding.joint_reading`).
            subject = frozenset(self.bot.default_subject)
            found = joint_reading(self.bot.analyzer, self.bot.matcher, analysis.words, subject)
            if found is not None:
                decision, via = Decision("answer", (found,)), "joint"
        # A follow-up reading that lands on the answer just given ("what causes it?" after "can a hip
        # replacement cause HO?", "is that bad?" after grade 3) would only repeat it: it yields to a clear
        # answer of the message's own.
        # Nor does it override the message's own clarifying choice, unless it is one of the choices and a sure
        # reading ("how many people get it?" after "what is FOP?"): "how long will it hurt for?" after "how soon can
        # I drive and work?" is not asked of work.
        # Not a reading of the last question asked of a new thing it speaks of: "is it the same for the elbow?" after
        # the knee's answer is answered by the same entry, and rightly.
        if follow_up is None and elliptical and not compares and decision.kind != "answer":
            # "And how long would I be on it?" after the allopurinol answer: alone it may ask how long a flare lasts
            # or how long the medicine is taken; with allopurinol, which medicine or how long. The one entry both
            # choices hold is what is asked.
            follow_up = self._choice_both_readings_hold(analysis, decision)
        last_id = self._last_entry.id if self._last_entry is not None else None
        repeats = follow_up is not None and follow_up is not contrast and follow_up.entry.id == last_id
        if follow_up is not None and follow_up.entry.id == last_id and self._own_entry_named(decision, clean):
            # "And in pregnancy?" after periods and fertility: pregnancy's own entry, not the last answer again.
            follow_up, repeats = None, False
        if repeats and self._names_what_it_repeats(follow_up.entry, clean):
            # "What about lansoprazole?" after omeprazole's side effects: the same medicine kind, so the same entry,
            # which names lansoprazole; that is what is asked, not what lansoprazole is.
            repeats = False
        if repeats and decision.kind == "clarify":
            chosen = follow_up.entry.id in {candidate.entry.id for candidate in decision.candidates}
            repeats = not (chosen and follow_up.score >= SURE_SCORE)
        # "What causes it?" after a story that told of a flare: read with the main topic for "it" the bank answers
        # it nearly word for word, far better than the barely clear follow-up reading: that is what is asked.
        outshone = (
            follow_up is not None
            and decision.kind == "answer"
            and decision.candidates[0].score >= follow_up.score + FOLLOW_UP_YIELD_MARGIN
        )
        # "Is it serious?" after "can an injury like that cause HO?": what the message asks ("serious") is the title of
        # the entry it reaches alone, nearly word for word, and not of the entry the injury added to it reaches.
        outshone = outshone or (
            follow_up is not None
            and follow_up is not contrast
            and self._asks_what_own_title_says(analysis, decision, follow_up)
        )
        if follow_up is not None and not (repeats and decision.kind != "fallback") and not outshone:
            context = self._context
            if follow_up is contrast:
                # "... and the elbow?" next asks again what this reading asked ("can a new knee give you HO"), and "what
                # are its symptoms?" after "and POH?" asks of POH.
                self._asked_now = self._contrast_asked
                context = self._context_of(self.bot.analyzer.analyze(" ".join(self._contrast_asked)), follow_up.entry)
            return self._answer(follow_up.entry, follow_up.score, context, prefix, via="follow-up")
        if compares and follow_up is None:
            # The bank does not answer the last question of the new thing: what the message says alone is offered
            # to pick from, never given as if it were the answer.
            return self._compared_unanswered(decision, analysis, prefix, clean)
        unsure = self._contrast_choices
        reached_id = decision.candidates[0].entry.id if decision.kind == "answer" else None
        led_elsewhere = bool(unsure) and reached_id is not None and reached_id != unsure[0].entry.id
        if follow_up is None and led_elsewhere:
            # "And omeprazole?" after "do antacids have side effects": asked of omeprazole, the last question leaves a
            # choice that holds the tablets' side effects; the tablets' own entry alone would answer another question.
            reached = decision.candidates[0]
            kept = (*unsure, *((reached,) if reached.entry.id not in {c.entry.id for c in unsure} else ()))
            choices = Decision("clarify", kept[:MAX_CONTRAST_CHOICES])
            return self._compared_unanswered(choices, analysis, prefix, clean)
        if follow_up is None and decision.kind == "answer" and self._names_a_thing_untitled(decision, clean):
            # "And in the spine?" after where HO grows: no reading asks the last question of the spine, and the
            # entry the spine alone reaches (FOP's symptoms) is not about it. Which question is meant is a guess:
            # offered to pick from, never answered (see `_names_a_thing_untitled`).
            return self._compared_unanswered(self._with_entries_naming(decision, analysis), analysis, prefix, clean)
        if decision.kind == "answer" and follow_up is None and via == "direct":
            other = self._entry_of_the_thing_talked_of(analysis, decision)
            if other is not None:
                # "Any side effects?" after the allopurinol answer: the side effects of flare medicines are another
                # medicine's. The message does not say which thing it asks of; the conversation's thing comes first.
                both = Decision("clarify", (other, decision.candidates[0]))
                return self._compared_unanswered(both, analysis, prefix, clean)
        if decision.kind == "answer":
            reply = self._answer_decided(analysis, decision, prefix, via=via)
            if len(message.questions) > 1:
                return self._offer_other_questions(reply, message, tuple(sorted(self._own_subjects(analysis))))
            return reply
        one_question = not message.story and len(message.questions) == 1 and is_question(message.questions[0])
        if decision.kind != "answer" and follow_up is None and one_question and self._is_about_health(analysis):
            # "When can I get new specs after the lens replacement?": the clinic's own occasion, in words its entries
            # never wrote, tells when; it counts as a story's words do (see `understanding.circumstance`).
            bot = self.bot
            question = message.questions[0]
            openers = bot.circumstance_openers
            found = circumstance_answer(bot.analyzer, bot.matcher, question, bot.default_subject, openers)
            if found is not None:
                context = self._context_of(analysis, found.entry)
                return self._answer(found.entry, found.score, context, prefix, via="circumstance")
        if decision.kind != "answer" and follow_up is None and not message.story:
            # "My dad has HO." ... "what is it?": what the conversation is about, defined.
            defined = self._conversation_subject_defined(analysis)
            if defined is not None:
                return self._answer(defined.entry, defined.score, self._context, prefix, via="follow-up")
        story = self._story_reading(message, prefix, text=clean)
        if story is not None:
            return story
        alone = self._question_alone(message, prefix, clean)
        if alone is not None:
            return alone
        if not message.questions and self._is_story(analysis):
            return self._story_only(analysis, prefix)  # a story with no question: not a refusal
        sure = self._sure_question_of_message(analysis, message)
        if sure is not None:
            # "... I keep imagining the blade. Do they knock you out for it?": one question sure on its own, and the
            # whole message agrees (see `understanding.sure_question`).
            return self._answer_decided(analysis, Decision("answer", (sure,)), prefix, via="question alone")
        ranking = self._last_resort_ranking(analysis)
        if ranking and all(self.bot.analyzer.analyze(q).tokens for q in message.questions):
            # "... hamstring or the tendon under the kneecap. Which is better?": a rare word only one clinic entry uses,
            # that entry clearly ahead (see `understanding.own_word`). Not when a question asks in no word the bot
            # reads ("... my GP keeps giving me antibiotics. Can I get mine out?"): the story's word would decide.
            if own_word_lead(self.bot.analyzer, self.bot.matcher, ranking, analysis.tokens):
                return self._answer_decided(analysis, Decision("answer", (ranking[0],)), prefix, via="own word")
        bot = self.bot
        asked = [bot.analyzer.analyze(question).tokens for question in message.questions] if message.story else None
        # "... ear plugs for bath time. Will you order them for me?" asks the bot to act: no question for the bank.
        about_health = self._is_about_health(analysis) and not self._addresses_bot(analysis)
        if self._asks_with_no_subject(analysis, message):
            # "why did i get it", "how long till i can drive": at a clinic, read bare and with its topic for "it" the
            # question leads to one entry clearly (see `understanding.no_subject`).
            pointed = self._pointing_phrase_as_it(analysis)
            pronoun, only_asks = bool(self._pronouns_in(analysis)), self._only_asks(pointed)
            subject = bot.default_subject
            lead = no_subject_lead(
                bot.matcher, bot.analyzer, subject, pointed.tokens, pointed.concepts, pronoun, only_asks
            )
            if lead is not None:
                return self._answer_decided(analysis, Decision("answer", (lead,)), prefix, via="no subject")
        told = self._story_tokens(message, asked)
        late = late_lead(bot.matcher, bot.analyzer, analysis.tokens, analysis.concepts, about_health, asked, told)
        if late is not None:
            # A clinic's entry far ahead of every other, half the message explained, at most one word left that another
            # entry's questions use: what no reading above answered (see `understanding.late_lead`).
            return self._answer_decided(analysis, Decision("answer", (late,)), prefix, via="late lead")
        repeated = follow_up is None or follow_up.entry.id == last_id  # a follow-up reading that only repeats
        if repeated and not compares and not message.story and len(message.questions) <= 1:
            # "How should they be taken?" after when antibiotics are needed, "and how long will I be on them?" after
            # the iron tablets' side effects: nothing else answered it, and "they" is the thing just answered of.
            found = self._last_question_reading(analysis, clean, decision)
            if found is not None:
                return self._answer(found.entry, found.score, self._context, prefix, via="follow-up")
        if decision.kind == "clarify":
            # A big bank's choices keep to what the question names (see `understanding.subject_choice`).
            kept = choices_about_the_subject(self.bot.analyzer, self.bot.matcher, analysis, decision.candidates)
            if len(kept) == 1 and kept[0].score >= ANSWER_SCORE:
                return self._answer_decided(analysis, Decision("answer", kept), prefix)
            decision = Decision("clarify" if kept else "fallback", kept)
        if decision.kind == "clarify" and self._titled_by_question(analysis, decision):
            # The close rivals stay one choice away: offered first among the follow-ups.
            return self._answer_decided(analysis, decision, prefix)
        if decision.kind == "clarify" and self._choice_lead(analysis, message, ranking, decision.candidates):
            # A clinic's choice whose first entry is far ahead of every other (see `understanding.choice_lead`).
            lead = Decision("answer", (ranking[0], *decision.candidates[1:]))
            return self._answer_decided(analysis, lead, prefix, via="choice lead")
        trusted = self._trusted_lead(analysis, message, about_health, asked, told)
        if trusted is not None:
            # A clinic's leader whose own words and way of asking speak for it (see `understanding.leader_evidence`).
            return self._answer_decided(analysis, Decision("answer", (trusted,)), prefix, via="trusted lead")
        agreed = self._agreeing_lead(analysis, message, about_health, asked)
        if agreed is not None:
            # A clinic's leader that a second reading, of each entry's questions, answer and title at once, chooses
            # too, clearly (see `understanding.second_reading`).
            return self._answer_decided(analysis, Decision("answer", (agreed,)), prefix, via="second reading")
        named = self._named_lead(analysis, message, about_health, asked)
        if named is not None:
            # The same agreement by a wider gate, open only to a message that names health itself, not only a word
            # with an everyday sense ("flight", "appointment"; see `understanding.health_evidence`).
            return self._answer_decided(analysis, Decision("answer", (named,)), prefix, via="named lead")
        close = self._close_lead(analysis, message, about_health)
        if close is not None:
            # A clinic's leader only the ordinary margin ahead, when the second reading, its own words and the naming
            # of health agree on it (see `understanding.close_lead`).
            return self._answer_decided(analysis, Decision("answer", (close,)), prefix, via="close lead")
        dense = dense_lead_of_message(bot.matcher, bot.analyzer, analysis, message, about_health)
        if dense is not None:
            # A leader of the packaged bank that a second reading agrees on (see `understanding.dense_lead`).
            return self._answer_decided(analysis, Decision("answer", (dense,)), prefix, via="dense lead")
        if decision.kind == "clarify":
            options = tuple(Suggestion(c.entry.id, c.entry.question) for c in decision.candidates)
            self._offered = options
            return Reply(
                kind="clarify",
                text=prefix + self.bot.bank.messages["clarify"],
                score=decision.candidates[0].score,
                suggestions=options,
            )
        offered = entries_to_offer(self.bot.analyzer, ranking, analysis.tokens, self.bot.default_subject)
        offered = choices_about_the_subject(self.bot.analyzer, self.bot.matcher, analysis, offered)
        if offered and self._choice_lead(analysis, message, ranking, offered):
            # The first of them far ahead of every other: nothing to choose between (see `understanding.choice_lead`).
            lead = Decision("answer", (ranking[0], *offered[1:]))
            return self._answer_decided(analysis, lead, prefix, via="choice lead")
        if offered:
            # A message about the clinic's topic that no reading answers: its closest entries, to pick from (see
            # `understanding.unsure_choice`), rather than the bare fallback.
            options = tuple(Suggestion(c.entry.id, c.entry.question) for c in offered)
            self._offered = options
            text = prefix + self.bot.bank.messages["clarify"]
            return Reply(kind="clarify", text=text, score=offered[0].score, suggestions=options)
        return self._not_answered(analysis, prefix, clean)

    def _trusted_lead(self, analysis: Analysis, message: Message, about_health: bool, asked, told=None):
        """The clinic's leader of the message read whole, trusted on its evidence (`understanding.leader_evidence`)."""
        bot = self.bot
        question = bot.analyzer.analyze(message.questions[-1]) if message.questions else analysis
        return trusted_lead(
            bot.matcher, bot.analyzer, analysis.tokens, analysis.concepts, question.concepts, about_health, asked, told
        )

    def _agreeing_lead(self, analysis: Analysis, message: Message, about_health: bool, asked):
        """The clinic's leader of the message read whole, when the second reading agrees (`second_reading`). After a
        story, never when a question asks in no word the bot reads (the story's words alone would decide)."""
        if asked is not None and not all(asked):
            return None
        bot = self.bot
        if not about_health or not bot.matcher.lists_sparse_entries:
            # The first bars of `agreeing_lead` (`late_lead.sparse_leader_is_clear`), met by no ranking: checked before
            # one is made, as `leader_evidence.trusted_lead` does (every question of the packaged bank ranked for none).
            return None
        ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
        told = self._story_tokens(message, asked)
        return agreeing_lead(bot.matcher, bot.analyzer, ranking, analysis.tokens, about_health, asked, told)

    def _named_lead(self, analysis: Analysis, message: Message, about_health: bool, asked):
        """The clinic's leader of the message read whole by the second reading's wider gate, for a message that
        names health itself (`second_reading.named_lead`). After a story, as `_agreeing_lead`."""
        if asked is not None and not all(asked):
            return None
        bot = self.bot
        named = names_health(bot.analyzer, analysis.words, analysis.tokens)
        ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
        told = self._story_tokens(message, asked)
        return named_lead(bot.matcher, bot.analyzer, ranking, analysis.tokens, about_health, named, asked, told)

    def _close_lead(self, analysis: Analysis, message: Message, about_health: bool):
        """The clinic's leader of a one-question message with no story, only the ordinary margin ahead, when several
        kinds of evidence agree on it (`understanding.close_lead`)."""
        bot = self.bot
        if message.story or len(message.questions) > 1 or not about_health or not bot.matcher.lists_sparse_entries:
            return None
        named = names_health(bot.analyzer, analysis.words, analysis.tokens)
        if not named:
            return None
        ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
        return close_lead(bot.matcher, bot.analyzer, ranking, analysis.tokens, analysis.concepts, about_health, named)

    def _story_tokens(self, message: Message, asked):
        """The tokens of each story sentence around a message's questions (`asked`: theirs), for the guards that count
        only what the question asks (`late_lead.words_left_asked`); None without a story."""
        if asked is None or not message.story or not self.bot.matcher.lists_sparse_entries:
            return None  # no story, or a bank no clinic lead answers (the packaged bank): nothing to read
        return [self.bot.analyzer.analyze(part).tokens for part in message.story]

    def _choice_lead(self, analysis: Analysis, message: Message, ranking, offered) -> bool:
        """True if a clinic's choice is better answered by its first entry (see `understanding.choice_lead`)."""
        analyze = self.bot.analyzer.analyze
        questions = [analyze(question).tokens for question in message.questions] if message.story else []
        judging = self.bot.judging_tokens | self.bot.matcher.definition_tokens
        found = choice_lead(self.bot.analyzer, self.bot.matcher, ranking, offered, analysis.tokens, questions, judging)
        return found is not None

    def _sure_question_of_message(self, analysis: Analysis, message: Message):
        """The clinic's entry that one question of a message of several parts reaches surely on its own (or with the
        clinic's topic for "it", when the question names a thing of its own), when the whole message (`analysis`)
        read at once leads with that entry too; else None (see `understanding.sure_question`)."""
        bot = self.bot
        if not bot.matcher.lists_sparse_entries or len(message.questions) + len(message.story) < 2:
            return None
        if not self._is_about_health(analysis):
            return None
        analyzer = bot.analyzer
        subject = bot.default_subject
        found = []
        for question in message.questions:
            if not is_question(question):
                continue
            asked = analyzer.analyze(question)
            if not asked.tokens or points_back(asked.words):
                continue
            readings = [(asked.tokens, asked.concepts, True)]
            if (
                subject
                and says_own_thing(analyzer, asked.tokens)
                and not any(analyzer.is_topic_word(t) for t in self._own_subjects(asked))
            ):
                readings.append((tuple(dict.fromkeys((*asked.tokens, *subject))), (*asked.concepts, *subject), False))
            for tokens, concepts, lenient in readings:
                ranking = bot.matcher.rank(tokens, concepts, lenient=lenient, min_coverage=DECIDING_COVERAGE)
                if sure_clinic_lead(ranking):
                    found.append(ranking[0])
        if not found or len({c.entry.id for c in found}) > 1:
            return None  # two questions that reach two entries: the second is no less asked than the first
        leader = bot.matcher.rank(analysis.tokens, analysis.concepts, limit=1)
        if not leader or leader[0].entry.id != found[0].entry.id:
            return None  # the story tells more than circumstances: it points elsewhere
        if message.story:
            # "... my son has asthma. Can I go back to football?": a health matter the clinic never names may be what
            # the question is about.
            told = analyzer.analyze(" ".join(message.story)).tokens
            if any(analyzer.is_about_health(t) and not bot.matcher.knows(t) for t in told):
                return None
        return max(found, key=lambda c: c.score)

    def _last_resort_ranking(self, analysis: Analysis) -> list:
        """The message read whole, for the readings tried when nothing else answers (a clinic entry's own rare word, a
        choice of close entries): only for a message about health that holds such a word or names the clinic's topic,
        and only entries that explain enough of it to be answered or offered."""
        bot = self.bot
        tokens = analysis.tokens
        if not bot.matcher.lists_sparse_entries:
            return []  # both readings answer or offer only a clinic's entries (a few phrasings each)
        if not self._is_about_health(analysis) or not (
            may_have_own_word(bot.analyzer, bot.matcher, tokens)
            or names_topic_rarely(bot.analyzer, tokens, bot.default_subject)
        ):
            return []
        return bot.matcher.rank(tokens, analysis.concepts, min_coverage=min(OWN_WORD_COVERAGE, CHOICE_COVERAGE))

    def _split(self, clean: str) -> Message:
        """The message's questions and story. In a bank whose subjects are derived from its words, a sentence told
        without its "I" ("Had my gallbladder out on Monday.") is story: read as a question, its words pick the entry
        about the gallbladder itself. A bank that lists its subjects reads its stories by them (`_story_reading`).

        Split once a message: a clinic's answer is split again to find the words asked (`_match`); the split is kept
        until the message is answered (`_forget_reading`)."""
        found = self._splits.get(clean)
        if found is None:
            found = self._splits[clean] = self._split_once(clean)
        return found

    def _split_once(self, clean: str) -> Message:
        message = split_message(clean)
        if message.story and message.questions:
            # "Shingles. / How do I prevent a shingles outbreak?": a subject line the questions say again tells nothing.
            analyze = self.bot.analyzer.analyze
            asked = {t for question in message.questions for t in analyze(question).tokens}
            told = tuple(part for part in message.story if not asked.issuperset(analyze(part).tokens or ("",)))
            if len(told) < len(message.story):
                message = message._replace(story=told)
        return message if self.bot.bank.follow_up.subjects else with_diary_as_story(message)

    def _whole_message_decision(self, analysis: Analysis, message):
        """The message read whole, every word as asked. Only the question's own words count for less because
        the topic is named: a story's words tell what happened ("last month")."""
        if not self._is_about_health(analysis) and not self.bot.analyzer.name_parts.intersection(analysis.tokens):
            return decide([])
        lenient = True
        guarded = False
        if message.story and message.questions:
            analyzer = self.bot.analyzer
            asked = [analyzer.analyze(question) for question in message.questions]
            if all(self._asks_what_it_is(part) and not PLURAL_PRONOUNS.intersection(part.words) for part in asked):
                # "GP says I have shingles, what is it?": the question asks what the story's subject is. Read whole,
                # the story's other words ("GP") would pick the entry; the story reading gives the subject. Not
                # "... little lumps on his ears from gout, what are they?": "they" are the lumps, read whole.
                return decide([])
            echo = self._plain_question_of_told_topic(message, asked)
            if echo is not None:
                return Decision("answer", (echo,))
            guarded = not self.bot.bank.follow_up.subjects and not any(
                self._bank_words(part) or self._asks_what_it_is(part) for part in asked
            )
            lenient = frozenset(t for part in asked for t in part.tokens)
        matcher = self.bot.matcher
        # "Is this advice from a nurse?": a question with no story that names the main topic or points at it with
        # "it", "this" or "that", in a bank that lists its subjects, may be answered by any entry's clear lead that
        # leaves only words the bank never writes, as a clinic's sparse entry may (see `sparse_lead`). Not with a
        # story: its words would decide ("I cut myself shaving, could that cause HO?").
        any_lead = (
            bool(self.bot.bank.follow_up.subjects)
            and not message.story
            and (bool(self._pronouns_in(analysis)) or set(self.bot.default_subject) <= set(analysis.tokens))
        )
        ranking = matcher.rank(
            analysis.tokens, analysis.concepts, lenient=lenient, min_coverage=DECIDING_COVERAGE, lead_any_entry=any_lead
        )
        decision = decide(ranking)
        if decision.kind != "answer" and len(message.questions) <= 1 and sparse_lead(ranking):
            # A clinic's entry far ahead, leaving only words no entry uses: answered (one question; a story's words
            # only where no entry uses them, see `Matcher._leaves_only_unwritten`).
            decision = Decision("answer", (ranking[0],))
        if (
            decision.kind != "answer"
            and len(message.questions) == 1
            and message.story
            and story_tells_one_entry(
                self.bot.analyzer,
                matcher,
                " ".join(message.story),
                message.questions[0],
                ranking,
                self.bot.judging_tokens,
            )
        ):
            # "Kids at school keep teasing her about her eczema. How can the teachers help?": the story's telling word
            # is one entry's alone, and the question asks what that entry says (see `story_lead`).
            decision = Decision("answer", (ranking[0],))
        if guarded and not (decision.kind == "answer" and self._story_sets_the_question(message, lenient, decision)):
            # "My nan had her tooth out. Who actually gets it?": read whole, the story's words would be the
            # question. On a bank whose subjects are derived, the story reading decides (see `_story_reading`).
            return decide([])
        if decision.kind == "answer" and message.story and len(message.questions) == 1:
            own = self._question_sure_alone(message, decision.candidates[0])
            if own is not None:
                return Decision("answer", (own,))
        return decision

    def _question_sure_alone(self, message: Message, whole):
        """The entry a message's one question reaches surely on its own, where the message read whole answers
        another entry (`whole`) only through its story's words; else None.

        "What causes bone to grow in muscle?? My son has it in his leg": read whole, the story's "son" and "leg" pick
        the entry on stiff joints; the question alone names the condition and asks its causes, nearly word for word
        one of the bank's questions. Only a question that names a subject of the bank itself and points at nothing
        the story told ("what are the signs of it?" after "my dad has FOP" is the story's to decide), read alone as
        sure as SURE_SCORE and SURE_COVERAGE with a clear lead; and never when the whole message's entry is about a
        subject the story names and the question does not, nor when the story names any concept of the bank (a
        synonym's concept: an operation, an injury) the question does not ("I'm having a hip replacement. What is the
        risk of HO?": the risk after a hip replacement; "I'm having my shoulder replaced. Could I get HO as people do
        after hip ops?": not the hip's figures)."""
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        question = analyzer.analyze(message.questions[0])
        if not is_question(message.questions[0]) or self._pronouns_in(question) or not self._own_subjects(question):
            return None
        ranking = matcher.rank(question.tokens, question.concepts, min_coverage=DECIDING_COVERAGE)
        decision = decide(ranking)
        if decision.kind != "answer" or len(decision.candidates) != 1:
            return None
        top = decision.candidates[0]
        if top.entry.id == whole.entry.id or top.score < SURE_SCORE or top.coverage < SURE_COVERAGE:
            return None
        if len(ranking) > 1 and top.score - ranking[1].score < CLEAR_MARGIN:
            return None
        told = {t for part in message.story for t in analyzer.analyze(part).tokens} - set(question.tokens)
        # A story that only tells who spoke of it ("the doc mentioned it": a general health word that says what is
        # asked, and everyday words) gives the question no subject (round 19); anything else it names may ("my
        # knee replaced", an operation, a fever).
        only_who_said = all(
            (analyzer.is_aspect(t) and t in analyzer.health) if t in analyzer.concept_words else analyzer.is_everyday(t)
            for t in told
        )
        if (told & analyzer.concept_words and not only_who_said) or matcher.subject_words(whole.entry) & told:
            return None  # "I'm having my shoulder replaced. Could I get HO like people do after hip ops?"
        return top

    def _plain_question_of_told_topic(self, message: Message, asked: list[Analysis]):
        """The bank's own question that a short question in everyday words asks of the main topic its story names.

        "The doctor said it might be HO. What can be done?": read whole, the story's words ("doctor") pick the entry
        on tests; the question asks what can be done about HO, one of the bank's questions clearly (BANK_WORDS_SCORE,
        as for "can I fly?" asked alone at a clinic about one operation). One question, no subject of its own (its
        words need not be the bank's); the story must name the main topic (not only deny it) and no other subject of
        the bank ("my hip replacement", "non-genetic HO": the story reading weighs those). None otherwise.
        """
        topic = self.bot.default_subject
        if not topic or len(asked) != 1 or not is_question(message.questions[0]):
            return None
        question = asked[0]
        # Its words need not be the bank's own: read about the topic ("what can be done about it"), they may be.
        if not self._says_it_plainly(question, known_only=False) or self._pronouns_in(question):
            return None  # "... ear sore since the grommets went in. what does it mean?": "it" is what the story told
        if not self.bot.bank.follow_up.subjects and self._story_tells(message):
            # A bank whose subjects are derived cannot tell a story's subjects from its other words: only a story that
            # tells nothing but its topic ("the chemist said it might be a verruca") lends it ("... the ears?" after
            # "grommets and a plane to spain" is the story reading's to answer).
            return None
        analyzer, denials = self.bot.analyzer, self.bot.denials
        if any(NEGATIONS.intersection(words(part)) for part in message.story):
            return None  # "the doctor said it is not HO", "they ruled out HO": the story may deny the topic
        told = {t for part in message.story for t in analyzer.analyze(without_denied(part, denials)).tokens}
        if not set(topic) <= told or (told & analyzer.subjects) - set(topic):
            return None  # "non genetic HO, what is it?": the story names a subject of its own, the story reading's
        # Asked of what the story told: "what can be done?" is "what can be done about HO?" ("done about": treated).
        name = self.bot.bank.short_name or self.bot.bank.topic
        question = analyzer.analyze(f"{message.questions[0].rstrip(' ?!.')} about {name}")
        tokens = tuple(dict.fromkeys((*question.tokens, *topic)))
        decision = decide(self.bot.matcher.rank(tokens, (*question.concepts, *topic), min_coverage=DECIDING_COVERAGE))
        if decision.kind == "answer" and decision.candidates[0].score >= BANK_WORDS_SCORE:
            return decision.candidates[0]
        return None

    def _story_sets_the_question(self, message: Message, asked: frozenset[str], decision) -> bool:
        """True if a question in everyday words ("what helps?", "is that normal?", "which is better?") asks about
        what its story, naming the bank's topic, tells ("crampy and swollen belly after colonoscopy"), and the entry
        the whole message reaches says a word the question asks with (in its questions or its answer).

        A question that only asks whether what the story tells is as it should be ("is that normal?", "is that
        ok?": the general layer's `judging_words`) asks about the story itself, whatever the entry's words.

        "Who actually gets it?" after "I had my wisdom tooth removal" asks something the entry does not say
        ("who", "gets"), and "how can that be?" asks with no word at all: the story alone would pick the entry.
        """
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        story = analyzer.analyze(" ".join(message.story))
        if not any(analyzer.is_topic_word(t) and matcher.knows(t) for t in story.tokens):
            return False
        judging = self.bot.judging_words
        if any(word in judging for question in message.questions for word in analyzer.analyze(question).words):
            return True
        own = frozenset(t for t in asked if not t.isdigit()) - analyzer.framing
        return matcher.says(decision.candidates[0].entry, own)

    def _only_judges(self, analysis: Analysis) -> bool:
        """True for a question whose every word only judges ("is this serious?", "is that normal?", "is this something
        to worry about?": the general layer's `judging_words`, read as the bank reads them)."""
        asked = [t for t in analysis.tokens if t not in self.bot.analyzer.framing]
        return bool(asked) and all(t in self.bot.judging_tokens for t in asked)

    def _is_story(self, analysis: Analysis) -> bool:
        """A message that tells what happened to someone ("my mum has HO after her hip op") about health."""
        narrative = self.bot.narrative_words
        if not any(word in narrative for word in analysis.words):
            return False
        # It must name the bank's own subject ("HO", "hip op"), not only general health ("my tooth hurts").
        analyzer = self.bot.analyzer
        return any(
            analyzer.is_topic_word(t) and t not in analyzer.health and stem(t) not in analyzer.health
            for t in self._own_subjects(analysis)
        )

    def _story_only(self, analysis: Analysis, prefix: str) -> Reply:
        """A kind reply to a story with no question, and the entries that fit it best to pick from."""
        ranking = self.bot.matcher.rank(analysis.tokens, analysis.concepts)
        ids = [c.entry.id for c in ranking if c.coverage >= ADVICE_RELATED_COVERAGE][:_ADVICE_OPTIONS]
        suggestions = self.bot.suggestions_for(ids or self.bot.bank.example_ids)
        self._offered = suggestions
        text = prefix + (self.bot.bank.understanding or {}).get("story_only", self.bot.bank.messages["clarify"])
        return Reply(kind="clarify", text=text, score=ranking[0].score if ranking else None, suggestions=suggestions)

    def _offer_other_questions(self, reply: Reply, message, subjects: tuple[str, ...]) -> Reply:
        """After answering one question of a message that asked several, offer the others first.

        The message's subjects stand in for a part that names none ("what causes HO and how is it treated?").
        """
        found = self._question_answers(message.questions, subjects)
        others = [c.entry.id for c in found if c.entry.id != reply.id]
        if not others:
            return reply
        suggestions = self.bot.suggestions_for(others)
        rest = tuple(s for s in reply.suggestions if s.id not in set(others))
        reply = reply._replace(suggestions=(*suggestions, *rest)[: max(len(reply.suggestions), len(suggestions))])
        self._offered = reply.suggestions
        return reply

    def _question_answers(
        self, questions, story_subjects, skip_advice: bool = False, told=frozenset(), story_tokens=(), last_part=""
    ) -> list:
        """The clear answer to each question of a message (with the story's subject where it names none).

        `told`: what the story tells (see `_story_tells`); a question that only asks of it must be answered by an
        entry about it (see `_asks_only_of_story`)."""
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        found = []
        # "My dad has it in both hips and nobody can tell us why. What actually sets it off?": neither the story nor
        # the question names a subject, yet the story tells of health in the bank's own words ("hips"). In a bank
        # about one condition, "it" or "that" is then that condition: its main topic is tried as for a question
        # asked alone, and only a clear answer counts; only for a part asked as a question ("..., move it" is a
        # request, not one). Not where the story names a part of the body or a thing of
        # health the bank never speaks of ("a bone spur on my heel ... how do I get rid of it?": the heel's). Only
        # in a bank that lists its subjects: where they are derived, a story names too little to tell its topic.
        topic_for_it = (
            bool(self.bot.default_subject)
            and bool(self.bot.bank.follow_up.subjects)
            and any(analyzer.is_about_health(t) and matcher.knows(t) for t in story_tokens)
            and not any(analyzer.is_topic_word(t) and not matcher.knows(t) for t in story_tokens)
        )
        for question in questions:
            if skip_advice and self.bot.advice.asks_for_advice(question):
                continue
            analysis = analyzer.analyze(question)
            # "What actually is it?" after a story that names the subject: the pronoun is the story's subject.
            # A number alone ("in 4 days") names no subject. A question in everyday words only must ask what the
            # subject is ("what actually is it?"): "who actually gets it?" or "how can that be?" ask something
            # the words do not say, and the entry that is only the subject ("what is gout?") would answer wrongly.
            refers = any(not t.isdigit() for t in story_subjects) and any(
                word in self.bot.bank.follow_up.pronouns for word in analysis.words
            )
            # Read with the story's subject, the entry must also share something the question itself says
            # ("how long ... keep using them?" after "the drops"), or the question asks only what it is.
            own = frozenset(analysis.tokens) - self.bot.analyzer.framing
            # "What does it do?" asks what a thing the story names does ("gp gave me aciclovir"), not the topic.
            doing = any(not t.isdigit() and t not in self.bot.analyzer.main_topic for t in story_subjects)
            needs_own = refers and not self._bank_words(analysis) and not self._asks_what_it_is(analysis, doing)
            if needs_own and not own:
                refers = False
            # "My dad's hip is now a 3 on the scale. What does a 3 mean?": a story that names one of the bank's
            # subjects or numbers says what the question is about, when the question asks in the bank's own words.
            # Not a question in English's commonest words alone ("what could go wrong?", "who do we call?").
            story_says_subject = (
                bool(story_subjects)
                and is_question(question)
                and bool(analysis.tokens)
                and all(matcher.knows(t) for t in analysis.tokens)
                and (self._asks_in_own_words(analysis) or any(t.isdigit() for t in analysis.tokens))
            )
            if not (refers or story_says_subject or self._is_about_health(analysis) or self._points_back(analysis)):
                continue
            if not (story_subjects or self._own_subjects(analysis) or self._names_bank_topic(analysis)):
                if not (topic_for_it and self._pronouns_in(analysis) and is_question(question)):
                    continue  # neither the story nor the question names a subject of the bank
            # Each subject the story names, alone (a long story names several), else none, else the
            # bank's main topic: the clearest answer among these readings wins.
            # A story's number qualifies its subject ("Brooker grade 3", "type 2"): then the subjects together
            # first, the most specific reading; else each alone (a long story names several), the question
            # alone, the main topic.
            together = story_subjects if any(t.isdigit() for t in story_subjects) else None
            named = [subject for subject in story_subjects if not subject.isdigit()]
            recent = refers and bool(PLURAL_PRONOUNS.intersection(analysis.words))
            # "... The specialist said it might be POH. What are the symptoms of that?": "of that" at the question's
            # end points at the thing the story named last, not at the signs it told before (round 19).
            last_named = self._last_named_subjects(story_subjects, analysis, last_part) if refers else []
            if last_named:
                recent = True
                named = [s for s in named if s not in last_named] + last_named
            if recent:
                # "He's stubborn about the drops. How long does he need them?": a plural pronoun means the
                # subject the story named last; the first of those readings that answers is kept.
                readings = [(subject,) for subject in reversed(named[-MAX_STORY_SUBJECTS:])]
            else:
                # The most specific subjects first ("Brooker" before "x-ray" and "surgery"): a long story names
                # several, and the rarest in the bank says most about what the question is about.
                specific = sorted(story_subjects, key=lambda subject: -matcher.weight(subject))
                readings = [(subject,) for subject in specific[:MAX_STORY_SUBJECTS]]
            # "Is this serious?" after a story that names subjects but not the main topic only judges what the
            # story told ("... he says his stomach aches. Is this serious?"): neither the question alone nor the
            # main topic is what it asks about.
            pronouns = self._pronouns_in(analysis)
            judges_story = bool(named) and pronouns and pronouns <= CLAIM_POINTERS and self._only_judges(analysis)
            if self._own_subjects(analysis):
                readings += [()]
            elif not (judges_story and not set(self.bot.default_subject) <= set(story_subjects)):
                readings += [(), self.bot.default_subject]
            # A question that names its subject and points nowhere ("what kinds of HO exist?") is read on
            # its own first; "can he get HO?" or "can that cause HO?" leans on the story.
            pointing = self.bot.narrative_words | self.bot.bank.follow_up.pronouns
            identified = self._pronouns_identified(analysis)
            if self._own_subjects(analysis) and not any(
                word in pointing and index not in identified for index, word in enumerate(analysis.words)
            ):
                readings = [(), *(extra for extra in readings if extra)]
            # A story that names the main topic itself ("... the x-ray shows extra bone. Is it serious?") lets "it"
            # mean the topic as much as the story's other subjects: that reading competes on its score, not after.
            # "That" and "this" too (round 11): "... after a fall, and now they have found bone in the muscle. How
            # serious is this?" asks how serious HO is; the fall's entry says "a bad injury" and must not win by it.
            topic = self.bot.default_subject
            topic_named = bool(topic) and set(topic) <= set(story_subjects)
            best = None
            by_story_subject = False  # the best reading so far took its subject from the story
            by_question_kind = False  # ... took none from it: the question bare, or with the main topic
            tried = set()
            whether_alone = self._asks_whether_of_subject_alone(analysis) and not identified
            if together is None and self._asks_what_it_is(analysis, meaning=True):
                # "My surgeon said there's heterotopic ossification on my x-ray. What even is that?": what is asked
                # is what a subject of the story is. The most specific subject the bank defines (an entry that only
                # asks what it is) is the answer, not an entry about the x-ray.
                best = self._story_subject_defined(analysis, story_subjects)
                if best is not None and not self._asks_what_it_is(analysis) and matcher.defines_topic(best.entry.id):
                    # "What does that mean?" after "it's the acquired kind" asks what that kind is (round 18); after
                    # "bits of bone under a centimetre apart" it asks what those signs mean, which the entry that
                    # only says what the topic is does not answer: the other readings decide.
                    best = None
                if best is not None:
                    readings = []
            if together is not None and (readings[0] != () or self._points_back(analysis)):
                tried.add(tuple(dict.fromkeys((*analysis.tokens, *together))))
                decision = decide(
                    matcher.rank(tuple(tried)[0], (*analysis.concepts, *together), min_coverage=DECIDING_COVERAGE)
                )
                if decision.kind == "answer":
                    best = decision.candidates[0]
                    readings = []
            for extra in readings:
                tokens = tuple(dict.fromkeys((*analysis.tokens, *extra)))
                # The question read bare yields to the story's subject unless it names its own and does not point
                # back at the story ("can you explain HO to me?" after "My mum had an operation ..." is about HO).
                yields = not extra and (not self._own_subjects(analysis) or bool(self._pronouns_in(analysis)))
                if tokens in tried or (best is not None and ((extra == topic and not topic_named) or yields)):
                    # The story's subject is already in the question; or a reading with the story's own subject
                    # answers, and neither the question bare nor with the main topic (any clinic question's frame)
                    # must outscore it: "... diagnosed with FOP. What symptoms will she have?" asks about FOP.
                    continue
                tried.add(tokens)
                if whether_alone and not set(extra) - set(self.bot.default_subject):
                    continue  # "I'm having my knee replaced. Could I get HO?" asks about the story, not what HO is
                # The main topic added for a question that names no subject lends no leniency, unless the story
                # named it ("they want to cut the extra bone out. Can it grow back afterwards?").
                lenient = extra != self.bot.default_subject or set(extra) <= set(story_subjects)
                decision = decide(
                    matcher.rank(tokens, (*analysis.concepts, *extra), lenient=lenient, min_coverage=DECIDING_COVERAGE)
                )
                if decision.kind == "answer" and needs_own and not matcher.overlap(decision.candidates[0].entry, own):
                    continue  # only the story's subject reached it: "who actually gets it?" is not "what is gout?"
                if decision.kind == "answer" and (best is None or decision.candidates[0].score > best.score):
                    best = decision.candidates[0]
                    by_story_subject = bool(extra) and extra != topic
                    by_question_kind = not extra or extra == topic
                    if not extra and readings[0] == ():
                        break  # a complete question answered on its own
                    if recent and extra and extra != self.bot.default_subject:
                        break  # the most recent subject that answers
            if by_story_subject:
                best = self._own_reading_if_clearer(analysis, best)
            if by_question_kind and best and self._asks_only_of_story(analysis, told, best.entry, topic_named):
                continue  # "... my thumb is still numb. Will it come back?": not whether carpal tunnel comes back
            if best is not None and not self._says_what_is_asked(best.entry, analysis):
                continue  # "how to do this on your website?" after "burning mouth syndrome" is not about burns
            if best is not None and best.entry.id not in {c.entry.id for c in found}:
                found.append(best)
        return found

    def _story_tells(self, message: Message) -> frozenset[str]:
        """What a story tells that the bank knows: its things and signs, not the main topic, everyday words, ways of
        asking or what it says did not happen ("my thumb is still numb": the thumb, numbness)."""
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        topic = set(self.bot.default_subject) | analyzer.main_topic
        return frozenset(
            t
            for part in message.story
            for t in analyzer.analyze(without_denied(part, self.bot.denials)).tokens
            if matcher.knows(t)
            and t not in topic
            and t not in analyzer.framing
            and not t.isdigit()
            and not analyzer.is_everyday(t)
            and (not analyzer.is_aspect(t) or analyzer.is_telling_aspect(t))
            # A word many entries use is the clinic's frame ("the op", "my hand" at a hand clinic), not what it tells.
            and len(matcher.entries_covering({t})) * FRAME_SHARE <= len(matcher.entries)
        )

    def _asks_only_of_story(
        self, analysis: Analysis, told: frozenset[str], entry: FaqEntry, story_names_topic: bool
    ) -> bool:
        """True if a question asks only a kind of question ("why?", "will it come back?") of what its story tells,
        and the entry reached says nothing of that.

        The story may choose what a question is about, and a question that names nothing ("why is this?") is about
        what the story just told (a numb thumb), not the bank's main topic: "will it come back?" read with "carpal
        tunnel" reaches whether the condition comes back. Such a reading answers only with an entry whose questions
        or answer say something the story tells."""
        pronouns = self._pronouns_in(analysis)
        if not told or not pronouns or self.bot.bank.follow_up.subjects:
            return False  # a bank that lists its subjects knows which story words are what is asked about
        analyzer = self.bot.analyzer
        topic = set(self.bot.default_subject) | analyzer.main_topic
        if topic.intersection(analysis.tokens):
            return False  # "... or is that rare for gout?" names its subject
        if story_names_topic and ("it" in pronouns or self.bot.matcher.defines(entry, self.bot.default_subject)):
            # "GP thinks it was gout ... why would someone like me get it?", "gp said i have sciatica, whats that
            # mean?": "it", or what is defined, is the topic the story names.
            return False
        if any(
            not analyzer.is_aspect(t) and not analyzer.is_everyday(t)
            for t in analysis.tokens
            if t not in analyzer.framing and t not in topic
        ):
            return False  # the question names a thing of its own ("can they put his cream on at school?")
        return not self.bot.matcher.says(entry, told)

    def _titled_by_question(self, analysis: Analysis, decision: Decision) -> bool:
        """True if the leader of close entries is the one whose own question (its title, not its alternates) says
        what the message asks: every word of what is asked ("when", "ask") is in its title, at least half the title
        is said (TITLE_SAID_SHARE, by the bank's weights), and what the message shares with it beyond the main topic
        weighs at least TITLE_LEAD_RATIO times what it shares with each rival's title.

        "Wen do they do the op to take it out": "When is surgery used for HO?" against "How soon after an injury or
        surgery does HO form?"; "should I check with my doctor before taking anything ...": "Should I talk to my
        doctor before taking medicine for HO?" against "Can HO be prevented?". Not "how common is HO after elbow
        surgery" (how common is asked: no title says it).
        """
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        topic = set(self.bot.default_subject)
        asked = set(analysis.tokens) - topic
        aspects = {t for t in asked if analyzer.is_aspect(t)}
        if not aspects:
            return False

        def title(candidate) -> set[str]:
            return set(analyzer.analyze(candidate.entry.question, fix_typos=False).tokens)

        top, *rivals = decision.candidates
        own = title(top)
        shared = sum(matcher.weight(t) for t in asked & own)
        said = shared + sum(matcher.weight(t) for t in own & topic & set(analysis.tokens))
        if not aspects <= own or shared <= 0 or said < TITLE_SAID_SHARE * sum(matcher.weight(t) for t in own):
            return False
        return all(shared >= TITLE_LEAD_RATIO * sum(matcher.weight(t) for t in asked & title(c)) for c in rivals)

    def _pronouns_identified(self, analysis: Analysis) -> set[int]:
        """Where a pronoun only stands for what the question names it as ("whether it's HO", "is that the bone
        thing?", "if it is the extra bone"): the pronoun and a form of "be" next to it, then within a few words a
        subject of the bank. Such a question names what it asks about; the pronoun leans on no subject of the story.
        """
        words, pronouns = analysis.words, self.bot.bank.follow_up.pronouns
        found = set()
        for index, word in enumerate(words):
            if word not in pronouns:
                continue
            after = words[index + 1 : index + 2]
            before = words[index - 1 : index] if index else ()
            if after and after[0] in COPULAS:
                rest = words[index + 2 : index + 2 + IDENTIFIED_WITHIN]
            elif before and before[0] in COPULAS:
                rest = words[index + 1 : index + 1 + IDENTIFIED_WITHIN]
            else:
                continue
            while rest and rest[0] in IDENTIFYING_DETERMINERS:
                rest = rest[1:]
            # The subject comes first ("the bone thing", "HO"): "is that what HO feels like?" (a lump may be), "is it
            # to stop the bone?" or "is that ok with epilepsy?" say no subject the pronoun is.
            if not rest or rest[0] in CLAUSE_WORDS:
                continue
            if set(self.bot.analyzer.analyze(" ".join(rest[:2])).tokens) & self.bot.analyzer.subjects:
                found.add(index)
        return found

    def _last_named_subjects(self, story_subjects, analysis: Analysis, last_part: str) -> list[str]:
        """The story's subjects named in its last part, when the question ends on "of that", "of this" (or "about",
        "for"): the thing just named is what is asked about. Not the main topic, nor a number."""
        words = analysis.words
        if len(words) < 2 or words[-1] not in CLAIM_POINTERS or words[-2] not in POINTING_PREPOSITIONS or not last_part:
            return []
        topic = set(self.bot.default_subject)
        last = set(self.bot.analyzer.analyze(without_denied(last_part, self.bot.denials)).tokens)
        return [s for s in story_subjects if s in last and not s.isdigit() and s not in topic]

    def _own_reading_if_clearer(self, analysis: Analysis, best):
        """The question's own reading where it answers clearly ahead of the reading a story subject gave.

        A story's subject says what "it" is about, but a story also names what merely happened ("I had a simple op",
        "the physio comes twice a week"): read with that, "why did this happen?" reaches the entry about the
        operation, which leaves part of the question unexplained, though the question alone, with the main topic
        for "it", reaches the causes far ahead and explains all of it. An entry the story's subject reaches that
        explains the whole question ("... radiation to the hip. Why would they do that?") keeps it.
        """
        # An entry whose own question does not say what is asked ("... a calcium lump in my thigh. What could have
        # caused it?": the lump's entry) yields to one whose own question says it, far ahead (round 19).
        untitled = not self._title_says_asked(analysis, best.entry)
        if best.coverage + OWN_READING_GAIN > 1.0 and not untitled:
            return best  # no reading explains more than all of the question: no need to rank again
        own = self._own_subjects(analysis)
        subject = () if own else self.bot.default_subject
        tokens = tuple(dict.fromkeys((*analysis.tokens, *subject)))
        if not tokens:
            return best
        # Only a reading that explains more can be taken: the ranking may stop early, as for any coverage it cannot
        # reach (its bound is exact, so the rankings that go on are the same).
        needed = max(DECIDING_COVERAGE, best.coverage + (0.0 if untitled else OWN_READING_GAIN))
        ranking = self.bot.matcher.rank(tokens, (*analysis.concepts, *subject), lenient=bool(own), min_coverage=needed)
        decision = decide(ranking)
        if decision.kind != "answer":
            return best
        top = decision.candidates[0]
        clearer = top.score >= best.score + OWN_READING_MARGIN and top.coverage >= best.coverage + OWN_READING_GAIN
        titled = (
            untitled
            and top.score >= best.score + TITLED_READING_MARGIN
            and top.coverage >= best.coverage
            and self._title_says_asked(analysis, top.entry)
        )
        if top.entry.id != best.entry.id and (clearer or titled):
            return top
        return best

    def _title_echo(self, analysis: Analysis, decision: Decision) -> Decision:
        """The runner-up instead of a close leader when the runner-up's own question (its title) says every concept
        the question asks with and the leader's does not: "what is genetic HO?" is the title "What is genetic HO,
        and how rare is it?", not "What are the types of HO?"."""
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        if not analysis.words or analysis.words[0] in AUXILIARIES:
            return decision  # "is HO genetic or not?": the leader's yes or no answers a whether-question too
        asked = {t for t in analysis.tokens if t not in analyzer.framing and analyzer.misses_in_full(t)}
        if not asked:
            return decision
        top = decision.candidates[0]

        def title(entry: FaqEntry) -> set[str]:
            return set(analyzer.analyze(entry.question, fix_typos=False).tokens)

        named = tuple(sorted(asked - set(self.bot.default_subject)))
        if asked <= title(top.entry) or (named and matcher.defines(top.entry, named)):
            return decision  # "tell me about FOP": the leader says what FOP is ("what is fop")
        ranking = matcher.rank(analysis.tokens, analysis.concepts, limit=3)
        for candidate in ranking[1:]:
            if candidate.score < top.score - TITLE_ECHO_MARGIN or candidate.score < ANSWER_SCORE:
                break
            if candidate.coverage >= top.coverage and asked <= title(candidate.entry):
                return Decision("answer", (candidate, top))
        return decision

    def _title_says_asked(self, analysis: Analysis, entry: FaqEntry) -> bool:
        """True if the entry's own question (its title) says every aspect the question asks ("cause", "serious"), or
        the question asks none."""
        analyzer = self.bot.analyzer
        aspects = {t for t in analysis.tokens if analyzer.is_aspect(t)}
        if not aspects:
            return True
        return aspects <= set(analyzer.analyze(entry.question, fix_typos=False).tokens)

    def _conversation_subject_defined(self, analysis: Analysis):
        """After an answer, "what is it?" or "what's that?" (only asking what a pronoun is, naming nothing) asks what
        the conversation is about: the entry that defines its most specific subject, else the bank's main topic.
        Not in a fresh session: "what is it?" there points at nothing said."""
        if self._last_entry is None or self._own_subjects(analysis) or not self._asks_what_it_is(analysis):
            return None
        return self._story_subject_defined(analysis, (*sorted(self._context), *self.bot.default_subject))

    def _story_subject_defined(self, analysis: Analysis, story_subjects):
        """The clear answer that says what one of the story's subjects is, the most specific first, or None."""
        matcher = self.bot.matcher
        for subject in sorted((s for s in story_subjects if not s.isdigit()), key=lambda s: -matcher.weight(s)):
            tokens = tuple(dict.fromkeys((*analysis.tokens, subject)))
            decision = decide(matcher.rank(tokens, (*analysis.concepts, subject), min_coverage=DECIDING_COVERAGE))
            if decision.kind == "answer" and matcher.defines(decision.candidates[0].entry, (subject,)):
                return decision.candidates[0]
        return None

    def _story_reading(self, message: Message, prefix: str, skip_advice: bool = False, text: str = "") -> Reply | None:
        """A longer message read as its questions, with the story around them giving the subject.

        "My dad had his hip replaced in March and now there is a hard lump by
        the scar. Is that HO?" is answered as "is that HO?" about a hip
        replacement. Each question must clear the same thresholds as any
        answer; a second answerable question is offered as the first choice.
        """
        if not message.questions or (len(message.questions) == 1 and not message.story):
            return None
        asked_whole = message
        if skip_advice:
            # "My wife takes indometacina and has stomach pain. She can stop it?": a question that asks for advice
            # only with the story it follows is the advice asked, never answered.
            story = "\n".join(message.story)
            asks = self.bot.advice.ask_with_their_story(story, message.questions)
            asked = [q for q, asking in zip(message.questions, asks, strict=True) if not asking]
            message = message._replace(questions=tuple(asked))
        analyzer = self.bot.analyzer
        subjects = self.bot.analyzer.subjects
        # The story's subjects, and its numbers ("grade 3") where the bank uses them.
        # What the story says did not happen ("he never had surgery on them") is no subject of the question.
        denials = self.bot.denials
        story_subjects = tuple(
            dict.fromkeys(
                t
                for part in message.story
                for t in analyzer.analyze(without_denied(part, denials)).tokens
                if t in subjects or (t.isdigit() and self.bot.matcher.knows(t))
            )
        )
        # What the story tells matters only where subjects are derived (see `_asks_only_of_story`): read only there.
        told = frozenset() if self.bot.bank.follow_up.subjects else self._story_tells(message)
        # A story told before the question, naming no subject, may still say that "it" is the main topic; told after,
        # it may be what "it" is ("how is it treated? my mum keeps getting pain in her shoulder"), so it lends no
        # main topic (see `_question_answers`). Read only then: most stories name a subject.
        story_tokens = ()
        if not story_subjects and text and not self._asked_first(message, text):
            story_tokens = analyzer.analyze(without_denied(" ".join(message.story), denials)).tokens
        read: list = []  # the message's phrases, read once a candidate is to be checked (most messages find none)

        def named(found: list) -> list:
            if not found:
                return found
            if not read:
                # Phrases: what lies between punctuation marks, so "fibromyalgia (sp?)" puts no word after it.
                written = (*asked_whole.questions, *asked_whole.story)
                phrases = [analyzer.analyze(p).tokens for part in written for p in PHRASE_BREAKS.split(part)]
                said = frozenset(t for tokens in phrases for t in tokens)
                read.extend((phrases, said, self._unknown_numbered_names(phrases)))
            phrases, said, unknown_numbered = read
            return [
                candidate
                for candidate in found
                if not unknown_numbered
                and self._names_its_subject(candidate.entry, said)
                and not self._names_a_longer_thing(candidate.entry, phrases)
                and not self._general_entry_for_unknown_thing(candidate.entry, said)
            ]

        # "Mum's knee got stiffer since her op. Can the bone thing do that?": a question that names nothing but the
        # topic and points back asks whether the story's signs are the topic's, not about the operation (round 18).
        found = named(self._signs_asked_about(asked_whole, skip_advice, bare=True))
        if not found:
            last_part = message.story[-1] if message.story and not self._asked_first(message, text) else ""
            found = named(
                self._question_answers(message.questions, story_subjects, skip_advice, told, story_tokens, last_part)
            )
        if not found:
            # "... a hard lump by his scar. Is that HO?" asks for a diagnosis (refused, in the note before), and what
            # the bank can say in general: what those signs are in HO.
            found = named(self._signs_asked_about(asked_whole, skip_advice))
        if not found:
            found = named(self._questions_in_story(message, skip_advice))
        if not found:
            found = named(self._questions_about_the_claim(message, skip_advice))
        if not found:
            found = named(self._questions_about_a_told_thing(message, skip_advice))
        if not found:
            return None
        top = found[0]
        reply = self._answer(top.entry, top.score, frozenset(story_subjects), prefix, via="story")
        if len(found) > 1:
            others = self.bot.suggestions_for([c.entry.id for c in found[1:]])
            suggestions = (*others, *(s for s in reply.suggestions if s.id not in {o.id for o in others}))
            reply = reply._replace(suggestions=suggestions[: max(len(reply.suggestions), len(others))])
            self._offered = reply.suggestions
        return reply

    def _unknown_numbered_names(self, parts) -> bool:
        """True if a message names a thing by a word and a number ("trisomy 7") where the bank names that word with
        other numbers only ("trisomy 13", "trisomy 18"): the message is about a thing the bank has no entry on, and
        an entry about another thing it tells ("4 miscarriages") does not answer it. A number before a word
        counts ("4 miscarriages"); a word's own number follows it."""
        matcher = self.bot.matcher
        for tokens in parts:
            for word, number in zip(tokens, tokens[1:], strict=False):
                # A name's number is short ("trisomy 7", "type 13"); "early AMD in 1982" names a year.
                if number.isdigit() and len(number) <= NAME_NUMBER_DIGITS and not word.isdigit():
                    numbers = matcher.numbers_named_with(word)
                    if numbers and number not in numbers:
                        return True
        return False

    def _general_entry_for_unknown_thing(self, entry: FaqEntry, said: frozenset[str]) -> bool:
        """True if, in a big bank, an entry about no one thing ("Medicines", "Pain": no word of its subject names few
        entries) would answer a message that names a thing the bank does not know at all ("Citrobacter freundii
        ... Does ciprofloxacin work well? Is there a better drug?"): the question is about that thing."""
        matcher, analyzer = self.bot.matcher, self.bot.analyzer
        if not matcher.tells_few or any(map(matcher.names_few, matcher.subject_words(entry))):
            return False
        return any(
            t.isalpha() and len(t) >= UNKNOWN_THING_LETTERS and not matcher.knows(t) and not analyzer.is_everyday(t)
            for t in said
        )

    def _names_a_longer_thing(self, entry: FaqEntry, parts) -> bool:
        """True if each time a message says a word of what an entry is about, a word next to it that the entry never
        says makes it a longer name: "Jock itch" is not itching, "burning mouth syndrome" not burns. Only the words
        that name few of a big bank's entries (`Matcher.names_few`) count, and only next words that tell something
        (no everyday word, way of asking or number: "my itch", "itch again" stay itch), and rarer in the bank's
        questions than the word itself: a word the bank names many things with ("acute", "chronic") qualifies a
        name, "jock" makes another."""
        matcher, analyzer = self.bot.matcher, self.bot.analyzer
        subject = matcher.subject_words(entry)
        specific = [word for word in subject if matcher.names_few(word)]
        if not specific:
            return False

        def qualifies(token: str, word: str) -> bool:
            return not (
                token in subject
                or matcher.question_count(token) >= matcher.question_count(word)
                or token.isdigit()
                or analyzer.is_everyday(token)
                or analyzer.is_aspect(token)
                or token in analyzer.framing
                or token in analyzer.stopwords
                or matcher.says(entry, frozenset((token,)))
            )

        for word in specific:
            places = [(tokens, index) for tokens in parts for index, token in enumerate(tokens) if token == word]
            if places and all(
                any(qualifies(tokens[near], word) for near in (index - 1, index + 1) if 0 <= near < len(tokens))
                for tokens, index in places
            ):
                return True
        return False

    def _names_its_subject(self, entry: FaqEntry, said: frozenset[str]) -> bool:
        """True if a message says all of what an entry is about (`Matcher.subject_words`).

        A message read part by part may reach an entry through one word of its subject: "trisomy 13" reached
        "glycogen storage disease type 13" by its number, "are they gluten free?" "gluten sensitivity",
        "what a bundle blockage is" "His bundle tachycardia". Such an entry is about something else."""
        matcher = self.bot.matcher
        # The bank's own topic ("gout" at a gout clinic) goes without saying: every entry is about it.
        said = said | frozenset(self.bot.default_subject)
        subject = matcher.subject_words(entry)
        # Only where a word of the subject names few of the bank's entries is it what the entry is about: the words
        # a clinic's few phrasings happen to share ("after" of "... after cataract surgery?") are not.
        if any(map(matcher.names_few, subject)) and not subject <= said:
            return False
        # "... treated for otitis media. Pains started the previous night ... Is that normal?": the message names
        # a thing the bank has an entry about, whole; an entry about only a part of it ("pain", or "burns" where
        # "burning mouth syndrome" is named) is not what it is about.
        topic = frozenset(self.bot.default_subject)
        return not any(subject - topic < other - topic for other in matcher.subjects_said(said))

    def _says_what_is_asked(self, entry: FaqEntry, analysis: Analysis) -> bool:
        """True unless a question names things of its own and the entry (its questions or its answer) says none.

        The words that count are the bank's, not English's commonest, nor what is asked or how: "how do you catch
        hepatitis?" read with a story's "health" reached the entry on infectious diseases, which says nothing of
        the liver; "how to do this on your website?" after "burning mouth syndrome" reached burns."""
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        own = frozenset(
            t
            for t in analysis.tokens
            if matcher.knows(t)
            and not analyzer.is_aspect(t)
            and not analyzer.is_everyday(t)
            and t not in analyzer.framing
            and t not in analyzer.stopwords
            and t not in self.bot.default_subject
            and not t.isdigit()
            and matcher.names_few(t)
        )
        return not own or matcher.says(entry, own)

    def _question_alone(self, message: Message, prefix: str, text: str = "") -> Reply | None:
        """The questions of a message that the story reading did not answer, each read as if asked alone.

        "Sorry to bother you, can I fly?", "We are all a bit worried. Does it hurt?": the opening says nothing
        the question needs, and must not keep a question with no subject of its own from meaning the main
        topic. Only an opening of everyday words (greetings, feelings, people, days, "in hospital") is left aside,
        and only a clear answer counts; anything else leaves the message to the steps after.
        """
        if not message.questions or not message.story:
            return None
        analyzer = self.bot.analyzer
        story = analyzer.analyze(" ".join(message.story))
        symptoms = self.bot.symptom_concepts
        # "Is it contagious? My son has it and his little sister shares his room.": asked first, then why. What
        # follows gives reasons, in words the bank knows or everyday ones; a condition the bank does not know
        # ("... my son has impetigo") or a symptom ("... he keeps getting pain in his shoulder") may be what
        # "it" means, and keeps the question from being read alone.
        reasons_after = self._asked_first(message, text) and not any(
            token in symptoms or (analyzer.is_about_health(token) and not self.bot.matcher.knows(token))
            for token in story.tokens
        )
        if not reasons_after and not all(
            analyzer.is_everyday(token) or token in self.bot.care_places for token in story.tokens
        ):
            # The opening tells something ("cool song, what is it?", "my card was rejected, tell me why",
            # "bits of bone around my hip, what does that mean?"): the question is about that, not asked alone.
            return None
        # Each question alone, in the order asked ("ok so I understand what it is now, but who is most likely to
        # get it and why"): the first answered is the reply.
        for question in message.questions:
            if split_message(question) != Message((question,), ()):
                continue
            offered, self._quiet = self._offered, True
            try:
                reply = self._match(analyzer.analyze(question), prefix, question)
            finally:
                self._quiet = False
            if reply.kind == "answer":
                return reply
            self._offered = offered
        return None

    @staticmethod
    def _asked_first(message: Message, text: str) -> bool:
        """True if every question of a message comes before its story: the story only says why it was asked."""
        if not text or not message.questions or not message.story:
            return False
        last_question = max(text.find(question) for question in message.questions)
        return 0 <= last_question < min(text.find(part) for part in message.story)

    def _questions_in_story(self, message, skip_advice: bool = False) -> list:
        """Each question read with the whole story as context: "Does that happen to a lot of people?" after
        "I had my hip replaced and the x-ray shows extra bone" asks about bone after a hip replacement.

        Only a story about the bank's topic lends its words, and the reading must clear the same
        thresholds as any answer.
        """
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        story = analyzer.analyze(" ".join(message.story))
        asked = [analyzer.analyze(question) for question in message.questions]
        # Only a story that names one of the bank's subjects, or around a question that names the bank's own
        # rare topic words, lends its words ("move it" after a song's title is no question about stiffness).
        if not (
            any(analyzer.is_topic_word(t) for t in self._own_subjects(story))
            or any(matcher.names_topic(t) for part in asked for t in part.tokens)
        ):
            return []
        # The story says what the question is about, not what is asked: "last month" is no question of timing.
        context = tuple(
            dict.fromkeys(t for t in story.tokens if not analyzer.is_aspect(t) and not analyzer.is_everyday(t))
        )
        # A question that points back at the story ("can that cause HO?") takes its words in full; "they" is
        # more often the doctors than the story's subject.
        pronouns = frozenset(self.bot.bank.follow_up.pronouns) - self.bot.narrative_words
        guessed = not self.bot.bank.follow_up.subjects
        found = []
        for question, analysis in zip(message.questions, asked, strict=True):
            if skip_advice and self.bot.advice.asks_for_advice(question):
                continue
            if not analysis.tokens:
                continue  # "... which are they?": a question with no word of its own would be the story's words alone
            if guessed and not self._bank_words(analysis) and not self._asks_what_it_is(analysis):
                # "How can that be?", "who actually gets it?": the question's own words say nothing the bank
                # knows, so the story's words alone would pick the entry. A bank that lists its subjects knows
                # which story words are what the question is about ("Is that true?" after "... HO after my
                # hip replacement"); one whose subjects are derived from its words does not.
                continue
            share = 1.0 if any(word in pronouns for word in analysis.words) else CONTEXT_SHARE
            decision = decide(
                matcher.rank(
                    analysis.tokens,
                    analysis.concepts,
                    context=context,
                    context_share=share,
                    min_coverage=DECIDING_COVERAGE,
                )
            )
            if (
                decision.kind == "answer"
                and self._asks_whether_of_subject_alone(analysis)
                and not matcher.overlap(decision.candidates[0].entry, frozenset(context))
            ):
                continue  # "could I get HO?" after a story is answered only by an entry about what the story says
            if decision.kind == "answer" and decision.candidates[0].entry.id not in {c.entry.id for c in found}:
                found.append(decision.candidates[0])
        return found

    def _signs_asked_about(self, message, skip_advice: bool = False, bare: bool = False) -> list:
        """A yes-or-no question whether what the story tells is the topic: "my dad has a hard lump by his scar. Is that
        HO?", "the side of my hip is tender and puffy. Could this be the start of it?".

        What is asked is whether those signs are the condition: the question is read with the story's signs (the
        general layer's `symptom_concepts`: a lump, pain, swelling, a fever) and not the story's other words (the
        thigh, the fall, last month), which only tell where and when. The question must name one of the bank's own
        topic subjects, or mean the main topic by "it", "this" or "that"; the entry reached must speak of a sign.
        """
        if not message.story:
            return []
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        denials = self.bot.denials
        # A question naming only the topic ("can the bone thing do that?") reads the story's other signs too (a
        # joint gone stiff: the general layer's `told_signs`).
        known_signs = self.bot.told_signs if bare else self.bot.symptom_concepts
        signs = tuple(
            dict.fromkeys(
                t
                for part in message.story
                for t in analyzer.analyze(without_denied(part, denials)).tokens
                if t in known_signs and matcher.knows(t)
            )
        )
        if not signs:
            return []
        story = analyzer.analyze(" ".join(message.story))
        story_names_topic = any(analyzer.is_topic_word(t) for t in self._own_subjects(story))
        # "Is that from HO?" asks as "is that HO?" does (round 18: "is that from" reads as a cause).
        causing = set(analyzer.analyze("cause", fix_typos=False).tokens)
        found = []
        for question in message.questions:
            analysis = analyzer.analyze(question)
            if not analysis.words or analysis.words[0] not in AUXILIARIES:
                continue  # "what is HO?" after a story asks what it is, not whether the signs are it
            own = {t for t in self._own_subjects(analysis) if analyzer.is_topic_word(t)}
            subject = () if own else self.bot.default_subject
            if skip_advice and set(analysis.tokens) - analyzer.framing - own - set(subject) - causing:
                # With a request for advice, only a message that asks nothing but "is that HO?": what the signs are
                # in general. "... is it sciatica? is it safe for the baby?" asks the advice.
                return []
            if not own and not (self._pronouns_in(analysis) & CLAIM_POINTERS and story_names_topic):
                continue  # "... growing pains at night. Is that normal?" asks nothing of the topic
            if set(analysis.tokens) & set(signs) or any(t in known_signs for t in analysis.tokens):
                continue  # a question that names a sign itself is read by the other readings
            # Only "can HO do that?" or "is that from HO?", naming nothing but the topic (and that it causes), is read
            # with the signs first.
            asked = set(analysis.tokens) - analyzer.framing - analyzer.main_topic - causing
            if bare and asked - set(self.bot.default_subject):
                continue
            tokens = tuple(dict.fromkeys((*analysis.tokens, *subject, *signs)))
            ranking = matcher.rank(
                tokens, (*analysis.concepts, *subject, *signs), lenient=False, min_coverage=DECIDING_COVERAGE
            )
            decision = decide(ranking)
            if decision.kind != "answer":
                continue
            top = decision.candidates[0]
            if matcher.overlap(top.entry, frozenset(signs)) and top.entry.id not in {c.entry.id for c in found}:
                found.append(top)
        return found

    def _questions_about_the_claim(self, message, skip_advice: bool = False) -> list:
        """A question that only points back at what the story just said asks that: "My physio said it grows
        three times faster than bone. Is that true?", "... they think it's the extra bone. Is that a known thing?".

        The story's last sentence (the claim) and the question are read together, the claim's words as asked,
        and must clear the same thresholds as any answer. Only a claim about the bank's topic, and only a
        question that says nothing of its own (no word of the bank, no health or rare word).
        """
        if not message.story:
            return []
        # A bank whose subjects are derived from its words cannot tell what a story is about from what happened
        # ("I had my wisdom tooth removal last week. How can that be?"): see `_questions_in_story`. Only a question
        # that asks whether the claim is normal ("... flashing lights before my migraines, is that normal?") is
        # read so there: it asks about the claim itself.
        judging = self.bot.judging_words
        derived = not self.bot.bank.follow_up.subjects
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        claim = analyzer.analyze(message.story[-1])
        if not (
            any(analyzer.is_topic_word(t) for t in self._own_subjects(claim))
            or any(matcher.names_topic(t) for t in claim.tokens)
        ):
            return []
        # What the claim says: its words the bank knows and its health words ("a clot" counts against every
        # entry); its common words the bank never uses ("nearly everyone", "I read") only tell how it was heard.
        # A thing of the general lay-word lexicon that the bank never names ("for clots") is the claim's detail.
        said = [t for t in claim.tokens if matcher.knows(t) or (analyzer.is_topic_word(t) and t not in analyzer.things)]
        found = []
        for question in message.questions:
            if skip_advice and self.bot.advice.asks_for_advice(question):
                continue
            analysis = analyzer.analyze(question)
            # "That" and "this" point at what was said; "it" more often at a thing ("is it ok to start it?").
            pointing = self._pronouns_in(analysis) & CLAIM_POINTERS
            if not pointing or self._says_something_of_its_own(analysis):
                continue
            if derived and not judging.intersection(analysis.words):
                continue
            tokens = tuple(dict.fromkeys((*said, *analysis.tokens)))
            ranking = matcher.rank(tokens, (*claim.concepts, *analysis.concepts), min_coverage=DECIDING_COVERAGE)
            decision = decide(ranking)
            if decision.kind == "answer":
                top = decision.candidates[0]
            elif ranking and leads_far(ranking):
                # The question adds nothing, so every word is the claim's own detail ("for clots", "on a forum"):
                # an entry far ahead of every other is what the claim is about.
                top = ranking[0]
            else:
                continue
            if top.entry.id not in {c.entry.id for c in found}:
                found.append(top)
        return found

    def _questions_about_a_told_thing(self, message, skip_advice: bool = False) -> list:
        """A question that points back with "it", "that" or "them" and names nothing of its own, read with a thing its
        story names for the pronoun ("... a lemon juice flush to pass them. Does that work?": see `story_referent`).

        Only in a bank whose subjects are derived from its words; one that lists its subjects reads its stories by
        them. A question that asks what something is goes to the entry that defines it (`_story_subject_defined`)."""
        if self.bot.bank.follow_up.subjects:
            return []
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        things = things_told(analyzer, matcher, sorted(self._story_tells(message)))
        if not things:
            return []
        found = []
        for question in message.questions:
            if skip_advice and self.bot.advice.asks_for_advice(question):
                continue
            analysis = analyzer.analyze(question)
            if not self._pronouns_in(analysis) or self._asks_what_it_is(analysis) or self._addresses_bot(analysis):
                continue  # "... will you put that on my list?" asks the bot to act, not about the thing
            if any(analyzer.is_topic_word(t) for t in self._own_subjects(analysis)):
                continue  # "... could it be shingles?" names what it asks about
            top = entry_pointed_at(matcher, analysis, things)
            if top is not None and top.entry.id not in {c.entry.id for c in found}:
                found.append(top)
        return found

    def _asks_whether_of_subject_alone(self, analysis: Analysis) -> bool:
        """ "I'm having my knee replaced next month. Could I get HO?": a yes-or-no question whose only word the
        bank knows is a subject asks about the story (will *this* lead to it), not what the subject is: the entry
        about the subject in general would answer another question."""
        words = analysis.words
        if not words or words[0] not in AUXILIARIES:
            return False
        asked = set(analysis.tokens) - self.bot.analyzer.framing
        return bool(asked) and asked <= set(self.bot.default_subject)

    def _says_something_of_its_own(self, analysis: Analysis) -> bool:
        """A word that asks something: one of the bank's (not everyday), a health word, or a rare word."""
        analyzer = self.bot.analyzer
        return bool(self._bank_words(analysis)) or any(
            analyzer.is_topic_word(t) or (not analyzer.is_everyday(t) and analyzer.zipf(t) < CLAIM_WORD_ZIPF)
            for t in analysis.tokens
            if t not in analyzer.framing
        )

    def _says_it_plainly(self, analysis: Analysis, known_only: bool = True) -> bool:
        """A short question with "it" for its subject, or none and no "I" ("what can go wrong?"), that names no
        subject, asks nothing of the bot ("can you fix it?") and, with `known_only`, uses no word the bank does not
        know."""
        typed = set(analysis.words)
        return (
            len(analysis.words) <= MAX_SLIP_READING_WORDS
            and (bool(self._pronouns_in(analysis)) or "i" not in typed)
            and not self._addresses_bot(analysis)
            and not self._own_subjects(analysis)
            and bool(analysis.tokens)
            and (not known_only or all(self.bot.matcher.knows(t) for t in analysis.tokens))
            and not self._only_asks(analysis)
        )

    def _only_asks(self, analysis: Analysis) -> bool:
        """True for a question whose every token is a concept one of English's commonest words brings ("what
        time is it?": timing, from "time"): every everyday request says as much. "How long does it last", "is
        it serious", "when does it start" ask more."""
        common = self._common_word_tokens(analysis) & self.bot.analyzer.concept_words
        return all(t in common for t in analysis.tokens)

    def _common_word_tokens(self, analysis: Analysis) -> set[str]:
        """The tokens that one of English's commonest typed words brings alone ("time" brings timing)."""
        analyzer = self.bot.analyzer
        return {
            t
            for word in analysis.words
            if english.zipf(word) >= TELLING_ASPECT_ZIPF
            for t in analyzer.common_word_tokens(word)
        }

    def _pronouns_in(self, analysis: Analysis) -> set[str]:
        """The pronouns of a message, less a determiner of time ("this month", "that day" point at no subject)."""
        words, pronouns, units = analysis.words, self.bot.bank.follow_up.pronouns, self.bot.analyzer.time_units
        return {
            word
            for index, word in enumerate(words)
            if word in pronouns and not (index + 1 < len(words) and words[index + 1] in units)
        }

    def _asks_in_bank_words(self, analysis: Analysis) -> bool:
        """A short question that names no subject, asks nothing of the bot, and uses only words the bank uses,
        at least one of them more than an everyday word ("can I fly?", "can I wash my hair?")."""
        analyzer = self.bot.analyzer
        return (
            len(analysis.words) <= MAX_SLIP_READING_WORDS
            and bool(analysis.tokens)
            and not self._addresses_bot(analysis)
            # A subject derived from the bank's words that is no topic word ("wash" at an eye clinic) still
            # leaves the question without one: "can I wash my hair?" asks about the main topic.
            and not any(analyzer.is_topic_word(t) for t in self._own_subjects(analysis))
            and all(self.bot.matcher.knows(t) or analyzer.is_everyday(t) for t in analysis.tokens)
            and bool(self._thing_words(analysis))
            and not self._asks_about_addressee(analysis)
        )

    def _asks_with_no_subject(self, analysis: Analysis, message: Message) -> bool:
        """One short question, no story, that names no subject and asks nothing of the bot ("why did i get it",
        "what foods should i cut out"): one `understanding.no_subject` may read with the bank's topic for "it"."""
        if message.story or len(message.questions) != 1 or not is_question(message.questions[0]):
            return False
        if len(analysis.words) > MAX_SLIP_READING_WORDS or not analysis.tokens:
            return False
        analyzer = self.bot.analyzer
        return (
            not self._own_subjects(analysis)
            and not any(t in analyzer.main_topic for t in analysis.tokens)
            and not self._addresses_bot(analysis)
            and not self._asks_about_addressee(analysis)
        )

    def _asks_only_an_aspect(self, analysis: Analysis) -> bool:
        """A telling aspect ("risk", "drive") and otherwise only aspects and everyday words ("which people are most at
        risk?", "when can I drive?")."""
        analyzer = self.bot.analyzer
        tokens = analysis.tokens
        telling = any(analyzer.is_telling_aspect(t) for t in tokens)
        return telling and all(analyzer.is_aspect(t) or analyzer.is_everyday(t) for t in tokens)

    def _addresses_bot(self, analysis: Analysis) -> bool:
        """True if "you" is who is asked to act: the subject, first or after an auxiliary ("can you fix it?", "do
        you know ..."). "You" after a verb or "if" is anyone ("can it kill you?", "how do they know if you have
        it?"): the question is about the topic."""
        words, addressee, generic = analysis.words, self.bot.addressee_words, self.bot.generic_you_verbs
        # "Can you be born with it?", "can you feel it?": a verb of what happens to a body makes "you" anyone.
        return any(
            word in addressee
            and (index == 0 or words[index - 1] in AUXILIARIES)
            and not (index + 1 < len(words) and words[index + 1] in generic)
            for index, word in enumerate(words)
        )

    def _asks_about_addressee(self, analysis: Analysis) -> bool:
        """ "What is your name by chance?": "your" before a word that names nothing the bank speaks of gives the
        question a subject of its own, the bot's; "does it affect your driving?" still asks about the topic."""
        words, things = analysis.words, self._thing_words(analysis)
        analyzer = self.bot.analyzer
        for index, word in enumerate(words[:-1]):
            if word in ADDRESSEE_POSSESSIVES:
                owned = analyzer.analyze(words[index + 1], fix_typos=False).tokens
                if owned and not set(owned) & things:
                    return True
        return False

    def _thing_words(self, analysis: Analysis) -> set[str]:
        """The typed words that name a thing or an act the bank speaks of ("wash", "swim", "ice"), not only what
        is asked ("time", "where", "how long") or a common word ("stop", "name"): those are everyday requests.

        The typed word decides, not the concept it is read as: "swim" is a concept of the general layer
        (so "a dip" is read as it), yet it names an act; "time" is read as the concept of timing. A typo of a
        bank word names what the word names ("when can I dirve?").
        """
        analyzer = self.bot.analyzer
        bank_words = self._bank_words(analysis)
        found: set[str] = set()
        for word in analysis.words:
            if word in analyzer.stopwords or not word.isalpha() or english.zipf(word) >= THING_WORD_ZIPF:
                continue
            tokens = analyzer.analyze(word).tokens
            # A concept counts where the bank makes it its own ("swim" at an eye clinic) or where the word typed
            # is the concept's own name ("risk", "drive"), never where a word is only read as one, which may be
            # an idiom's way of asking ("chance" read as risk, in "what is your name by chance").
            if not tokens or set(tokens) <= analyzer.person_concepts:
                continue  # "what is your age?": age tells who someone is, not a thing the topic has
            if set(tokens) <= bank_words and all(
                t not in analyzer.concept_words or analyzer.is_bank_specific(t) or (t,) == (stem(word),) for t in tokens
            ):
                found.update(tokens)
        return found

    def _entry_says(self, entry: FaqEntry, things: set[str]) -> bool:
        """True if an entry's own question, alternates or answer name one of the things asked about that is not
        common in English ("overnight" in "does someone need to stay with me overnight after?"); a commoner word
        ("grade", "appear", "ice") is as often an everyday request's ("what grade is my son in")."""
        analyzer = self.bot.analyzer
        said = {t for text in (entry.question, *entry.alternates, entry.answer) for t in analyzer.analyze(text).tokens}
        return any(analyzer.zipf(t) < ENTRY_THING_ZIPF for t in things & said)

    def _uses_bank_specific_word(self, analysis: Analysis) -> bool:
        """A word the bank makes its own ("fly", "swim" in a bank that says them in many answers), not only
        common ones it happens to use ("time", "holiday", "name"), which everyday requests use too."""
        analyzer = self.bot.analyzer
        return any(
            analyzer.is_bank_specific(t) and analyzer.zipf(t) < BANK_WORD_ZIPF and not t.isdigit()
            for t in self._bank_words(analysis)
        )

    def _asks_what_it_is(self, analysis: Analysis, doing: bool = False, meaning: bool = False) -> bool:
        """ "What is it?", "what actually is that?": a question that asks only what its subject is; with `doing`,
        also what it does ("gp gave me aciclovir, what does it actually do?"); with `meaning`, also what it means
        ("what does that mean for her?")."""
        words = set(analysis.words)
        pronouns = self.bot.bank.follow_up.pronouns
        asks_what = bool(words & {"what", "whats"}) and bool(words & pronouns)
        # "What does that mean?" asks what it is: "does" then frames the question, as "is" does.
        also = DOING_WORDS if doing else set()
        if meaning and words & MEANING_WORDS:
            also = also | MEANING_WORDS | DOING_WORDS | MEANING_FOR
        return asks_what and words <= WHAT_WORDS | pronouns | self.bot.framing | also

    def _names_bank_topic(self, analysis: Analysis) -> bool:
        """True if a question uses one of the bank's own topic words ("heel", "plantar"), in a bank whose
        subject list does not name them."""
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        # A concept names a subject too where the bank makes it its own ("makeup" at an eye clinic): a thing or
        # an act the bank speaks of far more than English does, not a way of asking ("causes", "when").
        return any(
            analyzer.is_topic_word(t)
            and matcher.knows(t)
            and t not in analyzer.health
            and (not analyzer.is_aspect(t) or analyzer.is_bank_specific(t))
            for t in analysis.tokens
        )

    def _own_subjects(self, analysis: Analysis) -> set[str]:
        subjects = self.bot.analyzer.subjects
        return {t for t in analysis.tokens if t in subjects}

    def _is_elliptical(self, analysis: Analysis) -> bool:
        """True for a message that leans on what came before: "and grade 3?", "what are its symptoms?".

        It opens with a follow-up word ("and", "what about"), or it names no
        subject of its own and either points back ("it", "that") or is a bare
        aspect ("symptoms?").
        """
        if self._opens_as_follow_up(analysis):
            # "So what is HO anyway?", "and how is FOP treated?": after its opener a whole question that names its
            # own subject and points at nothing is asked as in a fresh session ("and grade 3?" is no question).
            return not self._complete_after_opener(analysis)
        bare = len(analysis.words) <= 3  # "symptoms?", "how long?": a whole question is never this short
        return (
            self._points_back(analysis)
            or (bare and self._asks_without_subject(analysis))
            or (len(analysis.words) <= MAX_LEANING_WORDS and self._ends_leaning_back(analysis))
            or self._asks_of_told_person(analysis)
        )

    def _ends_leaning_back(self, analysis: Analysis) -> bool:
        """True for "how soon after?", "how long before": a question with no subject of its own whose last word
        (the general layer's `follow_up: closers`) is after or before something it does not name."""
        typed = analysis.words
        return (
            len(typed) > 1
            and typed[-1] in self.bot.bank.follow_up.closers
            and is_question(" ".join(typed))
            and not self._own_subjects(analysis)
        )

    def _asks_of_told_person(self, analysis: Analysis) -> bool:
        """True for "what symptoms will she get?" right after "my granddaughter has FOP ...": "she" is the person
        the last message told of, and what she has is the subject, when the question names none of its own and the
        last answer's subject is more than the main topic."""
        if not self._told_of_person or self._own_subjects(analysis):
            return False
        if not any(word in THIRD_PERSONS for word in analysis.words):
            return False
        main = set(self.bot.default_subject or ())
        return any(t in self.bot.bank.follow_up.subjects and t not in main for t in self._context)

    def _requests_of_bot(self, analysis: Analysis, clean: str) -> bool:
        """ "Please talk faster", "stop it": a request to the bot, no follow-up (see `understanding.bot_request`)."""
        if self._opens_as_follow_up(analysis):
            return False  # "and in children": an opener carries the conversation on
        bot = self.bot
        about_health = self._is_about_health(analysis)
        return is_request_to_bot(
            analysis.words,
            is_question(clean),
            about_health,
            bot.request_markers,
            bot.bank.follow_up.pronouns,
            bot.particles,
            bot.command_openers,
            bot.command_objects,
        )

    def _complete_after_opener(self, analysis: Analysis) -> bool:
        """True if what follows a message's follow-up openers ("so", "and", "what about") is a question of its own:
        a question word or auxiliary first, a subject it names, and no word pointing back."""
        asked = " ".join(self._words_after_openers(list(analysis.words)))
        return (
            asked != " ".join(analysis.words)
            and is_question(asked)
            and bool(self._own_subjects(analysis))
            and not self._pronouns_in(analysis)
        )

    def _opens_as_follow_up(self, analysis: Analysis, alone_too: bool = True) -> bool:
        """True for a message that opens with a follow-up word of the bank ("and for kids?", "what about FOP?"), or
        with `alone_too`, that is only one ("and?")."""
        typed = " ".join(analysis.words)
        openers = self.bot.bank.follow_up.openers
        # One `startswith` over every opener and a space: the same test as one opener at a time, in C.
        return (alone_too and typed in openers) or typed.startswith(tuple(opener + " " for opener in openers))

    def _asks_in_own_words(self, analysis: Analysis) -> bool:
        """True if a bank word of the message comes from more than one of English's commonest words alone: "how
        soon", "serious", "how many people" ask something; "days", "where", "fast" are as much an everyday
        request's ("in 4 days, what date will it be", "where you from", "talk faster")."""
        return bool(self._bank_words(analysis) - self._common_word_tokens(analysis))

    def _asks_without_subject(self, analysis: Analysis) -> bool:
        """True if a message names no subject but asks something the bank knows ("causes", "hereditary")."""
        if self._own_subjects(analysis) or not self._asks_in_own_words(analysis):
            return False
        # "What time is it?" brings only everyday words: it asks nothing of the bank.
        analyzer = self.bot.analyzer
        return not all(word in analyzer.stopwords or analyzer.is_everyday(stem(word)) for word in analysis.words)

    def _points_back(self, analysis: Analysis, fresh: bool = False) -> bool:
        """True for "is it hereditary?", "how is it graded?": a pronoun for the subject, and no topic named.

        Every word it brings must be one the bank knows ("how long does it take to the airport?" is not
        about HO), and a request to the bot itself ("can you fix it?") is not a question about the topic.
        """
        if not self._pronouns_in(analysis):
            return False
        analyzer = self.bot.analyzer
        # "Is FOP serious?" names its subject. Only a subject the bank lists counts here: one derived from a
        # clinic bank's words may be what "it" is compared with ("is it the same as plantar fasciitis?").
        listed = self.bot.bank.follow_up.subjects
        if any(analyzer.is_topic_word(t) and t in listed for t in analysis.tokens):
            return False
        if not self._bank_words(analysis) or not all(self.bot.matcher.knows(t) for t in analysis.tokens):
            return False
        # An aspect the bank defines ("serious", "risk", "who gets") asks about its topic as much as its own
        # words do; not a question word's concept ("when", "where"), nor one a common word alone brings ("day").
        common = self._common_word_tokens(analysis)
        telling = any(analyzer.is_telling_aspect(t) and t not in common for t in analysis.tokens)
        everyday = all(word in analyzer.stopwords or analyzer.is_everyday(stem(word)) for word in analysis.words)
        if everyday and not telling:
            return False  # "what time is it?"
        if self._last_entry is not None and not fresh:
            # In a conversation "it" may be the last answer's subject; a question whose bank words all come from
            # English's commonest words ("what date will it be in 3 days?": "days") asks nothing of it.
            return self._asks_in_own_words(analysis)
        # Outside a conversation (or `fresh`: read as in a fresh session) it must ask something the bank makes its
        # own ("how is it graded?"), and not be a request to the bot ("can you fix it?").
        specific = telling or any(analyzer.is_bank_specific(t) or analyzer.is_topic_word(t) for t in analysis.tokens)
        return specific and not self._addresses_bot(analysis) and not self._only_asks(analysis)

    def _follow_up_reading(self, analysis: Analysis):
        """The message read with the last topic's subject added, if that reading is itself a clear answer."""
        context = self._told_subjects or self._context
        # A number carries on only where the last answer speaks of it (grade 3): "my niece is 3" told an age.
        last = self._last_entry
        context = frozenset(
            t for t in context if not t.isdigit() or (last is not None and self.bot.matcher.says(last, frozenset((t,))))
        )
        if any(t.isdigit() for t in analysis.tokens):  # "what about 4": the new grade replaces the old
            context = frozenset(t for t in context if not t.isdigit())
        listed = self.bot.bank.follow_up.subjects  # a derived subject may be compared with, not replace, the last
        if any(t in listed for t in analysis.tokens):  # "what about FOP"
            context = frozenset(t for t in context if t not in listed or t == "grade")
            # A new subject and nothing asked of it: what was asked of the last one ("what are the symptoms of
            # FOP?" ... "what about POH?" asks for POH's symptoms).
            analyzer = self.bot.analyzer
            if not any(analyzer.is_aspect(t) for t in analysis.tokens) and last is not None:
                asked = analyzer.analyze(last.question, fix_typos=False).tokens
                context |= frozenset(t for t in asked if analyzer.is_aspect(t))
            elif not any(analyzer.is_aspect(t) for t in analysis.tokens) and self._told_subjects:
                # "What about POH?" after "what are the symptoms of FOP, my niece ...", which got no answer: what
                # that message's question asked of FOP, asked of POH (the usual bar below).
                context |= self._told_aspects
        if not context:
            return None
        tokens = tuple(dict.fromkeys((*analysis.tokens, *sorted(context))))
        ranking = self.bot.matcher.rank(tokens, (*analysis.concepts, *sorted(context)), lenient=False)
        decision = decide(ranking)
        if decision.kind != "answer":
            return None
        top = decision.candidates[0]
        # The entry must explain what the message itself brings, not only the old topic.
        if not self.bot.matcher.entries_covering(self._bank_words(analysis)) or top.entry.id not in {
            e.id for e in self.bot.matcher.entries_covering(self._bank_words(analysis))
        }:
            return None
        return top

    def _last_question_reading(self, analysis: Analysis, clean: str, decision: Decision):
        """The one entry, other than the one just given, that the last question reaches with what this message asks
        put in for one of its words: "how should they be taken?" after "when are antibiotics needed for
        tonsillitis?" asks how antibiotics are taken. Only right after an answer, for a short message that points
        back ("it", "they", "them") and names no subject of its own, that no reading above answered and that asks
        nothing of the bot; each reading must be an answer at the usual bar, its entry's questions must say every
        word the message brings, and the readings must agree on one entry, or one of them be sure and far ahead of
        every other (else None). A message that got a choice
        gets this entry only if it is one of its choices: a complete question is never turned into another answer.
        """
        last = self._last_entry
        if last is None or not self._answered_just_now or not analysis.tokens:
            return None
        if len(analysis.words) > MAX_SLIP_READING_WORDS or not self._pronouns_in(analysis):
            return None
        if self._own_subjects(analysis) or self._requests_of_bot(analysis, clean) or self._addresses_bot(analysis):
            return None
        matcher, analyzer = self.bot.matcher, self.bot.analyzer
        if not all(matcher.knows(t) for t in analysis.tokens):
            return None  # "are they safe for a toddler": a word the bank never says may be what is asked
        if all(analyzer.is_aspect(t) for t in analysis.tokens) and not self._is_elliptical(analysis):
            return None  # "what time is it?", "what is this place?": only a way of asking, and no follow-up opener
        covering = {entry.id for entry in matcher.entries_covering(set(analysis.tokens))}
        if decision.kind == "clarify":
            covering &= {candidate.entry.id for candidate in decision.candidates}
        covering.discard(last.id)
        if not covering:
            return None
        asked = analyzer.analyze(last.question, fix_typos=False)
        own = [t for t in asked.tokens if t not in analysis.tokens]
        found: dict[str, object] = {}
        for index in range(len(own) + 1):
            kept = [t for place, t in enumerate(own) if place != index]
            tokens = tuple(dict.fromkeys((*analysis.tokens, *kept)))
            read = decide(matcher.rank(tokens, (*analysis.concepts, *kept), lenient=False))
            if read.kind != "answer" or read.candidates[0].entry.id == last.id:
                continue
            top = read.candidates[0]
            if top.entry.id not in covering:
                return None  # a reading reaches an entry that does not say what the message asks: no guess
            if top.entry.id not in found or top.score > found[top.entry.id].score:
                found[top.entry.id] = top
        ranked = sorted(found.values(), key=lambda candidate: -candidate.score)
        if len(ranked) == 1:
            return ranked[0]
        # "How should they be taken?": with "when" put aside, how antibiotics are taken (91); with "antibiotics" put
        # aside, when tonsils are taken out (74). One reading sure and far ahead of every other is what is asked.
        sure = ranked and ranked[0].score >= SURE_SCORE and ranked[0].score - ranked[1].score >= CLEAR_LEAD_MARGIN
        return ranked[0] if sure else None

    def _choice_both_readings_hold(self, analysis: Analysis, decision: Decision):
        """The one entry that is both among a follow-up's own choices and among those of its reading with the last
        subject added, when that reading scores it at the answer bar and ahead of the other choices it holds in
        common with the message; else None."""
        context = frozenset(t for t in self._context if not t.isdigit())
        if not context or not analysis.tokens:
            return None
        tokens = tuple(dict.fromkeys((*analysis.tokens, *sorted(context))))
        read = decide(self.bot.matcher.rank(tokens, (*analysis.concepts, *sorted(context)), lenient=False))
        if read.kind != "clarify":
            return None
        offered = decision.candidates
        if decision.kind == "fallback":  # the close entries it would be offered (see `understanding.unsure_choice`)
            offered = entries_to_offer(
                self.bot.analyzer, self._last_resort_ranking(analysis), analysis.tokens, self.bot.default_subject
            )
        own = {candidate.entry.id for candidate in offered}
        common = [candidate for candidate in read.candidates if candidate.entry.id in own]
        if len(common) != 1 or common[0].score < ANSWER_SCORE:
            return None
        return common[0]

    def _words_after_openers(self, typed: list[str]) -> list[str]:
        """A message's words after its follow-up openers ("and what about the knee" -> "the knee")."""
        rest = list(typed)
        openers = sorted((opener.split() for opener in self.bot.bank.follow_up.openers), key=len, reverse=True)
        stripped = True
        while stripped:
            stripped = False
            for opener in openers:
                if len(rest) > len(opener) and rest[: len(opener)] == opener:
                    rest, stripped = rest[len(opener) :], True
                    break
        return rest

    def _first_clause_after_openers(self, clean: str) -> tuple[list[str], list[str]]:
        """The words of a message's first clause, and those after its follow-up openers ("what about the knee, mum
        is having hers done" -> the knee)."""
        typed = words(re.split(r"[,;.!?]", clean, maxsplit=1)[0])
        return typed, self._words_after_openers(typed)

    def _names_only_things(self, rest: list[str]) -> bool:
        """True if what follows a follow-up's openers names things and asks nothing ("the knee", "adults" are
        things; "the symptoms", "how long" ask)."""
        analyzer = self.bot.analyzer
        asked = analyzer.analyze(" ".join(rest))
        return (
            bool(asked.tokens)
            and not is_question(" ".join(rest))
            and not any(analyzer.is_aspect(t) for t in asked.tokens)
        )

    def _small_word(self, word: str) -> bool:
        """A word that names nothing: a small word, a pointing word, or one the analyzer reads as nothing."""
        analyzer = self.bot.analyzer
        return (
            word in analyzer.stopwords
            or word in self.bot.bank.follow_up.pronouns
            or not analyzer.analyze(word, fix_typos=False).tokens
        )

    def _contrast_reading(self, analysis: Analysis, clean: str):
        """The last question asked again of the new thing a follow-up names ("what about the knee?", "is it the
        same for the elbow?"), if that reading is a clear answer that speaks of the new thing (see
        `understanding.contrast`); else None."""
        if not self._opens_as_follow_up(analysis, alone_too=False):
            return None
        _, rest = self._first_clause_after_openers(clean)
        if not rest or not self._names_only_things(rest):
            return None
        analyzer, matcher = self.bot.analyzer, self.bot.matcher
        bases = [tuple(words(self._last_entry.question))]
        if self._last_asked:
            bases.insert(0, self._last_asked)

        def replaceable(word: str) -> bool:
            if self._small_word(word):
                return False
            return not any(analyzer.is_aspect(t) for t in analyzer.analyze(word, fix_typos=False).tokens)

        def kind(token: str) -> str:
            return "number" if token.isdigit() else "concept" if token in analyzer.concept_words else "word"

        best, self._contrast_asked = None, ()
        unsure: list = []  # readings that are a choice: their entries that speak of the new thing
        for base in bases:
            new = new_words(rest, base, self._small_word, stem)
            if not analyzer.analyze(" ".join(new)).tokens:
                continue
            before = set(analyzer.analyze(" ".join(base)).tokens)
            for reading in substituted_questions(base, new, replaceable):
                other = analyzer.analyze(" ".join(reading))
                added, removed = set(other.tokens) - before, before - set(other.tokens)
                # A thing for a thing of its kind: a knee replacement for a hip replacement, grade 3 for grade 2, the
                # elbow for the knee; not the knee for radiation ("is it the same for a knee" after radiation asks of
                # radiation for a knee, not of the knee alone).
                if not added or not removed or not self._same_kind_or_named_thing(added, removed, kind):
                    continue
                if any(analyzer.is_aspect(t) and not analyzer.is_telling_aspect(t) for t in removed):
                    # "Which spine of the body ...": the new thing put for a question word's concept ("which parts"
                    # asks where), not for a thing.
                    continue
                decision = decide(matcher.rank(other.tokens, other.concepts, lenient=False))
                if decision.kind == "clarify":
                    unsure += [c for c in decision.candidates if self._speaks_of(c.entry, added, new)]
                if decision.kind != "answer":
                    continue
                top = decision.candidates[0]
                if self._speaks_of(top.entry, added, new) and (best is None or top.score > best.score):
                    best, self._contrast_asked = top, reading
        if best is None:
            # No reading is a clear answer: the entries the readings left to choose from that speak of the new thing,
            # best first ("and omeprazole?" after the antacids' side effects: the tablets' side effects, the tablets).
            kept = {}
            for candidate in sorted(unsure, key=lambda c: -c.score):
                kept.setdefault(candidate.entry.id, candidate)
            self._contrast_choices = tuple(kept.values())
        return best

    def _same_kind_or_named_thing(self, added: set[str], removed: set[str], kind) -> bool:
        """Whether what a follow-up names may stand for what it replaces in the last question: a thing of the same
        kind (a concept for a concept, a number for a number, a plain word for a plain word), or a concept the bank
        knows put for a thing the last question named in a plain word of its own ("and swimming?" after "can my
        child go to nursery with eczema", "what about exercise" after "do probiotics help IBS"): never a plain word
        for a concept ("the knee" for radiation), never an everyday word replaced."""
        added_kinds, removed_kinds = {kind(t) for t in added}, {kind(t) for t in removed}
        if added_kinds <= removed_kinds:
            return True
        analyzer = self.bot.analyzer
        return (
            added_kinds == {"concept"}
            and removed_kinds == {"word"}
            and not any(analyzer.is_everyday(t) or t in analyzer.main_topic for t in removed)
        )

    def _speaks_of(self, entry: FaqEntry, tokens: set[str], typed: tuple[str, ...]) -> bool:
        """True if an entry speaks of these tokens, or says the typed words themselves ("an elbow replacement" is
        one concept; "elbow" is in it)."""
        if all(self.bot.matcher.says(entry, frozenset((t,))) for t in tokens):
            return True
        said = self._stems_said(entry)
        return all(stem(word) in said for word in typed)

    @staticmethod
    def _stems_said(entry: FaqEntry) -> set[str]:
        """The stems of every word an entry says: its question, its alternates and its answer."""
        return {stem(word) for text in (entry.question, *entry.alternates, entry.answer) for word in words(text)}

    def _compares(self, analysis: Analysis) -> bool:
        """True for a message that opens by asking the last question again of something ("is it the same for ...")."""
        typed = " ".join(analysis.words)
        return any(typed.startswith(phrase + " ") for phrase in self.bot.bank.follow_up.comparisons)

    def _compared_unanswered(self, decision: Decision, analysis: Analysis, prefix: str, clean: str) -> Reply:
        """A comparison the bank cannot answer: the entries the message reaches on its own, as a choice, else the
        fallback."""
        if decision.kind == "fallback":
            return self._not_answered(analysis, prefix, clean)
        options = tuple(Suggestion(c.entry.id, c.entry.question) for c in decision.candidates)
        self._offered = options
        text = prefix + self.bot.bank.messages["clarify"]
        return Reply(kind="clarify", text=text, score=decision.candidates[0].score, suggestions=options)

    def _entry_of_the_thing_talked_of(self, analysis: Analysis, decision: Decision):
        """For a bare message that names no thing of its own ("any side effects?", "how long for?"), right after an
        answer about a thing (allopurinol): the one entry that says everything the message brings and speaks of
        that thing, when the entry the message reaches alone does not. Its candidate (scored on the message with
        the thing added), else None. Only a message that cannot tell the two apart: both say all it brings."""
        if self._last_entry is None or len(analysis.words) > MAX_BARE_WORDS:
            return None
        if self._own_subjects(analysis) & (self.bot.bank.follow_up.subjects | set(self.bot.default_subject or ())):
            return None  # "fop symptoms", "gout diet": it names its subject
        main = set(self.bot.default_subject or ())
        thing = frozenset(t for t in self._context if not t.isdigit() and t not in main)
        reached = decision.candidates[0].entry
        matcher = self.bot.matcher
        if not thing or matcher.says(reached, thing):
            return None
        named = self._thing_words(analysis)
        if named and named <= set(self.bot.analyzer.analyze(reached.question, fix_typos=False).tokens):
            return None  # "does fibre help" after the low FODMAP answer: it names its own thing, its entry's title
        covering = matcher.entries_covering(self._bank_words(analysis))
        if reached.id not in {entry.id for entry in covering}:
            return None
        speaking = {entry.id for entry in covering if matcher.says(entry, thing)}
        if len(speaking) != 1:
            return None
        tokens = tuple(dict.fromkeys((*analysis.tokens, *sorted(thing))))
        ranking = matcher.rank(tokens, (*analysis.concepts, *sorted(thing)), lenient=False)
        found = next((c for c in ranking if c.entry.id in speaking), None)
        return found if found is not None and found.score >= CLARIFY_SCORE else None  # offered, never answered

    def _names_a_thing_untitled(self, decision: Decision, clean: str) -> bool:
        """True for a follow-up that only names a thing ("and the knee?", "what about the cream", "and in the
        spine?") when the entry it reaches alone is not about that thing: its own question does not name it.
        Such a message asks something of the thing that it does not say; "and grade 3?" (the grade-3 entry) and
        "what about those injections" (the injections entry) name what their entry is about."""
        analysis = self.bot.analyzer.analyze(clean)
        if not self._opens_as_follow_up(analysis, alone_too=False) or self._compares(analysis):
            return False
        _, rest = self._first_clause_after_openers(clean)
        if not rest or len(rest) > MAX_NAMING_WORDS or not self._names_only_things(rest):
            return False  # "so if it's not in your genes how do you get it": a sentence of its own, not a name
        later = re.split(r"[,;.!?]", clean, maxsplit=1)[1:]
        if later and is_question(later[0].strip()):
            return False  # "so exhausted every summer. could hay fever be the reason?": it asks after all
        named = [word for word in rest if not self._small_word(word)]
        if not named or len(named) > MAX_NEW_WORDS:
            return False
        return not self._titled_by(decision.candidates[0].entry, named)

    def _titled_by(self, entry: FaqEntry, named) -> bool:
        """True if an entry is about the named words: its own question names them ("What does Brooker grade 3
        mean?" for "grade 3"), or one of its phrasings asks only what they are ("what is fop")."""
        titled = self.bot.analyzer.analyze(entry.question, fix_typos=False).tokens
        thing = tuple(self.bot.analyzer.analyze(" ".join(named)).tokens)
        if set(thing) <= set(titled) or (thing and self.bot.matcher.defines(entry, thing)):
            return True
        said = {stem(word) for word in words(entry.question)}
        return all(stem(word) in said for word in named)

    def _with_entries_naming(self, decision: Decision, analysis: Analysis) -> Decision:
        """The decision's candidates, then the entries whose questions say every word the message brings (at most
        three in all): what a person who named only a thing may have meant."""
        kept = list(decision.candidates)
        seen = {candidate.entry.id for candidate in kept}
        covering = self.bot.matcher.entries_covering(self._bank_words(analysis))
        if covering:
            ranking = self.bot.matcher.rank(analysis.tokens, analysis.concepts, lenient=False)
            ids = {entry.id for entry in covering}
            kept += [c for c in ranking if c.entry.id in ids and c.entry.id not in seen]
        return Decision("clarify", tuple(kept[:3]))

    def _names_what_it_repeats(self, entry: FaqEntry, clean: str) -> bool:
        """True for a follow-up that only names things ("what about lansoprazole") that the entry just given names
        in its own words: the last question asked again of a thing of the same kind, answered by the same entry."""
        analysis = self.bot.analyzer.analyze(clean)
        if not self._opens_as_follow_up(analysis, alone_too=False) or self._repeats_without_naming(entry, clean):
            return False
        typed, rest = self._first_clause_after_openers(clean)
        if rest == typed or not rest or len(rest) > MAX_NAMING_WORDS or not self._names_only_things(rest):
            return False
        named = [word for word in rest if not self._small_word(word)]
        said = self._stems_said(entry)
        return bool(named) and all(stem(word) in said for word in named)

    def _told_subjects_of(self, clean: str, reply: Reply) -> frozenset[str]:
        """The subjects the bank lists (FOP, POH, a grade ...), not its main topic, that a message which got no answer
        named: the next follow-up leans on them ("is POH something to worry about?" ... "and its symptoms?"). An
        answer carries its own subject on (`_context`); small talk leaves what was told as it was."""
        if reply.kind == "answer":
            return frozenset()
        if reply.kind not in ("fallback", "clarify"):
            return self._told_subjects
        listed = self.bot.bank.follow_up.subjects
        if not listed:  # a clinic's bank lists none: nothing to look for, so the message is not analyzed again
            return self._told_subjects
        main = set(self.bot.default_subject or ())
        told = frozenset(t for t in self.bot.analyzer.analyze(clean).tokens if t in listed and t not in main)
        return told or self._told_subjects

    def _aspects_asked_of(self, clean: str, told: frozenset[str]) -> frozenset[str]:
        """What the questions of a message with no answer asked of the subjects it told (`_told_subjects_of`): the
        aspects the bank defines ("symptoms", "treated") in the clauses that name them, never the story's around them
        ("diagnosed" in "..., my niece has just been diagnosed")."""
        if not told:
            return frozenset()
        analyzer = self.bot.analyzer
        asked: set[str] = set()
        for question in self._split(clean).questions:
            for clause in CLAUSE_BREAK.split(question):
                tokens = analyzer.analyze(clause).tokens
                if told & set(tokens):
                    asked |= {t for t in tokens if analyzer.is_aspect(t)}
        return frozenset(asked)

    def _own_entry_named(self, decision: Decision, clean: str) -> bool:
        """True if a follow-up that only names a thing ("and in pregnancy?" after periods and fertility) reaches alone
        an entry whose own question names that thing, while the entry just given does not: the thing's own entry is
        what is asked, not the last answer again because its words mention the thing."""
        if decision.kind != "answer" or self._last_entry is None:
            return False
        own = decision.candidates[0].entry
        if own.id == self._last_entry.id:
            return False
        typed, rest = self._first_clause_after_openers(clean)
        if rest == typed or is_question(" ".join(rest)):
            return False  # no follow-up opener, or a question of its own after it
        named = [word for word in rest if not self._small_word(word)]
        if not named:
            return False
        # "What about lansoprazole?" after omeprazole's side effects names a thing of the kind talked of: the same
        # question asked of it, which the same entry answers (see `_names_what_it_repeats`).
        if set(self.bot.analyzer.analyze(" ".join(named)).tokens) & self._context:
            return False
        return self._titled_by(own, named) and not self._titled_by(self._last_entry, named)

    def _asks_what_own_title_says(self, analysis: Analysis, decision: Decision, follow_up) -> bool:
        """True if the message alone is nearly one of the bank's questions (ECHO_SCORE) and another entry than the
        follow-up reading's, and what it asks (its aspects: "serious", "risk") is in that entry's own question but
        not in the follow-up entry's: the last subject added turned the question into another one."""
        if decision.kind != "answer" or decision.candidates[0].score < ECHO_SCORE:
            return False
        own = decision.candidates[0].entry
        if own.id == follow_up.entry.id:
            return False
        analyzer = self.bot.analyzer
        aspects = {t for t in analysis.tokens if analyzer.is_aspect(t)}
        if not aspects:
            return False

        def title(entry: FaqEntry) -> set[str]:
            return set(analyzer.analyze(entry.question, fix_typos=False).tokens)

        # Only where the last subject is what brings the topic on ("can an injury cause HO?"): then "it" is the topic
        # itself. After "what is FOP?", "is it serious?" asks of FOP, and the follow-up reading stands.
        causing = set(analyzer.analyze("cause", fix_typos=False).tokens)
        leads_to = bool(causing & title(follow_up.entry)) and not causing & set(analysis.tokens)
        return leads_to and aspects <= title(own) and not aspects <= title(follow_up.entry)

    def _repeats_without_naming(self, entry: FaqEntry, clean: str) -> bool:
        """True if a follow-up that only names things ("what about adults?") lands on the answer just given and that
        answer does not itself say the thing named: a concept may hold several ("adults", "teenagers" are ages),
        and the last answer holding one of them says nothing of the other."""
        if self._last_entry is None or entry.id != self._last_entry.id:
            return False
        typed, rest = self._first_clause_after_openers(clean)
        if rest == typed or not rest or is_question(" ".join(rest)):
            return False  # "and how rare is it?" asks again of the same thing
        said = self._stems_said(entry)
        named = [word for word in rest if not self._small_word(word)]
        return any(stem(word) not in said for word in named)

    def _pointing_phrase_as_it(self, analysis: Analysis) -> Analysis:
        """ "How is the condition treated?" read as "how is it treated?": the phrase names no condition."""
        typed = " ".join(analysis.words)
        for phrase in self.bot.pointing_phrases:
            if f" {phrase} " in f" {typed} ":
                return self.bot.analyzer.analyze(f" {typed} ".replace(f" {phrase} ", " it ").strip())
        return analysis

    def _default_subject_reading(self, analysis: Analysis):
        """For a question with no subject of its own, the reading with the bank's main topic as subject."""
        subject = self.bot.default_subject
        if not subject or any(self.bot.analyzer.is_topic_word(t) for t in self._own_subjects(analysis)):
            return None  # "is FOP serious?" names its subject; "how is it graded?" does not
        tokens = tuple(dict.fromkeys((*analysis.tokens, *subject)))
        decision = decide(
            self.bot.matcher.rank(tokens, (*analysis.concepts, *subject), lenient=False, min_coverage=DECIDING_COVERAGE)
        )
        return decision if decision.kind != "fallback" else None

    def _bank_words(self, analysis: Analysis) -> set[str]:
        """What a message itself brings: bank words, not everyday ones ("what time is it?" brings nothing)."""
        analyzer = self.bot.analyzer
        return {
            t
            for t in analysis.tokens
            if self.bot.matcher.knows(t) and (not analyzer.is_everyday(t) or t in analyzer.everyday_by_stem_only)
        }

    def _is_about_health(self, analysis: Analysis) -> bool:
        """True if a message has a health or topic word: only then is it answered from the bank on its own.

        "Please talk faster" or "how old are you" share words with the bank
        ("fast", "age") but are not about health, and must not be answered.
        """
        analyzer = self.bot.analyzer
        return any(analyzer.is_about_health(token) for token in (*analysis.words, *analysis.tokens))

    def _context_of(self, analysis: Analysis, entry: FaqEntry | None = None) -> frozenset[str]:
        """What a follow-up can lean on: the subjects the person asked about (FOP, grade 2 ...),
        else those of the entry answered, else every topic word they used."""
        subjects = self.bot.analyzer.subjects
        asked = frozenset(t for t in analysis.tokens if t in subjects or t.isdigit())
        if not asked - {t for t in asked if t.isdigit()} and entry is not None:
            asked |= frozenset(t for t in self.bot.analyzer.analyze(entry.question).tokens if t in subjects)
        if asked:
            return asked
        return frozenset(t for t in analysis.tokens if not self.bot.analyzer.is_everyday(t))

    def _not_answered(self, analysis: Analysis, prefix: str, clean: str) -> Reply:
        """Fallback worded for the case: not about HO at all, or medical but not in the article."""
        messages = self.bot.bank.messages
        if self.bot.unanswered_log is not None and not self._quiet and not self._unlogged:
            self.bot.unanswered_log.record(clean)
        # "Can kids get it?", "will it go away by itself?" ask about the topic in words the bank does not have: it
        # is not covered, not off the topic ("I did not find a question about HO in that" would be untrue). Read
        # from the message alone, so a question gets the same fallback fresh and mid-conversation.
        about_the_topic = self._asks_about_the_topic(analysis)
        # "and for kids?", "what about grade 5?" right after an answer go on with its topic, as short as they are
        # ("and the weather?" too then gets the true "my information does not cover that"), and so does one that
        # opens so and points back ("what about kids, can they get it"). Only these lean on the turn: they say so.
        about_the_topic = about_the_topic or (
            self._last_entry is not None
            and (len(analysis.words) <= SHORT_FOLLOW_UP_WORDS or bool(self._pronouns_in(analysis)))
            and self._opens_as_follow_up(analysis, alone_too=False)
            and not self._addresses_bot(analysis)
        )
        # "how should they be taken?" right after the answer on a medicine points back at it in the bank's own
        # words: no entry says how, but it is not off the topic (walkthrough 18).
        about_the_topic = about_the_topic or self._points_back_in_bank_words(analysis)
        if self._is_about_health(analysis) or (about_the_topic and is_question(clean)):
            return self._fallback(prefix + messages["not_covered"], ())
        return self._fallback(prefix + messages["off_topic"], self.bot.bank.example_ids)

    def _points_back_in_bank_words(self, analysis: Analysis) -> bool:
        """A short message right after an answer that points back ("they", "it"), names no subject of its own,
        asks nothing of the bot and says only words the bank says, not all of them ways of asking ("what time is
        it?" is not one)."""
        if self._last_entry is None or not self._answered_just_now or not analysis.tokens:
            return False
        if len(analysis.words) > MAX_SLIP_READING_WORDS or not self._pronouns_in(analysis):
            return False
        if self._own_subjects(analysis) or self._addresses_bot(analysis):
            return False
        matcher, analyzer = self.bot.matcher, self.bot.analyzer
        tokens = analysis.tokens
        return all(matcher.knows(t) for t in tokens) and not all(analyzer.is_aspect(t) for t in tokens)

    def _asks_about_the_topic(self, analysis: Analysis) -> bool:
        """True for a question whose subject is "it"/"this" (in a bot about one topic: the topic, issue 9 part 3)
        and that asks something of a body or the bank: a word the bank knows more than everyday English, or an
        aspect ("go away by itself", "cause"). "What time is it?" (a common word's aspect), "is it raining?" and
        "can you book it?" (a request to the bot) ask nothing of the topic."""
        if not self._pronouns_in(analysis) or self._addresses_bot(analysis):
            return False
        analyzer, common = self.bot.analyzer, self._common_word_tokens(analysis)
        return (
            self._asks_in_own_words(analysis)
            or self._is_about_health(analysis)
            or any(analyzer.is_telling_aspect(t) and t not in common for t in analysis.tokens)
        )

    # Building replies.

    def _answer_decided(self, analysis: Analysis, decision: Decision, prefix: str = "", via: str = "direct") -> Reply:
        """The answer of a decision's leader, read in the message's context; the other candidates it kept come
        first among the follow-ups."""
        top, *rivals = decision.candidates
        context = self._context_of(analysis, top.entry)
        return self._answer(top.entry, top.score, context, prefix, via=via, first=tuple(c.entry.id for c in rivals))

    def _answer(
        self,
        entry: FaqEntry,
        score: float,
        context: frozenset[str],
        prefix: str = "",
        via: str = "direct",
        first: tuple[str, ...] = (),
    ) -> Reply:
        reply = self.bot.answer_reply(entry, score, prefix=prefix, first=first)._replace(via=via)
        self._told_of_person = any(
            word in THIRD_PERSONS or word in self.bot.analyzer.person_nouns for word in self._asked_now
        )
        short = len(self._asked_now) <= MAX_SLIP_READING_WORDS
        asked_whole = via != "follow-up" or (bool(self._contrast_asked) and self._asked_now == self._contrast_asked)
        self._last_asked = self._asked_now if asked_whole and short else ()
        if not context:  # picked by number: the entry's own question is the topic
            context = self._context_of(self.bot.analyzer.analyze(entry.question), entry)
        self._last_entry = entry
        self._context = frozenset(context)
        self._offered = reply.suggestions
        # Only the recent answers matter for "tell me more"; keep the list short.
        self._answered = [*self._answered[-20:], entry.id]
        return reply

    def _fallback(self, text: str, suggestion_ids) -> Reply:
        suggestions = self.bot.suggestions_for(suggestion_ids)
        if suggestions:
            self._offered = suggestions
        return Reply(kind="fallback", text=text, suggestions=suggestions)
