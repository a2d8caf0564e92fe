"""Read the YAML files of a bank, remembering the line each mapping starts on.

Broken YAML, an unreadable file or a misplaced section becomes a
`BankProblem` with the file and line, never an exception.
"""

from __future__ import annotations

import os
import re
from typing import Any

import yaml

from chatbot.errors import BankProblem

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


def read_documents(path: str, problems: list[BankProblem]) -> list[tuple[str, dict]]:
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
