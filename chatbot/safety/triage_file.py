"""Read the triage table's YAML quickly: from a pre-parsed JSON copy next to it while that copy is fresh.

Parsing the YAML (and importing the YAML library) costs more than the rest of
`chatbot ask`'s start, so `python -m chatbot.bank.refresh` also writes
`triage.json` beside `triage.yaml`. The copy is used only when it was made from
exactly the YAML on disk (a SHA-256 of its text); otherwise the YAML is parsed,
so an edited table is never shadowed by an old copy.
"""

from __future__ import annotations

import hashlib
import json

from chatbot.errors import BankError, BankProblem

CACHE_FORMAT = 1


def cache_path(path: str) -> str:
    """Where the pre-parsed copy of a YAML file lives: the same name, ending in .json."""
    return path.rsplit(".", 1)[0] + ".json"


def _digest(text: str) -> str:
    return hashlib.sha256(f"triage format {CACHE_FORMAT}\0{text}".encode()).hexdigest()


def _parse(path: str, text: str):
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is several times faster
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise BankError([BankProblem(path, mark.line + 1 if mark else None, None, f"bad YAML: {error}")]) from None


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise BankError([BankProblem(path, None, None, f"cannot read the triage table: {error}")]) from None


def read_triage_document(path: str):
    """The parsed triage YAML, from its fresh JSON copy when there is one."""
    text = _read_text(path)
    try:
        with open(cache_path(path), encoding="utf-8") as handle:
            payload = json.load(handle)
        if isinstance(payload, dict) and payload.get("digest") == _digest(text):
            return payload["document"]
    except (OSError, ValueError, KeyError):
        pass
    return _parse(path, text)


def write_triage_cache(path: str) -> str:
    """Parse the YAML and write its JSON copy; returns the copy's path."""
    text = _read_text(path)
    payload = {"digest": _digest(text), "document": _parse(path, text)}
    target = cache_path(path)
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
        handle.write("\n")
    return target
