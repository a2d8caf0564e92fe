"""Run the web front end with uvicorn: loopback by default, no access log, no server banner."""

from __future__ import annotations

import signal
import socket
import sys
import threading

import uvicorn

from chatbot.frontends.web.timeouts import deadline_protocol

# Each request must arrive whole (line, headers, body) within this many seconds of connecting or of the
# previous response, or the connection is closed: a slow or silent client cannot hold it open.
REQUEST_SECONDS = 10


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
    server = uvicorn.Server(config)
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
