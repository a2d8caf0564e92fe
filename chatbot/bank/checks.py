"""Validate each section of a bank and build its values, collecting every problem on the way.

Each `check_*` function takes a section as `(file, raw YAML value)`, appends
a `BankProblem` for everything wrong with it, and returns what it could build.
"""


import datetime
import difflib
import re
from typing import Any, NamedTuple

from chatbot.bank.model import (
    PLACEHOLDERS,
    RUNTIME_PLACEHOLDERS,
    AdviceRules,
    FaqEntry,
    FollowUpWords,
    Meta,
    RequestGrammar,
    SmalltalkEntry,
    TopicGroup,
)
from chatbot.errors import BankProblem
from chatbot.safety.bank_triage import SECTION_KEYS as TRIAGE_KEYS
from chatbot.understanding.text import words

# A question or alternate past this many characters is a paragraph, not a way a patient asks: `check` warns (it
# still loads; a 100 KB phrasing makes every question that meets its entry several times slower to match).
MAX_PHRASING_CHARS = 300
# Answers past this many characters are too long to read on a kiosk screen: `check` warns.
MAX_ANSWER_CHARS = 600
# Past this, an answer is refused: no screen can show it and no patient reads it.
HARD_MAX_ANSWER_CHARS = 2000
MIN_ALTERNATES = 6
# The largest bank measured (docs/evaluation.md, "Big banks"). Checking and indexing grow with the entries: 200,000
# one-line entries took six minutes, and a 64 MB file holds about 900,000.
MAX_BANK_ENTRIES = 50_000
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# An answer that opens with a yes or a no only makes sense for the one question it was written for;
# reached by a slightly different question, its "Yes" turns into a false yes.
# "No" is a bare answer only where it stands alone ("No.", "No, ...", "No - ...", "No it is not"); as a determiner
# it opens a statement ("No particular diet cures it.", "No one knows why.", "No-one ...").
_CLAUSE_OPENERS = "it|its|you|i|we|they|he|she|there|this|that|not|but|the|a|an|never|because"
# What follows a bare "No": nothing, a mark ("No.", "No, ...", "No—"), a spaced dash, or a word opening a clause.
_AFTER_BARE_NO = rf"(?:\W*$|[.,!;:?\u2026\u2013\u2014]|\s+[-\u2013\u2014]|\s+(?:{_CLAUSE_OPENERS})\b)"
_BARE_NO = rf"""no(?=["'\u201d\u2019]?{_AFTER_BARE_NO})"""
YES_NO_OPENING = re.compile(rf"^\W*(yes\b|yeah\b|yep\b|yup\b|nope\b|nah\b|{_BARE_NO})", re.IGNORECASE)

ENTRY_FIELDS = {"id": str, "question": str, "alternates": list, "answer": str, "source": str, "related": list}
# Fields an entry may leave out, with what it gets instead: a clinic's hand-written bank with no
# alternates yet still loads and answers its own questions; `check` notes each gap as a warning.
ENTRY_DEFAULTS = {"alternates": [], "source": "", "related": []}
REQUIRED_MESSAGES = (
    "off_topic",
    "not_covered",
    "personal_advice",
    "internal_error",
    "too_long",
    "empty",
    "no_such_choice",
    "nothing_more",
    "not_english",
    "clarify",
    "source_prefix",
    "source_line",
    "source_line_whole",
    "follow_ups",
    "examples",
)
REQUIRED_SCREENS = (
    "title",
    "welcome",
    "safety_note",
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
    "topics_heading_words",
    "topics_heading_related",
    "topics_none",
    "topics_cut",
    "more_topics",
    "you",
)
META_REQUIRED = ("title", "source", "reviewed")
# No review of the answers a patient reads today is older than this: an earlier date is a slip or an empty date.
EARLIEST_REVIEW = datetime.date(1980, 1, 1)
META_OPTIONAL = ("topic", "short_name", "emergency_number", "contact", "crisis_lines", "urgent_service")
# Meta values fill sentences a patient reads on every screen ("ask {contact}", "Sorry, I can only answer questions
# about {topic}."): a pasted page there is a wall of text, so each is refused past its limit, with what it is for.
# (The longest in any bank measured: a title of 50 characters, a source of 137, a topic of 60.)
META_MAX_CHARS = {
    "title": (100, "shown above every answer"),
    "source": (300, "shown under every answer"),
    "reviewed": (10, "a date, YYYY-MM-DD"),
    "topic": (80, "the subject in a few words, read inside sentences"),
    "short_name": (40, "a short name read inside sentences"),
    "emergency_number": (40, "the number to call, shown on the emergency screen"),
    "contact": (150, "who to ask, read inside sentences such as 'ask <contact>'"),
    # Read inside the crisis and urgent replies: "call or text a crisis line, such as <crisis_lines>", "contact your
    # care team now, or <urgent_service>".
    "crisis_lines": (200, "the crisis lines named in the crisis reply, such as 'Lifeline on 13 11 14'"),
    "urgent_service": (150, "the same-day service named in the urgent reply, such as 'an urgent care service'"),
}
# A topic group's name is a heading in the menu and the topics list (the longest measured: 24 characters).
TOPIC_GROUP_MAX_CHARS = 80
# Keys a topic bank's `screens` may have that the general layer's wording does not.
TOPIC_SCREENS = ("example_ids", "topic_groups")


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


def check_entries(
    items: list[tuple[str, Any]], problems: list[BankProblem], notes: list[BankProblem] | None = None
) -> tuple[list[FaqEntry], list[_Links]]:
    entries: list[FaqEntry] = []
    links: list[_Links] = []
    seen_ids: dict[str, str] = {}
    names: dict[str, str] = {}  # an id and the related ids naming it as one string: fewer objects on a big bank
    for file, raw in items:
        if not isinstance(raw, dict):
            problems.append(
                BankProblem(file, None, None, "each entry must be a mapping with id, question, answer, ...")
            )
            continue
        line = _line(raw)
        entry_id = raw.get("id") if isinstance(raw.get("id"), str) else None
        before = len(problems)

        def report(
            message: str,
            field: str | None = None,
            entry_id: str | None = entry_id,
            file: str = file,
            line: int | None = line,
        ) -> None:
            problems.append(BankProblem(file, line, entry_id, message, field))

        def note(message: str, entry_id: str | None = entry_id, file: str = file, line: int | None = line) -> None:
            """A warning, not a problem: the entry still loads."""
            if notes is not None:
                notes.append(BankProblem(file, line, entry_id, message))

        for key in raw:
            if key not in ENTRY_FIELDS:  # an entry written for another release still loads
                note(f"unknown field {key!r} is ignored (known: {', '.join(ENTRY_FIELDS)}); check its spelling")
        for key, kind in ENTRY_FIELDS.items():
            if (key not in raw or raw[key] is None) and key in ENTRY_DEFAULTS:
                note(f"no {key!r}: {_WHAT_A_GAP_COSTS[key]}")
            elif key not in raw or raw[key] is None:
                report(f"missing field {key!r}{_spelt_as(key, raw, ENTRY_FIELDS)}", key)
            elif not isinstance(raw[key], kind):
                fix = _TYPE_FIXES.get((key, kind is str), "")
                report(
                    f"field {key!r} must be {'text' if kind is str else 'a list'}, not {_kind_of(raw[key])}{fix}", key
                )
        for key in ("question", "alternates", "answer", "source"):
            texts = raw.get(key) if isinstance(raw.get(key), list) else [raw.get(key)]
            hidden = next((found for text in texts if isinstance(text, str) for found in _CONTROL.findall(text)), None)
            if hidden is not None:
                # Invisible, so no clinician can review it; the JSON front ends would pass it on to a kiosk's screen.
                report(f"field {key!r} holds an invisible control character (U+{ord(hidden):04X}): remove it", key)
        if entry_id is not None and not ID_PATTERN.match(entry_id):
            report(f"id {entry_id!r} must be lower-case words joined by dashes, like 'how-is-it-treated'", "id")
        if entry_id is not None:
            if entry_id in seen_ids:
                report(f"duplicate id {entry_id!r} (also in {seen_ids[entry_id]})", "id")
            seen_ids.setdefault(entry_id, f"{file}:{line}")
        if isinstance(raw.get("question"), str) and _blank(raw["question"]):
            report("field 'question' is empty", "question")
        answer = raw.get("answer")
        if isinstance(answer, str):
            if _blank(answer):  # "\u200b\u200b": a patient read an empty answer under its source
                report("the answer is empty", "answer")
            elif len(answer.strip()) > HARD_MAX_ANSWER_CHARS:
                report(
                    f"the answer is {len(answer.strip())} characters; the limit is {HARD_MAX_ANSWER_CHARS}", "answer"
                )
            elif len(answer.strip()) > MAX_ANSWER_CHARS:
                note(
                    f"the answer is {len(answer.strip())} characters; keep it under {MAX_ANSWER_CHARS} "
                    "(2-5 short sentences) so it fits the screen"
                )
        alternates = _given(raw, "alternates")
        phrasings = [raw.get("question"), *(alternates if isinstance(alternates, list) else ())]
        longest = max((len(text.strip()) for text in phrasings if isinstance(text, str)), default=0)
        if longest > MAX_PHRASING_CHARS:
            note(
                f"a question or alternate is {longest} characters; write each as a patient would ask it, "
                f"under {MAX_PHRASING_CHARS} (the facts go in the answer)"
            )
        if isinstance(alternates, list):
            if not _text_list(alternates):
                report("every alternate must be non-empty text", "alternates")
            elif 0 < len(alternates) < MIN_ALTERNATES:
                # A hint, not a fault: fewer phrasings only mean fewer wordings are understood.
                count = f"{len(alternates)} alternate{'s' if len(alternates) > 1 else ''}"
                note(f"has {count}; write at least {MIN_ALTERNATES} ways a patient would ask")
        related = _given(raw, "related")
        if isinstance(related, list) and not all(isinstance(item, str) for item in related):
            report("every related id must be text", "related")
        elif isinstance(related, list) and entry_id is not None:
            links.append(_Links(file, line, entry_id, tuple(related)))
        if len(problems) > before:
            if isinstance(answer, str):  # every problem at once: not one run to fix the id, another for "Yes."
                check_answer_opening(answer, report)
            continue
        entries.append(
            FaqEntry(
                id=names.setdefault(entry_id, entry_id),
                question=raw["question"].strip(),
                alternates=tuple(a.strip() for a in alternates),
                answer=" ".join(answer.split()),
                source=" ".join(_given(raw, "source").split()),
                related=tuple(names.setdefault(name, name) for name in related),
                file=file,
                line=line,
            )
        )
        # After the entry is kept, so a wording problem does not also break every link to it.
        check_answer_opening(answer, report)
    return entries, links


# Control characters a reviewer cannot see (a NUL, an escape, a backspace); tabs and line breaks are layout.
# Also the bidirectional embeddings, overrides and isolates: invisible, and they make a browser show the text
# around them in another order than the one a clinician reviewed ("Trojan Source", CVE-2021-42574).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Characters that show nothing: spaces, the zero-width and joining format characters, and the letters and symbols
# drawn blank (the Hangul fillers, the blank Braille pattern). A field of only these is empty to a patient; one
# inside text (a soft hyphen pasted from a word processor) is harmless.
_SHOWS_NOTHING = re.compile(
    r"[\s\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u2060-\u206f\u2800\u3164\ufeff\uffa0]*"
)


def _blank(text: str) -> bool:
    return _SHOWS_NOTHING.fullmatch(text) is not None


# How to write a field of the wrong kind, for the slips of a bank written by hand (field, wants text).
_TYPE_FIXES = {
    ("alternates", False): ": write each way of asking on its own line below it, starting with '- '",
    ("related", False): ": write the ids as a list, like related: [other-id, another-id]",
    ("answer", True): ": write it as one text, `answer: >` with the sentences indented on the lines below",
    ("question", True): ": one question only; put the other ways of asking under 'alternates'",
    ("source", True): ": one line of text naming the part of the leaflet the answer comes from",
}


def _spelt_as(missing: str, mapping: dict, known) -> str:
    """' (is 'anwser' meant? check its spelling)' when a key the bank does not know looks like the missing one.

    A misspelt key is only a warning ("unknown field ... is ignored"), and warnings are not shown while a bank has
    problems: without this, "missing field 'answer'" sent the writer looking for an answer that is there.
    """
    strangers = [key for key in mapping if isinstance(key, str) and key not in known]
    close = difflib.get_close_matches(missing, strangers, n=1, cutoff=0.75)
    return f" (is {close[0]!r} meant? check its spelling)" if close else ""


def _kind_of(value: Any) -> str:
    """What a YAML value is, in the words of the person who wrote it (never a Python class name).

    YAML reads an unquoted yes, no, on, off, true or false as true/false: a short name such as ON (optic
    neuritis) or a question "no" is not text until it is quoted.
    """
    if isinstance(value, bool):
        return "true/false (YAML reads an unquoted yes, no, on, off, true or false so: put it in quotes)"
    if isinstance(value, (int, float)):
        return "a number (put it in quotes to keep it as text)"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "a date (put it in quotes to keep it as text)"
    if isinstance(value, dict):
        return "a mapping of keys and values"
    if isinstance(value, list):
        return "a list"
    return "text" if isinstance(value, str) else type(value).__name__


def _given(raw: dict, key: str) -> Any:
    """An entry's field as written, or its default when it is left out (see ENTRY_DEFAULTS)."""
    value = raw.get(key)
    return ENTRY_DEFAULTS[key] if value is None and key in ENTRY_DEFAULTS else value


_WHAT_A_GAP_COSTS = {
    "alternates": f"only its own question's words are known; write at least {MIN_ALTERNATES} ways a patient would ask",
    "source": "its answers show the bank's source without a part; name the page or section the facts come from",
    "related": "no follow-up questions are offered under its answer; list the ids of 2-3 related entries",
}
RELATED_GAP = "no 'related': " + _WHAT_A_GAP_COSTS["related"]
# An entry with no related ids in a topic group offers the others of its group instead (`Bank.follow_up_ids`).
RELATED_GAP_IN_GROUP = (
    "no 'related': the other questions of its topic group {group!r} are offered under its answer; list the ids of "
    "2-3 related entries to choose them"
)


def check_answer_opening(answer: str, report) -> None:
    """An answer must be a statement that stands on its own, never a bare yes or no."""
    opening = YES_NO_OPENING.match(answer)
    if opening:
        report(
            f"the answer opens with {opening.group(1)!r}; write a statement that stays true "
            'for a slightly different question ("This condition is not cancer: ...", not "No.")',
            "answer",
        )


def check_links_and_overlaps(entries: list[FaqEntry], links: list[_Links], problems: list[BankProblem]) -> None:
    """Related ids must exist, and no way of asking may belong to two entries."""
    ids = {link.entry_id for link in links}
    for link in links:
        for related_id in link.related:
            if related_id == link.entry_id:
                problems.append(
                    BankProblem(link.file, link.line, link.entry_id, "an entry cannot be related to itself", "related")
                )
            elif related_id not in ids:
                message = f"related id {related_id!r} does not exist"
                problems.append(BankProblem(link.file, link.line, link.entry_id, message, "related"))
    owner: dict[str, str] = {}
    for entry in entries:
        seen_here: set[str] = set()
        for phrasing in (entry.question, *entry.alternates):
            key = " ".join(re.findall(r"[a-z0-9]+", phrasing.lower()))
            if key in seen_here:
                continue
            seen_here.add(key)
            if key in owner and owner[key] != entry.id:
                message = f"the question {phrasing!r} is also under {owner[key]!r}; keep it under one entry only"
                field = "question" if phrasing == entry.question else "alternates"
                problems.append(BankProblem(entry.file, entry.line, entry.id, message, field))
            owner.setdefault(key, entry.id)


def check_meta(section: tuple[str, Any], problems: list[BankProblem], notes: list[BankProblem]) -> Meta:
    """The bank's `meta`: title, source and a real review date are needed; the rest fills placeholders."""
    file, meta = section
    if not isinstance(meta, dict):
        problems.append(BankProblem(file, None, None, "'meta' must be a mapping with title, source, reviewed"))
        return Meta("", "", "")
    lines = getattr(meta, "key_lines", None) or {}
    values = {}
    for key in (*META_REQUIRED, *META_OPTIONAL):
        value = meta.get(key)
        # A mapping, a list or true/false is no text: `short_name: ON` would have shown patients "True".
        if isinstance(value, (dict, list, bool)):
            message = f"meta {key!r} must be text, not {_kind_of(value)}"
            problems.append(BankProblem(file, lines.get(key, _line(meta)), None, message))
            values[key] = ""
            continue  # one cause, one message: not also "missing"
        if key in META_REQUIRED and (value is None or not str(value).strip()):
            message = f"meta is missing {key!r}{_spelt_as(key, meta, (*META_REQUIRED, *META_OPTIONAL))}"
            problems.append(BankProblem(file, _line(meta), None, message))
        hidden = _CONTROL.search(value) if isinstance(value, str) else None
        if hidden:  # as in an entry: no reviewer sees it, and the JSON front ends pass it on to a screen
            message = f"meta {key!r} holds an invisible control character (U+{ord(hidden.group()):04X}): remove it"
            problems.append(BankProblem(file, lines.get(key, _line(meta)), None, message))
        values[key] = " ".join(str(value).split()) if value is not None else ""
        _check_meta_length(file, lines.get(key, _line(meta)), key, value, values[key], problems, notes)
    reviewed = values["reviewed"]
    if reviewed and not _is_calendar_date(reviewed):
        message = f"meta 'reviewed' must be a real date written YYYY-MM-DD, like 2024-05-31, not {reviewed!r}"
        problems.append(BankProblem(file, lines.get("reviewed", _line(meta)), None, message))
    elif reviewed and datetime.date.fromisoformat(reviewed) > datetime.date.today() + datetime.timedelta(days=1):
        # Patients read "medically reviewed November 1, 2099" under every answer: a slip of the year, never true.
        # (A day of leeway: a clinic ahead of the server's time zone may write its today.)
        message = (
            f"meta 'reviewed' is {reviewed}, a day still to come: write the day a clinician last checked the answers"
        )
        problems.append(BankProblem(file, lines.get("reviewed", _line(meta)), None, message))
    elif reviewed and datetime.date.fromisoformat(reviewed) < EARLIEST_REVIEW:
        # "reviewed: 1066-10-14" read "medically reviewed October 14, 1066" under every answer; a year typed wrong
        # ("1024", "1924" for 2024) or a spreadsheet's or a clock's empty date (1900-01-01, 1970-01-01), never a review.
        message = (
            f"meta 'reviewed' is {reviewed}, before {EARLIEST_REVIEW.year}: write the day a clinician last checked "
            "the answers"
        )
        problems.append(BankProblem(file, lines.get("reviewed", _line(meta)), None, message))
    for key in meta:
        if key not in (*META_REQUIRED, *META_OPTIONAL):
            known = ", ".join((*META_REQUIRED, *META_OPTIONAL))
            message = f"unknown meta key {key!r} is ignored (known: {known}); check its spelling"
            notes.append(BankProblem(file, lines.get(key, _line(meta)), None, message))
    if not values["topic"] and values["title"]:
        message = (
            f"meta has no 'topic', so the screens call the subject by the title {values['title']!r}; "
            "add `topic:` (like 'knee surgery aftercare') and `short_name:`"
        )
        notes.append(BankProblem(file, _line(meta), None, message))
    return Meta(**values)


def _check_meta_length(
    file, line, key, value, shown: str, problems: list[BankProblem], notes: list[BankProblem]
) -> None:
    """A meta value past its limit is refused; one written on several lines is read as one, and said so."""
    limit, purpose = META_MAX_CHARS[key]
    if len(shown) > limit:
        message = (
            f"meta {key!r} is {len(shown):,} characters, more than {limit} ({purpose}): "
            f"shorten it (it starts {shown[:40]!r})"
        )
        problems.append(BankProblem(file, line, None, message))
    elif isinstance(value, str) and "\n" in value.strip():
        lines = len(value.strip().splitlines())
        message = f"meta {key!r} is written on {lines} lines; patients read it as one: {shown!r}"
        notes.append(BankProblem(file, line, None, message))


def _is_calendar_date(text: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def check_unknown_keys(
    topic: tuple[str, Any] | None, general: tuple[str, Any] | None, name: str, notes: list[BankProblem]
) -> None:
    """Keys of a topic bank's wording section that the general layer does not know: a typo, or an old key."""
    if topic is None or general is None or not isinstance(topic[1], dict) or not isinstance(general[1], dict):
        return
    file, value = topic
    lines = getattr(value, "key_lines", None) or {}
    allowed = set(general[1]) | (set(TOPIC_SCREENS) if name == "screens" else set())
    for key in value:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            message = f"unknown key {key!r} in {name!r} is ignored (known: {known}); check its spelling"
            notes.append(BankProblem(file, lines.get(key, _line(value)), None, message))


_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")


def check_placeholders(sections: dict[str, tuple[str, Any]], notes: list[BankProblem]) -> None:
    """A `{name}` in the wording that nothing fills would be shown to patients as it is."""
    known = set(PLACEHOLDERS) | set(RUNTIME_PLACEHOLDERS)
    texts = []
    for name in ("messages", "screens"):
        file, value = sections.get(name, ("", {}))
        if isinstance(value, dict):
            texts += [(file, _line(value), key, text) for key, text in value.items() if isinstance(text, str)]
    for file, item in sections.get("smalltalk", ("", []))[1]:
        if isinstance(item, dict) and isinstance(item.get("answer"), str):
            texts.append((file, _line(item), item.get("id"), item["answer"]))
    for file, line, key, text in texts:
        for unknown in sorted(set(_PLACEHOLDER.findall(text)) - known):
            message = f"{{{unknown}}} in {key!r} is not a placeholder and would be shown as it is (known: "
            message += ", ".join("{" + name + "}" for name in PLACEHOLDERS) + ")"
            notes.append(BankProblem(file, line, None, message))


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
    for key, text in value.items():
        hidden = _CONTROL.search(text) if isinstance(text, str) else None
        if hidden:  # as in an entry or the meta: a screen's words are shown as they are, and no reviewer sees it
            message = f"{key!r} holds an invisible control character (U+{ord(hidden.group()):04X}): remove it"
            problems.append(BankProblem(file, _line(value), None, message))
    return value


# The lists of `service_requests` (general/requests.yaml) besides its kinds; see `understanding.service_request`.
SERVICE_REQUEST_LISTS = ("openers", "softeners", "gap_words", "not_commands", "asking", "wanting")


def check_service_requests(section: tuple[str, Any], problems: list[BankProblem]) -> dict:
    """Requests to act: word lists, and kinds each with a name, `asks` pairs of [acts, things] and a reply."""
    file, value = section
    if not isinstance(value, dict):
        problems.append(BankProblem(file, None, None, "'service_requests' must be a mapping"))
        return {}
    for name in SERVICE_REQUEST_LISTS:
        if name in value and not _text_list(value[name]):
            message = f"service_requests {name!r} must be a list of phrases"
            problems.append(BankProblem(file, _line(value), None, message))
    kinds = value.get("kinds", [])
    if not isinstance(kinds, list):
        problems.append(BankProblem(file, _line(value), None, "service_requests 'kinds' must be a list"))
        return value
    for kind in kinds:
        name = kind.get("name") if isinstance(kind, dict) else None
        asks = kind.get("asks") if isinstance(kind, dict) else None
        shaped = isinstance(asks, list) and all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(side, list) and side for side in pair)
            for pair in asks
        )
        replied = isinstance(kind, dict) and isinstance(kind.get("reply"), str) and kind["reply"].strip()
        if not isinstance(name, str) or not replied or not shaped:
            message = "each service_requests kind needs a name, a reply and 'asks': pairs of [acts, things]"
            problems.append(BankProblem(file, _line(kind) if isinstance(kind, dict) else _line(value), name, message))
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


def check_triage_section(section: tuple[str, Any] | None, problems: list[BankProblem]) -> tuple[str, ...]:
    """A bank's `triage:` section: `expected:`, the everyday symptoms of its condition that a clinician has
    reviewed ("numb fingers at night", "blood on the toilet paper"); triage then asks more before escalating
    them (see triage.yaml, `bank_own_signs`). Absent, the bank's own questions alone say so. Its own red-flag
    `rules:` (with `sources:` and `word_groups:`) are checked by `bank_triage`, and never stop the bank."""
    if section is None:
        return ()
    file, value = section
    if not isinstance(value, dict) or not set(value) & set(TRIAGE_KEYS):
        message = (
            "'triage' must be a mapping with 'expected' (a list of everyday symptoms of the bank's condition) "
            "or 'rules' and 'sources' (the bank's own red flags)"
        )
        problems.append(BankProblem(file, None, None, message))
        return ()
    if "expected" not in value:
        return ()
    expected = value["expected"]
    if not _text_list(expected) or not expected:
        message = "'triage' must be a mapping with 'expected': a list of everyday symptoms of the bank's condition"
        problems.append(BankProblem(file, None, None, message))
        return ()
    return tuple(" ".join(str(item).split()) for item in expected)


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


SMALLTALK_FIELDS = ("id", "patterns", "answer", "offer_examples", "entry_first", "match_words")


def check_smalltalk(
    items: list[tuple[str, Any]], problems: list[BankProblem], notes: list[BankProblem] | None = None
) -> tuple[SmalltalkEntry, ...]:
    result = []
    for file, raw in items:
        for key in raw if isinstance(raw, dict) and notes is not None else ():
            if key not in SMALLTALK_FIELDS:
                message = f"unknown small-talk key {key!r} is ignored (known: {', '.join(SMALLTALK_FIELDS)})"
                notes.append(BankProblem(file, _line(raw), raw.get("id"), message + "; check its spelling"))
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
        hidden = _CONTROL.search(raw["answer"])
        if hidden:
            message = f"the answer holds an invisible control character (U+{ord(hidden.group()):04X}): remove it"
            problems.append(BankProblem(file, _line(raw), raw["id"], message))
            continue
        result.append(
            SmalltalkEntry(
                raw["id"],
                tuple(raw["patterns"]),
                " ".join(raw["answer"].split()),
                bool(raw.get("offer_examples")),
                bool(raw.get("entry_first")),
                bool(raw.get("match_words", True)),
            )
        )
    return tuple(result)


def check_screens(section: tuple[str, Any], ids: set[str] | None, own: bool, problems: list[BankProblem]):
    """The chat screens' words, the example questions and the topic groups.

    `ids` is None when the bank has no entries: that one problem is reported
    once elsewhere, not again for every id named here.
    """
    screens = dict(check_mapping_of_text(section, REQUIRED_SCREENS, problems))
    groups = []
    examples = screens.get("example_ids", [])
    if examples and not _text_list(examples):
        problems.append(BankProblem(section[0], _line(screens), None, "example_ids must be a list of entry ids"))
        examples = []
    known = ids or set()
    for entry_id in examples if own and ids is not None else ():
        if entry_id not in known:
            problems.append(
                BankProblem(section[0], _line(screens), entry_id, "example_ids names an id that does not exist")
            )
    screens["example_ids"] = [entry_id for entry_id in examples if entry_id in known]
    raw_groups = screens.pop("topic_groups", []) if own else []
    if not isinstance(raw_groups, list):
        problems.append(BankProblem(section[0], _line(screens), None, "topic_groups must be a list"))
        raw_groups = []
    for group in raw_groups:
        if not isinstance(group, dict) or not isinstance(group.get("name"), str) or not _text_list(group.get("ids")):
            problems.append(BankProblem(section[0], _line(group), None, "each topic group needs a name and ids"))
            continue
        if len(" ".join(group["name"].split())) > TOPIC_GROUP_MAX_CHARS or not group["name"].strip():
            message = (
                f"a topic group's name is a heading in the menu: 1 to {TOPIC_GROUP_MAX_CHARS} characters, not "
                f"{len(group['name']):,} (it starts {group['name'][:40]!r})"
            )
            problems.append(BankProblem(section[0], _line(group), None, message))
            continue
        for entry_id in group["ids"] if ids is not None else ():
            if entry_id not in known:
                problems.append(
                    BankProblem(section[0], _line(group), entry_id, "topic group names an id that does not exist")
                )
        groups.append(TopicGroup(group["name"], tuple(i for i in group["ids"] if i in known)))
    return screens, tuple(groups)


def check_advice(section: tuple[str, Any], problems: list[BankProblem]) -> AdviceRules:
    """Personal-advice and dose rules: phrases, and combinations (a list of word groups, or a named `all_of`)."""
    file, raw = section
    if not isinstance(raw, dict) or not _text_list(raw.get("phrases")):
        problems.append(BankProblem(file, _line(raw), None, "'personal_advice' needs a list of phrases"))
        return AdviceRules(())
    combinations, names = [], []
    for item in raw.get("combinations", []) if isinstance(raw.get("combinations", []), list) else [None]:
        # A named combination ({name, all_of}) can be replaced or removed by name from a topic bank.
        name = item.get("name") if isinstance(item, dict) else None
        groups = item.get("all_of") if isinstance(item, dict) else item
        if not (isinstance(groups, list) and groups and all(_text_list(group) for group in groups)):
            message = "each personal_advice combination must be a list of word lists (or a name and all_of)"
            problems.append(BankProblem(file, _line(item, _line(raw)), name, message))
            continue
        combinations.append(tuple(tuple(group) for group in groups))
        names.append(str(name) if name else "")
    general = raw.get("answer_if_clear") or {}
    if not isinstance(general, dict) or not all(
        _text_list(general.get(key, []))
        for key in (
            "phrases",
            "never_with",
            "own_entry_never_with",
            "general_form_never_with",
            "general_form_never_after",
            "general_form_never_after_for_someone",
            "general_form_never_with_treatment",
        )
    ):
        message = (
            "'answer_if_clear' must have lists of phrases under 'phrases', 'never_with', 'own_entry_never_with', "
            "'general_form_never_with', 'general_form_never_after', 'general_form_never_after_for_someone', "
            "'general_form_never_with_treatment'"
        )
        problems.append(BankProblem(file, _line(general, _line(raw)), None, message))
        general = {}
    time_words = raw.get("time_words", [])
    if not _text_list(time_words):
        problems.append(BankProblem(file, _line(raw), None, "'time_words' must be a list of words"))
        time_words = []
    return AdviceRules(
        tuple(raw["phrases"]),
        tuple(combinations),
        tuple(names),
        tuple(general.get("phrases", ())),
        tuple(general.get("never_with", ())),
        tuple(time_words),
        _request_grammar(file, raw.get("requests") or {}, problems),
        tuple(general.get("own_entry_never_with", ())),
        tuple(general.get("general_form_never_with", ())),
        tuple(general.get("general_form_never_after", ())),
        tuple(general.get("general_form_never_after_for_someone", ())),
        tuple(general.get("general_form_never_with_treatment", ())),
    )


def _request_grammar(file: str, raw: Any, problems: list[BankProblem]) -> RequestGrammar:
    """The `requests` grammar of personal_advice: each of its keys a list of words or phrases."""
    if not isinstance(raw, dict):
        problems.append(BankProblem(file, _line(raw), None, "personal_advice 'requests' must map names to lists"))
        return RequestGrammar()
    lists = {}
    for key in RequestGrammar._fields:
        value = raw.get(key, [])
        if not _text_list(value):
            message = f"personal_advice requests.{key} must be a list of phrases"
            problems.append(BankProblem(file, _line(raw), None, message))
            value = []
        lists[key] = tuple(value)
    for key in raw:
        if key not in RequestGrammar._fields:
            message = f"personal_advice requests has an unknown list {key!r}"
            problems.append(BankProblem(file, _line(raw), None, message))
    return RequestGrammar(**lists)


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
    comparisons = raw.get("comparisons", []) if isinstance(raw, dict) else []
    if not _text_list(comparisons):
        problems.append(BankProblem(file, _line(raw), None, "follow_up comparisons must be a list of phrases"))
        comparisons = []
    comparisons = tuple(" ".join(words(str(item))) for item in comparisons)
    closers = raw.get("closers", []) if isinstance(raw, dict) else []
    if not _text_list(closers):
        problems.append(BankProblem(file, _line(raw), None, "follow_up closers must be a list of words"))
        closers = []
    closers = frozenset(" ".join(words(str(item))) for item in closers)
    openers = tuple(dict.fromkeys((*lists["openers"], *comparisons)))  # a comparison opens a follow-up too
    return FollowUpWords(
        openers, frozenset(lists["pronouns"]), lists["more"], frozenset(subjects), comparisons, closers
    )
