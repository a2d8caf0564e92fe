"""Many independent sessions for one process, with a cap and an idle timeout so memory stays flat."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

from chatbot.bot import Bot
from chatbot.session import Session

DEFAULT_MAX_SESSIONS = 1000
DEFAULT_SESSION_TTL = 1800.0


class SessionStore:
    """Sessions by id: the least recently used is dropped past `max_sessions`,
    and any idle longer than `ttl_seconds` is forgotten."""

    def __init__(
        self,
        bot: Bot,
        max_sessions: int = DEFAULT_MAX_SESSIONS,
        ttl_seconds: float = DEFAULT_SESSION_TTL,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.bot = bot
        self.max_sessions = max(1, max_sessions)
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        self._sessions: OrderedDict[str, tuple[Session, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._sessions)

    def get(self, session_id: str) -> Session:
        """The session with this id, new if it is unknown or expired."""
        now = self._clock()
        self._expire(now)
        found = self._sessions.pop(session_id, None)
        session = found[0] if found else self.bot.session()
        self._sessions[session_id] = (session, now)
        while len(self._sessions) > self.max_sessions:
            self._sessions.popitem(last=False)
        return session

    def forget(self, session_id: str) -> None:
        """Drop a session and everything it remembered."""
        self._sessions.pop(session_id, None)

    def _expire(self, now: float) -> None:
        # Oldest first: stop at the first session that is still fresh.
        while self._sessions:
            session_id, (_, last_used) = next(iter(self._sessions.items()))
            if now - last_used <= self.ttl_seconds:
                break
            del self._sessions[session_id]
