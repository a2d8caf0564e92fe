"""`chatbot serve --http` as a real process: loopback by default, a silent log, a clean stop."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import run_cli
from web_support import Server

CANARY = "zebracanary7731"


def test_the_log_holds_no_patient_text_and_sigterm_stops_cleanly():
    server = Server()
    try:
        assert server.url.startswith("http://127.0.0.1:")  # loopback unless told otherwise
        with httpx.Client(base_url=server.url, timeout=20) as client:
            assert client.post("/api/ask", json={"text": f"{CANARY} what is HO"}).status_code == 200
            assert client.post("/api/ask", json={"text": f"{CANARY} I can't breathe"}).json()["kind"] == "emergency"
            bad = client.post("/api/ask", content=f'{{"text": "{CANARY}', headers={"content-type": "application/json"})
            assert bad.status_code == 400
            assert client.post("/api/ask", json={"text": CANARY * 500}).status_code == 422
            assert client.get(f"/{CANARY}?q={CANARY}").status_code == 404
            assert client.post("/api/reset").status_code == 200
    finally:
        code = server.stop()
    assert code == 0
    assert CANARY not in server.log
    # One line naming the address, and nothing about any request.
    assert server.log.strip().splitlines() == [server.log.strip().splitlines()[0]]
    assert "serving on http://127.0.0.1:" in server.log


@pytest.mark.parametrize("delay", [0, 0.002, 0.01, 0.03, 0.1])
def test_ctrl_c_stops_it_with_130(delay):
    # At any moment of start-up: a Ctrl-C just after the address was printed once left the server running.
    server = Server()
    time.sleep(delay)
    server.process.send_signal(signal.SIGINT)
    assert server.process.wait(timeout=20) == 130


def test_a_port_in_use_is_a_clear_error():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", "--http", "--port", str(port), timeout=30)
    assert result.returncode == 2
    assert b"cannot listen on 127.0.0.1:" in result.stderr and b"Traceback" not in result.stderr
    # What to do, not only the cause (readme32): a server left running is the usual one.
    assert b"uses that port: stop it, or choose --port N" in result.stderr


@pytest.mark.parametrize("host", ["::1", "127.0.0.1"])
def test_it_serves_the_page_on_the_host_given(host):
    if host == "::1" and not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    try:
        server = Server("--host", host)
    except RuntimeError as error:
        if host == "::1":
            pytest.skip(f"IPv6 loopback unavailable: {error}")
        raise
    try:
        page = httpx.get(server.url + "/", timeout=20)
        assert page.status_code == 200 and "/static/app.js" in page.text
    finally:
        assert server.stop() == 0


def test_the_load_benchmark_runs_without_errors_and_sessions_expire(tmp_path):
    # A short run of benchmarks/web_load.py, so the script docs/operators.md quotes keeps working.
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "web_load.py"
    out = tmp_path / "load.json"
    result = subprocess.run(
        [sys.executable, str(script), "--quick", "--rounds", "1", "--json", str(out)],
        capture_output=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr.decode()
    figures = json.loads(out.read_text())
    (round_one,) = figures["rounds"]
    assert round_one["requests"] == 100 and round_one["errors"] == 0
    assert round_one["live_sessions"] == 20 and round_one["sessions_after_expiry"] == 1
    assert round_one["p99_ms"] >= round_one["median_ms"] > 0
