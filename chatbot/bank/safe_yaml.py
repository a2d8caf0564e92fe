"""Read a YAML file someone else wrote without letting it hang, exhaust memory or crash the program.

A bank or evaluation file is text a person edits, so it can be wrong in ways
that are not YAML errors: a link to `/dev/zero`, a FIFO that never ends, a
file of gigabytes, an alias bomb (a few lines whose aliases expand to
billions of items), mappings nested a thousand deep, an integer of 5,000
digits (Python refuses to convert it) or `2022-02-30` (YAML reads it as a
date that does not exist). Each of these becomes a `FileRefused` or
`YamlRefused` with a plain reason, at once; never a traceback or a hang.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from typing import Any

MAX_FILE_BYTES = 64 * 1024 * 1024  # the packaged bank is about 70 KB; 50,000 generated entries are about 50 MB
MAX_DEPTH = 40  # a bank nests five levels deep at most; this leaves room and stays far from the stack limit
_CHUNK = 1024 * 1024
ALIASES_REFUSED = "YAML aliases (*name) are not allowed here: write the value out in full"
# A file saved in a Windows code page (an accented letter such as the e of "cafe" in Latin-1) is told how to fix it.
SAVE_AS_UTF8 = "save it as UTF-8 (in Notepad: File, Save as, Encoding: UTF-8)"
TOO_DEEP = f"the values are nested more than {MAX_DEPTH} levels deep"


class FileRefused(ValueError):
    """A file that is not safe to read: not a regular file, or too large. `str()` is the reason."""


class YamlRefused(ValueError):
    """YAML that parses but must not be used: aliases, deep nesting, a value Python cannot build."""

    def __init__(self, line: int | None, reason: str):
        super().__init__(reason if line is None else f"line {line}: {reason}")
        self.line = line
        self.reason = reason


def read_text(path: str | os.PathLike, limit: int = MAX_FILE_BYTES) -> str:
    """The UTF-8 text of a regular file of at most `limit` bytes (or UTF-16 text that starts with its byte-order
    mark, as Windows Notepad saves "Unicode").

    Raises `FileRefused` for anything else (a device, a FIFO, a folder, a
    file too large, text that is not UTF-8, with the line of its first
    undecodable byte and how to save it as UTF-8) and `OSError` when it
    cannot be opened. The type and size are checked before a byte is read.
    """
    data = b"".join(read_chunks(path, limit))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")  # the byte-order mark says which of the two, and is dropped
        except UnicodeDecodeError:
            raise FileRefused(f"it is not valid UTF-16 text; {SAVE_AS_UTF8}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise FileRefused(f"line {line} is not UTF-8 text; {SAVE_AS_UTF8}") from None


def read_chunks(path: str | os.PathLike, limit: int = MAX_FILE_BYTES) -> Iterator[bytes]:
    """The bytes of a regular file of at most `limit` bytes, a megabyte at a time (to hash a big file
    without holding it). Refuses what `read_text` refuses, but does not decode."""
    _refuse_unless_small_regular_file(os.stat(path), limit)
    # O_NONBLOCK: if the path became a FIFO since the stat, opening it still returns at once.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        _refuse_unless_small_regular_file(os.fstat(descriptor), limit)  # what was opened, not what was named
        size = 0
        while True:
            chunk = os.read(descriptor, _CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:  # the file grew while being read
                raise FileRefused(_too_large(limit))
            yield chunk
    finally:
        os.close(descriptor)


def _refuse_unless_small_regular_file(status: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise FileRefused("it is a folder, not a file")
    if not stat.S_ISREG(status.st_mode):
        raise FileRefused("it is not a regular file (a device, a FIFO or a socket)")
    if status.st_size > limit:
        raise FileRefused(_too_large(limit))


def _too_large(limit: int) -> str:
    return f"the file is larger than {limit // (1024 * 1024)} MB"


def guarded_loader(base: type) -> type:
    """A subclass of a PyYAML SafeLoader that refuses aliases, deep nesting and values Python cannot build."""

    class GuardedLoader(base):  # type: ignore[misc, valid-type]
        def construct_document(self, node: Any) -> Any:
            _check_tree(node)
            return super().construct_document(node)

    scalars = (("int", "a usable number"), ("float", "a number"), ("timestamp", "a real date"), ("bool", "yes or no"))
    for tag, what in scalars:
        _guard_scalar(GuardedLoader, f"tag:yaml.org,2002:{tag}", what)
    return GuardedLoader


def _guard_scalar(loader: type, tag: str, what: str) -> None:
    build = loader.yaml_constructors[tag]

    def construct(self: Any, node: Any) -> Any:
        try:
            return build(self, node)
        # 2022-02-30; an integer of more than 4,300 digits; an explicit tag on text that does not fit
        # it (`!!timestamp hello`, `!!bool maybe`), which PyYAML's constructors do not expect.
        except (ValueError, OverflowError, TypeError, AttributeError, KeyError, IndexError):
            shown = str(node.value).strip()
            shown = shown if len(shown) <= 40 else f"{shown[:20]}... ({len(shown)} characters)"
            shown = shown or "an empty value"
            raise YamlRefused(node.start_mark.line + 1, f"{shown} is not {what}") from None

    loader.add_constructor(tag, construct)


def _check_tree(root: Any) -> None:
    """Walk the composed nodes once (no recursion): a node met twice is an alias; depth is capped."""
    seen: set[int] = set()
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            raise YamlRefused(node.start_mark.line + 1, ALIASES_REFUSED)
        seen.add(id(node))
        if depth > MAX_DEPTH:
            raise YamlRefused(node.start_mark.line + 1, TOO_DEEP)
        value = node.value
        if isinstance(value, list):
            for item in value:
                if isinstance(item, tuple):  # a mapping's (key, value) pair
                    stack.append((item[0], depth + 1))
                    stack.append((item[1], depth + 1))
                else:
                    stack.append((item, depth + 1))


def load(text: str, loader: type) -> Any:
    """Parse YAML with a `guarded_loader`; raises `yaml.YAMLError` or `YamlRefused`."""
    import yaml

    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - callers pass a SafeLoader subclass
    except RecursionError:
        # Only the pure-Python parser (no libyaml) recurses while composing, before the depth check runs.
        raise YamlRefused(None, TOO_DEEP) from None


def safe_loader() -> type:
    """The guarded SafeLoader, on the C parser when it is installed."""
    import yaml

    return guarded_loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader))
