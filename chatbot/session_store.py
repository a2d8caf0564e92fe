"""Many independent sessions for one process, with a cap and an idle timeout so memory stays flat."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

from chatbot.bot import Bot
from chatbot.session import Session

DEFAULT_MAX_SESSIONS = 1000
DEFAULT_SESSION_TTL = 1800.0


# How many ids of dropped sessions are remembered (the ids only, nothing said in them),
# so that the next message of such a session can say the conversation started again.
REMEMBERED_EVICTIONS = 10_000


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
        self._evicted: OrderedDict[str, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._sessions)

    def get(self, session_id: str) -> Session:
        """The session with this id, new if it is unknown or expired."""
        return self.lookup(session_id)[0]

    def lookup(self, session_id: str) -> tuple[Session, bool]:
        """The session with this id, and whether it is new because the old one was dropped
        (idle too long, or too many sessions): its context is gone, and the person should know."""
        now = self._clock()
        self._expire(now)
        found = self._sessions.pop(session_id, None)
        restarted = False
        if found is None:
            restarted = self._evicted.pop(session_id, False) is None
        session = found[0] if found else self.bot.session()
        self._sessions[session_id] = (session, now)
        while len(self._sessions) > self.max_sessions:
            self._evict(self._sessions.popitem(last=False)[0])
        return session, restarted

    def knows(self, session_id: str) -> bool:
        """Whether this id names a session that is kept, or one dropped recently enough to be remembered as dropped.

        An id the store never handed out is neither: a front end that makes its own ids (the web page's cookie)
        starts a new session under a new id rather than adopt one a client chose (session fixation)."""
        self._expire(self._clock())
        return session_id in self._sessions or session_id in self._evicted

    def restarted_reply(self, reply: dict) -> dict:
        """A reply (as `Reply.to_dict()`) for a session whose old conversation was dropped: it says so, so
        that a follow-up like "and grade 3?" is never silently read without its context."""
        notice = self.bot.bank.messages.get("session_restarted")
        if notice:
            reply = {**reply, "answer": f"{notice} {reply['answer']}"}
        return {**reply, "restarted": True}

    def forget(self, session_id: str) -> None:
        """Drop a session and everything it remembered (asked for, so no restart notice follows)."""
        self._sessions.pop(session_id, None)
        self._evicted.pop(session_id, None)

    def _evict(self, session_id: str) -> None:
        self._evicted[session_id] = None
        while len(self._evicted) > REMEMBERED_EVICTIONS:
            self._evicted.popitem(last=False)

    def _expire(self, now: float) -> None:
        # Oldest first: stop at the first session that is still fresh.
        while self._sessions:
            session_id, (_, last_used) = next(iter(self._sessions.items()))
            if now - last_used <= self.ttl_seconds:
                break
            del self._sessions[session_id]
            self._evict(session_id)
