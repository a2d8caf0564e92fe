"""Load and validate a FAQ bank: a folder of YAML files a clinician can edit.

Every problem in a bank is collected and reported together, with file, line
and entry id, so a whole bank can be fixed in one pass. Loading never raises
anything but `BankError`.
"""

from __future__ import annotations

import datetime
import gc
import os
import re
from typing import Any, NamedTuple

import yaml

from chatbot.errors import BankError, BankProblem
from chatbot.text import words

MAX_ANSWER_CHARS = 600
MIN_ALTERNATES = 6
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Sections that a clinic's own bank may leave out; the packaged bank's are used then.
OPTIONAL_SECTIONS = (
    "messages",
    "screens",
    "smalltalk",
    "synonyms",
    "stopwords",
    "everyday_words",
    "topic_words",
    "emergency",
    "personal_advice",
    "follow_up",
)
KNOWN_SECTIONS = ("meta", "entries", *OPTIONAL_SECTIONS)
LIST_SECTIONS = ("entries", "smalltalk")  # merged across files; the rest may appear once

ENTRY_FIELDS = {"id": str, "question": str, "alternates": list, "answer": str, "source": str, "related": list}
REQUIRED_MESSAGES = (
    "off_topic",
    "not_covered",
    "personal_advice",
    "internal_error",
    "too_long",
    "empty",
    "no_such_choice",
    "nothing_more",
    "clarify",
    "source_prefix",
    "follow_ups",
    "examples",
)
REQUIRED_SCREENS = (
    "title",
    "welcome",
    "safety_note",
    "example_ids",
    "help",
    "goodbye",
    "restarted",
    "kiosk_idle_warning",
    "kiosk_error",
    "kiosk_hint",
    "kiosk_no_quit",
    "prompt",
    "help_hint",
    "topics_heading",
    "more_topics",
    "you",
    "bot_name",
)
REQUIRED_EMERGENCY = ("number", "reply", "crisis_reply", "signals")


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


class EmergencySignal(NamedTuple):
    """Words that mean someone may be in danger now."""

    name: str
    phrases: tuple[str, ...] = ()
    all_of: tuple[tuple[str, ...], ...] = ()
    crisis: bool = False
    may_be_informational: bool = False


class EmergencyRules(NamedTuple):
    """What counts as an emergency and what the bot says then."""

    number: str
    reply: str
    crisis_reply: str
    signals: tuple[EmergencySignal, ...]
    question_openers: frozenset[str] = frozenset()
    condition_words: frozenset[str] = frozenset()
    personal_words: frozenset[str] = frozenset()


class AdviceRules(NamedTuple):
    """Requests for personal advice: any phrase, or a message with a word from every group of a combination."""

    phrases: tuple[str, ...]
    combinations: tuple[tuple[tuple[str, ...], ...], ...] = ()


class FollowUpWords(NamedTuple):
    """Words that show a message leans on the last answer."""

    openers: tuple[str, ...]
    pronouns: frozenset[str]
    more: tuple[str, ...]


class TopicGroup(NamedTuple):
    """A named group of entry ids, for the topics list."""

    name: str
    ids: tuple[str, ...]


class Bank(NamedTuple):
    """A whole validated bank: entries, wording, vocabulary and safety rules."""

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
    emergency: EmergencyRules
    personal_advice: AdviceRules
    follow_up: FollowUpWords
    example_ids: tuple[str, ...]
    path: str
    by_id: dict[str, FaqEntry]  # the entries by id, for lookups

    def source_line(self, entry: FaqEntry) -> str:
        """The source of an entry, as one line a patient can read."""
        return f'"{self.title}", part: {entry.source} (medically reviewed {_readable_date(self.reviewed)})'


def _readable_date(value: str) -> str:
    """2022-10-11 as "October 11, 2022"; any other text as it is."""
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day:%B} {day.day}, {day.year}"


# os.path rather than pathlib: pathlib alone adds about 7 ms to every start of `chatbot ask`.
def packaged_bank_dir() -> str:
    """The bank that ships with the package (or, in a source checkout, the repo's `faq/`)."""
    here = os.path.dirname(os.path.abspath(__file__))
    installed = os.path.join(here, "faq")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(here), "faq")


class _LineDict(dict):
    """A mapping that remembers the line it started on in its YAML file."""

    line: int | None = None


class _DuplicateKey(yaml.YAMLError):
    pass


def _make_loader() -> type:
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser loads several times faster

    class LineLoader(base):  # type: ignore[misc, valid-type]
        pass

    def construct_mapping(loader: Any, node: yaml.MappingNode) -> _LineDict:
        loader.flatten_mapping(node)
        mapping = _LineDict()
        mapping.line = node.start_mark.line + 1
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise _DuplicateKey(f"line {key_node.start_mark.line + 1}: a key must be plain text")
            if key in mapping:
                raise _DuplicateKey(f"line {key_node.start_mark.line + 1}: the key {key!r} appears twice")
            mapping[key] = loader.construct_object(value_node, deep=True)
        return mapping

    LineLoader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    return LineLoader


_LOADER = _make_loader()


def _yaml_files(path: str) -> list[str]:
    if os.path.isfile(path):
        return [path]
    # Not filtered on isfile(): a dangling link must be reported as unreadable, not skipped.
    names = sorted(name for name in os.listdir(path) if name.endswith((".yaml", ".yml")))
    return [os.path.join(path, name) for name in names if not os.path.isdir(os.path.join(path, name))]


def _read_documents(path: str, problems: list[BankProblem]) -> list[tuple[str, dict]]:
    """Parse every YAML file of a bank; unreadable or broken files become problems."""
    if not os.path.exists(path):
        problems.append(BankProblem(str(path), None, None, "no such file or folder"))
        return []
    try:
        files = _yaml_files(path)
    except OSError as error:
        problems.append(BankProblem(str(path), None, None, f"cannot read the folder: {error.strerror}"))
        return []
    if not files:
        problems.append(BankProblem(str(path), None, None, "no .yaml or .yml files in this folder"))
    documents = []
    for file in files:
        name = str(file)
        try:
            with open(file, encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "it is not UTF-8 text"
            problems.append(BankProblem(name, None, None, f"cannot read the file: {reason}"))
            continue
        try:
            document = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a SafeLoader subclass
        except _DuplicateKey as error:
            line = int(re.search(r"line (\d+)", str(error)).group(1))
            problems.append(BankProblem(name, line, None, str(error).split(": ", 1)[1]))
            continue
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            reason = getattr(error, "problem", None) or str(error)
            problems.append(BankProblem(name, line, None, f"bad YAML: {reason}"))
            continue
        if document is None:
            continue
        if not isinstance(document, dict):
            problems.append(BankProblem(name, 1, None, "the file must be a mapping of sections (meta:, entries:, ...)"))
            continue
        documents.append((name, document))
    return documents


def _collect_sections(documents: list[tuple[str, dict]], problems: list[BankProblem]) -> dict[str, tuple[str, Any]]:
    """Merge the files' sections: list sections are joined, the others may appear only once."""
    sections: dict[str, tuple[str, Any]] = {}
    for name, document in documents:
        for key, value in document.items():
            line = document.line
            if key not in KNOWN_SECTIONS:
                problems.append(
                    BankProblem(name, line, None, f"unknown section {key!r} (known: {', '.join(KNOWN_SECTIONS)})")
                )
                continue
            if key in LIST_SECTIONS:
                if not isinstance(value, list):
                    problems.append(BankProblem(name, line, None, f"{key!r} must be a list"))
                    continue
                tagged = [(name, item) for item in value]
                if key in sections:
                    sections[key][1].extend(tagged)
                else:
                    sections[key] = (name, tagged)
            elif key in sections:
                problems.append(
                    BankProblem(name, line, None, f"section {key!r} is already defined in {sections[key][0]}")
                )
            else:
                sections[key] = (name, value)
    return sections


def _line(node: Any, fallback: int | None = None) -> int | None:
    return getattr(node, "line", None) or fallback


def _text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value)


class _Links(NamedTuple):
    """The related ids of one entry as written, valid entry or not, for the link check."""

    file: str
    line: int | None
    entry_id: str
    related: tuple[str, ...]


def _check_entries(items: list[tuple[str, Any]], problems: list[BankProblem]) -> tuple[list[FaqEntry], list[_Links]]:
    entries: list[FaqEntry] = []
    links: list[_Links] = []
    seen_ids: dict[str, str] = {}
    for file, raw in items:
        if not isinstance(raw, dict):
            problems.append(
                BankProblem(file, None, None, "each entry must be a mapping with id, question, answer, ...")
            )
            continue
        line = _line(raw)
        entry_id = raw.get("id") if isinstance(raw.get("id"), str) else None
        before = len(problems)

        def report(message: str, entry_id: str | None = entry_id, file: str = file, line: int | None = line) -> None:
            problems.append(BankProblem(file, line, entry_id, message))

        for key in raw:
            if key not in ENTRY_FIELDS:
                report(f"unknown field {key!r} (known: {', '.join(ENTRY_FIELDS)})")
        for key, kind in ENTRY_FIELDS.items():
            if key not in raw or raw[key] is None:
                report(f"missing field {key!r}")
            elif not isinstance(raw[key], kind):
                report(f"field {key!r} must be {'text' if kind is str else 'a list'}, not {type(raw[key]).__name__}")
        if entry_id is not None and not ID_PATTERN.match(entry_id):
            report(f"id {entry_id!r} must be lower-case words joined by dashes, like 'what-is-ho'")
        if entry_id is not None:
            if entry_id in seen_ids:
                report(f"duplicate id {entry_id!r} (also in {seen_ids[entry_id]})")
            seen_ids.setdefault(entry_id, f"{file}:{line}")
        for key in ("question", "source"):
            if isinstance(raw.get(key), str) and not raw[key].strip():
                report(f"field {key!r} is empty")
        answer = raw.get("answer")
        if isinstance(answer, str):
            if not answer.strip():
                report("the answer is empty")
            elif len(answer.strip()) > MAX_ANSWER_CHARS:
                report(f"the answer is {len(answer.strip())} characters; the limit is {MAX_ANSWER_CHARS}")
        alternates = raw.get("alternates")
        if isinstance(alternates, list):
            if not _text_list(alternates):
                report("every alternate must be non-empty text")
            elif len(alternates) < MIN_ALTERNATES:
                report(f"has {len(alternates)} alternates; write at least {MIN_ALTERNATES} ways a patient would ask")
        related = raw.get("related")
        if isinstance(related, list) and not all(isinstance(item, str) for item in related):
            report("every related id must be text")
        elif isinstance(related, list) and entry_id is not None:
            links.append(_Links(file, line, entry_id, tuple(related)))
        if len(problems) > before:
            continue
        entries.append(
            FaqEntry(
                id=entry_id,
                question=raw["question"].strip(),
                alternates=tuple(a.strip() for a in alternates),
                answer=" ".join(answer.split()),
                source=raw["source"].strip(),
                related=tuple(related),
                file=file,
                line=line,
            )
        )
    return entries, links


def _check_links_and_overlaps(entries: list[FaqEntry], links: list[_Links], problems: list[BankProblem]) -> None:
    """Related ids must exist, and no way of asking may belong to two entries."""
    ids = {link.entry_id for link in links}
    for link in links:
        for related_id in link.related:
            if related_id == link.entry_id:
                problems.append(
                    BankProblem(link.file, link.line, link.entry_id, "an entry cannot be related to itself")
                )
            elif related_id not in ids:
                message = f"related id {related_id!r} does not exist"
                problems.append(BankProblem(link.file, link.line, link.entry_id, message))
    owner: dict[str, str] = {}
    for entry in entries:
        seen_here: set[str] = set()
        for phrasing in (entry.question, *entry.alternates):
            key = " ".join(re.findall(r"[a-z0-9]+", phrasing.lower()))
            if key in seen_here:
                continue
            seen_here.add(key)
            if key in owner and owner[key] != entry.id:
                message = f"the question {phrasing!r} is also under {owner[key]!r}"
                problems.append(BankProblem(entry.file, entry.line, entry.id, message))
            owner.setdefault(key, entry.id)


def _check_meta(section: tuple[str, Any] | None, problems: list[BankProblem]) -> tuple[str, str, str]:
    if section is None:
        problems.append(BankProblem("(bank)", None, None, "missing section 'meta' (title, source, reviewed)"))
        return "", "", ""
    file, meta = section
    if not isinstance(meta, dict):
        problems.append(BankProblem(file, None, None, "'meta' must be a mapping with title, source, reviewed"))
        return "", "", ""
    values = []
    for key in ("title", "source", "reviewed"):
        value = meta.get(key)
        if value is None or not str(value).strip():
            problems.append(BankProblem(file, _line(meta), None, f"meta is missing {key!r}"))
        values.append(str(value).strip() if value is not None else "")
    return values[0], values[1], values[2]


def _check_mapping_of_text(section: tuple[str, Any], required: tuple[str, ...], problems: list[BankProblem]) -> dict:
    file, value = section
    if not isinstance(value, dict):
        problems.append(BankProblem(file, None, None, "this section must be a mapping"))
        return {}
    for key in required:
        if key not in value or value[key] in (None, "", []):
            problems.append(BankProblem(file, _line(value), None, f"missing {key!r}"))
    return value


def _check_word_list(section: tuple[str, Any], name: str, problems: list[BankProblem]) -> frozenset[str]:
    file, value = section
    if not _text_list(value):
        items = value if isinstance(value, list) else []
        odd = [repr(item) for item in items if not (isinstance(item, str) and item.strip())]
        detail = f"; not words: {', '.join(odd[:5])}" if odd else ""
        message = f"{name!r} must be a list of words (put quotes around yes, no, on, off, true, false){detail}"
        problems.append(BankProblem(file, None, None, message))
        return frozenset()
    return frozenset(str(word).lower() for word in value)


def _check_synonyms(section: tuple[str, Any], problems: list[BankProblem]) -> dict[str, tuple[str, ...]]:
    file, value = section
    if not isinstance(value, dict):
        problems.append(BankProblem(file, None, None, "'synonyms' must map a concept word to a list of phrases"))
        return {}
    synonyms = {}
    for concept, phrases in value.items():
        if not _text_list(phrases):
            problems.append(BankProblem(file, _line(value), None, f"synonyms of {concept!r} must be a list of phrases"))
            continue
        synonyms[str(concept)] = tuple(phrases)
    return synonyms


def _check_smalltalk(items: list[tuple[str, Any]], problems: list[BankProblem]) -> tuple[SmalltalkEntry, ...]:
    result = []
    for file, raw in items:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            problems.append(
                BankProblem(file, _line(raw), None, "each small-talk item needs an id, patterns and answer")
            )
            continue
        if not _text_list(raw.get("patterns")) or not isinstance(raw.get("answer"), str) or not raw["answer"].strip():
            problems.append(
                BankProblem(
                    file,
                    _line(raw),
                    raw["id"],
                    "small talk needs a list of patterns and an answer (put quotes around yes, no, on, off)",
                )
            )
            continue
        result.append(
            SmalltalkEntry(
                raw["id"], tuple(raw["patterns"]), " ".join(raw["answer"].split()), bool(raw.get("offer_examples"))
            )
        )
    return tuple(result)


def _check_emergency(section: tuple[str, Any], problems: list[BankProblem]) -> EmergencyRules | None:
    raw = _check_mapping_of_text(section, REQUIRED_EMERGENCY, problems)
    file = section[0]
    if not raw or not isinstance(raw.get("signals"), list):
        return None
    signals = []
    for item in raw["signals"]:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            problems.append(BankProblem(file, _line(item, _line(raw)), None, "each emergency signal needs a name"))
            continue
        phrases = item.get("phrases", [])
        groups = item.get("all_of", [])
        if not (phrases or groups) or (phrases and not _text_list(phrases)):
            problems.append(BankProblem(file, _line(item), item["name"], "an emergency signal needs phrases or all_of"))
            continue
        if groups and not (isinstance(groups, list) and all(_text_list(group) for group in groups)):
            problems.append(BankProblem(file, _line(item), item["name"], "all_of must be a list of word lists"))
            continue
        signals.append(
            EmergencySignal(
                name=item["name"],
                phrases=tuple(phrases),
                all_of=tuple(tuple(group) for group in groups),
                crisis=bool(item.get("crisis", False)),
                may_be_informational=bool(item.get("may_be_informational", False)),
            )
        )
    words = {}
    for key in ("question_openers", "condition_words", "personal_words"):
        words[key] = _check_word_list((file, raw[key]), key, problems) if key in raw else frozenset()
    return EmergencyRules(
        number=str(raw.get("number", "")),
        reply=" ".join(str(raw.get("reply", "")).split()),
        crisis_reply=" ".join(str(raw.get("crisis_reply", "")).split()),
        signals=tuple(signals),
        **words,
    )


def _check_screens(section: tuple[str, Any], ids: set[str], own: bool, problems: list[BankProblem]):
    screens = dict(_check_mapping_of_text(section, REQUIRED_SCREENS, problems))
    groups = []
    examples = screens.get("example_ids", [])
    if not _text_list(examples):
        problems.append(BankProblem(section[0], _line(screens), None, "example_ids must be a list of entry ids"))
        examples = []
    for entry_id in examples if own else ():
        if entry_id not in ids:
            problems.append(
                BankProblem(section[0], _line(screens), entry_id, "example_ids names an id that does not exist")
            )
    screens["example_ids"] = [entry_id for entry_id in examples if entry_id in ids]
    raw_groups = screens.get("topic_groups", []) if own else []
    if not isinstance(raw_groups, list):
        problems.append(BankProblem(section[0], _line(screens), None, "topic_groups must be a list"))
        raw_groups = []
    for group in raw_groups:
        if not isinstance(group, dict) or not isinstance(group.get("name"), str) or not _text_list(group.get("ids")):
            problems.append(BankProblem(section[0], _line(group), None, "each topic group needs a name and ids"))
            continue
        for entry_id in group["ids"]:
            if entry_id not in ids:
                problems.append(
                    BankProblem(section[0], _line(group), entry_id, "topic group names an id that does not exist")
                )
        groups.append(TopicGroup(group["name"], tuple(i for i in group["ids"] if i in ids)))
    return screens, tuple(groups)


def _check_advice(section: tuple[str, Any], problems: list[BankProblem]) -> AdviceRules:
    file, raw = section
    if not isinstance(raw, dict) or not _text_list(raw.get("phrases")):
        problems.append(BankProblem(file, _line(raw), None, "'personal_advice' needs a list of phrases"))
        return AdviceRules(())
    combinations = raw.get("combinations", [])
    valid = isinstance(combinations, list) and all(
        isinstance(groups, list) and groups and all(_text_list(group) for group in groups) for groups in combinations
    )
    if not valid:
        problems.append(BankProblem(file, _line(raw), None, "personal_advice combinations must be lists of word lists"))
        combinations = []
    return AdviceRules(tuple(raw["phrases"]), tuple(tuple(tuple(g) for g in groups) for groups in combinations))


def _check_follow_up(section: tuple[str, Any], problems: list[BankProblem]) -> FollowUpWords:
    file, raw = section
    lists = {}
    for key in ("openers", "pronouns", "more"):
        value = raw.get(key) if isinstance(raw, dict) else None
        if not _text_list(value):
            problems.append(BankProblem(file, _line(raw), None, f"follow_up needs a list {key!r}"))
            value = []
        # Folded the way messages are, so a phrase written "Go on!" still matches "go on".
        lists[key] = tuple(" ".join(words(str(item))) for item in value)
    return FollowUpWords(lists["openers"], frozenset(lists["pronouns"]), lists["more"])


def _packaged_sections() -> dict[str, tuple[str, Any]]:
    problems: list[BankProblem] = []
    sections = _collect_sections(_read_documents(packaged_bank_dir(), problems), problems)
    if problems:
        raise BankError(problems)
    return sections


def load_bank(path: str | os.PathLike | None = None) -> Bank:
    """Load and validate a bank folder (or one file); by default the packaged bank.

    A clinic's own bank needs `meta` and `entries`; any other section it
    leaves out is taken from the packaged bank, so safety rules and wording
    are never missing. Raises `BankError` listing every problem found.
    """
    folder = os.fspath(path) if path is not None else packaged_bank_dir()
    # Loading makes many small objects that all live on: pausing the cyclic garbage collector
    # meanwhile saves about a third of the time on a large bank, and frees nothing anyway.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_bank(folder, path is not None)
    finally:
        if collecting:
            gc.enable()


def _load_bank(folder: str, custom: bool) -> Bank:
    problems: list[BankProblem] = []
    sections = _collect_sections(_read_documents(folder, problems), problems)
    if problems and not sections:
        raise BankError(problems)
    own = set(sections)
    if custom and any(name not in sections for name in OPTIONAL_SECTIONS):
        defaults = _packaged_sections()
        for name in OPTIONAL_SECTIONS:
            sections.setdefault(name, defaults[name])
    for name in KNOWN_SECTIONS:
        if name not in sections and name != "meta":
            problems.append(BankProblem(str(folder), None, None, f"missing section {name!r}"))

    title, source, reviewed = _check_meta(sections.get("meta"), problems)
    raw_entries = sections.get("entries", ("", []))[1]
    entries, links = _check_entries(raw_entries, problems)
    _check_links_and_overlaps(entries, links, problems)
    if not raw_entries and "entries" in sections:
        problems.append(BankProblem(sections["entries"][0], None, None, "the bank has no entries"))
    messages = _check_mapping_of_text(sections.get("messages", ("", {})), REQUIRED_MESSAGES, problems)
    screens, groups = _check_screens(
        sections.get("screens", ("", {})), {e.id for e in entries}, "screens" in own, problems
    )
    smalltalk = _check_smalltalk(sections.get("smalltalk", ("", []))[1], problems)
    synonyms = _check_synonyms(sections.get("synonyms", ("", {})), problems)
    word_lists = {
        name: _check_word_list(sections.get(name, ("", [])), name, problems)
        for name in ("stopwords", "everyday_words", "topic_words")
    }
    emergency = _check_emergency(sections.get("emergency", ("", {})), problems)
    advice = _check_advice(sections.get("personal_advice", ("", {})), problems)
    follow_up = _check_follow_up(sections.get("follow_up", ("", {})), problems)
    if problems:
        raise BankError(problems)
    example_ids = tuple(screens["example_ids"]) or tuple(entry.id for entry in entries[:4])
    return Bank(
        title=title,
        source=source,
        reviewed=reviewed,
        entries=tuple(entries),
        messages={key: " ".join(str(value).split()) for key, value in messages.items()},
        screens=dict(screens),
        topic_groups=groups,
        smalltalk=smalltalk,
        synonyms=synonyms,
        emergency=emergency,
        personal_advice=advice,
        follow_up=follow_up,
        example_ids=example_ids,
        path=str(folder),
        by_id={entry.id: entry for entry in entries},
        **word_lists,
    )
