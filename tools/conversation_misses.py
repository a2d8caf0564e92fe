"""List every conversation turn of the tuning sets that missed, beside the same message in a fresh session, and
sort each into a cause (docs/how-it-decides.md, round 17, conv19).

    python tools/conversation_misses.py            # every tuning set with conversations
    python tools/conversation_misses.py --only gout

Causes: "first turn" (the message opens its conversation: only the message itself counts), "after no answer" (the
turn before got a fallback or a choice, so there is nothing to lean on), "same alone" (after an answer, the reply
is what the message gets fresh: the words, not the conversation), "conversation changed it" (the conversation gave
another reply than fresh). Held-apart sets are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import measure  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402

ENTRY_KINDS = ("smalltalk", "fallback", "clarify", "emergency", "urgent")


def expected(reply, want) -> bool:
    return any(reply.kind == w if w in ENTRY_KINDS else (reply.kind == "answer" and reply.id == w) for w in want)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only")
    args = parser.parse_args(argv)
    bots: dict = {}
    causes: Counter = Counter()
    for group, label, bank, path in measure._sets():
        if group != "tuning" or (args.only and args.only not in label):
            continue
        _, conversations = load_cases(path)
        if not conversations:
            continue
        bot = bots.setdefault(bank, Bot.load(bank) if bank else Bot.load())
        for turns in conversations:
            session = bot.session()
            before = None
            for number, case in enumerate(turns):
                reply = session.ask(case.question)
                if not expected(reply, case.expect):
                    fresh = bot.ask(case.question)
                    wrong = reply.kind == "answer"
                    if number == 0:
                        cause = "first turn"
                    elif (fresh.kind, fresh.id) != (reply.kind, reply.id):
                        cause = "conversation changed it"
                    elif before is not None and before.kind != "answer":
                        cause = "after no answer"
                    else:
                        cause = "same alone"
                    causes[(cause, "wrong" if wrong else "no answer")] += 1
                    print(
                        f"{label} [{case.conversation}] #{number} {case.question!r} want {'/'.join(case.expect)}"
                        f" got {reply.kind} {reply.id} {reply.via} {reply.score} | fresh {fresh.kind} {fresh.id}"
                        f" | {cause}{' WRONG' if wrong else ''}"
                    )
                before = reply
    for (cause, kind), count in sorted(causes.items()):
        print(f"{count:4}  {cause}: {kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
