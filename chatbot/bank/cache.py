"""Compiled copies of banks: what loading a bank builds, kept so the next start skips the work.

Parsing YAML, checking every entry and indexing the bank take seconds on a bank
of 14,000 entries, so:

- The packaged bank ships pre-parsed as JSON (`bank_compiled.json`;
  `python -m chatbot.bank.refresh` rewrites it after an edit of `faq/`, and a test
  fails until it is done).
- Any other bank gets a compiled copy of the whole loaded bot (bank, vocabulary
  and index) in the user's cache folder (`$XDG_CACHE_HOME/ho-faq-chatbot/`, else
  `~/.cache/ho-faq-chatbot/`), one file per bank, written on its first load.

A copy is used only if it was made from exactly these bank files (a SHA-256 of
their names and contents, not their times, so a touched or copied bank still
matches) by exactly this version of the package (a SHA-256 of its code and
packaged data), and if it holds exactly what was written: its first line
records a SHA-256 of the rest, so a copy edited by hand, cut short by a full disk
or swapped for another is rebuilt from the YAML, never served. The user's copies
are pickles, so they are only read from a folder and a file that this user owns
and no one else can write (folder 0700, file 0600, both checked); they are
written atomically (a temporary file renamed into place), and where the folder
cannot be written the bank is simply built each time, silently.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import pickle
import stat
import sys
from collections.abc import Callable
from typing import Any, BinaryIO

from chatbot.bank.cache_upkeep import tidy, touch_used
from chatbot.bank.files import _LineDict, _parse_all, _read_texts, digest, files_digest
from chatbot.bank.paths import cache_folder, packaged_bank_dir
from chatbot.errors import BankProblem

FORMAT = 2


def user_copy_path(path: str) -> str | None:
    """The compiled copy of the bank at `path`: named after the bank's place, checked against its files.

    One file per bank, replaced when the bank changes, so the folder does not grow with every edit.
    """
    name = hashlib.sha256(os.path.realpath(path).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    folder = cache_folder()
    return os.path.join(folder, f"bank-{name}.pickle") if folder else None


def read_documents(path: str, problems: list[BankProblem], cache: str | None = None) -> list[tuple[str, dict]]:
    """Parse every YAML file of a bank; unreadable or broken files become problems.

    With `cache` (the compiled copy shipped with the package), its documents are used if they were made
    from these very files.
    """
    before = len(problems)
    texts = _read_texts(path, problems)
    if cache and texts and len(problems) == before:
        return compiled_documents(texts, problems, shipped=cache)
    return _parse_all(texts, problems)


def compiled_documents(
    texts: list[tuple[str, str]], problems: list[BankProblem], shipped: str
) -> list[tuple[str, dict]]:
    """The parsed documents of a bank's files (`texts`): from the shipped compiled copy if it
    was made from these very files, else parsed from the YAML."""
    compiled = read_copy(shipped, digest(texts))
    if compiled is None:
        return _parse_all(texts, problems)
    folder = os.path.dirname(texts[0][0])
    return [(os.path.join(folder, name), document) for name, document in compiled]


def read_copy(path: str, fingerprint: str) -> list[tuple[str, dict]] | None:
    """The documents of a compiled copy made from files with this fingerprint, or None if it is not one."""
    body = _checked_body(path, fingerprint)
    if body is None:
        return None
    try:
        documents = json.loads(body, object_hook=_restore_lines)
    except ValueError:
        return None
    if not isinstance(documents, list) or not all(
        isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], dict)
        for item in documents
    ):
        return None
    return [(name, document) for name, document in documents]


def write_copy(path: str, fingerprint: str, documents: list[tuple[str, dict]]) -> None:
    """Write a compiled copy of parsed documents (JSON) atomically; raises OSError if it cannot."""
    body = json.dumps(
        [[os.path.basename(name), _with_lines(document)] for name, document in documents],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    _write_atomically(path, fingerprint, lambda out: out.write(body))


def _checked_body(path: str, fingerprint: str) -> bytes | None:
    """The body of a copy made from `fingerprint` and unchanged since, or None."""
    stream = _open_checked(path, fingerprint)
    if stream is None:
        return None
    with stream:
        return stream.read()


def _open_checked(path: str, fingerprint: str, private: bool = False) -> BinaryIO | None:
    """The copy, open at the start of its body, if it was made from `fingerprint` and is unchanged since.

    The body is hashed in pieces, so a copy of a huge bank is never held in memory twice.
    `private`: only from a regular file and folder that this user owns and no one else can write.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    stream = os.fdopen(handle, "rb")
    try:
        if private and not (_is_private(os.fstat(handle)) and _is_private(os.stat(os.path.dirname(path)))):
            raise ValueError("others could have written it")
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise ValueError("not a regular file")
        header = stream.readline(4096)
        meta = json.loads(header)
        if not isinstance(meta, dict) or meta.get("format") != FORMAT or meta.get("digest") != fingerprint:
            raise ValueError("made from other files")
        hasher = hashlib.sha256()
        # Into one buffer, used again for each piece: a new megabyte for each piece cost more than the hashing's
        # reading (about 0.7 ms of each start from the packaged bank's copy).
        buffer = bytearray(1 << 20)
        piece = memoryview(buffer)
        while size := stream.readinto(buffer):
            hasher.update(piece[:size])
        if meta.get("content") != hasher.hexdigest():
            raise ValueError("changed since it was written: never trusted")
        stream.seek(len(header))
    except (OSError, ValueError):
        stream.close()
        return None
    return stream


def _is_private(status: os.stat_result) -> bool:
    owner = getattr(os, "getuid", lambda: status.st_uid)()
    kind_ok = stat.S_ISREG(status.st_mode) or stat.S_ISDIR(status.st_mode)
    return kind_ok and status.st_uid == owner and not status.st_mode & 0o022


def _write_atomically(path: str, fingerprint: str, write_body: Callable[[Any], object]) -> None:
    """Header (what the copy was made from, and a SHA-256 of the body), then the body; via a renamed temporary.

    `write_body(out)` writes the body to `out` (`out.write(bytes)`), hashed as it goes: a pickled bank of
    90 MB goes straight to the file, never held as bytes (nor twice, as header plus body).
    """
    import tempfile  # here, not at the top: it brings shutil and random, a few ms of every start that only reads

    folder = os.path.dirname(path)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".bank-", suffix=".tmp")  # created 0600
    try:
        with os.fdopen(handle, "wb") as out:
            # The header's length does not depend on the hash, so room is kept for it and it is written last.
            out.write(_header(fingerprint, "0" * 64) + b"\n")
            body = _HashingWriter(out)
            write_body(body)
            out.seek(0)
            out.write(_header(fingerprint, body.hasher.hexdigest()))
        os.replace(temporary, path)
    except BaseException:  # noqa: B036 - clean up whatever stopped the write (even Ctrl-C), then go on with it
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def _header(fingerprint: str, content: str) -> bytes:
    return json.dumps({"format": FORMAT, "digest": fingerprint, "content": content}).encode("ascii")


class _HashingWriter:
    """A binary stream that hashes what is written through it."""

    def __init__(self, out: BinaryIO):
        self.out = out
        self.hasher = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.hasher.update(data)
        return self.out.write(data)


def compiled_bot_parts(path: str, build: Callable[[], tuple[Any, ...]], variant: str = "") -> tuple[Any, ...]:
    """The loaded parts of the bot for the bank at `path` (bank, vocabulary, index): from the user's
    compiled copy when it is valid, else from `build()`, then kept for next time.

    `variant`: anything else the build depends on (the emergency number written into the wording)."""
    copy = user_copy_path(path)
    key = _bank_key(path, variant) if copy else None
    if key is not None:
        stream = _open_checked(copy, key, private=True)
        if stream is not None:
            with stream:
                parts = _unpickle(stream)
            if parts is not None:
                touch_used(copy)
                return parts
    parts = build()
    if key is not None and _bank_key(path, variant) == key:  # not edited while it was being loaded
        try:
            _write_atomically(copy, key, functools.partial(_pickle, parts))
        except (OSError, pickle.PicklingError):
            pass  # a read-only home, a full disk: the bank still loads, and is built again next time
        else:
            tidy(os.path.dirname(copy))
    return parts


def _pickle(parts: tuple[Any, ...], out: Any) -> None:
    collecting = gc.isenabled()
    gc.disable()  # pickling allocates as it goes (the memo); there is no garbage to find meanwhile
    try:
        pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(parts)
    finally:
        if collecting:
            gc.enable()


def _unpickle(stream: BinaryIO) -> tuple[Any, ...] | None:
    collecting = gc.isenabled()
    gc.disable()  # many small objects that all live on: collecting meanwhile only costs time
    try:
        # Safe to unpickle: written by this user into a folder only they can write, and unchanged since.
        parts = pickle.load(stream)  # noqa: S301
    except Exception:  # noqa: BLE001 - whatever makes a copy unreadable, the answer is to rebuild it
        return None
    finally:
        if collecting:
            gc.enable()
    return parts if isinstance(parts, tuple) else None


def _bank_key(path: str, variant: str = "") -> str | None:
    """What a compiled copy of this bank depends on: its files, this package (code and packaged data)
    and the variant."""
    files = files_digest(path)
    if files is None:
        return None  # loading reports it; nothing to keep
    return hashlib.sha256((_package_digest() + files + "\0" + variant).encode()).hexdigest()


@functools.cache
def _package_digest() -> str:
    """A SHA-256 of the package's code and data files (names, sizes and times: a new install or any edit
    changes them), and of the packaged bank: a new version rebuilds every copy. What a copy holds is
    checked separately, by the SHA-256 of its contents."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the whole package, not just bank/
    hasher = hashlib.sha256(f"{FORMAT} {sys.version}".encode())
    for root in dict.fromkeys((here, packaged_bank_dir())):
        # A file's path below a plain absolute root is the rest of its path: `relpath` gives the same, with two
        # `abspath` calls a file (a third of this walk at every start).
        prefix = os.path.join(root, "") if os.path.isabs(root) and os.path.normpath(root) == root else None
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".yaml", ".yml", ".json")):
                    file = os.path.join(folder, name)
                    status = os.stat(file)
                    below = file[len(prefix) :] if prefix and file.startswith(prefix) else os.path.relpath(file, root)
                    hasher.update(f"{below}\0{status.st_size}\0{status.st_mtime_ns}\0".encode())
    return hasher.hexdigest()


def _with_lines(value):
    """A parsed YAML value as plain JSON, each mapping's line kept under "__line__"."""
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
