"""Validate each section of a bank and build its values, collecting every problem on the way.

Each `check_*` function takes a section as `(file, raw YAML value)`, appends
a `BankProblem` for everything wrong with it, and returns what it could build.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from chatbot.bank_model import (
    AdviceRules,
    EmergencyRules,
    EmergencySignal,
    FaqEntry,
    FollowUpWords,
    SmalltalkEntry,
    TopicGroup,
)
from chatbot.errors import BankProblem
from chatbot.text import words

MAX_ANSWER_CHARS = 600
MIN_ALTERNATES = 6
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

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
)
REQUIRED_EMERGENCY = ("number", "reply", "crisis_reply", "signals")


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


def check_entries(items: list[tuple[str, Any]], problems: list[BankProblem]) -> tuple[list[FaqEntry], list[_Links]]:
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


def check_links_and_overlaps(entries: list[FaqEntry], links: list[_Links], problems: list[BankProblem]) -> None:
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


def check_meta(section: tuple[str, Any] | None, problems: list[BankProblem]) -> tuple[str, str, str]:
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


def meta_names(section: tuple[str, Any] | None) -> tuple[str, str]:
    """The optional `short_name` and `topic` of a bank's meta (what "it" means in a question)."""
    meta = section[1] if section is not None and isinstance(section[1], dict) else {}
    return str(meta.get("short_name") or "").strip(), str(meta.get("topic") or "").strip()


def check_mapping_of_text(section: tuple[str, Any], required: tuple[str, ...], problems: list[BankProblem]) -> dict:
    file, value = section
    if not isinstance(value, dict):
        problems.append(BankProblem(file, None, None, "this section must be a mapping"))
        return {}
    for key in required:
        if key not in value or value[key] in (None, "", []):
            problems.append(BankProblem(file, _line(value), None, f"missing {key!r}"))
    return value


def check_word_list(section: tuple[str, Any], name: str, problems: list[BankProblem]) -> frozenset[str]:
    file, value = section
    if not _text_list(value):
        items = value if isinstance(value, list) else []
        odd = [repr(item) for item in items if not (isinstance(item, str) and item.strip())]
        detail = f"; not words: {', '.join(odd[:5])}" if odd else ""
        message = f"{name!r} must be a list of words (put quotes around yes, no, on, off, true, false){detail}"
        problems.append(BankProblem(file, None, None, message))
        return frozenset()
    return frozenset(str(word).lower() for word in value)


def check_synonyms(section: tuple[str, Any], problems: list[BankProblem]) -> dict[str, tuple[str, ...]]:
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


def check_smalltalk(items: list[tuple[str, Any]], problems: list[BankProblem]) -> tuple[SmalltalkEntry, ...]:
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


def check_emergency(section: tuple[str, Any], problems: list[BankProblem]) -> EmergencyRules | None:
    raw = check_mapping_of_text(section, REQUIRED_EMERGENCY, problems)
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
        words[key] = check_word_list((file, raw[key]), key, problems) if key in raw else frozenset()
    return EmergencyRules(
        number=str(raw.get("number", "")),
        reply=" ".join(str(raw.get("reply", "")).split()),
        crisis_reply=" ".join(str(raw.get("crisis_reply", "")).split()),
        signals=tuple(signals),
        **words,
    )


def check_screens(section: tuple[str, Any], ids: set[str], own: bool, problems: list[BankProblem]):
    screens = dict(check_mapping_of_text(section, REQUIRED_SCREENS, problems))
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


def check_advice(section: tuple[str, Any], problems: list[BankProblem]) -> AdviceRules:
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


def check_follow_up(section: tuple[str, Any], problems: list[BankProblem]) -> FollowUpWords:
    file, raw = section
    lists = {}
    for key in ("openers", "pronouns", "more"):
        value = raw.get(key) if isinstance(raw, dict) else None
        if not _text_list(value):
            problems.append(BankProblem(file, _line(raw), None, f"follow_up needs a list {key!r}"))
            value = []
        # Folded the way messages are, so a phrase written "Go on!" still matches "go on".
        lists[key] = tuple(" ".join(words(str(item))) for item in value)
    subjects = raw.get("subjects", []) if isinstance(raw, dict) else []
    if not _text_list(subjects):
        problems.append(BankProblem(file, _line(raw), None, "follow_up subjects must be a list of words"))
        subjects = []
    return FollowUpWords(lists["openers"], frozenset(lists["pronouns"]), lists["more"], frozenset(subjects))
