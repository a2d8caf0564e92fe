"""Keeping the cache folder small: old compiled copies are removed when a new one is written.

The cache folder (`chatbot.bank.paths.cache_folder`) gets a compiled copy of every bank folder the bot
loads and of each word list, named after what it was made from. A copy whose bank was moved or deleted,
or whose word list came with an older install, is never read again, yet nothing removed it: on a shared
machine the folder grew to thousands of files and gigabytes. So, each time a copy is written (rare: the
first start after a change), the folder is tidied:

- of each kind of copy (`bank`, `english`, `word-relations`, ...: the name before its hash or format number), only
  the most recently used `KEEP` are kept, and none unused for `UNUSED_DAYS` days;
- a temporary file left by a write that was cut off (a crash, a full disk) goes after a day.

"Used" is the file's modification time, which `touch_used` sets each time a copy is read. Only regular
files with our own names, owned by this user, in a folder no one else can write, are ever removed; a
removal that fails is left for the next time. Every copy can be rebuilt from its source, so removing one
costs only the time to build it again.
"""

from __future__ import annotations

import os
import stat
import time

from chatbot.lazy_pattern import lazy_compile

KEEP = {"bank": 64}  # bank copies are about 4 MB each (90 MB for a 14,000-entry bank)
KEEP_OTHERS = 3  # word lists: one is in use per install; a few installs side by side keep theirs
UNUSED_DAYS = 30
TEMPORARY_HOURS = 24

# The names this package writes: "bank-<hash>.pickle", "<name>-<format>-<size>-<time>.marshal", and the
# temporary files of both ("<copy>.<pid>.tmp", ".bank-<random>.tmp").
_COPY = lazy_compile(r"^(?P<kind>[a-z]+(?:-[a-z]+)*)-[0-9a-f]+(?:-[0-9]+)*\.(?:pickle|marshal)$")
_TEMPORARY = lazy_compile(r"^(?:\.bank-\w+|[a-z][\w.-]*\.(?:pickle|marshal)\.\d+)\.tmp$")


def touch_used(path: str) -> None:
    """Mark a copy as just used, so that tidying keeps it; a read-only folder only loses the mark."""
    try:
        os.utime(path)
    except OSError:
        pass


def tidy(folder: str, now: float | None = None) -> list[str]:
    """Remove old copies from the cache folder (see the module's note); returns the names removed."""
    now = time.time() if now is None else now
    try:
        if not _ours(os.stat(folder, follow_symlinks=False), stat.S_ISDIR):
            return []
        names = os.listdir(folder)
    except OSError:
        return []
    by_kind: dict[str, list[tuple[float, str]]] = {}
    doomed = []
    for name in names:
        copy = _COPY.match(name)
        if copy is None and not _TEMPORARY.match(name):
            continue  # not a name this package writes: never touched
        try:
            status = os.stat(os.path.join(folder, name), follow_symlinks=False)
        except OSError:
            continue
        if not _ours(status, stat.S_ISREG):
            continue
        if copy is None:
            if now - status.st_mtime > TEMPORARY_HOURS * 3600:
                doomed.append(name)
            continue
        by_kind.setdefault(copy.group("kind"), []).append((status.st_mtime, name))
    for kind, copies in by_kind.items():
        copies.sort(reverse=True)  # the most recently used first
        keep = KEEP.get(kind, KEEP_OTHERS)
        doomed.extend(
            name for rank, (used, name) in enumerate(copies) if rank >= keep or now - used > UNUSED_DAYS * 86400
        )
    removed = []
    for name in doomed:
        try:
            os.unlink(os.path.join(folder, name))
            removed.append(name)
        except OSError:
            pass
    return removed


def _ours(status: os.stat_result, kind) -> bool:
    owner = os.getuid() if hasattr(os, "getuid") else status.st_uid
    return kind(status.st_mode) and status.st_uid == owner and not status.st_mode & 0o022
