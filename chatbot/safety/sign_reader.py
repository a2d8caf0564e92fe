"""A red flag read from general English (round 25 reader), not from one more list of wordings.

A message is taken apart into the pieces a triage rule needs: a body part or system ("calf", "lower leg", "wound"),
a sign ("swollen", "hot", "red", "leaking") and a context ("after the op"). Each piece is known by its Snowball stem
(so "swells", "swelled", "swelling" and "swollen" are one sign) and by the English spelling list (a typo of an
everyday word is read as that word), from the small clinician-readable table `sign_reader:` in the triage table,
each line with its NHS or NICE source, not phrase by phrase.

The tier is then decided by the combination, in rows a clinician can read:

    - {rule: blood-clot-in-leg, part: calf, signs: [swollen, hot, red, painful]}

reads "my calf has gone fat and hot since the op" and "lower leg puffed up and warm, 9 days after my hip" as the
same sign of the rule `blood-clot-in-leg`. A row adds one sign to its rule, made of the reader's own class words
("part:calf", "sign:swollen"), which no typed word can be and no other rule uses: the reader can only reach the
rules its rows name, and each reading goes through the rule's own machinery (its context, its time frame, the
readers of past, hypothetical, someone else, denial and "already seen"), so a sign told in the past, asked about
in general, or denied stays a mention with the safety line, as it does for the rule's own words.

A context row ("after_surgery": a word of change or time next to an operation word, "since the op", "after my
hip") adds the context's class word, so the rule's context is met where the table's own context phrases miss it.
"""


from typing import Any, NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from chatbot.errors import BankProblem
from chatbot.understanding import english

# A row's part and sign must stand within this many words of each other, in one sentence.
WINDOW = 8
# The rows' words are read as stems of at least this many letters ("red" is matched whole, never as a stem).
STEM_FROM = 4
# At most this many unknown words of a message are mended through the English list (a few hundred look-ups each):
# a patient's message has a few typos; a pasted page of made-up words must not pay for every one of them.
MENDED_A_MESSAGE = 8


def part_word(name: str) -> str:
    """The class word a body part is read as in a rule's sign (never a typed word: ':' is folded away)."""
    return f"part:{name}"


def sign_word(name: str) -> str:
    return f"sign:{name}"


def context_word(name: str) -> str:
    return f"context:{name}"


class Vocabulary(NamedTuple):
    """One class: its name and its words, each as a tuple of stems."""

    name: str
    phrases: tuple[tuple[str, ...], ...]
    unless: tuple[tuple[str, ...], ...] = ()  # stems that, in the sentence, make the class no reading here


class Combo(NamedTuple):
    rule: str
    part: str
    signs: tuple[str, ...]
    also: tuple[str, ...] = ()  # a second sign needed too ("swollen" and one of "hot, red, painful")


class ContextCue(NamedTuple):
    """A context told in general English: a `before` word, then within `span` words an operation word."""

    context: str
    before: tuple[tuple[str, ...], ...]
    words: tuple[tuple[str, ...], ...]
    span: int = 3
    unless_next: tuple[tuple[str, ...], ...] = ()  # a word right after that makes it no operation ("knee injury")


class ReaderTable(NamedTuple):
    parts: tuple[Vocabulary, ...] = ()
    signs: tuple[Vocabulary, ...] = ()
    combos: tuple[Combo, ...] = ()
    contexts: tuple[ContextCue, ...] = ()


def phrase_stems(phrase: str) -> tuple[str, ...]:
    """A phrase of the table as the stems its words are read by ("swelled up" -> ("swell", "up"))."""
    return _stems_of(phrase)


def word_stem(word: str) -> str:
    """A typed word as the reader reads it: its stem, or the word whole if short ("red", "leg")."""
    return _stem(word)


def word_stems(words: list[str]) -> list[str]:
    """`word_stem` of each word, a remembered stem looked up with no Python call (triage reads every message's words
    twice: speed28)."""
    remembered, stem = english.remembered_stem, english.stem
    return [(remembered(word) or stem(word)) if len(word) >= STEM_FROM else word for word in words]


def find_phrases(phrases, stems: list[str], at: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """Every span of `stems` that is one of `phrases`. `at`: `stem_positions(stems)`, if the caller has it already
    (it looks for several groups of phrases in one message)."""
    return _match_all(phrases, stems, at)


def stem_positions(stems: list[str]) -> dict[str, list[int]]:
    """Where each stem stands in a message (see `find_phrases`)."""
    return _positions(stems)


def _stems_of(phrase: str) -> tuple[str, ...]:
    words = phrase.lower().replace("'", "").split()
    return tuple(_stem(word) for word in words)


def _stem(word: str) -> str:
    return english.stem(word) if len(word) >= STEM_FROM else word


def _phrases(raw: Any, where: str, problems: list[BankProblem], file: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list) or not all(isinstance(item, str) and item.strip() for item in raw):
        problems.append(BankProblem(file, None, where, "must be a list of words or phrases"))
        return ()
    return tuple(dict.fromkeys(_stems_of(item) for item in raw))


def _vocabulary(raw: Any, key: str, problems: list[BankProblem], file: str) -> tuple[Vocabulary, ...]:
    if not isinstance(raw, list):
        problems.append(BankProblem(file, None, f"sign_reader {key}", "must be a list"))
        return ()
    found = []
    for entry in raw:
        name = entry.get("name") if isinstance(entry, dict) else None
        if not name:
            problems.append(BankProblem(file, None, f"sign_reader {key}", "each entry needs 'name' and 'words'"))
            continue
        where = f"sign_reader {key} {name}"
        if not entry.get("source"):
            problems.append(BankProblem(file, None, where, "name the public source ('source')"))
        unless = _phrases(entry["unless"], where, problems, file) if "unless" in entry else ()
        found.append(Vocabulary(str(name), _phrases(entry.get("words"), where, problems, file), unless))
    return tuple(found)


def table_from(raw: Any, problems: list[BankProblem], file: str, rule_names) -> ReaderTable:
    """The `sign_reader:` block, checked (None: no reader)."""
    if raw is None:
        return ReaderTable()
    if not isinstance(raw, dict):
        problems.append(BankProblem(file, None, "sign_reader", "must be a mapping"))
        return ReaderTable()
    parts = _vocabulary(raw.get("parts"), "parts", problems, file)
    signs = _vocabulary(raw.get("signs"), "signs", problems, file)
    part_names = {part.name for part in parts}
    sign_names = {sign.name for sign in signs}
    combos = []
    for entry in raw.get("combinations") or []:
        if not isinstance(entry, dict):
            problems.append(BankProblem(file, None, "sign_reader combinations", "each row must be a mapping"))
            continue
        rule, part = str(entry.get("rule")), str(entry.get("part"))
        wanted = [str(s) for s in entry.get("signs") or []]
        also = [str(s) for s in entry.get("also") or []]
        where = f"sign_reader combinations {rule} {part}"
        if rule not in rule_names:
            problems.append(BankProblem(file, None, where, f"unknown rule {rule!r}"))
        if part not in part_names:
            problems.append(BankProblem(file, None, where, f"unknown part {part!r}"))
        unknown = [s for s in (*wanted, *also) if s not in sign_names and not s.startswith("@")]
        if unknown or not wanted:
            problems.append(BankProblem(file, None, where, f"signs must name known signs: {unknown or wanted!r}"))
        combos.append(Combo(rule, part, tuple(wanted), tuple(also)))
    contexts = []
    for entry in raw.get("contexts") or []:
        name = entry.get("context") if isinstance(entry, dict) else None
        if not name:
            problems.append(BankProblem(file, None, "sign_reader contexts", "each row needs 'context'"))
            continue
        where = f"sign_reader contexts {name}"
        if not entry.get("source"):
            problems.append(BankProblem(file, None, where, "name the public source ('source')"))
        contexts.append(
            ContextCue(
                str(name),
                _phrases(entry.get("before"), where, problems, file),
                _phrases(entry.get("words"), where, problems, file),
                int(entry.get("span") or 3),
                _phrases(entry["unless_next"], where, problems, file) if "unless_next" in entry else (),
            )
        )
    return ReaderTable(parts, signs, tuple(combos), tuple(contexts))


def signs_for_rules(table: ReaderTable, word_groups: dict) -> dict[str, tuple]:
    """Each named rule's extra signs: rule -> signs as groups of one-word items of class words. An `also` that
    names one of the table's word groups ("@head_warning") takes that group's phrases as the rules read them."""
    extra: dict[str, list] = {}
    for combo in table.combos:
        groups = [((part_word(combo.part),),), tuple((sign_word(s),) for s in combo.signs)]
        if combo.also:
            also = []
            for name in combo.also:
                also.extend(word_groups.get(name[1:], ()) if name.startswith("@") else [(sign_word(name),)])
            groups.append(tuple(also))
        extra.setdefault(combo.rule, []).append(tuple(groups))
    return {rule: tuple(signs) for rule, signs in extra.items()}


def _first_stems(phrases) -> frozenset[str]:
    """The stems the phrases start with: `_match_all` finds a span only where the message holds one of them."""
    return frozenset(phrase[0] for phrase in phrases)


def _positions(stems: list[str]) -> dict[str, list[int]]:
    """Where each stem stands in the message, so a phrase is looked for only where its first stem is."""
    at: dict[str, list[int]] = {}
    for index, stem in enumerate(stems):
        at.setdefault(stem, []).append(index)
    return at


def _match_all(phrases, stems: list[str], at: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """Every span of `stems` that is one of `phrases`, phrase by phrase, each from left to right. `at`:
    `_positions(stems)`, if the caller has it already (a message is matched against every class's phrases)."""
    if at is None:
        at = _positions(stems)
    spans = []
    for phrase in phrases:
        size = len(phrase)
        for start in at.get(phrase[0], ()):
            if tuple(stems[start : start + size]) == phrase:
                spans.append((start, start + size))
    return spans


class SignReader:
    """Reads a message's body parts, signs and contexts into the class words the rows' signs are made of."""

    def __init__(self, table: ReaderTable):
        self.table = table
        used_parts = {combo.part for combo in table.combos}
        used_signs = {s for combo in table.combos for s in (*combo.signs, *combo.also) if not s.startswith("@")}
        self._parts = tuple(part for part in table.parts if part.name in used_parts)
        self._signs = tuple(sign for sign in table.signs if sign.name in used_signs)
        # What each part may be read with: the signs of its rows (a sign is read only beside a part of its row).
        self._signs_of_part: dict[str, frozenset[str]] = {}
        for combo in table.combos:
            known = self._signs_of_part.get(combo.part, frozenset())
            own = {s for s in combo.also if not s.startswith("@")}
            self._signs_of_part[combo.part] = known | set(combo.signs) | own
        self._first_stems = frozenset(
            phrase[0]
            for vocabulary in (*self._parts, *self._signs)
            for phrase in vocabulary.phrases
        ) | frozenset(phrase[0] for cue in table.contexts for phrase in cue.words)
        # Each part's and sign's first stems: a class none of whose first stems the message holds has no span, so its
        # phrases are not walked (most messages name one or two of the table's many classes, or none).
        self._part_firsts = tuple(_first_stems(part.phrases) for part in self._parts)
        self._sign_firsts = tuple(_first_stems(sign.phrases) for sign in self._signs)
        self._cue_firsts = tuple(_first_stems(cue.words) for cue in table.contexts)
        self._all_stems = frozenset(
            stem for vocabulary in (*self._parts, *self._signs) for phrase in vocabulary.phrases for stem in phrase
        )
        # Every stem the reader looks at (parts, signs, their `unless`, contexts and their words around), each
        # without its last letter (the stemmer may change it: "happy" -> "happi"), by length: a word is mended
        # only if one of these is in reach (see `_in_reach`).
        read_stems = {
            stem
            for phrases in (
                *(vocabulary.phrases for vocabulary in (*self._parts, *self._signs)),
                *(vocabulary.unless for vocabulary in (*self._parts, *self._signs)),
                *(cue.words for cue in table.contexts),
                *(cue.before for cue in table.contexts),
                *(cue.unless_next for cue in table.contexts),
            )
            for phrase in phrases
            for stem in phrase
        }
        self._read_stems = frozenset(read_stems)
        heads: dict[int, set[str]] = {}
        for stem in read_stems:
            if len(stem) >= STEM_FROM:  # a stem of three letters ("leg", "hot") is read whole, as typed
                heads.setdefault(len(stem) - 1, set()).add(stem[:-1])
        self._heads = {size: sorted(found) for size, found in heads.items()}

    def __bool__(self) -> bool:
        return bool(self.table.combos or self.table.contexts)

    def class_words(self) -> list[tuple[str, ...]]:
        """The context class words (phrases the table must know as context items)."""
        return [(context_word(cue.context),) for cue in self.table.contexts]

    def stems(self, words: list[str]) -> list[str]:
        """Each word's stem; a word neither in the English list nor in the table is read as the common English
        word one slip away ("swolen" -> "swollen"); one the table knows ("clonked") is kept."""
        result = []
        mended = 0
        remembered, stem = english.remembered_stem, english.stem  # as `_stem`, a remembered stem with no call
        for word in words:
            if (
                mended < MENDED_A_MESSAGE
                and len(word) >= STEM_FROM
                and word.isalpha()
                and not english.is_known(word)
                and _stem(word) not in self._all_stems
                and self._in_reach(word)
            ):
                mended += 1
                fixed = english.correction(word)  # "swolen" -> "swollen", "cafl" stays (not one common word)
                if fixed:
                    word = fixed
            result.append((remembered(word) or stem(word)) if len(word) >= STEM_FROM else word)
        return result

    def _in_reach(self, word: str) -> bool:
        """Whether mending this unknown word could change what the reader reads: its own stem is one the reader
        looks at, or the start of one is one slip from the word's start. A mended word is one slip from the word,
        and its stem starts as the mended word does, so a word with neither cannot be mended into one the reader
        knows. (Mending lists the word's slips in the English list: the slow part, and a pasted page of made-up
        words, none near a sign, made every one of them pay it.)"""
        if _stem(word) in self._read_stems:
            return True
        for size, heads in self._heads.items():
            for start in {word[: size - 1], word[:size], word[: size + 1]}:
                if process.extractOne(start, heads, scorer=OSA.distance, score_cutoff=1) is not None:
                    return True
        return False

    def read(self, words: list[str], sentence: list[int], found: dict, typed: list[str] | None = None) -> dict:
        """`found` with the class words added at the places of the parts and signs told together (the message's
        own words are left as they are). `typed`: the words before the triage table's spelling fixes, which make a
        word of the table of any word near one ("clouted" is not "clotted"): an English word is read as typed."""
        if typed is not None and len(typed) == len(words):
            words = [
                raw if raw != word and (english.is_known(raw) or _stem(raw) in self._all_stems) else word
                for raw, word in zip(typed, words, strict=False)
            ]
        stems = self.stems(words)
        if self._first_stems.isdisjoint(stems):
            return found
        added: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        at = _positions(stems)
        part_spans = {
            part.name: [] if firsts.isdisjoint(at) else self._spans(part, stems, sentence, at)
            for part, firsts in zip(self._parts, self._part_firsts, strict=True)
        }
        sign_spans = {
            sign.name: [] if firsts.isdisjoint(at) else self._spans(sign, stems, sentence, at)
            for sign, firsts in zip(self._signs, self._sign_firsts, strict=True)
        }
        for part, spans in part_spans.items():
            for start, end in spans:
                near = False
                for sign in self._signs_of_part.get(part, ()):
                    for s_start, s_end in sign_spans.get(sign, ()):
                        if sentence[s_start] != sentence[start] or (s_start < end and start < s_end):
                            continue
                        if min(abs(s_start - end), abs(start - s_end)) <= WINDOW:
                            added.setdefault((sign_word(sign),), []).append((s_start, s_end))
                            near = True
                if near:
                    added.setdefault((part_word(part),), []).append((start, end))
        for cue, firsts in zip(self.table.contexts, self._cue_firsts, strict=True):
            if firsts.isdisjoint(at):
                continue
            for start, end in _match_all(cue.words, stems, at):
                before = stems[max(0, start - cue.span) : start]
                after = stems[end : end + 2]
                if _match_all(cue.before, before) and not _match_all(cue.unless_next, after):
                    added.setdefault((context_word(cue.context),), []).append((start, end))
        if not added:
            return found
        result = dict(found)
        for item, spans in added.items():
            result[item] = sorted(set(result.get(item, [])) | set(spans))
        return result

    @staticmethod
    def _spans(vocabulary: Vocabulary, stems: list[str], sentence: list[int], at=None) -> list[tuple[int, int]]:
        spans = _match_all(vocabulary.phrases, stems, at)
        if not spans or not vocabulary.unless:
            return spans
        blocked = {sentence[start] for start, _ in _match_all(vocabulary.unless, stems, at)}
        return [span for span in spans if sentence[span[0]] not in blocked]
