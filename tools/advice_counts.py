"""Count personal-advice notes per tuning set: in-scope cases refused or answered with the note, and
requests that should stay refused (fallback cases tagged advice, or flagged by the advice rules) answered.

    python tools/advice_counts.py [--only TEXT] [--list]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from measure import _sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402

OUTSIDE = {"fallback", "emergency", "urgent", "smalltalk", "off_topic", "off-topic"}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    bots = {}
    totals = [0, 0, 0, 0]
    for group, label, bank, path in _sets():
        if group != "tuning" or "triage" in label or (args.only and args.only not in label):
            continue
        if bank not in bots:
            bots[bank] = Bot.load(bank) if bank is not None else Bot.load()
        bot = bots[bank]
        note = bot.bank.messages["personal_advice"].strip()
        cases, _ = load_cases(path)
        refused = noted = answered_advice = requests = 0
        for case in cases:
            reply = bot.session().ask(case.question)
            has_note = note in (reply.text or "")
            in_scope = not set(case.expect) & OUTSIDE
            if in_scope and has_note:
                if reply.kind == "answer":
                    noted += 1
                    tag = "NOTE+ANS"
                else:
                    refused += 1
                    tag = "REFUSED"
                if args.list:
                    ok = "ok " if reply.id in case.expect else "BAD"
                    print(f"  {tag:8} {ok} {label}: {case.question!r} -> {reply.kind} {reply.id} (want {case.expect})")
            advice_case = not in_scope and ("advice" in case.tags or bot.advice.asks_for_advice(case.question))
            if advice_case and "fallback" in case.expect:
                requests += 1
                if reply.kind == "answer":
                    answered_advice += 1
                    if args.list:
                        print(f"  ADV-ANS  {label}: {case.question!r} -> {reply.id}")
        totals = [a + b for a, b in zip(totals, (refused, noted, requests, answered_advice), strict=True)]
        print(f"{label:28} in-scope refused as advice {refused:3}  answered with note {noted:3}"
              f"  advice requests {requests:3} answered {answered_advice}", flush=True)
    print(f"{'TOTAL':28} in-scope refused as advice {totals[0]:3}  answered with note {totals[1]:3}"
          f"  advice requests {totals[2]:3} answered {totals[3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
