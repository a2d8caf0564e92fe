"""Conversation turns right per tuning file, split in two halves (round 25, conv27), and every turn's reply saved
so two runs can be compared turn by turn.

    PYTHONHASHSEED=0 python tools/conversation_split27.py --save before.json
    PYTHONHASHSEED=0 python tools/conversation_split27.py --save after.json --compare before.json

Chosen-on half ("chosen"): the clinic banks a-m (concussion and hay fever among them) and the even-numbered HO parts.
Checked half ("unseen"): the clinic banks n-z, the odd-numbered HO parts, ho-questions, eval, tuning2, heel-eval and
both dev24 files. Every
conversation is asked in one session, as `tools/conversation_misses.py` does; held-apart sets are never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import measure  # noqa: E402
from conversation_misses import expected  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402


def half(label: str) -> str:
    part = re.match(r"ho-questions-part(\d+)", label)
    if part:
        return "unseen" if int(part.group(1)) % 2 else "chosen"
    if label.endswith(" questions"):
        return "chosen" if label[0] <= "m" else "unseen"
    return "unseen"  # ho-questions, eval, tuning2, heel-eval, the dev24 files


def run(only: str | None) -> dict:
    bots: dict = {}
    turns_by_file: dict = {}
    for group, label, bank, path in measure._sets():
        if group != "tuning" or (only and only not in label):
            continue
        _, conversations = load_cases(path)
        if not conversations:
            continue
        bot = bots.setdefault(bank, Bot.load(bank) if bank else Bot.load())
        rows = []
        for turns in conversations:
            session = bot.session()
            for number, case in enumerate(turns):
                reply = session.ask(case.question)
                rows.append(
                    {
                        "conversation": str(case.conversation),
                        "turn": number,
                        "q": case.question,
                        "want": list(case.expect),
                        "kind": reply.kind,
                        "id": reply.id,
                        "via": reply.via,
                        "right": expected(reply, case.expect),
                    }
                )
        turns_by_file[label] = rows
    return turns_by_file


def totals(turns_by_file: dict) -> dict:
    out: dict = {}
    for label, rows in turns_by_file.items():
        side = out.setdefault(half(label), [0, 0, 0])
        side[0] += sum(r["right"] for r in rows)
        side[1] += len(rows)
        side[2] += sum(1 for r in rows if not r["right"] and r["kind"] == "answer")
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only")
    parser.add_argument("--save")
    parser.add_argument("--compare")
    parser.add_argument("--half", choices=("chosen", "unseen"), help="print only this half's changed turns")
    args = parser.parse_args(argv)
    now = run(args.only)
    if args.save:
        Path(args.save).write_text(json.dumps(now, indent=1))
    if args.compare:
        before = json.loads(Path(args.compare).read_text())
        for label, rows in now.items():
            if args.half and half(label) != args.half:
                continue
            for old, new in zip(before.get(label, rows), rows, strict=True):
                if (old["kind"], old["id"]) != (new["kind"], new["id"]):
                    print(
                        f"{half(label)} {label} [{new['conversation']}] #{new['turn']} {new['q']!r} want"
                        f" {'/'.join(new['want'])}: {old['kind']} {old['id']} -> {new['kind']} {new['id']} {new['via']}"
                    )
        was = totals({label: rows for label, rows in before.items() if label in now})
        print("before:", {k: f"{r}/{n} ({w} wrong)" for k, (r, n, w) in sorted(was.items())})
    print("now:   ", {k: f"{r}/{n} ({w} wrong)" for k, (r, n, w) in sorted(totals(now).items())})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
