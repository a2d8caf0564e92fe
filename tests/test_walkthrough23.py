"""Walkthrough 23: what a newcomer and a hostile user met in the real terminal, each held by a test.

- A colour code pasted from another terminal ("ESC[32m", "ESC[0m") is read by prompt_toolkit as a mouse report
  and its handler raised: the chat printed a traceback and "Press ENTER to continue", the kiosk showed
  "Sorry, something went wrong". Both now drop it and read the words around it.
- In the kiosk, a number typed after a reply with no numbered questions (a fallback, an urgent reply) asked a
  question from the screen before, which nobody could see any more; it now picks only what is shown.
"""

from __future__ import annotations

import io
import re
import threading

from kiosk_support import kiosk_after, kiosk_screen
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.output.vt100 import Vt100_Output

from chatbot.frontends.repl import run_interactive

GREEN, PLAIN = "\x1b[32m", "\x1b[0m"  # colour codes a terminal puts in copied text
ANY_MOUSE_LOOKALIKE = ("\x1b[1;4m", "\x1b[38;5;196m", "\x1b[7M", "\x1b[<5m")


def chat_screen(bot, *lines: str) -> str:
    """What the chat showed for these lines. It runs in a thread: before the fix, the traceback's "Press ENTER
    to continue" never came back to the prompt, and the test waited for ever instead of failing."""
    written = io.StringIO()
    output = Vt100_Output(written, lambda: Size(rows=24, columns=80), default_color_depth=ColorDepth.DEPTH_1_BIT)
    codes = []
    with create_pipe_input() as keys:
        for line in (*lines, "quit"):
            keys.send_text(line + "\r")
        chat = threading.Thread(
            target=lambda: codes.append(run_interactive(bot, False, terminal_input=keys, terminal_output=output)),
            daemon=True,
        )
        chat.start()
        chat.join(timeout=120)
    shown = " ".join(re.sub(r"\x1b\[[0-?]*[ -/]*[@-~]", "", written.getvalue()).split())
    assert codes == [0], shown[-500:]
    return shown


def test_a_pasted_colour_code_in_the_kiosk_is_dropped_not_a_fault(bot, caplog):
    kiosk = kiosk_after(bot, f"how is {GREEN}HO{PLAIN} treated\r")
    shown = kiosk_screen(kiosk)
    assert shown.startswith("You: how is HO treated\n\n")
    assert bot.bank.screens["kiosk_error"] not in shown
    assert "could not be handled" not in caplog.text


def test_every_mouse_report_lookalike_is_dropped_in_the_kiosk(bot, caplog):
    typed = "where does".join(ANY_MOUSE_LOOKALIKE[:2]) + " HO grow" + "".join(ANY_MOUSE_LOOKALIKE[2:])
    kiosk = kiosk_after(bot, typed + "\r")
    assert kiosk_screen(kiosk).startswith("You: where does HO grow\n\n")
    assert "could not be handled" not in caplog.text


def test_a_pasted_colour_code_in_the_chat_never_shows_a_traceback(bot):
    shown = chat_screen(bot, f"{GREEN}what is the brooker scale{PLAIN}")
    assert "Traceback" not in shown and "Press ENTER" not in shown
    assert " ".join(bot.bank.by_id["brooker-scale"].answer.split()[:10]) in shown


def test_a_kiosk_number_with_no_questions_on_screen_picks_nothing_unseen(bot):
    # A question the bank cannot answer: no numbered questions under the reply, so the screen shows none.
    kiosk = kiosk_after(bot, "can a cat get this from a dog bite\r")
    assert kiosk.state.suggestions == ()
    kiosk = kiosk_after(bot, "can a cat get this from a dog bite\r2\r")
    shown = kiosk_screen(kiosk)
    hidden = bot.bank.by_id[bot.bank.example_ids[1]]
    assert hidden.question not in shown
    assert " ".join(hidden.answer.split()[:8]) not in " ".join(shown.split())
    assert shown.startswith("You: 2\n\n")


def test_a_kiosk_number_still_picks_a_question_that_is_shown(bot):
    kiosk = kiosk_after(bot, "what is the brooker scale\r1\r")
    first = bot.suggestions_for(bot.bank.by_id["brooker-scale"].related[:1])[0]
    assert kiosk_screen(kiosk).startswith(f"You: {first.question}\n\n")


def test_the_article_title_reads_as_a_title_where_the_bot_says_who_it_is(bot):
    # "using facts from What Is Heterotopic Ossification?, a consumer-health article" read as a question put
    # to the patient; the title is now in quotes, as on every answer's source line.
    title = bot.bank.title
    for asked in ("are you a real person", "is this a bot"):
        text = bot.session().ask(asked).text
        if "facts from" in text:
            assert f'facts from "{title}", a' in " ".join(text.split())
            break
    else:
        raise AssertionError("no reply said where its facts come from")
    assert bot.bank.source.startswith(f'"{title}"')
