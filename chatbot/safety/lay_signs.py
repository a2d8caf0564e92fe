"""Signs told in everyday words (round 21, `lay_signs:` in the triage table).

Patients tell what they see and feel, not the sign's name: "his leg is fat and shiny", "the cut is weeping yellow
stuff", "she's not herself", "poo like tar". Each family of the table maps such descriptions to a word the rules
already know ("swollen", "pus", "confused", "black poo"), so every rule that uses that word reads every member of
the family, with the rule's own time frame, denials and tier.

A family is read only where the message gives it its setting: a body part or context word (`near`) within
NEAR_WINDOW words in the same sentence, when the family names one; and never where one of its near-misses
(`unless`: "fat lip", "red shirt", "not herself since the funeral") is in the same sentence. The reading is added
beside the message's own words (the words themselves are left as typed), so it can only add a sign, never hide one.
"""


from typing import Any, NamedTuple

from chatbot.errors import BankProblem

# How far (in words, one sentence) a family's body part or context word may stand from the description.
NEAR_WINDOW = 8


# round 23 readings: a description told as a likeness ("like cola") is told as often by the thing's colour or look
# ("the colour of cola", "the same colour as strong tea", "looks like a balloon" already holds "like"). Each family
# phrase that opens with "like" is read in these frames too, with the family's own setting and near-misses.
_LIKENESS_FRAMES = (
    ("colour", "of"), ("color", "of"), ("same", "colour", "as"), ("same", "color", "as"),
    ("resembles",), ("resembling",), ("similar", "to"),
)


def _compared(phrase: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The other frames of a likeness: ("like", "cola") -> ("colour", "of", "cola"), ... (none for other phrases)."""
    if len(phrase) < 2 or phrase[0] != "like":
        return ()
    return tuple((*frame, *phrase[1:]) for frame in _LIKENESS_FRAMES)


class LayFamily(NamedTuple):
    """One family: descriptions read as `reads_as` where `near` is at hand and no `unless` is in the sentence."""

    name: str
    reads_as: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    near: tuple[tuple[str, ...], ...] = ()
    unless: tuple[tuple[str, ...], ...] = ()


def families_from(raw: Any, problems: list[BankProblem], file: str, items_of) -> tuple[LayFamily, ...]:
    """The `lay_signs:` list, checked. `items_of(value, where)` reads a list of phrases (word groups allowed)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append(BankProblem(file, None, "lay_signs", "must be a list of families"))
        return ()
    families = []
    for entry in raw:
        if not isinstance(entry, dict) or not entry.get("family") or not entry.get("reads_as"):
            problems.append(BankProblem(file, None, "lay_signs", "each family needs 'family', 'reads_as', 'phrases'"))
            continue
        name = str(entry["family"])
        where = f"lay_signs {name}"
        reads_as = items_of([entry["reads_as"]], where)
        phrases = items_of(entry.get("phrases"), where)
        near = items_of(entry["near"], where) if entry.get("near") is not None else ()
        unless = items_of(entry["unless"], where) if entry.get("unless") is not None else ()
        if not entry.get("source"):
            problems.append(BankProblem(file, None, where, "name the public source of the family ('source')"))
        if reads_as and phrases:
            families.append(LayFamily(name, reads_as[0], phrases, near, unless))
    return tuple(families)


class LaySigns:
    """Reads a message's everyday descriptions as the words the rules know."""

    def __init__(self, families: tuple[LayFamily, ...], known=frozenset()):
        """`known`: the phrases the rules' signs already hold. A description that is one of them is left to the
        rules as they read it (the layer only teaches words the rules lack, so "cant walk on it" is never read
        again as a longer sign of another rule)."""
        self.families = families
        self._of: dict[tuple[str, ...], list[LayFamily]] = {}
        for family in families:
            for phrase in family.phrases:
                for told in (phrase, *_compared(phrase)):
                    if told not in known:
                        self._of.setdefault(told, []).append(family)
        self._phrases = frozenset(self._of)

    def items(self) -> list[tuple[str, ...]]:
        """Every phrase the families read, for the message's phrase index."""
        found = [*self._of]
        for family in self.families:
            found += family.near
            found += family.unless
        return found

    def read(self, words: list[str], sentence: list[int], found, find, keep) -> dict:
        """`found` with each accepted description read as its family's word: the phrases that `keep(item)` and
        cover a description are added (in the message's own word positions), and the phrases that lie wholly
        inside a description are taken out, so a description's own words are not read twice ("talking to the
        telly" is confusion, not a word about speech)."""
        if self._phrases.isdisjoint(found):
            return found
        accepted: list[tuple[int, int, tuple[str, ...]]] = []
        for phrase in self._phrases.intersection(found):
            for start, end in found[phrase]:
                for family in self._of[phrase]:
                    if self._fits(family, start, end, sentence, found):
                        accepted.append((start, end, family.reads_as))
                        break
        if not accepted:
            return found
        # The longest description first where two overlap ("fat and shiny" before "fat").
        accepted.sort(key=lambda place: (place[0] - place[1], place[0]))
        taken: set[int] = set()
        chosen: dict[int, tuple[int, tuple[str, ...]]] = {}
        for start, end, reads_as in accepted:
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                chosen[start] = (end, reads_as)
        read: list[str] = []
        origin: list[tuple[int, int]] = []  # each read word's (start, end) in the message
        new: set[int] = set()
        position = 0
        while position < len(words):
            if position in chosen:
                end, reads_as = chosen[position]
                for word in reads_as:
                    new.add(len(read))
                    read.append(word)
                    origin.append((position, end))
                position = end
            else:
                read.append(words[position])
                origin.append((position, position + 1))
                position += 1
        inside = [(start, end) for start, (end, _) in chosen.items()]
        added: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for item, spans in found.items():
            kept = [span for span in spans if not any(s <= span[0] and span[1] <= e for s, e in inside)]
            if kept:
                added[item] = kept
        for item, spans in find(read).items():
            if not keep(item):
                continue
            for start, end in spans:
                if new.isdisjoint(range(start, end)):
                    continue
                span = (origin[start][0], origin[end - 1][1])
                if span not in added.get(item, ()):
                    added.setdefault(item, []).append(span)
        return added

    @staticmethod
    def _fits(family: LayFamily, start: int, end: int, sentence: list[int], found) -> bool:
        here = sentence[start]
        for item in family.unless:
            if any(sentence[place] == here for place, _ in found.get(item, ())):
                return False
        if not family.near:
            return True
        for item in family.near:
            for place, _ in found.get(item, ()):
                if sentence[place] == here and start - NEAR_WINDOW <= place < end + NEAR_WINDOW:
                    return True
        return False
