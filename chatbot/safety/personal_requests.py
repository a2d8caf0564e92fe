"""Read a personal request as grammar: someone, a modal, an act, and a medicine or treatment it acts on.

"Can I just stop my naproxen?", "is it ok if I skip the indomethacin tomorrow", "should my mum have the op",
"would you have the radiation if you were me" ask what this person should do about a treatment: personal
advice, whatever words follow. "Do people with HO have surgery?", "why do doctors give indomethacin?" and
"is radiation used for HO?" name no one who would act, so they stay general questions. The words of each part
are the general layer's data (`personal_advice.requests` in chatbot/general/advice.yaml); only the order is here.
"""


import functools
import re
import sys
from typing import NamedTuple

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

from chatbot.bank.model import RequestGrammar
from chatbot.understanding.text import words

# A clause ends at punctuation: the parts of a request are read within one clause; "?" makes it a question.
_CLAUSES = re.compile(r"([?.!,;:()\n]+)")
# In a frame or a person, "*" is any one word ("my * " is "my dad", "my husband").
ANY_WORD = "*"
# The slots of an `asking` frame.
PERSON, MODAL = "{person}", "{modal}"
# Words that may stand between the frame and its act ("should I be taking", "can my little boy stop").
ACT_GAP = 2
# Words that may stand between the act and its thing ("stop taking the anti inflammatory", "have the op").
THING_GAP = 4
# A typo of a thing is read as the thing only in a word of 7 letters or more, by one slip (two from nine letters):
# "indomethicin" is indomethacin, "codiene" codeine; a shorter word is too near others ("tablet" is also a device).
TYPO_MIN_LENGTH = 7
# Words that may name a thing's kind just before it ("the antiviral tablets", "my blood pressure pills").
MODIFIERS = 2
TYPO_LONG_LENGTH = 9
# An approval closing a message ("is that a good idea") has at most this many words.
MAX_APPROVAL_WORDS = 5
# A word in -ing is a gerund from this length ("walking"; not "king", "ring").
GERUND_MIN_LENGTH = 5
# The longest act, in words ("go ahead with").
MAX_ACT_WORDS = 3
# A decision followed within this many words by a word of the condition's course ("stop extra bone forming") acts
# on the condition, not on a treatment.
ON_CONDITION_REACH = 3
# A second act under the same modal follows an alternative word ("or") within this many words of the frame:
# "should I carry on as normal or stop the tablets".
ALTERNATIVE_REACH = 5


class Request(NamedTuple):
    """A personal request as found: how it is asked ("can i"), the act ("stop") and the thing ("naproxen"); the act
    and thing are empty where the message names them elsewhere ("... fluclox. Should I?")."""

    asking: str
    act: str = ""
    thing: str = ""

    def __str__(self) -> str:
        return " + ".join(part for part in self if part)


@functools.cache
def _amount_pattern(source: str) -> re.Pattern:
    """A number with its unit typed as one word ("50mg"), compiled once per process on first need."""
    return re.compile(source)


def phrase_words(text: str) -> tuple[str, ...]:
    """A phrase's folded words, each "*" kept as a word that matches any (shared with `advice`)."""
    pieces = [tuple(words(piece)) for piece in text.split(ANY_WORD)]
    found = list(pieces[0])
    for piece in pieces[1:]:
        found += [ANY_WORD, *piece]
    # Each word one shared string: thousands of frames repeat the same words, and the bank's compiled copy (which
    # keeps this grammar) holds a shared string once.
    return tuple(map(sys.intern, found))


class _Phrases:
    """Phrases as a tree of their words ("*" an edge any word takes): the phrases that stand at a place in a
    clause are found in a few steps, however many frames the persons and modals make."""

    def __init__(self, phrases):
        self._root: dict = {}
        for phrase in set(phrases):
            if phrase:
                node = self._root
                for word in phrase:
                    node = node.setdefault(word, {})
                node[None] = phrase  # a phrase ends here
        self.first_words = frozenset(self._root)

    def __bool__(self) -> bool:
        return bool(self._root)

    def at(self, typed: list[str], start: int) -> list[tuple[str, ...]]:
        """Every phrase standing in the words from `start`, longest first."""
        if start >= len(typed) or (typed[start] not in self.first_words and ANY_WORD not in self.first_words):
            return []  # most words begin no phrase: the common case, kept cheap
        found = []
        nodes = [self._root]
        index = start
        while nodes:
            found += [node[None] for node in nodes if None in node]
            if index == len(typed):
                break
            word = typed[index]
            nodes = [nxt for node in nodes for nxt in (node.get(word), node.get(ANY_WORD)) if nxt is not None]
            index += 1
        return sorted(found, key=len, reverse=True)


def _expand(templates, persons, modals) -> set[tuple[str, ...]]:
    """Each frame with every person and modal in its slots: "{modal} {person}" is "can i", "should my *" ..."""
    frames = set()
    for template in templates:
        for person in persons if PERSON in template else ("",):
            for modal in modals if MODAL in template else ("",):
                frames.add(phrase_words(template.replace(PERSON, person).replace(MODAL, modal)))
    return frames


class PersonalRequests:
    """Finds a personal request about a medicine or treatment in a message (see the module's note)."""

    def __init__(self, grammar: RequestGrammar, spellings: dict[str, tuple[str, ...]] | None = None):
        self._spellings = spellings or {}
        persons = tuple(" ".join(phrase_words(p)) for p in grammar.persons)
        modals = tuple(" ".join(words(m)) for m in grammar.modals)
        told = [t for t in grammar.asking if t.startswith(PERSON)]
        self._frames = _Phrases(_expand([t for t in grammar.asking if t not in told], persons, modals))
        self._told_frames = _Phrases(_expand(told, persons, modals))
        self._reported = frozenset(w for p in grammar.reported for w in words(p))
        self._advising = frozenset(w for p in grammar.advising for w in words(p))
        self._owned_frames = _Phrases(_expand(grammar.owned_asking, persons, modals))
        self._owners = frozenset(w for p in grammar.owners for w in words(p))
        self._fillers = frozenset(w for p in grammar.fillers for w in words(p))
        self._acts = _Phrases(phrase_words(a) for a in grammar.acts)
        things = [phrase_words(t) for t in grammar.things]
        self._things = _Phrases(things)
        self._long_things = tuple(sorted({t[0] for t in things if len(t) == 1 and len(t[0]) >= TYPO_MIN_LENGTH}))
        self._decisions = _Phrases(phrase_words(a) for a in grammar.decisions)
        self._activities = _Phrases(phrase_words(a) for a in grammar.activities)
        self._aids = _Phrases(phrase_words(a) for a in grammar.aids)
        self._between = frozenset(w for p in grammar.between for w in words(p))
        self._named_only = frozenset(phrase_words(a) for a in grammar.named_only)
        self._reasons = _Phrases(phrase_words(p) for p in grammar.reasons)
        self._asked_things = frozenset(w for p in grammar.asked_things for w in words(p))
        self._joiners = frozenset(w for p in grammar.joiners for w in words(p))
        self._pointers = frozenset(w for p in grammar.pointers for w in words(p))
        self._endings = frozenset(w for p in grammar.endings for w in words(p))
        self._on_condition = frozenset(w for p in grammar.on_the_condition for w in words(p))
        self._general_subjects = _Phrases(phrase_words(p) for p in grammar.general_subjects)
        self._personal_words = frozenset(w for p in grammar.personal_words for w in words(p))
        self._plans = _Phrases(phrase_words(p) for p in grammar.plans)
        self._alternatives = frozenset(w for p in grammar.alternatives for w in words(p))
        self._ongoing = frozenset(w for p in grammar.ongoing for w in words(p))
        self._continuing = frozenset(phrase_words(p) for p in grammar.continuing)
        self._missed = _Phrases(phrase_words(p) for p in grammar.missed)
        self._amounts = _Phrases(phrase_words(p) for p in grammar.amounts)
        # "50mg", "3x": a number with its unit typed as one word.
        units = sorted({w for p in grammar.amounts for w in words(p) if len(words(p)) == 1}, key=len, reverse=True)
        # Kept as its text, compiled when a word first starts with a digit (`_amount_pattern`; speed23): a compiled copy
        # compiled it at every start.
        self._amount_word = rf"\d+(?:\.\d+)?(?:{'|'.join(map(re.escape, units))})" if units else None
        self._per_day = _Phrases(phrase_words(p) for p in grammar.per_day)
        self._definite = frozenset(w for p in grammar.definite for w in words(p))
        self._unnamed = frozenset(w for p in grammar.unnamed for w in words(p))
        self._counts = frozenset(w for p in grammar.counts for w in words(p))
        self._permissions = _Phrases(phrase_words(p) for p in grammar.permissions)
        self._allowing = _Phrases(_expand(grammar.allowing, persons, modals))
        self._deciding = _Phrases(_expand(grammar.deciding, persons, modals))
        self._asked_deciding = _Phrases(_expand(grammar.asked_deciding, persons, modals))
        self._question_words = frozenset(w for p in grammar.question_words for w in words(p))
        self._need_frames = _Phrases(_expand(grammar.needing, persons, modals))
        self._tests = frozenset(phrase_words(t) for t in grammar.tests)
        # "takin", "usin": a word of the grammar typed without its last g.
        self._g_dropped = {
            word[:-1]: word for p in (*grammar.acts, *grammar.between) for word in words(p) if word.endswith("ing")
        }
        # The words a frame, plan, missed dose ... may begin with (None: one begins with any word).
        tables = (
            self._frames,
            self._told_frames,
            self._owned_frames,
            self._missed,
            self._need_frames,
            self._allowing,
            self._deciding,
            self._asked_deciding,
            self._plans,
        )
        firsts = frozenset().union(*(table.first_words for table in tables))
        self._starts = None if ANY_WORD in firsts else firsts
        # Read as messages are ("thats" is "that is"), so that each approval meets its message.
        self._approvals = frozenset(tuple(self._typed(p)) for p in grammar.approvals)
        self._tags = tuple(tuple(self._typed(p)) for p in grammar.tags)
        # Their last words: a clause ending in none of these ends in no tag or approval, and is passed at once.
        self._tag_ends = frozenset(tag[-1] for tag in self._tags if tag)
        self._approval_ends = frozenset(approval[-1] for approval in self._approvals if approval)
        self.active = bool(self._frames or self._owned_frames) and bool(self._acts) and bool(self._things)

    def _typed(self, text: str) -> list[str]:
        """The clause's words as meant ("shud" is "should", "u" "you", "takin" "taking"), less the fillers ("can I
        *just* stop")."""
        meant = [self._g_dropped.get(m, m) for word in words(text) for m in self._spellings.get(word, (word,))]
        return [word for word in meant if word not in self._fillers]

    def _thing_at(
        self, typed: list[str], start: int, decided: bool = False, activities: bool = True
    ) -> tuple[str, ...] | None:
        """The thing named at `start`; an aid or an activity only after a decision (`decided`): "will my mum need
        the zimmer?" asks how long aids are used, "should he be doing exercises?" what helps, "can I stop using my
        crutches now?" or "should I skip the stretches?" asks for a decision. `activities`: an activity is no
        medicine that an amount counts."""
        named = [
            *self._things.at(typed, start),
            *(self._activities.at(typed, start) if activities and decided else ()),
            *(self._aids.at(typed, start) if decided else ()),
        ]
        if named:
            return named[0]
        word = typed[start]
        if len(word) >= TYPO_MIN_LENGTH and self._long_things and word not in self._acts.first_words:
            slips = 2 if len(word) >= TYPO_LONG_LENGTH else 1
            found = extractOne(word, self._long_things, scorer=OSA.distance, score_cutoff=slips)
            if found is not None:
                return (found[0],)
        return None

    def _names_a_thing(self, typed: list[str], activities: bool = True) -> bool:
        return any(self._thing_at(typed, index, activities=activities) for index in range(len(typed)))

    def only_approves(self, text: str) -> bool:
        """The text only asks approval ("is that ok?", "would that be alright?", "that's fine, right?"), saying
        nothing of its own."""
        return self._approval_at_end(self._typed(text)) == 0

    def _approval_at_end(self, typed: list[str]) -> int | None:
        """Where an approval closing these words begins ("..., is that ok", "thats fine yeah"), or None."""
        end = len(typed)
        closing = True
        while closing:  # "thats fine yeah right": the tags closing it left out, however many
            closing = 0
            if end and typed[end - 1] in self._tag_ends:  # a tag found here ends with this word
                closing = next((len(tag) for tag in self._tags if tag and tuple(typed[end - len(tag) : end]) == tag), 0)
            end -= closing
        if not end or typed[end - 1] not in self._approval_ends:
            return None  # any approval found here would end with this word
        for begin in range(max(0, end - MAX_APPROVAL_WORDS), end):
            if tuple(typed[begin:end]) in self._approvals:
                return begin
        return None

    def names_an_amount(self, text: str) -> bool:
        """The message names an amount of a medicine ("50mg", "3 tablets a day", "2 x 25 mg"): a dose, whoever
        takes it, is never answered; so is a count someone would take ("does he take two today", "can I have
        another"), in a message that names someone in person."""
        typed = self._typed(text)
        personal = not self._personal_words.isdisjoint(typed)
        amount = self._amount_word
        for index, word in enumerate(typed):
            if word.isalpha():  # no digit in it: no count and no amount (speed29: one test for most words)
                if personal and word in self._counts and self._act_ending_at(typed, index):
                    return True
                continue
            # "2", "2.5", "3x" (times)
            number = word.removesuffix("x").replace(".", "", 1).isdigit()
            # Only a word that starts with a digit can match (`\d`: str.isdecimal's characters, the same test).
            if amount is not None and word[:1].isdecimal() and _amount_pattern(amount).fullmatch(word):
                return True
            if number and self._amounts.at(typed, index + 1):
                return True
            if number and self._per_day.at(typed, index + 1) and self._per_day_of_a_thing(typed, index):
                return True
            # "take two", "go up to 3": an act just before the count, one that needs no thing named ("do 2 my knee"
            # is "do to my knee").
            if personal and (number or word in self._counts) and self._act_ending_at(typed, index):
                return True
        return False

    def _per_day_of_a_thing(self, typed: list[str], index: int) -> bool:
        """A number "a day" at `index` counts a medicine: the message names one, and the number follows a small word,
        an act or the thing ("is 2 a day enough", "indomethacin 2 a day"), not what else is done a day ("exercises 3
        times a day", "I smoke about 20 a day")."""
        if not self._names_a_thing(typed, activities=False):
            return False
        if not index:
            return True
        if typed[index - 1] in self._between or self._act_ending_at(typed, index):
            return True
        return self._thing_at(typed, index - 1, activities=False) is not None

    def _act_ending_at(self, typed: list[str], index: int) -> bool:
        """An act that needs no thing named ends just before `index` ("take" in "take two", "go up to" in "go up to
        3")."""
        for length in range(1, min(index, MAX_ACT_WORDS) + 1):
            acts = self._acts.at(typed, index - length)
            if any(len(act) == length and act not in self._named_only for act in acts):
                return True
        return False

    def names_someone(self, text: str) -> bool:
        """The text names someone in person: "I", "me", "my mum", "she"."""
        return any(m in self._personal_words for word in words(text) for m in self.meant(word))

    def meant(self, word: str) -> tuple[str, ...]:
        """The word as meant: "shud" is "should", "u" is "you"."""
        return self._spellings.get(word, (word,))

    def names_a_decision(self, text: str) -> bool:
        """The text names a decision on a treatment anywhere ("stop", "skip", "come off", "double"); not one on the
        condition's course ("stop bone growing back", "stop it from coming back", "stop extra bone forming")."""
        typed = self._typed(text)
        for index in range(len(typed)):
            for act in self._decisions.at(typed, index):
                after = index + len(act)
                course = [w for w in typed[after : after + ON_CONDITION_REACH] if w.endswith("ing")]
                if self._on_condition.isdisjoint(course):  # "from" alone may tell when ("stop the tablets from monday")
                    return True
        return False

    def asks_in_general(self, text: str) -> bool:
        """The message asks about people in general ("do people", "most patients") and names no one in person
        ("I", "my mum", "he"): "how many doses of radiation do people get?" is no request for a dose."""
        if self.names_someone(text):
            return False
        typed = [m for word in words(text) for m in self._spellings.get(word, (word,))]
        return any(self._general_subjects.at(typed, index) for index in range(len(typed)))

    def find(self, text: str) -> Request | None:
        """The first personal request in a message ("can i" + "stop" + "naproxen"), or None."""
        if not self.active:
            return None
        pieces = _CLAUSES.split(text)
        # Each clause's words, and whether a question mark ends it.
        read = [
            (self._typed(piece), "?" in "".join(pieces[index + 1 : index + 2]))
            for index, piece in enumerate(pieces)
            if index % 2 == 0
        ]
        clauses = [typed for typed, _ in read]
        named: bool | None = None  # whether the message names a thing anywhere, worked out when first needed
        # "Mum wants to skip the radiotherapy, is that ok": a plan is asked for approval when a clause ends with one.
        approved = any(self._approval_at_end(typed) is not None for typed in clauses)
        # "I'm on apixaban. Is it ok to take aspirin?": a frame naming no one, after the writer's own story.
        personal = [not self._personal_words.isdisjoint(typed) for typed in clauses]
        personal_clauses = sum(personal)
        for number, (typed, question) in enumerate(read):
            opening = self._opening_request(typed)
            if opening is not None:
                return opening
            story_names = personal_clauses - personal[number] > 0
            for start in range(len(typed)):
                if self._starts is not None and typed[start] not in self._starts:
                    continue  # most words begin nothing the grammar reads: the common case, kept cheap
                before = typed[max(0, start - 2) : start]
                found = self._missed_or_needed(typed, start) or self._plan_at(typed, start, approved)
                if found:
                    return found
                told = question or not self._reported.isdisjoint(before)
                tables = ((self._frames, False), (self._told_frames, False), (self._owned_frames, True))
                # "why do I need to take tablets after surgery?": the reason for a treatment, asked in general.
                reason = any(self._reasons.at(typed, index) for index in range(max(0, start - 2), start))
                for frames, owned in tables if not reason else ():
                    if frames is self._told_frames and not told:
                        continue
                    for frame in frames.at(typed, start):
                        # "What should my dad take?", "which tablets can I stop?": the thing is what is asked.
                        asked = not self._asked_things.isdisjoint(before)
                        end = start + len(frame)
                        found, needs_thing = self._after_frame(typed, end, owned, asked)
                        if found is None and owned and story_names:
                            found, needs_thing = self._after_frame(typed, end, False)
                            found = found if found and len(found) == 2 else None
                        advising = self._advising.intersection(frame)
                        if found is None or (not found and not advising):
                            continue  # "... he can drive home after the op, can he??" asks no advice
                        if not found and start == 0 and end == len(typed):
                            # "My physio wants me to try hydrotherapy. Should I?": asked alone, whatever is named.
                            return Request(" ".join(frame))
                        if needs_thing:
                            if named is None:
                                named = any(self._names_a_thing(other) for other in clauses)
                            if not named:
                                continue
                        asked = tuple(typed[start:end])
                        return Request(" ".join(asked), *(" ".join(part) for part in found))
        return None

    def _opening_request(self, typed: list[str]) -> Request | None:
        """A clause that opens with a decision on a thing ("Stop physio?"), or with a permission and a decision
        whatever follows ("ok to stop now?", "safe to come off it yet?")."""
        for act in self._decisions.at(typed, 0):
            thing = self._thing_after(typed, len(act), owned=False, decided=True)
            if thing is not None:
                return Request("", " ".join(act), " ".join(thing))
        for permission in self._permissions.at(typed, 0):
            for act in self._decisions.at(typed, len(permission)):
                after = len(permission) + len(act)
                thing = self._thing_after(typed, after, owned=False, decided=True)
                if thing is not None or self._ends_act(typed, after):
                    return Request(" ".join(permission), " ".join(act), " ".join(thing or ()))
        return None

    def _missed_or_needed(self, typed: list[str], start: int) -> Request | None:
        """A missed dose ("forgot his naproxen yesterday"), a treatment needed ("does she still need her blood
        thinners"; not a test: "do I need a scan?" asks how it is found), permission for this person to do anything
        ("am I allowed to go swimming") or a decision after a frame that asks only so ("if I stop the tablets")
        standing at `start`."""
        for frame in self._allowing.at(typed, start):
            if start + len(frame) < len(typed):
                return Request(" ".join(frame), typed[start + len(frame)])
        for frame in self._deciding.at(typed, start):
            end = start + len(frame)
            for act in self._decisions.at(typed, end):
                thing = self._thing_after(typed, end + len(act), owned=False, decided=True)
                if thing is not None:
                    return Request(" ".join(frame), " ".join(act), " ".join(thing))
        asked_open = not self._question_words.isdisjoint(typed[:start])
        for frame in self._asked_deciding.at(typed, start) if not asked_open else ():
            # "do I stop it if they put me on indomethacin?": a decision asked plainly, on a thing or on what "it"
            # points to (a message that names no thing asks none: "do I stop worrying?"); after a question word it
            # asks how or why ("how long do I carry on with the tablets?", "why do I keep having blood tests?").
            end = start + len(frame)
            for act in self._decisions.at(typed, end):
                after = end + len(act)
                thing = self._thing_after(typed, after, owned=False, decided=True)
                if thing is None and self._ends_act(typed, after) and self._names_a_thing(typed):
                    thing = typed[after : after + 1]
                if thing is not None:
                    return Request(" ".join(frame), " ".join(act), " ".join(thing))
        for missed in self._missed.at(typed, start):
            thing = self._thing_after(typed, start + len(missed), owned=False)
            if thing is not None:
                return Request("", " ".join(missed), " ".join(thing))
        for frame in self._need_frames.at(typed, start):
            end = start + len(frame)
            if end == len(typed) or typed[end] not in self._definite:
                continue
            thing = self._thing_after(typed, end, owned=False)
            if thing is not None and thing not in self._tests:
                return Request(" ".join(frame), "", " ".join(thing))
        return None

    def _plan_at(self, typed: list[str], start: int, approved: bool) -> Request | None:
        """A plan ("wants to", "gonna") standing at `start`, with an act on a thing when the message asks approval,
        or with a decision on a thing ("mum wants to skip the radiotherapy before her op"): leaving a treatment is
        for the care team to hear of, whatever else the message asks."""
        for plan in self._plans.at(typed, start):
            end = start + len(plan)
            found, needs_thing = self._after_frame(typed, end, owned=False)
            if not found or needs_thing:
                continue
            decided = any(self._decisions.at(typed, index) for index in range(end, min(end + ACT_GAP + 1, len(typed))))
            if approved or (decided and len(found) == 2):
                return Request(" ".join(plan), *(" ".join(part) for part in found))
        return None

    def _after_frame(self, typed: list[str], end: int, owned: bool, asked: bool = False):
        """What follows a frame: (the act and thing found, whether the message must name a thing elsewhere), or
        (None, False). A frame or act that ends its clause ("should I?", "can I stop when the pain goes?") acts on
        the thing the message names elsewhere ("my gp gave me fluclox. can I stop it now?"); a decision that ends
        it ("can we stop now") needs no thing. An alternative ("or") lets a second act follow under the same frame
        ("should I carry on as normal or stop the tablets")."""
        if end == len(typed):
            return ((), True) if not owned else (None, False)
        reach = range(end, min(end + ALTERNATIVE_REACH, len(typed)))
        firsts = [end] + [index + 1 for index in reach if typed[index] in self._alternatives]
        for first in firsts:
            found = self._act_after(typed, first, owned, asked and first == end, end)
            if found[0] is not None:
                return found
        return None, False

    def _act_after(self, typed: list[str], first: int, owned: bool, asked: bool, end: int):
        """The act within a few words from `first`, and its thing (see `_after_frame`)."""
        for start in range(first, min(first + ACT_GAP + 1, len(typed))):
            for act in self._acts.at(typed, start):
                after = start + len(act)
                decided = bool(self._decisions.at(typed, start))
                thing = self._thing_after(typed, after, owned, decided)
                if thing is not None:
                    return ((act, thing), False)
                if decided and after < len(typed) and self._is_ongoing(typed[after], act):
                    # "can I stop doing the stretches", "should I keep walking on it": a decision on what this person
                    # does.
                    return ((act, typed[after : after + 1]), False)
                if asked and start == first and not owned and act not in self._named_only:
                    return ((act,), False)
                advising = self._advising.intersection(typed[:end])
                if advising and after < len(typed) and typed[after] in self._unnamed:
                    return ((act, typed[after : after + 1]), False)  # "do I need to do anything about it"
                # "Can I get it too?" may ask about the condition; "do I have to have it?" about the treatment, but
                # "what exercises should I do after the op" names no treatment to do.
                pointing = after < len(typed) and typed[after] in self._pointers
                needs_named = act in self._named_only and not (pointing and advising)
                if not owned and not needs_named and self._ends_act(typed, after):
                    # "can we stop now": a decision with nothing after it is on whatever this person is on.
                    return ((act,), not (decided and not pointing))
        return None, False

    def _thing_after(self, typed: list[str], start: int, owned: bool, decided: bool = False) -> tuple[str, ...] | None:
        """The thing an act acts on: next, or after a few small words ("stop taking the anti-inflammatories");
        "can I get HO after a knee replacement" acts on HO, not on the replacement. "With" or "while" lets a
        second thing follow ("a few beers while I'm on naproxen"). An owned frame wants the person's own thing
        ("is it ok to take my warfarin")."""
        # `run`: the other words just before this one ("antiviral" in "the antiviral tablets"); `blocked`: another
        # word stood apart from the thing ("get HO after a knee replacement" gets HO).
        budget, run, blocked, joined = THING_GAP, 0, False, False
        index = start
        while index < len(typed) and budget >= 0:
            thing = self._thing_at(typed, index, decided)
            owner = not owned or (index and typed[index - 1] in self._owners)
            if thing is not None and not blocked and run <= MODIFIERS and owner:
                return thing
            word = typed[index]
            if word in self._joiners:
                # "A few beers while I'm on naproxen": after a joiner only small words come before the thing.
                budget, run, blocked, joined = THING_GAP, 0, False, True
            elif word in self._between or word.isdigit():
                budget, blocked = budget - 1, blocked or run > 0
            elif joined:
                return None  # "do with my hand after the surgery": the hand is what is done with
            else:
                # A word that names the thing's kind ("blood pressure tablets") or, apart from it, what the act is
                # about, unless a joiner follows and names a second thing.
                budget, run = budget - 1, run + 1
            index += 1
        return None

    def object_before_joiner(self, text: str, request: Request) -> tuple[str, ...]:
        """The words an act is on when the request's thing follows a joiner after them ("have *a pint* on apixaban":
        ("pint",)), else (): the thing is then what the person is on or takes, not what the act is on. Small words
        (`between`) are left out; a thing among the words before the joiner ("take ibuprofen with warfarin") is a
        second treatment, and gives ()."""
        act, thing = tuple(words(request.act)), tuple(words(request.thing))
        for typed in map(self._typed, _CLAUSES.split(text)[::2]):
            for start in range(len(typed) - len(act) + 1):
                if tuple(typed[start : start + len(act)]) != act:
                    continue
                after = start + len(act)
                for joiner in range(after, min(after + THING_GAP + 1, len(typed))):
                    if typed[joiner] not in self._joiners:
                        continue
                    # The thing just after the joiner, or after a few small words ("while im on warfarin").
                    rest = typed[joiner + 1 :]
                    at = next((i for i, word in enumerate(rest) if word not in self._between | self._joiners), None)
                    if at is None or tuple(rest[at : at + len(thing)]) != thing:
                        continue
                    before = [word for word in typed[after:joiner] if word not in self._between]
                    if any(word.isdigit() for word in before):
                        return ()  # "2 pints on apixaban": an amount is the care team's to judge
                    if before and not self._names_a_thing(typed[after:joiner], activities=False):
                        return tuple(before)
        return ()

    def _is_ongoing(self, word: str, act: tuple[str, ...]) -> bool:
        """What someone does, after a decision: "doing", "going"; after going on with it ("keep", "carry on") any
        word in -ing ("walking", "pushing") but those that tell the condition's course ("keep it from growing")."""
        if word in self._ongoing:
            return True
        if act not in self._continuing:
            return False
        return word.endswith("ing") and len(word) > GERUND_MIN_LENGTH and word not in self._on_condition

    def _ends_act(self, typed: list[str], after: int) -> bool:
        """The act ends its phrase: nothing follows, or only a pointer ("it") or an ending ("when", "now");
        "stop it from coming back" acts on the condition, not on a treatment."""
        if after == len(typed) or typed[after] in self._endings:
            return True
        if typed[after] not in self._pointers:
            return False
        rest = typed[after + 1 : after + 2]
        return not rest or rest[0] not in self._on_condition
