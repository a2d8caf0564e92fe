"""Every conversation turn of the tuning sets (HO and clinic banks), right or wrong, per half, by round 27's causes
(`conversation_causes29.cause_of`), with every reply saved so two runs can be compared turn by turn (round 28, conv30).

    PYTHONHASHSEED=0 python tools/conversation_causes30.py --save before.json
    PYTHONHASHSEED=0 python tools/conversation_causes30.py --compare before.json [--list]

Halves: by the conversation's place in its own file, counted from 0: even conversations are half a (chosen on),
odd ones half b (checked on). Unlike round 27's split (whole banks per half) every file, clinic or HO, has turns in
both halves. Held-apart sets are never read (`measure._sets` marks them; only "tuning" is asked).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import measure  # noqa: E402
from conversation_causes29 import cause_of  # noqa: E402
from conversation_misses import expected  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402


def run(only: str | None) -> dict:
    bots: dict = {}
    out: dict = {}
    for group, label, bank, path in measure._sets():
        if group != "tuning" or (only and only not in label):
            continue
        _, conversations = load_cases(path)
        if not conversations:
            continue
        bot = bots.setdefault(bank, Bot.load(bank) if bank else Bot.load())
        rows = []
        for place, turns in enumerate(conversations):
            session = bot.session()
            before = None
            for number, case in enumerate(turns):
                reply = session.ask(case.question)
                right = expected(reply, case.expect)
                row = {"half": "a" if place % 2 == 0 else "b", "conversation": str(case.conversation),
                       "turn": number, "q": case.question, "want": list(case.expect), "kind": reply.kind,
                       "id": reply.id, "via": reply.via, "score": reply.score, "right": right}
                if not right:
                    fresh = bot.ask(case.question)
                    row["cause"] = cause_of(bot, number, case, reply, fresh, before)
                    row["fresh"] = [fresh.kind, fresh.id]
                rows.append(row)
                before = reply
        out[label] = rows
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only")
    parser.add_argument("--save")
    parser.add_argument("--compare")
    parser.add_argument("--load", help="read a saved run instead of asking again")
    parser.add_argument("--list", action="store_true", help="print every missed turn")
    args = parser.parse_args(argv)
    now = json.loads(Path(args.load).read_text()) if args.load else run(args.only)
    if args.save:
        Path(args.save).write_text(json.dumps(now, indent=1))
    table: Counter = Counter()
    totals: dict = {}
    for label, rows in now.items():
        clinic = label.endswith(" questions") and not label.startswith("ho-")
        for r in rows:
            for key in (r["half"], f"{r['half']} {'clinic' if clinic else 'HO'}"):
                t = totals.setdefault(key, [0, 0, 0])
                t[0] += r["right"]
                t[1] += 1
                t[2] += not r["right"] and r["kind"] == "answer"
            if not r["right"]:
                table[(r["cause"], r["half"], "wrong" if r["kind"] == "answer" else "no answer")] += 1
                if args.list:
                    print(f"{r['half']} {label} [{r['conversation']}] #{r['turn']} {r['q']!r} want"
                          f" {'/'.join(r['want'])} got {r['kind']} {r['id']} {r['via']} {r['score']} | fresh"
                          f" {r['fresh']} | {r['cause']}")
    print("| cause | a: no answer | a: wrong | b: no answer | b: wrong |")
    for c in sorted({c for c, _, _ in table}):
        cells = [table[(c, s, k)] for s in ("a", "b") for k in ("no answer", "wrong")]
        print(f"| {c} | " + " | ".join(str(x) for x in cells) + " |")
    print("turns right:", {k: f"{r}/{n} ({w} wrong)" for k, (r, n, w) in sorted(totals.items())})
    if args.compare:
        before = json.loads(Path(args.compare).read_text())
        for label, rows in now.items():
            for old, new in zip(before.get(label, rows), rows, strict=True):
                if (old["kind"], old["id"]) != (new["kind"], new["id"]):
                    print(f"{new['half']} {label} [{new['conversation']}] #{new['turn']} {new['q']!r} want"
                          f" {'/'.join(new['want'])}: {old['kind']} {old['id']} -> {new['kind']} {new['id']}"
                          f" {new['via']} {new['score']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
