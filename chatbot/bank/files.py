"""Read the YAML files of a bank, remembering the line each mapping starts on.

Broken YAML, an unreadable file or a misplaced section becomes a
`BankProblem` with the file and line, never an exception.

Parsing YAML is the slowest part of starting up, so every bank also has a
compiled copy (see `bank_cache`): the packaged bank and the general layer ship
one each, any other bank gets one in the user's cache folder. A copy is used
only when it was made from exactly the YAML on disk; otherwise the YAML is
parsed as usual, so an edited bank is never shadowed by an old copy.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import unicodedata
from typing import Any

from chatbot.bank import safe_yaml, yaml_stream
from chatbot.errors import BankProblem

CACHE_FORMAT = 2

# Sections that a clinic's own bank may leave out; the packaged bank's are used then.
OPTIONAL_SECTIONS = (
    "messages",
    "screens",
    "smalltalk",
    "synonyms",
    "stopwords",
    "everyday_words",
    "topic_words",
    "personal_advice",
    "follow_up",
    "understanding",
    "service_requests",
)
# Sections only a topic bank gives, with nothing to inherit: `subject_names` are the names of its own
# condition ("HO", "FOP"), so that triage reads "can HO cause chest pain?" as a question about it; `triage`
# holds a clinic's reviewed `expected:` signs, its condition's everyday symptoms (see triage.yaml, bank_own_signs).
TOPIC_SECTIONS = ("subject_names", "triage")
# Lay words: synonym groups that name things (a body part, a symptom, a test, a medicine), not what is asked;
# read as synonyms, and a bank's questions may be about them (see `Analyzer.adopt_subjects`).
LAY_WORDS_SECTION = "lay_words"
KNOWN_SECTIONS = ("meta", "entries", *TOPIC_SECTIONS, *OPTIONAL_SECTIONS, LAY_WORDS_SECTION)
LIST_SECTIONS = ("entries", "smalltalk")  # merged across files; the rest may appear once
# Mappings whose keys may be spread over several files of one layer (a clinic's synonyms in two files, the
# general layer's lay words in more than one); a key given in two files is a problem.
# `screens` too: an import's topics.yaml holds `screens: topic_groups`, beside a clinic's own welcome.
KEYED_SECTIONS = ("synonyms", LAY_WORDS_SECTION, "screens")
# A topic bank's list of general rules it takes away on purpose (see bank_layers).
REMOVE_SECTION = "remove"
# Sections older releases read, and what took their place: still loaded past, with a warning that says so.
OBSOLETE_SECTIONS = {
    "emergency": "emergency signals are now the general triage table (chatbot/general/triage/), "
    "shared by every bank; set the number to call with meta `emergency_number`",
}


class _LineDict(dict):
    """A mapping that remembers the line it started on in its YAML file."""

    line: int | None = None
    key_lines: dict | None = None  # the line of each key, kept for a file's sections and their keys


# Keys at most this far in are sections or their direct keys: their lines are kept for warnings.
_KEY_LINE_COLUMNS = 2


@functools.cache
def _yaml_loader():
    """A SafeLoader that records lines and refuses duplicate keys; built (and yaml imported) on first use."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser loads several times faster

    class LineLoader(safe_yaml.guarded_loader(base)):  # type: ignore[misc]
        pass

    def construct_mapping(loader: Any, node: Any) -> _LineDict:
        loader.flatten_mapping(node)
        mapping = _LineDict()
        mapping.line = node.start_mark.line + 1
        keep_lines = node.start_mark.column <= _KEY_LINE_COLUMNS
        if keep_lines:
            mapping.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise _DuplicateKey(f"line {key_node.start_mark.line + 1}: a key must be plain text")
            if key in mapping:
                raise _DuplicateKey(f"line {key_node.start_mark.line + 1}: the key {key!r} appears twice")
            mapping[key] = loader.construct_object(value_node, deep=True)
            if keep_lines:
                mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping

    def construct_date_as_text(loader: Any, node: Any) -> str:
        # A date stays text, checked later: YAML would crash on 2022-02-30 instead of saying what is wrong.
        return loader.construct_scalar(node)

    LineLoader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    LineLoader.add_constructor("tag:yaml.org,2002:timestamp", construct_date_as_text)
    return LineLoader


SHEET_SUFFIXES = (".csv", ".tsv", ".tab")  # what `chatbot import` reads


class _DuplicateKey(ValueError):
    """A mapping names the same key twice (YAML itself would silently keep the last)."""


def _yaml_files(path: str) -> list[str]:
    if os.path.isfile(path):
        return [path]
    # Not filtered on isfile(): a dangling link must be reported as unreadable, not skipped; nor a folder named like a
    # bank file ("entries.yaml/", an unzip that went wrong), which was skipped and read as "is entries.yaml there?".
    names = sorted(name for name in os.listdir(path) if name.endswith((".yaml", ".yml")))
    return [os.path.join(path, name) for name in names]


def _read_texts(path: str, problems: list[BankProblem]) -> list[tuple[str, str]]:
    """The text of each YAML file of a bank, by file name; what cannot be read becomes a problem."""
    if not os.path.exists(path):
        problems.append(BankProblem(str(path), None, None, "no such file or folder"))
        return []
    if os.path.isfile(path) and str(path).lower().endswith(SHEET_SUFFIXES):
        # A clinic's spreadsheet given where its bank goes read as "the file must be a mapping of sections".
        message = "a spreadsheet, not a bank: turn it into a bank folder with `chatbot import FILE --to DIR` first"
        problems.append(BankProblem(str(path), None, None, message))
        return []
    try:
        files = _yaml_files(path)
    except OSError as error:
        problems.append(BankProblem(str(path), None, None, f"cannot read the folder: {error.strerror}"))
        return []
    if not files:
        problems.append(BankProblem(str(path), None, None, "no .yaml or .yml files in this folder"))
    texts = []
    for file in files:
        try:
            texts.append((file, safe_yaml.read_text(file)))  # a FIFO, a device or a huge file is refused
        except (OSError, safe_yaml.FileRefused) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            problems.append(BankProblem(file, None, None, f"cannot read the file: {reason}"))
    return texts


def _parse_all(texts: list[tuple[str, str]], problems: list[BankProblem]) -> list[tuple[str, dict]]:
    documents = []
    for name, text in texts:
        document = _parse(name, text, problems)
        if document is not None:
            documents.append((name, document))
    return documents


def _parse(name: str, text: str, problems: list[BankProblem]) -> dict | None:
    try:
        # Item by item, so a big bank is never held as a whole YAML tree; anything unusual or wrong is
        # read again as one document below, which reports it as it always has.
        document = yaml_stream.load_mapping(text, _yaml_loader(), _LineDict, _KEY_LINE_COLUMNS)
    except yaml_stream.NotStreamed as refusal:
        if len(text) <= yaml_stream.WHOLE_DOCUMENT_CHARS:
            document = _parse_whole(name, text, problems)
        elif refusal.error is not None:
            problems.append(yaml_problem(name, refusal.error))
            return None
        else:
            problems.append(BankProblem(name, refusal.line, None, refusal.reason))
            return None
    if document is None:
        return None
    if not isinstance(document, dict):
        problems.append(BankProblem(name, 1, None, yaml_stream.NOT_A_MAPPING))
        return None
    return document


def _parse_whole(name: str, text: str, problems: list[BankProblem]) -> Any:
    import yaml

    try:
        return safe_yaml.load(text, _yaml_loader())
    except (safe_yaml.YamlRefused, _DuplicateKey, yaml.YAMLError) as error:
        problems.append(yaml_problem(name, error))
        return None


def yaml_problem(name: str, error: Exception) -> BankProblem:
    """The problem to report for an error met while parsing a file."""
    if isinstance(error, safe_yaml.YamlRefused):
        return BankProblem(name, error.line, None, error.reason)
    if isinstance(error, _DuplicateKey):
        line = int(re.search(r"line (\d+)", str(error)).group(1))
        return BankProblem(name, line, None, str(error).split(": ", 1)[1])
    if isinstance(getattr(error, "character", None), int) and getattr(error, "problem_mark", None) is None:
        return _character_refused(name, error.character)
    mark = getattr(error, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    reason = getattr(error, "problem", None) or str(error)
    hint = next((hint for found, hint in _YAML_HINTS if found in reason), "")
    column = mark.column if mark is not None else None
    misplaced = ("mapping values are not allowed", "did not find expected key", "expected <block end>")
    key = _key_opening(name, line, column) if any(words in reason for words in misplaced) else None
    if key:
        # "     alternates: [...]" one space off reads as the answer's text going on, then a colon in it.
        hint = f"; '{key}:' is indented unlike the keys above it: line it up with them, with spaces"
    too_long = _key_too_long(error)
    if too_long is not None:
        # YAML lets a key run to 1,024 characters at most; past that the parser says only "could not find expected
        # ':'", at the end of the line, which names neither the key nor the rule.
        return BankProblem(name, line, None, too_long)
    return BankProblem(name, line, None, f"bad YAML: {reason}{hint}")


def _character_refused(name: str, character: int) -> BankProblem:
    """A character YAML refuses anywhere (a NUL, a bell, another control character), with the line it is first on: the
    parser names only its place among all the characters ("position 16")."""
    line = None
    try:
        with open(name, encoding="utf-8", errors="replace") as handle:
            line = next((number for number, text in enumerate(handle, start=1) if chr(character) in text), None)
    except OSError:
        pass
    kind = "a control character" if unicodedata.category(chr(character)) == "Cc" else "a character no text should hold"
    message = f"bad YAML: the character U+{character:04X} ({kind}) is not allowed: delete it"
    return BankProblem(name, line, None, message)


MAX_KEY_CHARS = 1024  # YAML's limit on a key written without '? ' before it


def _key_too_long(error: Exception) -> str | None:
    """The plain reason for a key longer than YAML allows, when the parser stopped for that; else None."""
    start, end = getattr(error, "context_mark", None), getattr(error, "problem_mark", None)
    if start is None or end is None or "simple key" not in str(getattr(error, "context", "")):
        return None
    if start.line != end.line or end.column - start.column <= MAX_KEY_CHARS:
        return None
    return (
        f"the text before ':' at column {start.column + 1} is {end.column - start.column:,} characters long, and a"
        f" key may have at most {MAX_KEY_CHARS:,}: if it is a question or an answer, write its key first"
        " ('question: ...', '- ...' in a list) and put the text in quotes"
    )


def _key_opening(name: str, line: int | None, column: int | None) -> str | None:
    """The key a line opens with ("alternates" in "     alternates: [a, b]") when the parser stopped at it or at its
    colon (not at a later one: "answer: Note: ..." is a colon in the value)."""
    if line is None or column is None:
        return None
    try:
        with open(name, encoding="utf-8", errors="replace") as handle:
            text = next((found for number, found in enumerate(handle, start=1) if number == line), "")
    except OSError:
        return None
    found = re.match(r"\s*-?\s*([A-Za-z_]+):(?:\s|$)", text)
    if found and found.group(1) in _ENTRY_KEYS and column in (found.start(1), found.end(1)):
        return found.group(1)
    return None


# Keys of an entry: a line opening with one of them is a key, whatever the parser made of it.
_ENTRY_KEYS = ("id", "question", "alternates", "answer", "source", "related")


# The YAML errors a person editing a bank by hand meets most, and what to do: the parser's own words name the
# rule, not the fix (a colon in an answer, "Note: ...", is the commonest slip of all).
_YAML_HINTS = (
    ("mapping values are not allowed", "; a value holds a colon and a space: put the whole value in quotes"),
    ("tab character", "; indent with spaces, never tabs"),
    ("found character '\\t'", "; indent with spaces, never tabs"),
    # libyaml's words for the same slip (it does not name the character): a tab, or a value opening with @ or `.
    (
        "found character that cannot start any token",
        "; indent with spaces, never tabs, and put a value that starts with @ or ` in quotes",
    ),
    ("another document", "; a line '---' starts a second document: a bank file holds one, so remove that line"),
)


def digest(texts: list[tuple[str, str]]) -> str:
    """A fingerprint of a bank's files: their names and contents."""
    hasher = hashlib.sha256(f"format {CACHE_FORMAT}\0".encode())
    for name, text in texts:
        hasher.update(os.path.basename(name).encode() + b"\0" + text.encode() + b"\0")
    return hasher.hexdigest()


def files_digest(path: str) -> str | None:
    """`digest` of the bank at `path`, read a piece at a time (a 50 MB bank is never held whole);
    None if it has no file or one cannot be read. UTF-8 text hashes as its bytes, so the two agree."""
    hasher = hashlib.sha256(f"format {CACHE_FORMAT}\0".encode())
    try:
        files = _yaml_files(path)
        for file in files:
            hasher.update(os.path.basename(file).encode() + b"\0")
            for chunk in safe_yaml.read_chunks(file):
                hasher.update(chunk)
            hasher.update(b"\0")
    except (OSError, safe_yaml.FileRefused):
        return None
    return hasher.hexdigest() if files else None


def _join_keyed(section: str, sections: dict, name: str, value: dict, problems: list[BankProblem]) -> None:
    """Add one more file's keys to a keyed section (`synonyms`) read before; a key both files give is a problem."""
    first_file, first = sections[section]
    if not isinstance(first, dict):
        return  # the first file's value is reported as malformed by its own check
    joined = _LineDict(first)
    joined.line = getattr(first, "line", None)
    joined.key_lines = dict(getattr(first, "key_lines", None) or {})
    key_lines = getattr(value, "key_lines", None) or {}
    for key, item in value.items():
        if key in joined:
            line = key_lines.get(key, getattr(value, "line", None))
            problems.append(BankProblem(name, line, None, f"{section} {key!r} is already defined in {first_file}"))
            continue
        joined[key] = item
        if key in key_lines:
            joined.key_lines[key] = key_lines[key]
    sections[section] = (first_file, joined)


def collect_sections(
    documents: list[tuple[str, dict]],
    problems: list[BankProblem],
    notes: list[BankProblem] | None = None,
    known: tuple[str, ...] = (*KNOWN_SECTIONS, REMOVE_SECTION),
) -> dict[str, tuple[str, Any]]:
    """Merge the files' sections: list sections are joined, the others may appear only once.

    An unknown section is skipped with a note (a warning naming file and line), so a bank
    written for another release still loads.
    """
    sections: dict[str, tuple[str, Any]] = {}
    for name, document in documents:
        key_lines = getattr(document, "key_lines", None) or {}
        for key, value in document.items():
            line = key_lines.get(key, document.line)
            if key not in known:
                if notes is not None:
                    if key in OBSOLETE_SECTIONS:
                        message = f"section {key!r} is obsolete and ignored: {OBSOLETE_SECTIONS[key]}"
                    else:
                        message = f"unknown section {key!r} is ignored (known: {', '.join(known)}); check its spelling"
                    notes.append(BankProblem(name, line, None, message))
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
            elif key in KEYED_SECTIONS and key in sections and isinstance(value, dict):
                _join_keyed(key, sections, name, value, problems)
            elif key in sections:
                problems.append(
                    BankProblem(name, line, None, f"section {key!r} is already defined in {sections[key][0]}")
                )
            else:
                sections[key] = (name, value)
    return sections
