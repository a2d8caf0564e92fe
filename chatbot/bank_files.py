"""Read the YAML files of a bank, remembering the line each mapping starts on.

Broken YAML, an unreadable file or a misplaced section becomes a
`BankProblem` with the file and line, never an exception.

Parsing YAML is the slowest part of starting up, so the packaged bank also
ships pre-parsed as JSON (`bank_compiled.json`, written by
`python -m chatbot.bank_cache`). It is used only when it was made from
exactly the YAML on disk (a SHA-256 of the files); otherwise the YAML is
parsed as usual, so an edited bank is never shadowed by an old copy.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from typing import Any

from chatbot import safe_yaml
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

    class LineLoader(safe_yaml.guarded_loader(base)):  # type: ignore[misc]
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

    With `cache` (a compiled JSON file), its documents are used if they were made from these very files.
    """
    texts = _read_texts(path, problems)
    if cache and texts and not problems:
        compiled = _read_cache(cache, digest(texts))
        if compiled is not None:
            folder = os.path.dirname(texts[0][0])
            return [(os.path.join(folder, name), document) for name, document in compiled]
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
    import yaml

    try:
        document = safe_yaml.load(text, _yaml_loader())
    except safe_yaml.YamlRefused as error:
        problems.append(BankProblem(name, error.line, None, error.reason))
        return None
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


def _with_lines(value: Any) -> Any:
    if isinstance(value, dict):
        converted = {key: _with_lines(item) for key, item in value.items()}
        if getattr(value, "line", None) is not None:
            converted["__line__"] = value.line
        return converted
    if isinstance(value, list):
        return [_with_lines(item) for item in value]
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def _restore_lines(mapping: dict) -> _LineDict:
    restored = _LineDict(mapping)
    restored.line = restored.pop("__line__", None)
    return restored


def write_cache(path: str, cache: str) -> str:
    """Parse the bank's YAML and write it to `cache` as JSON; returns its fingerprint."""
    problems: list[BankProblem] = []
    texts = _read_texts(path, problems)
    documents = _parse_all(texts, problems)
    if problems:
        raise ValueError("; ".join(str(problem) for problem in problems))
    fingerprint = digest(texts)
    payload = {
        "digest": fingerprint,
        "documents": [[os.path.basename(name), _with_lines(document)] for name, document in documents],
    }
    with open(cache, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
        handle.write("\n")
    return fingerprint


def _read_cache(cache: str, fingerprint: str) -> list | None:
    try:
        with open(cache, encoding="utf-8") as handle:
            payload = json.load(handle, object_hook=_restore_lines)
    except (OSError, ValueError):
        return None
    if not isinstance(payload, dict) or payload.get("digest") != fingerprint:
        return None
    return payload.get("documents")


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
