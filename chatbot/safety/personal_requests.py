"""Read a personal request as grammar: someone, a modal, an act, and a medicine or treatment it acts on.

"Can I just stop my naproxen?", "is it ok if I skip the indomethacin tomorrow", "should my mum have the op",
"would you have the radiation if you were me" ask what this person should do about a treatment: personal
advice, whatever words follow. "Do people with HO have surgery?", "why do doctors give indomethacin?" and
"is radiation used for HO?" name no one who would act, so they stay general questions. The words of each part
are the general layer's data (`personal_advice.requests` in chatbot/general/advice.yaml); only the order is here.
"""

from __future__ import annotations

import re
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


class Request(NamedTuple):
    """A personal request as found: how it is asked ("can i"), the act ("stop") and the thing ("naproxen"); the act
    and thing are empty where the message names them elsewhere ("... fluclox. Should I?")."""

    asking: str
    act: str = ""
    thing: str = ""

    def __str__(self) -> str:
        return " + ".join(part for part in self if part)


def phrase_words(text: str) -> tuple[str, ...]:
    """A phrase's folded words, each "*" kept as a word that matches any (shared with `advice`)."""
    pieces = [tuple(words(piece)) for piece in text.split(ANY_WORD)]
    found = list(pieces[0])
    for piece in pieces[1:]:
        found += [ANY_WORD, *piece]
    return tuple(found)


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
        self._aids = _Phrases(phrase_words(a) for a in grammar.aids)
        self._between = frozenset(w for p in grammar.between for w in words(p))
        self._named_only = frozenset(phrase_words(a) for a in grammar.named_only)
        self._asked_things = frozenset(w for p in grammar.asked_things for w in words(p))
        self._joiners = frozenset(w for p in grammar.joiners for w in words(p))
        self._pointers = frozenset(w for p in grammar.pointers for w in words(p))
        self._endings = frozenset(w for p in grammar.endings for w in words(p))
        self._on_condition = frozenset(w for p in grammar.on_the_condition for w in words(p))
        self._approvals = frozenset(tuple(words(p)) for p in grammar.approvals)
        self._general_subjects = _Phrases(phrase_words(p) for p in grammar.general_subjects)
        self._personal_words = frozenset(w for p in grammar.personal_words for w in words(p))
        self.active = bool(self._frames or self._owned_frames) and bool(self._acts) and bool(self._things)
        # The words a frame of any table starts with: at any other word no frame stands, so `find` tries none
        # (None when a frame starts with "*": then every word may start one).
        tables = (self._frames, self._told_frames, self._owned_frames)
        starts = frozenset().union(*(table.first_words for table in tables))
        self._frame_starts = None if ANY_WORD in starts else starts

    def _typed(self, text: str) -> list[str]:
        """The clause's words as meant ("shud" is "should", "u" "you"), less the fillers ("can I *just* stop")."""
        meant = [m for word in words(text) for m in self._spellings.get(word, (word,))]
        return [word for word in meant if word not in self._fillers]

    def _thing_at(self, typed: list[str], start: int, decided: bool = False) -> tuple[str, ...] | None:
        """The thing named at `start`; an aid only after a decision (`decided`): "will my mum need the zimmer?"
        asks how long aids are used, "can I stop using my crutches now?" asks for a decision."""
        named = [*self._things.at(typed, start), *(self._aids.at(typed, start) if decided else ())]
        if named:
            return named[0]
        word = typed[start]
        if len(word) >= TYPO_MIN_LENGTH and self._long_things and word not in self._acts.first_words:
            slips = 2 if len(word) >= TYPO_LONG_LENGTH else 1
            found = extractOne(word, self._long_things, scorer=OSA.distance, score_cutoff=slips)
            if found is not None:
                return (found[0],)
        return None

    def _names_a_thing(self, typed: list[str]) -> bool:
        return any(self._thing_at(typed, index) for index in range(len(typed)))

    def only_approves(self, text: str) -> bool:
        """The text only asks approval ("is that ok?", "would that be alright?"), saying nothing of its own."""
        return tuple(self._typed(text)) in self._approvals

    def names_someone(self, text: str) -> bool:
        """The text names someone in person: "I", "me", "my mum", "she"."""
        return any(m in self._personal_words for word in words(text) for m in self._spellings.get(word, (word,)))

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
        for typed, question in read:
            # "Stop physio?": a clause that opens with a decision on a thing asks for it alone.
            for act in self._decisions.at(typed, 0):
                thing = self._thing_after(typed, len(act), owned=False, decided=True)
                if thing is not None:
                    return Request("", " ".join(act), " ".join(thing))
            starts = self._frame_starts
            for start in range(len(typed)):
                if starts is not None and typed[start] not in starts:
                    continue  # no frame of any table stands here
                before = typed[max(0, start - 2) : start]
                told = question or not self._reported.isdisjoint(before)
                tables = ((self._frames, False), (self._told_frames, False), (self._owned_frames, True))
                for frames, owned in tables:
                    if frames is self._told_frames and not told:
                        continue
                    for frame in frames.at(typed, start):
                        # "What should my dad take?", "which tablets can I stop?": the thing is what is asked.
                        asked = not self._asked_things.isdisjoint(before)
                        found, needs_thing = self._after_frame(typed, start + len(frame), owned, asked)
                        if found is None or (not found and not self._advising.intersection(frame)):
                            continue  # "... he can drive home after the op, can he??" asks no advice
                        if needs_thing:
                            if named is None:
                                named = any(self._names_a_thing(other) for other in clauses)
                            if not named:
                                continue
                        asked = tuple(typed[start : start + len(frame)])
                        return Request(" ".join(asked), *(" ".join(part) for part in found))
        return None

    def _after_frame(self, typed: list[str], end: int, owned: bool, asked: bool = False):
        """What follows a frame: (the act and thing found, whether the message must name a thing elsewhere), or
        (None, False). A frame or act that ends its clause ("should I?", "can I stop when the pain goes?") acts on
        the thing the message names elsewhere ("my gp gave me fluclox. can I stop it now?")."""
        if end == len(typed):
            return ((), True) if not owned else (None, False)
        for start in range(end, min(end + ACT_GAP + 1, len(typed))):
            for act in self._acts.at(typed, start):
                after = start + len(act)
                decided = bool(self._decisions.at(typed, start))
                thing = self._thing_after(typed, after, owned, decided)
                if thing is not None:
                    return ((act, thing), False)
                if asked and start == end and not owned and act not in self._named_only:
                    return ((act,), False)
                # "Can I get it too?" may ask about the condition; "do I have to have it?" about the treatment, but
                # "what exercises should I do after the op" names no treatment to do.
                pointing = after < len(typed) and typed[after] in self._pointers
                needs_named = act in self._named_only and not (pointing and self._advising.intersection(typed[:end]))
                if not owned and not needs_named and self._ends_act(typed, after):
                    return ((act,), True)
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

    def _ends_act(self, typed: list[str], after: int) -> bool:
        """The act ends its phrase: nothing follows, or only a pointer ("it") or an ending ("when", "now");
        "stop it from coming back" acts on the condition, not on a treatment."""
        if after == len(typed) or typed[after] in self._endings:
            return True
        if typed[after] not in self._pointers:
            return False
        rest = typed[after + 1 : after + 2]
        return not rest or rest[0] not in self._on_condition
