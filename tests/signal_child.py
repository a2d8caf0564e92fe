"""Run only by test_suite_signals.py, as a pytest run of its own (the name keeps it out of the suite's collection):
a test that runs the command line in this process, then one that waits to be interrupted."""

from __future__ import annotations

import os
import time
from pathlib import Path

from chatbot.frontends.cli import main


def test_child_runs_the_command_line_in_this_process():
    assert main(["ask", "how is it treated"]) == 0


def test_child_waits_to_be_interrupted():
    Path(os.environ["SIGNAL_TEST_READY_FILE"]).write_text("ready")
    time.sleep(60)
