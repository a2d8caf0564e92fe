"""The HO tuning sets' wrong answers and their story / no-subject misses, in two halves by position in each file
(docs/evaluation.md, round 28, horeading30).

    python tools/ho_wrong30.py record rows.jsonl     # every HO tuning question and turn, its reply and readings
    python tools/ho_wrong30.py wrong rows.jsonl      # every wrong answer, half a beside half b
    python tools/ho_wrong30.py wrong-causes rows.jsonl   # the wrong answers counted by cause, per half
    python tools/ho_wrong30.py causes rows.jsonl     # the tagged misses by cause (story_misses29's causes)
    python tools/ho_wrong30.py compare old.jsonl new.jsonl   # right / wrong / off-topic per half, and each change

Half a (chosen on) is every case at an even position in its file (0, 2, ...; a conversation by its position among
the file's conversations), half b (checked on) the odd ones. Only sets we may tune on are read: tests/data/eval.yaml,
tests/data/tuning2.yaml and the retired HO parts (`measure.RETIRED`), as in story_misses29.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import story_misses29 as base  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import matching, whole_message  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402


def record(out_path: str) -> None:
    bot = Bot.load()
    seen: dict = {}
    original = matching.match

    def watched(session, analysis, prefix, clean):
        if not session.current.quiet:
            seen["clean"] = clean
            seen["analysis"] = analysis
        return original(session, analysis, prefix, clean)

    matching.match = watched
    try:
        with open(out_path, "w", encoding="utf-8") as out:
            for name, path in base.ho_sets():
                cases, conversations = load_cases(path)
                runs = [(i, [case]) for i, case in enumerate(cases)] + list(enumerate(conversations))
                for position, turns in runs:
                    session, before = bot.session(), []
                    for case in turns:
                        seen.clear()
                        reply = session.ask(case.question)
                        row = {
                            "set": name, "q": case.question, "before": list(before), "expect": list(case.expect),
                            "tags": list(case.tags), "kind": reply.kind, "got": reply.id, "via": reply.via,
                            "score": reply.score, "sugg": [s.id for s in reply.suggestions],
                            "label": base.label(case, reply), "half": "a" if position % 2 == 0 else "b",
                        }  # fmt: skip
                        if "analysis" in seen:
                            analysis = seen["analysis"]
                            message = whole_message.split(session, seen["clean"])
                            row["questions"], row["story"] = list(message.questions), list(message.story)
                            row["whole"] = [
                                [c.entry.id, round(c.score, 1), round(c.coverage, 2)]
                                for c in bot.matcher.rank(analysis.tokens, analysis.concepts, limit=3)
                            ]
                            row["alone"] = [base._top(bot, q) for q in message.questions]
                            row["story_top"] = base._top(bot, " ".join(message.story)) if message.story else []
                        out.write(json.dumps(row) + "\n")
                        before.append(case.question)
    finally:
        matching.match = original


def wrong(path: str) -> None:
    rows = [r for r in base.rows_of(path) if r["label"] in ("wrong", "offtopic", "falseE")]
    for h in ("a", "b"):
        print(f"== half {h}")
        for r in (r for r in rows if r["half"] == h):
            turn = " (turn)" if r["before"] else ""
            print(f"  {r['label']:8} {r['set']:22} {r['via'] or '-':22} {r['got']} (want {'/'.join(r['expect'])})"
                  f" {r['score']}{turn} tags={','.join(r['tags'])}\n      {r['q'][:200]!r}")  # fmt: skip


def wrong_cause(row: dict) -> str:
    """The first cause that fits a wrong answer: a conversation turn's path, else story_misses29's causes, where a
    message of one question and no story is a close entry's word read as its own."""
    if row["before"]:
        return f"a conversation turn ({row['via']})"
    if not row.get("story") and len(row.get("questions") or []) == 1:
        return "one question, no story: another entry's word or a close entry"
    return base.cause(row).removeprefix("wrong: ")


def wrong_causes(path: str) -> None:
    import collections

    counts: dict = collections.defaultdict(collections.Counter)
    for row in base.rows_of(path):
        if row["label"] == "wrong":
            counts[wrong_cause(row)][row["half"]] += 1
    for key, c in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
        print(f"  {key:66} a {c['a']:3}  b {c['b']:3}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("record", "wrong", "wrong-causes", "causes", "compare"))
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.paths[0])
    elif args.command == "wrong":
        wrong(args.paths[0])
    elif args.command == "wrong-causes":
        wrong_causes(args.paths[0])
    elif args.command == "causes":
        base.causes(args.paths[0])
    else:
        base.compare(*args.paths[:2])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
