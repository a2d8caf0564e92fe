"""Read the YAML files of a bank, remembering the line each mapping starts on.

Broken YAML, an unreadable file or a misplaced section becomes a
`BankProblem` with the file and line, never an exception.

Parsing YAML is the slowest part of starting up, so every bank also has a
compiled copy (see `bank_cache`), used only when it was made from exactly the
YAML on disk; otherwise the YAML is parsed as usual.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from typing import Any

from chatbot.errors import BankProblem

CACHE_FORMAT = 1

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


class _LineDict(dict):
    """A mapping that remembers the line it started on in its YAML file."""

    line: int | None = None


@functools.cache
def _yaml_loader():
    """A SafeLoader that records lines and refuses duplicate keys; built (and yaml imported) on first use."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser loads several times faster

    class LineLoader(base):  # type: ignore[misc, valid-type]
        pass

    def construct_mapping(loader: Any, node: Any) -> _LineDict:
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


class _DuplicateKey(ValueError):
    """A mapping names the same key twice (YAML itself would silently keep the last)."""


def _yaml_files(path: str) -> list[str]:
    if os.path.isfile(path):
        return [path]
    # Not filtered on isfile(): a dangling link must be reported as unreadable, not skipped.
    names = sorted(name for name in os.listdir(path) if name.endswith((".yaml", ".yml")))
    return [os.path.join(path, name) for name in names if not os.path.isdir(os.path.join(path, name))]


def read_documents(path: str, problems: list[BankProblem], cache: str | None = None) -> list[tuple[str, dict]]:
    """Parse every YAML file of a bank; unreadable or broken files become problems.

    With `cache` (the compiled copy shipped with the package), its documents are used if they were made
    from these very files.
    """
    texts = _read_texts(path, problems)
    if cache and texts and not problems:
        from chatbot.bank_cache import compiled_documents  # imports this module: not at the top

        return compiled_documents(texts, problems, shipped=cache)
    return _parse_all(texts, problems)


def _read_texts(path: str, problems: list[BankProblem]) -> list[tuple[str, str]]:
    """The text of each YAML file of a bank, by file name; what cannot be read becomes a problem."""
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
    texts = []
    for file in files:
        try:
            with open(file, encoding="utf-8") as handle:
                texts.append((file, handle.read()))
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "it is not UTF-8 text"
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
    import yaml

    try:
        document = yaml.load(text, Loader=_yaml_loader())  # noqa: S506 - a SafeLoader subclass
    except _DuplicateKey as error:
        line = int(re.search(r"line (\d+)", str(error)).group(1))
        problems.append(BankProblem(name, line, None, str(error).split(": ", 1)[1]))
        return None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(error, "problem", None) or str(error)
        problems.append(BankProblem(name, line, None, f"bad YAML: {reason}"))
        return None
    if document is None:
        return None
    if not isinstance(document, dict):
        problems.append(BankProblem(name, 1, None, "the file must be a mapping of sections (meta:, entries:, ...)"))
        return None
    return document


def digest(texts: list[tuple[str, str]]) -> str:
    """A fingerprint of a bank's files: their names and contents."""
    hasher = hashlib.sha256(f"format {CACHE_FORMAT}\0".encode())
    for name, text in texts:
        hasher.update(os.path.basename(name).encode() + b"\0" + text.encode() + b"\0")
    return hasher.hexdigest()


def collect_sections(documents: list[tuple[str, dict]], problems: list[BankProblem]) -> dict[str, tuple[str, Any]]:
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
