"""Run the web front end with uvicorn: loopback by default, no access log, no server banner."""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import sys
import threading
import time

import uvicorn

from chatbot.frontends.web.log_throttle import LogThrottle, QuietServerWarnings
from chatbot.frontends.web.timeouts import deadline_protocol

# Each request must arrive whole (line, headers, body) within this many seconds of connecting or of the
# previous response, or the connection is closed: a slow or silent client cannot hold it open.
REQUEST_SECONDS = 10
# The open files a server may hold, raised to this (within the system's hard limit): a service's usual 1,024 were
# used up by a thousand silent connections (each held for REQUEST_SECONDS), and no one else could connect meanwhile.
OPEN_FILES_WANTED = 65536


def raise_open_file_limit(wanted: int = OPEN_FILES_WANTED) -> None:
    """Let this process hold up to `wanted` open files, if the hard limit allows; never fails."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        if soft != resource.RLIM_INFINITY and soft < target:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    except (ImportError, ValueError, OSError):
        pass


class QuietLoopFaults:
    """An event loop's exception handler: each kind of fault logged by its name, at most once a minute.

    Out of open files, asyncio's default handler logged a six-line traceback for every connection it could not
    accept, thousands a second (400,000 lines in half a minute of a flood of idle connections): a journal filled
    by whoever can open connections. Here each kind is one line, with a count of the ones not logged since.
    """

    def __init__(self, clock=time.monotonic, throttle: LogThrottle | None = None):
        self.throttle = throttle or LogThrottle(clock)

    def __call__(self, loop: asyncio.AbstractEventLoop, context: dict) -> None:
        error = context.get("exception")
        kind = f"{context.get('message', 'a fault')} ({type(error).__name__ if error else 'no exception'})"
        more = self.throttle.admit(kind)
        if more is None:
            return
        logging.getLogger("chatbot").error(
            "chatbot: %s%s", kind, f"; {more} more like it since the last note" if more else ""
        )


def quiet_server_warnings() -> None:
    """Throttle the lines uvicorn logs for each bad request (see `QuietServerWarnings`); once per process."""
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(known, QuietServerWarnings) for known in logger.filters):
        logger.addFilter(QuietServerWarnings())


class _Server(uvicorn.Server):
    async def startup(self, sockets=None) -> None:
        asyncio.get_running_loop().set_exception_handler(QuietLoopFaults())
        await super().startup(sockets=sockets)


def bind(host: str, port: int) -> socket.socket:
    """A listening socket for host:port (port 0 picks a free one), IPv4 or IPv6 as the host says."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(address)
    # Listening before the address is printed: a client that connects at once waits in the backlog
    # instead of being refused while uvicorn starts.
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve_http(app, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until SIGINT or SIGTERM. The one line it prints names the address, never a request."""
    raise_open_file_limit()
    sock = bind(host, port)
    actual = sock.getsockname()
    shown = f"[{actual[0]}]" if sock.family == socket.AF_INET6 else actual[0]
    config = uvicorn.Config(
        app,
        access_log=False,  # request lines are not patient text (questions are POSTed), but log nothing
        log_level="warning",
        server_header=False,
        lifespan="off",
        http=deadline_protocol(REQUEST_SECONDS),
        proxy_headers=True,  # trusts X-Forwarded-* only from --forwarded-allow-ips (default 127.0.0.1)
    )
    quiet_server_warnings()  # after the config, which sets up uvicorn's loggers
    server = _Server(config)
    interrupted: list[int] = []

    def stop_on_interrupt(signum: int, frame: object) -> None:
        interrupted.append(signum)
        server.should_exit = True

    # Ctrl-C as soon as the address is printed, before uvicorn listens for signals, must stop it too: with
    # Python's default handler asyncio took it first and, in a narrow window of start-up, the server ran on.
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, stop_on_interrupt) if main else None
    try:
        print(f"chatbot: serving on http://{shown}:{actual[1]}/ (Ctrl-C to stop)", file=sys.stderr, flush=True)
        server.run(sockets=[sock])
    finally:
        if main:
            signal.signal(signal.SIGINT, previous)
    if interrupted:
        raise KeyboardInterrupt  # exit 130, as Ctrl-C anywhere else
