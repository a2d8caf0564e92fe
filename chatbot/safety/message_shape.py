"""The shape of a message around a sign: who the sign is told of, and what the sentence does with it.

A red flag counts only when it is reported as current for a real person. The time a sign is told in (now,
today, since, over and done, years ago, if/when/would) is read by the triage table's `time_frame` lists; this
module reads the two other sides of a message's shape, clause by clause, from the table's `message_shape`
lists (data a clinician can review):

- **who** the sign is told of: a real person (the writer, someone with them, a relative: the `person` words,
  pronouns and family words), or an animal (`animal`: "my dog is vomiting blood"), a character in a story on
  screen or paper (`fiction`: "a drama where someone had a clot and collapsed"), people in general
  (`people_in_general`: "can people collapse from a clot?");
- **what** the sentence does with it: reports it, or quotes a leaflet, a label or a web page that names it
  (`quoting`: "the leaflet says chest pain means call 999"), or asks about risk or prevention
  (`risk_or_prevention`: "how likely is a clot after a new hip", "what goes in a dysreflexia kit"), or asks which
  medicine to give for a sign named in general (`asking_for_a_remedy`, round 26 at-risk: "what can I give my child
  for a fever?"; the person between the ask and the sign is whom the medicine is for, not one told to have it).

The reader is conservative: any word for a real person between the mark and the sign, or in the sign's own
clause, makes the sign a report again ("watching a film and my chest went tight"), and a clause told now (a
time-now word) always is. It only says "not a report of a real person"; the triage then answers with the
safety line instead of the tier's reply, and never does so for a crisis (see `Triage.assess`).

It knows no rule, no tier and no topic, only positions of words and phrases in the message, so that it reads
any bank's table the same way.
"""


from typing import NamedTuple

# The lists of the table's `message_shape` section.
WHO_MARKS = ("animal", "fiction", "people_in_general")
DOES_MARKS = ("quoting", "risk_or_prevention", "asking_in_general", "asking_for_a_remedy")
# round 26 at-risk: a question of which medicine to give or take, the sign its object in general: the mark before the
# sign in the sign's own clause, the sign right after "for" or "with" and an "a"/"an" ("for a fever", "with a
# temperature", "for fever"), no reading after it in the clause: "for my fever", "for a temperature of 38.5" are
# reports.
# Its marks are questions by their word order, so one typed without "?" counts ("what can I give my 4 year old for a
# temperature").
REMEDY = "asking_for_a_remedy"
_REMEDY_OBJECT = frozenset(("for", "with"))
_INDEFINITE = frozenset(("a", "an"))
# Words of degree a general sign may carry between "for a" and it: "for a high temperature", "with a slight fever".
_DEGREE = frozenset(("high", "slight", "mild", "low", "little", "raised", "very", "bad", "small"))
SHAPE_LISTS = ("person", "someone", *WHO_MARKS, *DOES_MARKS)
# The marks that need someone of the story (`someone`: "someone", "a man", "the hero") in their own clause, before
# the sign: "a drama where someone had a clot", not "watching a film and suddenly can't breathe" (told of me) nor
# "we were watching a drama and a man in the next seat collapsed" (someone here, in a clause of their own).
_NEEDS_SOMEONE = frozenset(("fiction",))
# The marks that count only with an owner's word or "the" right before them, in the sign's own clause: "my dog is
# vomiting blood", "the puppy swallowed ...", not "sick as a dog, vomiting blood" nor "dog tired and can't breathe".
_NEEDS_OWNER = frozenset(("animal",))
_OWNERS = frozenset(("my", "our", "his", "her", "their", "your", "the", "mums", "dads", "sons", "daughters"))
# The people-in-general marks count only in a question: "can people collapse from a clot?" (not "people here
# say he collapsed"); a story is told of someone.
_ONLY_ASKED = frozenset(("people_in_general", "asking_in_general"))
# The marks that any real person in the sign's sentence undoes, after the sign too: "the leaflet says crushing
# chest pain, what do I do, I have it".
_WHOLE_SENTENCE = frozenset(("quoting", "asking_in_general"))
# The marks whose reach is the sign's own clause only: a risk asked of a sign ("how likely is a clot"), not of
# another clause's report ("my calf is swollen, how likely is a clot?").
_OWN_CLAUSE = frozenset(("risk_or_prevention",))
# The marks that reach every sentence of the message: "fever after surgery, how high is too high? just asking in
# case" (a sign with no person before it in its own sentence).
_MESSAGE_WIDE = frozenset(("asking_in_general",))
# Possessives that open a mark's own words ("my leaflet", "my blood thinner leaflet"): part of the mark, within
# this many words before it.
_POSSESSIVES = frozenset(("my", "his", "her", "our", "their", "your", "mums", "dads"))
_OWNER_REACH = 3
_OWNED = frozenset((*WHO_MARKS, "quoting"))
# A third person's possessive, which an animal or a character has too.
_THEIR = frozenset(("his", "her", "their", "its"))


class Shape(NamedTuple):
    """How one sign is told: `told_of` a real person ("person") or another kind (one of `WHO_MARKS`), and what
    the sentence `does` ("report" or one of `DOES_MARKS`)."""

    told_of: str
    does: str

    @property
    def is_report(self) -> bool:
        """A sign reported of a real person: the only shape a tier's reply is for."""
        return self.told_of == "person" and self.does == "report"


REPORT = Shape("person", "report")


class MessageShape:
    """Reads where a message's shape marks are and which sign each one reaches."""

    def __init__(self, lists: dict[str, tuple[tuple[str, ...], ...]]):
        self._marks = {kind: frozenset(lists.get(kind, ())) for kind in (*WHO_MARKS, *DOES_MARKS)}
        self._person = frozenset(lists.get("person", ()))
        self._someone = frozenset(lists.get("someone", ()))
        self._all = frozenset().union(*self._marks.values()) if self._marks else frozenset()

    def items(self) -> tuple[tuple[str, ...], ...]:
        """Every phrase the reader looks for: the triage's phrase index finds them with the signs."""
        return tuple(sorted(self._person | self._someone | self._all))

    def shape(
        self,
        positions: set[int],
        found: dict[tuple[str, ...], list[tuple[int, int]]],
        words: list[str],
        clause: list[int],
        sentence: list[int],
        questions: frozenset[int],
        told_now: set[int],
    ) -> Shape:
        """The shape of the sign at `positions` (word positions). `told_now` are the clauses a time-now word
        puts in the present: a sign told there is always a report."""
        if not self._all or self._all.isdisjoint(found):
            return REPORT
        first, last = min(positions), max(positions)
        own_clauses = {clause[p] for p in positions}
        if own_clauses & told_now:
            return REPORT
        here = sentence[first]
        marks = [
            (start, end, kind)
            for kind, items in self._marks.items()
            for item in items.intersection(found)
            for start, end in found[item]
            if (sentence[start] == here or kind in _MESSAGE_WIDE) and not (start <= first and last < end)
        ]
        if not marks:
            return REPORT
        persons = self._person_places(found)
        # The owner of an animal, a story or a leaflet is part of its mark: "my dog", "our cat", "my blood thinner
        # leaflet".
        marked = {p for start, end, _ in marks for p in range(start, end)}
        marked |= {
            p
            for p in persons
            if words[p] in _POSSESSIVES
            and any(
                p < start <= p + _OWNER_REACH and clause[start] == clause[p] and kind in _OWNED
                for start, _, kind in marks
            )
        }
        # A real person told before the sign in its own clause (outside every mark), or inside the sign's words,
        # makes it a report: "in the film a man collapsed and I can't breathe" is about me. One told after it is
        # whom it is for, not who has it ("what goes in a dysreflexia kit for my son").
        # Who asks about a risk or keeps a plan for it is told before the ask, not the one with the sign ("we've been
        # told to keep a card for dysreflexia", round 19): a person before a risk mark in its own clause is the asker.
        asker = {
            p
            for p in persons
            for start, _, kind in marks
            if kind in _OWN_CLAUSE and p < start and clause[p] == clause[start] and clause[start] in own_clauses
        }
        # Whom a medicine is asked for stands between the ask and the sign ("what can I give my son for a fever").
        asker |= {
            p
            for p in persons
            for start, end, kind in marks
            if kind == REMEDY and end <= p < first and clause[p] == clause[start]
        }
        if any(clause[p] in own_clauses and p <= last and p not in marked and p not in asker for p in persons):
            # "his" or "her" is the animal's or the character's own ("the hero collapses with a clot in his lung").
            # Only in the mark's own clause: "my dog knocked her over and her wound is pouring blood" is hers.
            if not any(kind in WHO_MARKS and clause[start] in own_clauses for start, _, kind in marks) or any(
                clause[p] in own_clauses and p <= last and p not in marked and words[p] not in _THEIR for p in persons
            ):
                return REPORT
            marks = [mark for mark in marks if mark[2] in WHO_MARKS]  # then only the animal or the character
        for start, end, kind in sorted(marks):
            if kind in _ONLY_ASKED and here not in questions:
                continue
            if kind == REMEDY:
                # A person told after the sign ties it to them: "for a swollen calf after my hip op" is theirs.
                tied = any(p > last and clause[p] == clause[first] for p in persons)
                if (
                    clause[start] in own_clauses
                    and end <= first
                    and not tied
                    and _asked_in_general(first, words, clause)
                ):
                    return Shape("person", kind)
                continue
            if kind in _WHOLE_SENTENCE and any(sentence[p] == here and p not in marked for p in persons):
                continue  # "fever 39.5 after my op, just curious"
            if kind in _MESSAGE_WIDE:
                between = range(0)
            elif kind in _OWN_CLAUSE:
                if clause[start] not in own_clauses and clause[end - 1] not in own_clauses:
                    continue
                between = range(min(end, first), max(start, last + 1))
            elif end <= first:
                between = range(end, first)
            else:
                continue  # who a sign is told of, and a quote, come before it
            if any(
                p in between
                and p not in marked
                and (kind not in WHO_MARKS or words[p] not in _THEIR or clause[p] != clause[start])
                for p in persons
            ):
                continue
            if kind in _NEEDS_OWNER and (
                clause[start] not in own_clauses or not start or words[start - 1] not in _OWNERS
            ):
                continue
            if kind in _NEEDS_SOMEONE and not any(
                start_s >= start and end_s <= first and clause[start_s] == clause[start]
                for item in self._someone.intersection(found)
                for start_s, end_s in found[item]
            ):
                continue
            if kind in WHO_MARKS:
                return Shape(kind, "report")
            return Shape("person", kind)
        return REPORT

    def _person_places(self, found) -> list[int]:
        """Where words for a real person stand, the sign's own words too ("i cant breathe" is told of me)."""
        places = []
        for item in self._person.intersection(found):
            for start, end in found[item]:
                places.extend(range(start, end))
        return places


def _asked_in_general(first: int, words: list[str], clause: list[int]) -> bool:
    """The sign at `first` is the object of "for" or "with", with no owner ("for a fever", not "for her fever"), and
    no number follows it in its clause (a reading is told of someone now: "for a temperature of 38.5")."""
    before = first - 1
    while before >= 0 and words[before] in _DEGREE:
        before -= 1
    if before >= 0 and words[before] in _INDEFINITE:
        before -= 1
    if before < 0 or words[before] not in _REMEDY_OBJECT:
        return False
    here = clause[first]
    # Only a number after the sign is its reading: "my 4 year old" before it is whom the medicine is for.
    return not any(
        clause[p] == here and any(ch.isdigit() for ch in words[p]) for p in range(first + 1, len(words))
    )
