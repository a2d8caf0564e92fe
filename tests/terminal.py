"""A real pseudo-terminal for tests: run a program under pexpect and read its screen through pyte."""

from __future__ import annotations

import os
import sys
import time

import pexpect
import pyte


class Terminal:
    """A program running in a pty of a given size, with the screen a person would see."""

    def __init__(
        self,
        *args: str,
        columns: int = 80,
        rows: int = 24,
        env: dict | None = None,
        cwd=None,
        program: tuple[str, ...] = ("-m", "chatbot"),  # what Python runs: the chatbot, or a test's own script
    ):
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_") and k != "NO_COLOR"}
        full_env.update({"TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(rows)})
        full_env.update(env or {})
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = b""
        self.child = pexpect.spawn(
            sys.executable, [*program, *args], env=full_env, dimensions=(rows, columns), timeout=10, cwd=cwd
        )

    def _pump(self, seconds: float = 0.1) -> None:
        try:
            data = self.child.read_nonblocking(65536, timeout=seconds)
        except (pexpect.TIMEOUT, pexpect.EOF):
            return
        self.raw += data
        self.stream.feed(data)

    def text(self) -> str:
        """The screen as lines of text."""
        self._pump(0.05)
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_for(self, needle: str, timeout: float = 10.0) -> str:
        """Wait until the screen shows `needle`; the screen text."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self._pump(0.1)
            screen = "\n".join(line.rstrip() for line in self.screen.display)
            if needle in screen:
                return screen
            if not self.child.isalive() and needle not in screen:
                self._pump(0.1)
        raise AssertionError(f"{needle!r} never appeared; the screen:\n{self.text()}")

    def wait_for_prompt(self, prompt: str, timeout: float = 10.0) -> str:
        """Wait until the cursor's line shows `prompt`: the program is ready for the next key.

        Keys sent before that can reach the terminal while it is between two prompts,
        where Ctrl-D or Ctrl-C mean something else; waiting makes such tests exact.
        """
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self._pump(0.1)
            if prompt in self.screen.display[self.screen.cursor.y]:
                return "\n".join(line.rstrip() for line in self.screen.display)
        raise AssertionError(f"the prompt {prompt!r} never came back; the screen:\n{self.text()}")

    def type(self, text: str) -> None:
        self.child.send(text)

    def enter(self, text: str = "") -> None:
        self.child.send(text + "\r")

    def exit_code(self, timeout: float = 10.0) -> int:
        end = time.monotonic() + timeout
        while self.child.isalive() and time.monotonic() < end:
            self._pump(0.1)
        self.child.close()
        return self.child.exitstatus if self.child.exitstatus is not None else 128 + (self.child.signalstatus or 0)

    def close(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)
