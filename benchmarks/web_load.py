"""A bounded load test of `chatbot serve --http` on loopback: many browsers asking at once.

Run from the repository (with `pip install '.[test]'`, which brings httpx):

    python benchmarks/web_load.py               # 200 sessions x 20 questions, three rounds
    python benchmarks/web_load.py --quick       # 20 sessions x 5 questions, a smoke test
    python benchmarks/web_load.py --json FILE   # the figures as JSON too

Each session is its own client with its own cookie, asking its questions one
after another (a person waits for the answer), all sessions at once. It
reports errors, latency (median, p95, p99, max) and throughput, and the
server's resident memory: at start, after each round, and after each round's
sessions have expired (--session-ttl). Several rounds show whether memory stays
flat once sessions are gone, rather than growing with every visitor.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import select
import signal
import ssl
import statistics
import subprocess
import sys
import time

import httpx

# One visitor's questions: answers, follow-ups, numbers, small talk, off-topic, advice, an emergency.
QUESTIONS = [
    "hello",
    "what is heterotopic ossification",
    "2",
    "how is it treated?",
    "what is the brooker scale",
    "and grade 3?",
    "can a hip replacement cause extra bone",
    "what are the symptoms of FOP",
    "what causes it?",
    "hetrotopic ossfication symtoms",
    "should I take ibuprofen for my hip",
    "what is lupus?",
    "1",
    "can warfarin prevent HO",
    "I can't breathe",
    "does physio help with HO",
    "tell me more",
    "what time is it?",
    "how fast does the bone grow",
    "thanks",
]


def rss_mib(pid: int) -> float:
    """Resident memory of a process in MiB (Linux /proc)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def start_server(ttl: float, max_sessions: int) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "chatbot", "serve", "--http", "--port", "0", "--session-ttl", str(ttl),
         "--max-sessions", str(max_sessions)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    line = b""
    deadline = time.monotonic() + 30
    while not line.endswith(b"\n") and time.monotonic() < deadline:
        if select.select([process.stderr], [], [], 0.2)[0]:
            byte = os.read(process.stderr.fileno(), 1)
            if not byte:
                break
            line += byte
    found = re.search(rb"http://[^ ]+/", line)
    if not found:
        process.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    return process, found.group(0).decode().rstrip("/")


async def visitor(client: httpx.AsyncClient, questions: int, latencies: list[float], errors: list[str]) -> None:
    async with client:
        for n in range(questions):
            text = QUESTIONS[n % len(QUESTIONS)]
            started = time.perf_counter()
            try:
                response = await client.post("/api/ask", json={"text": text})
                if response.status_code != 200 or "kind" not in response.json():
                    errors.append(f"status {response.status_code}")
            except httpx.HTTPError as error:
                errors.append(type(error).__name__)
            latencies.append(time.perf_counter() - started)


async def one_round(url: str, sessions: int, questions: int) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    # Each visitor is its own client (its own cookie and connection). The clients are made before the
    # clock starts and share one TLS context: making 200 of them costs the client seconds, not the server.
    tls = ssl.create_default_context()
    clients = [httpx.AsyncClient(base_url=url, timeout=60, verify=tls) for _ in range(sessions)]
    started = time.perf_counter()
    await asyncio.gather(*(visitor(client, questions, latencies, errors) for client in clients))
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000

    return {
        "requests": len(latencies),
        "errors": len(errors),
        "seconds": round(elapsed, 2),
        "per_second": round(len(latencies) / elapsed, 1),
        "median_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(pct(95), 1),
        "p99_ms": round(pct(99), 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


async def expire(url: str, ttl: float) -> int:
    """Wait out the TTL; one new question then makes the store drop every stale session."""
    await asyncio.sleep(ttl + 1)
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        await client.post("/api/ask", json={"text": "hello"})
        return (await client.get("/healthz")).json()["sessions"]


async def run(sessions: int, questions: int, rounds: int, ttl: float) -> dict:
    process, url = start_server(ttl, max_sessions=max(1000, sessions * 2))
    try:
        async with httpx.AsyncClient(base_url=url) as client:
            await client.get("/healthz")
        figures = {"sessions": sessions, "questions": questions, "ttl": ttl, "rss_start_mib": rss_mib(process.pid)}
        # A baseline from the same minute: one client alone, one question at a time.
        alone: list[float] = []
        async with httpx.AsyncClient(base_url=url, timeout=60) as client:
            for n in range(200):
                started = time.perf_counter()
                await client.post("/api/ask", json={"text": QUESTIONS[n % len(QUESTIONS)]})
                alone.append(time.perf_counter() - started)
            await client.post("/api/reset")  # so the rounds below count only their own sessions
        figures["alone_median_ms"] = round(statistics.median(alone) * 1000, 2)
        figures["rounds"] = []
        for _ in range(rounds):
            result = await one_round(url, sessions, questions)
            async with httpx.AsyncClient(base_url=url) as client:
                result["live_sessions"] = (await client.get("/healthz")).json()["sessions"]
            result["rss_after_load_mib"] = round(rss_mib(process.pid), 1)
            result["sessions_after_expiry"] = await expire(url, ttl)
            result["rss_after_expiry_mib"] = round(rss_mib(process.pid), 1)
            figures["rounds"].append(result)
        return figures
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ttl", type=float, default=10.0, help="the server's --session-ttl (default 10)")
    parser.add_argument("--quick", action="store_true", help="20 sessions x 5 questions, for a smoke test")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    if args.quick:
        args.sessions, args.questions, args.ttl = 20, 5, 3.0
    figures = asyncio.run(run(args.sessions, args.questions, args.rounds, args.ttl))
    print(f"{figures['sessions']} sessions x {figures['questions']} questions, loopback, "
          f"session TTL {figures['ttl']:g} s; server memory at start {figures['rss_start_mib']:.1f} MiB")
    print(f"one client alone, one question at a time: median {figures['alone_median_ms']:.2f} ms per request")
    print("round  requests errors  req/s  median    p95     p99     max   sessions  RSS after  after expiry")
    for n, r in enumerate(figures["rounds"], 1):
        print(f"{n:>5} {r['requests']:>9} {r['errors']:>6} {r['per_second']:>6} {r['median_ms']:>6.1f}ms "
              f"{r['p95_ms']:>6.1f}ms {r['p99_ms']:>6.1f}ms {r['max_ms']:>6.1f}ms {r['live_sessions']:>5} "
              f"{r['rss_after_load_mib']:>8.1f}MiB {r['rss_after_expiry_mib']:>8.1f}MiB "
              f"({r['sessions_after_expiry']} session left)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(figures, out, indent=2)
    failed = any(r["errors"] for r in figures["rounds"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
