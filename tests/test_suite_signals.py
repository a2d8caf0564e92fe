"""The test suite leaves pytest's own interrupt alone, even after a test ran a front end in its process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

READY = "SIGNAL_TEST_READY_FILE"
CHILD = Path(__file__).with_name("signal_child.py")


@pytest.mark.parametrize("sent", ["SIGTERM", "SIGINT"])
def test_an_interrupt_after_a_front_end_ran_is_pytests_own(tmp_path, sent):
    ready = tmp_path / "ready"
    env = {**os.environ, READY: str(ready)}
    child = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", str(CHILD)],
        cwd=Path(__file__).parent.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as in a terminal, not a background job
    )
    try:
        end = time.monotonic() + 120
        while not ready.exists() and time.monotonic() < end and child.poll() is None:
            time.sleep(0.1)
        assert ready.exists(), "the child run never reached its waiting test"
        child.send_signal(getattr(signal, sent))
        output = child.communicate(timeout=60)[0].decode()
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert "Terminated" not in output
    if sent == "SIGTERM":
        assert child.returncode == -signal.SIGTERM  # the default: the run ends at once, as pytest's would
    else:
        assert "KeyboardInterrupt" in output
