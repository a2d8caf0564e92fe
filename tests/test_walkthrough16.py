"""Round 16's walkthrough: what a patient at home met in a real terminal."""

from __future__ import annotations

import signal
import time

from terminal import Terminal


def test_ctrl_c_pressed_just_after_enter_does_not_end_the_chat():
    # A patient who presses Enter and then Ctrl-C at once (to stop a long answer, or by habit): the key
    # reaches the terminal while the answer is being made, as a signal; it ended the chat with exit 130.
    term = Terminal()
    try:
        term.wait_for_prompt("Your question:")
        # The race is narrow (the moment between Enter and the answer), so it is tried many times.
        for attempt in range(40):
            term.type("how is the extra bone found\r")
            time.sleep(0.001 * (attempt % 10))
            term.type("\x03")
            time.sleep(0.3)
            term._pump(0.05)
            assert term.child.isalive(), f"Ctrl-C just after Enter ended the chat (attempt {attempt})"
        term.wait_for_prompt("Your question:")
        assert term.child.isalive()
        term.enter("quit")
        assert term.exit_code() == 0
        assert b"Traceback" not in term.raw
        assert b"Application is not running" not in term.raw
    finally:
        term.close()


def test_an_interrupt_signal_between_prompts_is_ignored_and_ctrl_c_still_clears_the_line():
    term = Terminal()
    try:
        term.wait_for_prompt("Your question:")
        term.enter("what does ho stand for")
        term.child.kill(signal.SIGINT)  # as the terminal sends it for Ctrl-C outside the prompt
        term.wait_for_prompt("Your question:")
        term.type("half a sentence\x03")  # at the prompt Ctrl-C is a key: it drops the line
        term.enter("quit")
        assert term.exit_code() == 0
        assert b"Traceback" not in term.raw
    finally:
        term.close()
