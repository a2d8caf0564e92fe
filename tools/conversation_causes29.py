"""Every conversation turn of the tuning sets that missed, sorted into the causes of round 27's brief (conv29), per
half of the split, with a reply per turn saved so two runs can be compared.

    PYTHONHASHSEED=0 python tools/conversation_causes29.py --save before.json
    PYTHONHASHSEED=0 python tools/conversation_causes29.py --compare before.json

Causes (the first that fits): "first turn" (the message opens its conversation: only its own words count);
"new complete question read as a follow-up" (the conversation gave another reply than fresh, and the fresh one was
right); "conversation changed it" (another reply than fresh, neither right); "choice not taken" (the turn before was a
choice that offered the right entry, and this message did not pick it); "subject not carried" (the turn before got
no answer, or the message points back with a pronoun or has no subject of its own, and the subject was not lent);
"follow-up not read against the last entry" (after an answer, a message that opens or ends as a follow-up: "and for
kids?", "what about at night", "how soon after?"); "complete question, own words" (the rest: the message alone).
The halves are `conversation_split27.half`'s: clinic banks a-m and even HO parts chosen on, the rest unseen.
Held-apart sets are never read.
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
from conversation_misses import expected  # noqa: E402
from conversation_split27 import half  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402
from chatbot.understanding.text import fold, words  # noqa: E402

POINTERS = frozenset("it its that this they them those these he she his her him their".split())


def cause_of(bot: Bot, number: int, case, reply, fresh, before) -> str:
    if number == 0:
        return "first turn: the message alone"
    if (fresh.kind, fresh.id) != (reply.kind, reply.id):
        if expected(fresh, case.expect):
            return "new complete question read as a follow-up"
        return "conversation changed it (neither right)"
    if before is not None and before.kind == "clarify" and set(case.expect) & {s.id for s in before.suggestions}:
        return "clarifying choice not taken"
    folded = fold(case.question)
    said = words(folded)
    openers = bot.bank.follow_up.openers
    opens = any(folded == o or folded.startswith(o + " ") for o in openers)
    if before is None or before.kind != "answer":
        return "subject not carried (after no answer)"
    if opens or (said and said[-1] in bot.bank.follow_up.closers):
        return "follow-up not read against the last entry"
    subjects = bot.analyzer.analyze(case.question)
    own = subjects.concepts and any(bot.matcher.knows(t) and not bot.analyzer.is_everyday(t) for t in subjects.tokens)
    if not POINTERS.isdisjoint(said) or not own:
        return "subject not carried (after an answer)"
    return "complete question, own words"


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
        for turns in conversations:
            session = bot.session()
            before = None
            for number, case in enumerate(turns):
                reply = session.ask(case.question)
                right = expected(reply, case.expect)
                row = {"conversation": str(case.conversation), "turn": number, "q": case.question,
                       "want": list(case.expect), "kind": reply.kind, "id": reply.id, "via": reply.via,
                       "score": reply.score, "right": right}
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
    parser.add_argument("--list", action="store_true", help="print every missed turn")
    args = parser.parse_args(argv)
    now = run(args.only)
    if args.save:
        Path(args.save).write_text(json.dumps(now, indent=1))
    table: Counter = Counter()
    totals: dict = {}
    for label, rows in now.items():
        side = half(label)
        t = totals.setdefault(side, [0, 0, 0])
        t[0] += sum(r["right"] for r in rows)
        t[1] += len(rows)
        t[2] += sum(1 for r in rows if not r["right"] and r["kind"] == "answer")
        for r in rows:
            if not r["right"]:
                table[(r["cause"], side, "wrong" if r["kind"] == "answer" else "no answer")] += 1
                if args.list:
                    print(f"{side} {label} [{r['conversation']}] #{r['turn']} {r['q']!r} want {'/'.join(r['want'])}"
                          f" got {r['kind']} {r['id']} {r['via']} {r['score']} | fresh {r['fresh']} | {r['cause']}")
    causes = sorted({c for c, _, _ in table})
    print("| cause | chosen: no answer | chosen: wrong | unseen: no answer | unseen: wrong |")
    for c in causes:
        cells = [table[(c, s, k)] for s in ("chosen", "unseen") for k in ("no answer", "wrong")]
        print(f"| {c} | " + " | ".join(str(x) for x in cells) + " |")
    print("turns right:", {k: f"{r}/{n} ({w} wrong)" for k, (r, n, w) in sorted(totals.items())})
    if args.compare:
        before = json.loads(Path(args.compare).read_text())
        for label, rows in now.items():
            for old, new in zip(before.get(label, rows), rows, strict=True):
                if (old["kind"], old["id"]) != (new["kind"], new["id"]):
                    print(f"{half(label)} {label} [{new['conversation']}] #{new['turn']} {new['q']!r} want"
                          f" {'/'.join(new['want'])}: {old['kind']} {old['id']} -> {new['kind']} {new['id']}"
                          f" {new['via']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
