"""The server's log lines that any client can cause, each kind at most once a minute with a count of the rest.

Whoever can open a connection can make the server log: a connection it cannot accept (out of open files), a request
that is not HTTP. One line each filled the journal at the client's pace (hundreds of lines a second from one loop
of `nc`); one line a minute of each kind says the same to an operator.
"""

from __future__ import annotations

import logging
import time

# The same kind of line is logged at most once in this many seconds (with how many were left unsaid).
LOG_EVERY_SECONDS = 60.0
# Kinds remembered at most: a kind is a fixed message, but a library could put a client's words in one.
MAX_KINDS = 100


class LogThrottle:
    """Which lines of each kind to log: the first, then at most one every `every` seconds."""

    def __init__(self, clock=time.monotonic, every: float = LOG_EVERY_SECONDS):
        self.clock = clock
        self.every = every
        self.last: dict[str, float] = {}
        self.unsaid: dict[str, int] = {}

    def admit(self, kind: str) -> int | None:
        """None when this line is left unsaid; else how many of its kind were left unsaid since the last one."""
        now = self.clock()
        last = self.last.get(kind)
        if last is not None and now - last < self.every:
            self.unsaid[kind] = self.unsaid.get(kind, 0) + 1
            return None
        if last is None and len(self.last) >= MAX_KINDS:
            self.last.clear()  # many kinds at once are no flood of one: start counting again
            self.unsaid.clear()
        self.last[kind] = now
        return self.unsaid.pop(kind, 0)


class QuietServerWarnings(logging.Filter):
    """A filter for the HTTP server's own logger: each message at most once a minute, with a count of the rest.

    uvicorn logs "Invalid HTTP request received." for every request that is not HTTP, and "Unsupported upgrade
    request." for every WebSocket handshake: a loop of bad requests wrote a line for each, 440 a second at the hunt.
    """

    def __init__(self, throttle: LogThrottle | None = None):
        super().__init__()
        self.throttle = throttle or LogThrottle()

    def filter(self, record: logging.LogRecord) -> bool:
        # The message before its arguments are filled in: a fixed text per kind, whatever the client sent.
        more = self.throttle.admit(str(record.msg))
        if more is None:
            return False
        if more:
            # No "%" is added, so a message with arguments is filled in as before.
            record.msg = f"{record.msg}; {more} more like it since the last note"
        return True
