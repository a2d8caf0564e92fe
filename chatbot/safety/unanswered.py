"""The optional log of questions the bot could not answer, for the people who curate the bank.

Off by default. When on, each line is the date (no time) and the question
with names, contacts, addresses, dates and numbers masked (see `masking`),
so the bank can grow where patients need it without keeping who asked or
when exactly.

The file is checked when the log is created, so a wrong path stops the
program at start with a clear message instead of losing every line in
silence: it must be a regular file (not a link, a FIFO or a device), owned
by this user and readable by nobody else; a new one is created with mode 0600.
"""

from __future__ import annotations

import datetime
import errno
import os
import stat

from chatbot.errors import ChatbotError
from chatbot.safety.masking import mask
from chatbot.understanding.text import clean_question

__all__ = ["UnansweredLog", "UnansweredLogError", "mask"]

# O_NOFOLLOW: never write through a link someone planted. O_NONBLOCK: a FIFO fails at once (ENXIO)
# or opens at once, instead of waiting for a reader; then fstat refuses it.
_FLAGS = (
    os.O_WRONLY
    | os.O_APPEND
    | os.O_CREAT
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)

_REASONS = {
    errno.ENOENT: "its folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EACCES: "it is not writable by this user",
    errno.EPERM: "it is not writable by this user",
    errno.EROFS: "it is on a read-only file system",
    errno.ELOOP: "it is a symbolic link; give the real path",
    errno.ENXIO: "it is a FIFO or a device, not a regular file",
    errno.EISDIR: "it is a folder",
}


class UnansweredLogError(ChatbotError):
    """The log file cannot be used safely: the command stops at start (exit 2)."""


class UnansweredLog:
    """Appends masked questions that fell back to a file, one per line: `YYYY-MM-DD<TAB>question`."""

    def __init__(self, path: str | os.PathLike, today=datetime.date.today, keep: frozenset[str] = frozenset()):
        self.path = os.fspath(path)
        self._today = today
        self.keep = keep  # the bank's own words, never masked as a name (the bot sets them: see Bot)
        os.close(self._open())  # check now: raises UnansweredLogError with the reason

    def _open(self) -> int:
        """A descriptor open for appending, after every check; raises UnansweredLogError."""
        try:
            descriptor = os.open(self.path, _FLAGS, 0o600)
        except OSError as error:
            reason = _REASONS.get(error.errno, error.strerror)
            raise UnansweredLogError(f"--log-unanswered {self.path}: {reason}") from None
        try:
            status = os.fstat(descriptor)
            problem = None
            if not stat.S_ISREG(status.st_mode):
                problem = "it is not a regular file (a FIFO, a device or a socket)"
            elif status.st_uid != os.geteuid():
                problem = "it belongs to another user"
            elif status.st_mode & 0o077:
                mode = f"{stat.S_IMODE(status.st_mode):o}"
                problem = f"other users can read or change it (mode {mode}); run: chmod 600 {self.path}"
            if problem:
                raise UnansweredLogError(f"--log-unanswered {self.path}: {problem}")
        except BaseException:
            os.close(descriptor)
            raise
        return descriptor

    def record(self, question: str) -> None:
        """Add one question. A failure to write is never the patient's problem: it is ignored."""
        clean, _ = clean_question(question)
        if not clean:
            return
        line = f"{self._today().isoformat()}\t{mask(clean, self.keep)}\n"
        try:
            # Opened per line and checked again each time, so no handle stays open and a file swapped
            # for a link or a FIFO since the start is not written to.
            descriptor = self._open()
            with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
                handle.write(line)
        except (OSError, UnansweredLogError):
            pass
