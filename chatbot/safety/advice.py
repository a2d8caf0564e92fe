"""Spot requests for personal medical advice, before any matching (red flags are chatbot.safety.triage)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from chatbot.bank.model import AdviceRules
from chatbot.lazy_pattern import lazy_compile
from chatbot.safety.personal_requests import ANY_WORD, PersonalRequests, phrase_words
from chatbot.understanding.message import AUXILIARIES
from chatbot.understanding.text import words

# A combination named so asks whether someone has the bank's condition: never answered by its general form.
DIAGNOSIS_COMBINATION = "asks-if-"
# The only acts on a named treatment that ask in general whether it may be used ("can I take imodium for it?").
_USING_ACTS = frozenset(("take", "use", "taking", "using"))
# In a phrase, this stands for each name of the bank's condition: "do i have {names}" asks "do i have gout?".
NAMES = "{names}"
# Such a phrase asks for a diagnosis only where it ends its clause ("could he have shingles?", "is it gout, or
# arthritis"), perhaps before one of these words: "is this shingles contagious?" or "do I have cataract surgery
# on both eyes?" ask about the condition or the operation, not what someone has.
_CLAUSES = re.compile(r"[?.!,;:()\n]+")
# In such a phrase, "*" (ANY_WORD) is any one word: "could my * have {names}" reads "could my husband have gout".
CLAUSE_ENDINGS = frozenset("or not lol haha too then now again already yet".split())
# An article before the name asks the same: "is that a migraine?", "could it be the shingles?".
ARTICLES = frozenset(("a", "an", "the"))
# A phrase of time ("after my knee surgery", "since the op") runs this many words after its time word; those
# words tell when, so no combination reads them ("when is it safe to fly after my eye surgery?" asks about
# flying, not whether surgery is safe).
TIME_PHRASE_WORDS = 3
# ... and ends before a new clause: an auxiliary, a subject or a joining word ("after that should we cancel the
# surgery" still asks whether to cancel).
# A clause with one of these before its auxiliary asks what is done, not whether to do it.
_QUESTION_WORDS = frozenset("what how when which where why who whats hows".split())
# A sentence and the marks that end it: "the doctor said it might be HO." or "could it be HO?".
_SENTENCES = lazy_compile(r"[^.!?\n]+[.!?\n]*")
_CLAUSE_STARTS = AUXILIARIES | frozenset("i we you he she they and or but so then what how when why which .".split())
# Round 15: a yes-or-no frame right after one of these is no yes-or-no question ("what is my risk of HO?", "how could
# my knee be HO?"): a phrase or a combination that asks whether someone has the condition does not read it. Not
# before "this" or "that": "what is this HO my doctor is saying" is still refused, since the bank's reading of the
# rest ("doctor", "saying") would answer how HO is diagnosed, a wrong answer where a refusal is only a miss.
ASKED_BEFORE = _QUESTION_WORDS
# The words that keep a frame after a question word a yes-or-no frame ("what is this ...").
_POINTING = frozenset(("this", "that"))
# ... and "and" ends a clause for those phrases: "does that mean I have HO and need treatment?" asks "do I have HO".
# ("Is it gout or something else?" is read whole: the name ends no clause there, and the bank's answer on the signs
# may still be given.)
_JOINING = frozenset(("and",))


# Where one sentence ends and the next begins: a mark then a space ("... like it should. She mentioned HO"), or a new
# line. "2.5 mg" or "Dr.Smith" are not split.
_SENTENCE_BREAK = re.compile(r"[.!?]+(?=\s)|\n")
# Stands between two sentences in a message as the phrases read it: no phrase or word has it, so a phrase never
# runs from one sentence into the next ("should" ending one and "she" opening the next are not "should she").
SENTENCE_MARK = "."


def _padded(text: str) -> str:
    """The message's words with a space at each end, and SENTENCE_MARK between its sentences."""
    if _SENTENCE_BREAK.search(text) is None:
        return " " + " ".join(words(text)) + " "  # one sentence, as most messages are
    parts = (" ".join(words(part)) for part in _SENTENCE_BREAK.split(text))
    return " " + f" {SENTENCE_MARK} ".join(part for part in parts if part) + " "


def _phrase_key(phrase: str) -> str:
    return " " + " ".join(words(phrase)) + " "


def _with_names(phrases: tuple[str, ...], names) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each phrase with NAMES, once for each name of the bank's condition: the text and its words."""
    return tuple(
        (phrase.replace(NAMES, name), phrase_words(phrase.replace(NAMES, name)))
        for phrase in phrases
        if NAMES in phrase
        for name in sorted(names)
    )


def _asked_frames_hidden(padded: str) -> str:
    """The message with each yes-or-no frame after a question word joined to it ("what is this" reads "what_is this"),
    so that "is this" there asks nothing of the condition."""
    typed = padded.split()
    kept = [
        f"{word}_" if _after_a_question_word(typed, index) else word
        for index, word in enumerate(typed)
    ]
    return " " + " ".join(kept) + " "


def _after_a_question_word(typed: list[str], index: int) -> bool:
    """The auxiliary at `index` follows a question word and asks no yes-or-no ("what is my risk", not "what is
    this")."""
    if not index or typed[index - 1] not in ASKED_BEFORE or typed[index] not in AUXILIARIES:
        return False
    return index + 1 == len(typed) or typed[index + 1] not in _POINTING


def _groups_key(groups) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_phrase_key(item) for item in group) for group in groups)


def _padded_words(padded: str) -> frozenset[str] | None:
    """The pieces of a padded text between its spaces, if it opens and closes with one (as `_padded` makes it): a key
    of one word (" gout ") is in such a text exactly when its word is one of these. None for any other text."""
    if padded[:1] != " " or padded[-1:] != " ":
        return None
    return frozenset(padded.split(" "))


def _one_word(key: str) -> str | None:
    """The word of a key of one word between two spaces (" gout "), else None."""
    if len(key) > 2 and key[0] == " " and key[-1] == " " and " " not in key[1:-1]:
        return key[1:-1]
    return None


def _first_word(key: str) -> str | None:
    """The first word of a key that opens with a space and has another after that word (" should i "), else None: such
    a key is in a padded text only where that word is one of the text's (see `_padded_words`)."""
    if len(key) > 2 and key[0] == " " and key[1] != " " and " " in key[2:]:
        return key[1 : key.index(" ", 1)]
    return None


def _group_tests(groups: tuple[tuple[str, ...], ...]):
    """Each group of a combination as `_groups_fire` tests it: the words of its one-word keys, its other keys by their
    first word (and those first words), the keys with no such word, and the whole group."""
    tests = []
    for group in groups:
        by_first: dict[str, tuple[str, ...]] = {}
        for key in group:
            if _one_word(key) is None and _first_word(key) is not None:
                by_first[_first_word(key)] = (*by_first.get(_first_word(key), ()), key)
        one_word = frozenset(word for word in map(_one_word, group) if word is not None)
        no_word = tuple(key for key in group if _one_word(key) is None and _first_word(key) is None)
        tests.append((one_word, frozenset(by_first), by_first, no_word, group))
    return tuple(tests)


def _groups_fire(tests, padded: str, padded_words: frozenset[str] | None) -> bool:
    """`_rule_fires((), groups, padded)` with the groups as `_group_tests` gives them: a group's one-word keys are
    looked up among the text's words (`padded_words`, or None to test every key in the text), and only its other keys
    that open with one of them are tried in the text. Every message asks this of every combination (round 19: it was
    half the advice check's time)."""
    found = padded.__contains__
    if padded_words is None:
        return bool(tests) and all(any(map(found, group)) for *_, group in tests)
    for one_word, firsts, by_first, no_word, _ in tests:
        if not one_word.isdisjoint(padded_words) or any(map(found, no_word)):
            continue
        if not any(any(map(found, by_first[word])) for word in firsts.intersection(padded_words)):
            return False
    return bool(tests)


def _rule_fires(phrases: tuple[str, ...], groups: tuple[tuple[str, ...], ...], padded: str) -> bool:
    """Any phrase is in the message, or every group has at least one of its words or phrases in it."""
    # `map` over `in`: the same tests in the same order, without a Python frame for each (every message asks this).
    found = padded.__contains__
    if any(map(found, phrases)):
        return True
    return bool(groups) and all(any(map(found, group)) for group in groups)


class AdviceDetector:
    """Finds requests for personal advice or doses ("should I take ...", "how many mg ...")."""

    def __init__(self, rules: AdviceRules, names=(), spellings=None):
        """`names`: what the bank calls its condition ("gout"), for the phrases that ask whether someone has
        it ("do I have {names}?"): a question about the person, not about the condition. `spellings`: how quick
        messages spell words ("shud": "should"), so a request typed so is still read as one."""
        self.rules = rules
        self._requests = PersonalRequests(rules.requests, spellings)
        self._phrase_texts = tuple(p for p in rules.phrases if NAMES not in p)
        self._phrases = tuple(_phrase_key(p) for p in self._phrase_texts)
        # Phrases that name the condition but are not put as a question ("be ho", not "is it ho"): in a sentence
        # that reports what someone said or found ("the doctor said it might be HO."), they ask nothing.
        name_keys = tuple(_phrase_key(name) for name in names)
        self._reportable = frozenset(
            key
            for key in self._phrases
            if key.split()[0] not in AUXILIARIES and any(name in key for name in name_keys)
        )
        self._reporting = frozenset(w for p in rules.requests.reporting for w in words(p))
        # The phrases with names, by their last word: the one that must end a clause.
        self._name_phrases_by_last: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for phrase, key in _with_names(rules.phrases, names):
            if key:
                self._name_phrases_by_last.setdefault(key[-1], []).append((phrase, key))
        self._phrases_by_first: dict[str, tuple[str, ...]] = {}
        for key in self._phrases:
            if _first_word(key) is not None:
                self._phrases_by_first[_first_word(key)] = (*self._phrases_by_first.get(_first_word(key), ()), key)
        self._phrases_by_no_word = tuple(key for key in self._phrases if _first_word(key) is None)
        self._combinations = tuple(_groups_key(groups) for groups in rules.combinations)
        self._combination_tests = tuple(_group_tests(groups) for groups in self._combinations)
        # The combinations that ask whether someone has the condition: read with yes-or-no frames after a question
        # word hidden ("what is my risk of HO?" asks no diagnosis).
        self._asking_if = frozenset(
            index
            for index, name in enumerate(rules.combination_names)
            if name and name.startswith(DIAGNOSIS_COMBINATION)
        )
        self._fillers = frozenset(w for p in rules.requests.fillers for w in words(p))
        # The phrases that ask what someone ought to do ("should i have", "do i need surgery"): read with the fillers
        # left out too ("should I even have the other hip done?"). "Can I still use my creams?" keeps its "still".
        advising = frozenset(w for p in rules.requests.advising for w in words(p))
        self._advising_phrases = frozenset(key for key in self._phrases if key.split()[0] in advising)
        # Combinations that keep a request from its general form only when the message names someone ("is radiation
        # safe?" asks in general; "is it safe for my mum?" for her).
        self._form_never_for_someone = frozenset(rules.general_form_never_after_for_someone)
        self._answerable = frozenset(_phrase_key(p) for p in rules.answer_if_clear)
        self._never_with = tuple(_phrase_key(p) for p in rules.never_with)
        self._own_never = tuple(_phrase_key(p) for p in rules.own_entry_never_with)
        # Of `never_with`, the words of an amount or a count (not "with" or "together"):
        # see `names_a_dose_or_diagnosis`.
        self._never_with_amounts = tuple(
            key for key in self._never_with if key.strip() not in {"with", "together", "every", "another", "more"}
        )
        self._time_words = frozenset(w for p in rules.time_words for w in words(p))
        self._occasions = frozenset(w for p in rules.requests.occasions for w in words(p))
        self._kinds = frozenset(w for p in rules.requests.kinds for w in words(p))
        self._form_never = tuple(_phrase_key(p) for p in rules.general_form_never_with)
        self._form_never_treated = tuple(_phrase_key(p) for p in rules.general_form_never_with_treatment)
        self._activities = frozenset(w for p in rules.requests.activities for w in words(p))
        self._form_never_after = tuple(
            (index, groups, name in rules.general_form_never_after_for_someone)
            for index, (name, groups) in enumerate(zip(rules.combination_names, self._combinations, strict=False))
            if name
            and (
                name in rules.general_form_never_after
                or name in rules.general_form_never_after_for_someone
                or name.startswith(DIAGNOSIS_COMBINATION)
            )
        )
        # The phrases that name the condition ("is that gout", "could it be a hernia"): they ask what someone has.
        self._naming = frozenset(key for key in self._phrases if any(name in key for name in name_keys))
        self._advising = frozenset(w for p in rules.requests.advising for w in words(p))
        self._own_persons = frozenset(("i", "we", "im", "ive", "id", "me", "us"))
        self._to_the_bot = frozenset(("you", "u", "ya"))

    def _fires(self, index: int, groups, combined: str, combined_words: frozenset[str] | None = None) -> bool:
        """Combination `index` (its `groups`) fires on the message as the combinations read it (`combined`, whose
        `_padded_words` the caller may have worked out already)."""
        if index in self._asking_if:
            combined = _asked_frames_hidden(combined)
            combined_words = None
        if combined_words is None:
            combined_words = _padded_words(combined)
        return _groups_fire(self._combination_tests[index], combined, combined_words)

    def _any_fires(self, combined: str) -> bool:
        combined_words = _padded_words(combined)
        return any(
            self._fires(index, groups, combined, combined_words) for index, groups in enumerate(self._combinations)
        )

    def _for_combinations(self, padded: str) -> str:
        """The message as the combinations read it: each phrase of time ("after my surgery") left out."""
        if not self._time_words:
            return padded
        typed = padded.split()
        kept, skip = [], 0
        for word in typed:
            if skip and word not in _CLAUSE_STARTS:
                skip -= 1
                continue
            skip = 0
            if word in self._time_words:
                skip = TIME_PHRASE_WORDS
            kept.append(word)
        return " " + " ".join(kept) + " "

    def _fired_phrases(self, text: str, padded: str) -> list[str]:
        """The phrases in a message (as keys), less those naming the condition only where a sentence reports what
        someone said or found: "The doctor said it might be HO. What can be done?" asks what is done."""
        found = padded.__contains__
        unfilled = self._unfilled(padded)
        found_unfilled = unfilled.__contains__
        advised = unfilled != padded and any(map(found_unfilled, self._advising_phrases))
        if not advised and not self._any_phrase(padded):
            return []  # most messages: no phrase at all
        # "Should I even have the other hip done?": a phrase that asks what someone ought to do is read with the
        # fillers left out too.
        fired = [
            key
            for key in self._phrases
            if found(key) or (advised and key in self._advising_phrases and found_unfilled(key))
        ]
        if not self._naming.isdisjoint(fired):
            # "What is my knee HO for?": a phrase naming the condition after a question word asks no diagnosis.
            hidden = (_asked_frames_hidden(padded), _asked_frames_hidden(unfilled))
            fired = [key for key in fired if key not in self._naming or any(key in text for text in hidden)]
        if not self._reporting or not any(key in self._reportable for key in fired):
            return fired
        return [key for key in fired if key not in self._reportable or self._asked_outside_a_report(key, text)]

    def _any_phrase(self, padded: str) -> bool:
        """`any(key in padded for key in self._phrases)`: only the keys whose first word is one of the text's are
        tried (round 19: a message holds a few of the hundred and more first words), and those with no such word."""
        found = padded.__contains__
        padded_words = _padded_words(padded)
        if padded_words is None:
            return any(map(found, self._phrases))
        by_first = self._phrases_by_first
        return any(map(found, self._phrases_by_no_word)) or any(
            any(map(found, by_first[word])) for word in padded_words if word in by_first
        )

    def _unfilled(self, padded: str) -> str:
        """The message as the phrases read it with the grammar's fillers ("just", "even") left out."""
        typed = padded.split()
        if self._fillers.isdisjoint(typed):
            return padded
        return " " + " ".join(word for word in typed if word not in self._fillers) + " "

    def _asked_outside_a_report(self, key: str, text: str) -> bool:
        """The phrase is somewhere other than after a reporting word in a sentence that is not a question."""
        for sentence in _SENTENCES.findall(text):
            padded = self._unfilled(" " + " ".join(words(sentence)) + " ")
            at = padded.find(key)
            if at < 0:
                continue
            if sentence.rstrip().endswith("?") or self._reporting.isdisjoint(padded[:at].split()):
                return True
        return False

    def asks_for_advice(self, text: str) -> bool:
        """True if a message asks what this person should do or take, or what they have."""
        padded = _padded(text)
        if self._fired_phrases(text, padded) or self._asks_if_someone_has_it(text):
            return True
        combined = self._for_combinations(padded)
        fired = self._any_fires(combined)
        if fired and not self._requests.asks_in_general(text):
            return True
        return self._requests.names_an_amount(text) or self._requests.find(text) is not None

    def asks_with_its_story(self, story: str, question: str, story_asks: Callable[[], bool] | None = None) -> bool:
        """A question that asks for advice only with the story before it: "My wife takes naproxen and it hurts her
        stomach. She can stop it?". The question names someone ("she", "me"), the story alone asks nothing, and
        read together they ask; "... the scan shows extra bone. Is it dangerous?" names no one and asks in general.
        A question that only asks approval ("is that ok?") asks the advice its story asks.

        `story_asks`: `asks_for_advice(story)`, worked out once for all the questions of one story (see
        `ask_with_their_story`).
        """
        if not story:
            return False
        if story_asks is None:
            story_asks = functools.partial(self.asks_for_advice, story)
        if self._requests.only_approves(question):
            # "I'd rather not have the radiation, is that ok?": approval of the advice the story asks. "I stopped my
            # indomethacin, is that ok?": the story tells what was done, and the approval asked of it is the advice
            # (a combination read over both, as the whole message was).
            return story_asks() or self._any_fires(self._for_combinations(_padded(f"{story}\n{question}")))
        if self._requests.names_someone(question) and self._requests.names_an_amount(question):
            return True  # "my husband forgot his naproxen. does he take two today?"
        if story_asks():
            return False
        if not self._requests.names_someone(question):
            # "My mum has a bad stomach. Is it safe to give naproxen?": a frame naming no one, after a story that
            # names someone, asks for this person; "... the scan shows extra bone. Is it serious?" asks nothing.
            return self._requests.find(f"{story}\n{question}") is not None
        return self.asks_for_advice(f"{story}\n{question}")

    def ask_with_their_story(self, story: str, questions) -> list[bool]:
        """`asks_with_its_story` for each of a message's questions: the story alone is read once, not once a
        question (a pasted page of thirteen questions read its story thirteen times)."""
        story_asks = functools.cache(functools.partial(self.asks_for_advice, story))
        return [self.asks_with_its_story(story, question, story_asks) for question in questions]

    def may_answer_in_general(self, text: str) -> bool:
        """True if a request for advice only asks what can be taken, used or done ("what can I take for a
        migraine?"), with no dose, amount or second medicine: a clear general answer of the bank may be given.

        Every rule that fires must be one of the `answer_if_clear` phrases: "should I stop ...", a dose or "do I
        have gout?" is never answered, whatever else the message asks.
        """
        padded = _padded(text)
        fired = set(self._fired_phrases(text, padded))
        if not fired or not fired <= self._answerable or self._asks_if_someone_has_it(text):
            return False
        combined = self._for_combinations(padded)
        if self._any_fires(combined):
            return False
        # "Can I still have the anti-inflammatories?", "can I stop it?": a request to act on a treatment is this
        # person's. Only one put as an `answer_if_clear` phrase ("can I use cream when pregnant?") asks in general.
        request = self._requests.find(text)
        if request is not None and _phrase_key(f"{request.asking} {request.act}") not in self._answerable:
            return False
        # A number is the session's to judge: "4 a migraine" is read as "for a migraine", "2 now" is a count.
        return not any(phrase in padded for phrase in self._never_with)

    def may_answer_as_its_entry(self, text: str) -> bool:
        """True if a request for advice may get the answer of a bank entry written for that very kind of request
        ("What if I forget a tablet?" for "forgot my tablets again, what now?"), should one clearly answer it.

        Never a dose, an amount or a count (`never_with`, a number and its unit), a decision for this person to
        stop, skip, start or keep a treatment, or "do I have gout?": those stay the care team's, whatever the bank
        holds.
        """
        padded = _padded(text)
        if any(phrase in padded for phrase in self._never_with) or any(p in padded for p in self._own_never):
            return False
        if self._asks_if_someone_has_it(text) or self._requests.names_an_amount(text):
            return False
        # "Side effects of epilepsy medicine" names no one: a combination read so asks about the treatment itself;
        # "is it safe for me?" asks for this person.
        combined = self._for_combinations(padded)
        if self._requests.names_someone(text) and self._any_fires(combined):
            return False
        return not self._requests.names_a_decision(text) and not self._asks_whether(text)

    def names_a_decision(self, text: str) -> bool:
        """True if a request names a decision on a treatment (stop, skip, come off, double up: the request grammar)."""
        return bool(self._requests.names_a_decision(text))

    def names_a_dose_or_diagnosis(self, text: str) -> bool:
        """True if a request names a dose, an amount or a count (`general_form_never_with`, a number and its unit), or
        asks whether someone has the condition: never answered from the bank, however it is asked."""
        padded = _padded(text)
        if any(p in padded for p in self._form_never) or any(p in padded for p in self._never_with_amounts):
            return True
        return self._asks_if_someone_has_it(text) or self._requests.names_an_amount(text)

    def may_answer_in_its_general_form(self, text: str) -> bool:
        """True if a request for advice has a general form a bank entry may answer ("can I use a straw?", "when
        should I get help with my rash?", "is it ok to do the stretches when pregnant?" reads "what can be done
        when pregnant"), should one clearly answer it: the entry is worded for everyone and says to ask the care
        team where it matters.

        Never a dose, an amount or a count (`general_form_never_with`, a number and its unit; how often or how long,
        `general_form_never_with_treatment`, where a treatment or an activity is named); whether someone has
        the condition; a decision on a treatment (the grammar's decisions, `own_entry_never_with`); whether someone
        should take, have or needs a treatment ("should I take vitamin D?", "do I need surgery?"); a treatment
        for someone else ("can she have my tablets?"); two treatments together; or a combination named in
        `general_form_never_after` ("is it right for me?", "how many a day"), or one named in
        `general_form_never_after_for_someone` in a message that names someone ("is radiation safe for my mum?";
        "is radiotherapy safe when it is used after surgery?" asks in general).
        """
        padded = _padded(text)
        if any(p in padded for p in self._form_never) or any(p in padded for p in self._own_never):
            return False
        if self._asks_if_someone_has_it(text) or self._requests.names_an_amount(text):
            return False
        if any(p in padded for p in self._form_never_treated) and (
            self.treatments_named(text) or not self._activities.isdisjoint(padded.split())
        ):
            return False  # "how often should I put the cream on?": how often a treatment is used is a dose
        if any(key in self._naming for key in self._fired_phrases(text, padded)):
            return False
        combined = self._for_combinations(padded)
        someone = self._requests.names_someone(text)
        if any(
            self._fires(index, groups, combined)
            for index, groups, for_someone in self._form_never_after
            if someone or not for_someone
        ):
            return False
        if self._requests.names_a_decision(text) or self._asks_whether(text, self._advising):
            return False  # "should I have my knee replaced or wait?": whether one person should act
        if not self._to_the_bot.isdisjoint(self.request_words(text)):
            return False  # "can you book me in?", "what would you do?": the bot asked to act or choose
        request = self._requests.find(text)
        asker = words(request.asking) if request is not None else ()
        if any(self._requests.names_someone(word) and word not in self._own_persons for word in asker):
            return False  # "what should my son take?", "can she have ...": someone else's decision
        if request is not None and request.thing and request.act not in _USING_ACTS:
            return False  # "can I say no to the operation?", "can I get the injection?": a decision on a treatment
        treatments = self.treatments_named(text)
        if treatments > 1:
            return False  # "can I take paracetamol and ibuprofen?": what goes with what is this person's
        if not treatments:
            return True  # "can I use a straw?", "when should I see a doctor?": no treatment to decide on
        # A treatment named: only asked whether it may be used at all, by the writer ("can I take imodium for
        # IBS?"); "should I", "do I have to" or "can she" ask for a decision for one person.
        return self._advising.isdisjoint(self.request_words(text))

    def object_while_on_treatment(self, text: str) -> tuple[tuple[str, ...], str]:
        """The everyday thing a person asks leave to have or do while on a treatment ("can I have *a pint* on
        apixaban?", "can I get *pregnant* on rivaroxaban?") and the treatment, else ((), ""). The request grammar
        reads the treatment after a joiner ("on", "with", "while") as the act's thing; in English the act is on the
        words before the joiner, and the treatment only tells what the person is on. Such a question asks a general
        fact of that treatment, which a clinic's entry answers for everyone. Never a decision (stop, keep, come off),
        "should" or "do I need to" (`requests.advising`), someone else's treatment, two treatments ("can I take
        ibuprofen with warfarin?"), a dose or an amount, or a diagnosis."""
        request = self._requests.find(text)
        if request is None or not request.act or not request.thing:
            return (), ""
        asking = words(request.asking)
        if not self._advising.isdisjoint(asking) or self._requests.names_a_decision(text):
            return (), ""
        if any(self._requests.names_someone(word) and word not in self._own_persons for word in asking):
            return (), ""
        padded = _padded(text)
        if any(p in padded for p in self._never_with_amounts) or any(p in padded for p in self._own_never):
            return (), ""
        if self.treatments_named(text) != 1 or self.names_a_dose_or_diagnosis(text):
            return (), ""
        return self._requests.object_before_joiner(text, request), request.thing

    def with_treatments_as_medicine(self, text: str) -> str:
        """The message's words with each treatment it names ("anti inflammatories", "the naproxen") read as "medicine":
        where a request only weighs asking first (`understanding.ask_first`), which medicine is detail."""
        typed = self._requests._typed(text)
        kept: list[str] = []
        index = 0
        while index < len(typed):
            thing = self._requests._thing_at(typed, index, activities=False)
            if thing is None or self._tells_when(typed, index):
                kept.append(typed[index])
                index += 1
                continue
            kept.append("medicine")
            index += max(1, len(thing))
        return " ".join(kept)

    def treatments_named(self, text: str) -> int:
        """How many different treatments ("naproxen", "the antiviral tablets") the message names; an operation
        in a phrase of time tells when, and is none ("is radiotherapy safe after surgery?" names one)."""
        typed = self._requests._typed(text)
        found, joined_to = set(), -1
        for index in range(len(typed)):
            thing = self._requests._thing_at(typed, index, activities=False)
            if thing is None or self._tells_when(typed, index):
                continue
            if index != joined_to or thing[-1] not in self._kinds:
                found.add(thing)  # "steroid injections": a kind just after a thing names one treatment
            joined_to = index + len(thing)
        return len(found)

    def _tells_when(self, typed: list[str], index: int) -> bool:
        """The word at `index` begins an occasion (`requests.occasions`: "surgery", "the op") within a phrase of
        time ("after my surgery", "before the op")."""
        thing = self._requests._thing_at(typed, index, activities=False)
        if thing is None or thing[-1] not in self._occasions:
            return False
        before = typed[max(0, index - TIME_PHRASE_WORDS) : index]
        return any(word in self._time_words for word in before)

    def _asks_whether(self, text: str, auxiliaries=AUXILIARIES) -> bool:
        """A clause asks whether someone should act: an auxiliary and a person ("should I take my warfarin?", "can
        she go?") with no question word before them. "What should I do if he has a fit?" asks what is done.
        `auxiliaries`: only these count ("should", "must": whether someone ought to act, not whether they may)."""
        for clause in _CLAUSES.split(text):
            typed = [m for word in words(clause) for m in self._requests.meant(word)]
            for index, word in enumerate(typed[:-1]):
                if word in _QUESTION_WORDS:
                    break
                if word in auxiliaries and self._requests.names_someone(typed[index + 1]):
                    return True
        return False

    def request_words(self, text: str) -> tuple[str, ...]:
        """The words by which a message asks for advice: the phrases that fire and the request the grammar reads
        ("do i need to" + "buy")."""
        padded = _padded(text)
        fired = set(self._fired_phrases(text, padded))
        found = [phrase for phrase, key in zip(self._phrase_texts, self._phrases, strict=True) if key in fired]
        request = self._requests.find(text)
        return tuple(w for part in (*found, *(request or ())) for w in words(part))

    def entry_answers_requests(self, entry) -> bool:
        """True if the entry's own wording asks for advice ("What should I do if I miss a dose?"): the clinic wrote it
        as the general answer to such a request."""
        return any(self.asks_for_advice(phrasing) for phrasing in (entry.question, *entry.alternates))

    def _asks_if_someone_has_it(self, text: str) -> str | None:
        """The phrase by which a clause asks whether someone has the bank's condition, ending the clause.

        Only the phrases whose last word (the name's) ends the clause, or comes just before its closing words
        ("lol", "or not"), are tried: a few comparisons a clause, however many names the bank has.
        """
        by_last = self._name_phrases_by_last
        if not by_last:
            return None
        for clause in self._either_or_parts(text):
            typed = [word for word in words(clause) if word not in ARTICLES]
            end = len(typed)
            while end:
                for phrase, key in by_last.get(typed[end - 1], ()):
                    begin = end - len(key)
                    if begin < 0:
                        continue
                    if _after_a_question_word(typed, begin):
                        continue  # "how could my knee be HO": a question word before the frame asks how
                    if ANY_WORD not in key:
                        if key == tuple(typed[begin:end]):
                            return phrase
                    elif all(want in (ANY_WORD, word) for want, word in zip(key, typed[begin:end], strict=True)):
                        return phrase
                if typed[end - 1] not in CLAUSE_ENDINGS:
                    break
                end -= 1
        return None

    @staticmethod
    def _either_or_parts(text: str):
        """Each clause, and each side of an "and" in it: "does that mean I have HO and need treatment?" asks "do I
        have HO"."""
        for clause in _CLAUSES.split(text):
            part: list[str] = []
            for word in clause.split():
                # A plain ASCII word folds to itself in lower case (`fold`): compared so, without folding it.
                if part and (
                    word.lower() in _JOINING
                    if word.isascii() and word.isalnum()
                    else (folded := words(word)) and folded[0] in _JOINING
                ):
                    yield " ".join(part)
                    part = []
                else:
                    part.append(word)
            if part:
                yield " ".join(part)

    def rule_for(self, text: str) -> str | None:
        """Which rule reads a message as a request for advice, in words for a bank's editor; None if none does."""
        padded = _padded(text)
        fired = set(self._fired_phrases(text, padded))
        for phrase, key in zip(self._phrase_texts, self._phrases, strict=True):
            if key in fired:
                return f"the personal_advice phrase {phrase!r}"
        named = self._asks_if_someone_has_it(text)
        if named:
            return f"the personal_advice phrase {named!r}"
        names = self.rules.combination_names or ("",) * len(self._combinations)
        padded = self._for_combinations(padded)
        # A combination's words alone ask nothing of people in general ("do people need a scan?").
        general = self._requests.asks_in_general(text)
        for number, (name, groups) in enumerate(zip(names, self._combinations, strict=True), start=1):
            if not general and self._fires(number - 1, groups, padded):
                found = [next(item.strip() for item in group if item in padded) for group in groups]
                label = repr(name) if name else f"number {number}"
                return f"the personal_advice combination {label} (words {' + '.join(map(repr, found))})"
        if self._requests.names_an_amount(text):
            return "the personal_advice request amounts (a number and its unit)"
        request = self._requests.find(text)
        if request:
            return f"the personal_advice request {str(request)!r}"
        return None
