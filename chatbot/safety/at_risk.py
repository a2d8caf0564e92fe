"""Who a message is about and whether that person is in a group at risk (round 26 at-risk), read from general English.

The same sign is routine in a well adult and urgent in someone at risk: a fever in a baby under three months, a
rash with a fever in pregnancy, chickenpox or measles met by someone on chemotherapy or long-term steroids. The
rules that join a group with a sign are ordinary rules of the triage table with the group as their `context`; this
module only reads the group, from the small table `at_risk:` of the triage table (each group with its NHS or NICE
source), so a clinician can see what marks each group:

- a group's own words, each known by its Snowball stem ("pregnant", "pregnancy"; "chemo", "chemotherapy",
  "immunosuppressed"), with `unless` words that make the mention no membership in its sentence (a steroid cream, an
  inhaler; chemotherapy finished);
- a baby's age told in days, weeks or months ("6 week old", "10 days old", "born 3 weeks ago", "my baby is 7
  weeks", "8wk old", "six week old", "a 5 week baby") and read as days: under the group's `under_days` it is a
  young baby;
- weeks of a pregnancy ("34 weeks along", "28 weeks pregnant", "30 weeks gone"): the person is pregnant, and the
  number is no child's age (the table's child context reads "<number 1-52> weeks" as one).

The reader adds the group's class word ("context:young_baby") at the place of the words that told it, so each
rule's context, its time frame and the readers of denial ("I'm not pregnant") go through the rules' own machinery.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from chatbot.errors import BankProblem
from chatbot.lazy_pattern import lazy_compile
from chatbot.safety.sign_reader import context_word, find_phrases, phrase_stems, stem_positions, word_stems

# Number words a parent types for an age ("six week old"); read_numbers joins only temperatures and tens.
_NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
}  # fmt: skip
# A count and its unit typed as one word: "8wk", "6wks", "3mo", "10days". Compiled on first use: read only in a
# message that tells a count (speed28).
_GLUED = lazy_compile(r"^(\d{1,3})([a-z]+)$")


class RiskGroup(NamedTuple):
    """One group at risk: the context it marks, its words (as stems) and what makes a mention no membership."""

    name: str
    context: str
    phrases: tuple[tuple[str, ...], ...]
    unless: tuple[tuple[str, ...], ...] = ()
    under_days: int = 0  # an age under this many days puts a baby in the group (0: no age reading)
    gestation: bool = False  # weeks of a pregnancy ("34 weeks along") put the person in the group


class AtRiskTable(NamedTuple):
    groups: tuple[RiskGroup, ...] = ()
    units: dict[str, int] = {}  # noqa: RUF012 - never changed; an age unit's word -> its days
    old: tuple[tuple[str, ...], ...] = ()  # after an age: "old"
    born: tuple[tuple[str, ...], ...] = ()  # before an age: "born"
    baby_words: tuple[tuple[str, ...], ...] = ()  # a word of the baby an age may stand before ("a 6 week baby")
    gestation_words: tuple[tuple[str, ...], ...] = ()  # after weeks: "pregnant", "along", "gone"
    before: tuple[tuple[str, ...], ...] = ()  # just before an age: "my baby is", "aged", "he's only"
    not_after: tuple[tuple[str, ...], ...] = ()  # after the count, a birth's timing: "born 3 weeks early"
    # before weeks, with a group of pregnancy told in the message: "I'm 28 weeks", "she is 30 weeks"
    gestation_before: tuple[tuple[str, ...], ...] = ()


def _phrases(raw: Any, where: str, problems: list[BankProblem], file: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list) or not all(isinstance(item, str) and item.strip() for item in raw):
        problems.append(BankProblem(file, None, where, "must be a list of words or phrases"))
        return ()
    return tuple(dict.fromkeys(phrase_stems(item) for item in raw))


def table_from(raw: Any, problems: list[BankProblem], file: str, context_names) -> AtRiskTable:
    """The `at_risk:` block, checked (None: no reader). Each group must name its source and a known context."""
    if raw is None:
        return AtRiskTable()
    if not isinstance(raw, dict):
        problems.append(BankProblem(file, None, "at_risk", "must be a mapping"))
        return AtRiskTable()
    groups = []
    for entry in raw.get("groups") or []:
        name = entry.get("name") if isinstance(entry, dict) else None
        if not name:
            problems.append(BankProblem(file, None, "at_risk groups", "each group needs 'name'"))
            continue
        where = f"at_risk groups {name}"
        if not entry.get("source"):
            problems.append(BankProblem(file, None, where, "name the public source ('source')"))
        context = str(entry.get("context") or name)
        if context not in context_names:
            problems.append(BankProblem(file, None, where, f"unknown context {context!r}"))
        groups.append(
            RiskGroup(
                str(name),
                context,
                _phrases(entry.get("words"), where, problems, file),
                _phrases(entry["unless"], where, problems, file) if "unless" in entry else (),
                int(entry.get("under_days") or 0),
                bool(entry.get("gestation")),
            )
        )
    ages = raw.get("ages") or {}
    units = ages.get("units") if isinstance(ages, dict) else None
    if not isinstance(units, dict) or not all(isinstance(days, int) and days > 0 for days in units.values()):
        problems.append(BankProblem(file, None, "at_risk ages units", "must map each unit word to its days"))
        units = {}

    def words(key: str) -> tuple[tuple[str, ...], ...]:
        return _phrases(ages.get(key) or [], f"at_risk ages {key}", problems, file)

    return AtRiskTable(
        groups=tuple(groups),
        units={str(word): days for word, days in units.items()},
        old=words("old"),
        born=words("born"),
        baby_words=words("baby_words"),
        gestation_words=words("gestation_words"),
        before=words("before"),
        not_after=words("not_after"),
        gestation_before=words("gestation_before"),
    )


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word) if len(word) < 4 else None
    return _NUMBER_WORDS.get(word)


class AtRiskReader:
    """Reads the groups at risk a message tells into their class words ("context:young_baby")."""

    def __init__(
        self,
        table: AtRiskTable,
        child_ages: frozenset[tuple[str, ...]] = frozenset(),
        pregnancy_items: frozenset[tuple[str, ...]] = frozenset(),
        context_items: dict[str, frozenset[tuple[str, ...]]] | None = None,
    ):
        self.table = table
        # Each group's context's own phrases (the table's `contexts:`), which a group's `unless` also undoes in its
        # sentence: "in remission from chemo" is no chemotherapy now, whichever list names "chemo".
        self._context_items = context_items or {}
        self._pregnancy_items = pregnancy_items
        # The child context's items that read a bare count of weeks as a child's age ("<number 1-52> weeks"): weeks
        # of a pregnancy are not one.
        self._child_ages = child_ages
        self._first_words = frozenset(phrase[0] for group in table.groups for phrase in group.phrases)
        self._group_firsts = tuple(frozenset(phrase[0] for phrase in group.phrases) for group in table.groups)
        self._by_age = tuple(group for group in table.groups if group.under_days)
        self._by_gestation = tuple(group for group in table.groups if group.gestation)

    def __bool__(self) -> bool:
        return bool(self.table.groups)

    def class_words(self) -> dict[str, tuple[str, ...]]:
        """Each context a group marks -> the class word the reader adds for it."""
        return {group.context: (context_word(group.context),) for group in self.table.groups}

    def read(self, words: list[str], sentence: list[int], found: dict) -> dict:
        """`found` with each group's class word added where the message tells it, and a child's age taken away
        where the count is the weeks of a pregnancy."""
        stems = word_stems(words)
        added: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        if not self._first_words.isdisjoint(stems):
            at = stem_positions(stems)
            for group, firsts in zip(self.table.groups, self._group_firsts, strict=True):
                if firsts.isdisjoint(at):
                    continue  # none of its phrases can start here: no span (most groups, most messages)
                spans = find_phrases(group.phrases, stems, at)
                if spans and group.unless:
                    blocked = {sentence[start] for start, _ in find_phrases(group.unless, stems, at)}
                    if blocked:
                        spans = [span for span in spans if sentence[span[0]] not in blocked]
                        found = _without_in(found, self._context_items.get(group.context, ()), blocked, sentence)
                for span in spans:
                    added.setdefault(context_word(group.context), []).append(span)
        # `isdisjoint` over the few items found, not a generator over the forty pregnancy items (every message).
        pregnant = any(
            context_word(group.context) in added for group in self._by_gestation
        ) or not self._pregnancy_items.isdisjoint(found)
        ages = self._ages(words, stems, pregnant)
        for span, days, gestation in ages:
            if gestation:
                for group in self._by_gestation:
                    added.setdefault(context_word(group.context), []).append(span)
                found = self._without_child_age(found, span)
            else:
                for group in self._by_age:
                    if days < group.under_days:
                        added.setdefault(context_word(group.context), []).append(span)
        if not added:
            return found
        result = dict(found)
        for word, spans in added.items():
            result[(word,)] = sorted(set(result.get((word,), [])) | set(spans))
        return result

    def _ages(self, words: list[str], stems: list[str], pregnant: bool) -> list[tuple[tuple[int, int], int, bool]]:
        """Each count of days, weeks or months told as an age or as weeks of a pregnancy: (span, days,
        pregnancy?). A count is an age after "born" or before "old" or a word of the baby, or after "my baby is",
        "aged" ("my baby is 7 weeks"), never before "early" ("born 3 weeks early"); weeks before "pregnant",
        "along" or "gone" are a pregnancy's, and so are weeks after "I'm" or "she is" in a message that tells a
        pregnancy ("pregnant with twins, I'm 28 weeks")."""
        table = self.table
        units = table.units
        # Most messages tell no count of days, weeks or months: one pass over the words, no stems.
        if not units or not any(word in units or word[:1].isdigit() and word[-1:].isalpha() for word in words):
            return []
        found = []
        for position, word in enumerate(words):
            count, unit, end = _count(word), None, position + 2
            if count is not None and position + 1 < len(words):
                unit = table.units.get(words[position + 1])
            elif count is None and (glued := _GLUED.match(word)):
                count, unit, end = int(glued.group(1)), table.units.get(glued.group(2)), position + 1
            if count is None or unit is None:
                continue
            after = stems[end : end + 2]
            if _starts_with(after, table.gestation_words) or (
                pregnant and _ends_with(stems[:position], table.gestation_before)
            ):
                found.append(((position, end), count * unit, True))
                continue
            if _starts_with(after, table.not_after):
                continue
            told_as_age = (
                _starts_with(after, table.old)
                or _starts_with(after, table.baby_words)
                or _ends_with(stems[:position], table.born)
                or _ends_with(stems[:position], table.before)
            )
            if told_as_age:
                found.append(((position, end), count * unit, False))
        return found

    def _without_child_age(self, found: dict, span: tuple[int, int]) -> dict:
        """`found` without the child context's age items over `span` (the weeks of a pregnancy)."""
        result = {}
        for item, spans in found.items():
            if item in self._child_ages:
                spans = [(start, end) for start, end in spans if end <= span[0] or start >= span[1]]
            if spans:
                result[item] = spans
        return result


def _starts_with(stems: list[str], phrases) -> bool:
    return any(tuple(stems[: len(phrase)]) == phrase for phrase in phrases)


def _ends_with(stems: list[str], phrases) -> bool:
    return any(len(stems) >= len(phrase) and tuple(stems[len(stems) - len(phrase) :]) == phrase for phrase in phrases)


def _without_in(found: dict, items, sentences: set[int], sentence: list[int]) -> dict:
    """`found` without the spans of `items` that start in one of `sentences`."""
    if not any(item in found for item in items):
        return found
    result = {}
    for item, spans in found.items():
        if item in items:
            spans = [span for span in spans if sentence[span[0]] not in sentences]
        if spans:
            result[item] = spans
    return result
