"""A deadline for each HTTP request to arrive whole, against slow or silent clients (slowloris).

uvicorn closes a connection that stays idle after a response (its keep-alive timeout), but gives a
connection that has started a request, or never sent a byte, unlimited time: a few thousand clients that
each send half a header hold every file descriptor the server may open. Here a connection must deliver
each request, line, headers and body, within `request_seconds` of connecting or of the previous
response; otherwise it is closed. A request that arrived whole is never cut off while it is answered.

The other way round, a client that sends requests and never reads the answers (many requests pipelined on one
connection, then silence) stalls the server's writes: the answer waits for room that never comes, and the
request deadline no longer applies, since the request is in. So a connection whose writes stay paused for
`request_seconds` is dropped too.
"""

from __future__ import annotations

import asyncio

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol


def deadline_protocol(request_seconds: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol, with a connection closed when a request is not in within `request_seconds`."""

    class DeadlineH11Protocol(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None
        _write_deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._start_deadline()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._start_deadline()  # the next request on this connection gets its own time

        def connection_lost(self, exc: Exception | None) -> None:
            self._stop_deadline()
            self._stop_write_deadline()
            super().connection_lost(exc)

        def pause_writing(self) -> None:
            # The client's window and the socket's buffer are full: it has stopped reading. A connection held so
            # (answers to pipelined requests never read) outlived every deadline: one client held a file
            # descriptor and megabytes of the kernel's socket memory per connection, for as long as it liked.
            super().pause_writing()
            if self._write_deadline is None:
                self._write_deadline = self.loop.call_later(request_seconds, self._write_deadline_passed)

        def resume_writing(self) -> None:
            self._stop_write_deadline()
            super().resume_writing()

        def _stop_write_deadline(self) -> None:
            if self._write_deadline is not None:
                self._write_deadline.cancel()
                self._write_deadline = None

        def _write_deadline_passed(self) -> None:
            self._write_deadline = None
            # abort, not close: close would wait, still holding the connection, to write what nobody reads.
            self.transport.abort()

        def _start_deadline(self) -> None:
            self._stop_deadline()
            if not self.transport.is_closing():
                self._deadline = self.loop.call_later(request_seconds, self._deadline_passed)

        def _stop_deadline(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _deadline_passed(self) -> None:
            self._deadline = None
            if self.transport.is_closing() or self.conn.their_state is h11.DONE:
                return  # the whole request is in: it is being answered (on_response_complete starts a new one)
            self.transport.close()

    return DeadlineH11Protocol
