"""The HO tuning sets' stories and questions with no subject that fall back or get a wrong answer, by cause, in two
halves by a hash of the question (docs/how-it-decides.md, round 27, horeading29).

    python tools/story_misses29.py record rows.jsonl     # every HO tuning question and turn, its reply and readings
    python tools/story_misses29.py causes rows.jsonl     # the tagged misses by cause, half a beside half b
    python tools/story_misses29.py compare old.jsonl new.jsonl   # right / wrong / off-topic per half, and each change

Only sets we may tune on are read: tests/data/eval.yaml, tests/data/tuning2.yaml and the retired HO parts
(`measure.RETIRED`). A row: set, question, turns before it, expected ids, tags, the reply (kind, id, via, score), a
label (right, wrong, offtopic, falseE, miss, ok), the half, the message's questions and story as the engine splits
them, and the first entries of the message read whole, of each question read alone and of the story read alone.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import measure  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import matching, whole_message  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402

KINDS = ("fallback", "clarify", "smalltalk", "emergency", "urgent", "advice")
TAGS = ("story", "no-subject")


def ho_sets() -> list[tuple[str, Path]]:
    found = [(name, ROOT / "tests" / "data" / f"{name}.yaml") for name in ("eval", "tuning2")]
    for name in sorted(measure.RETIRED):
        if name.startswith("ho-questions") and name.endswith(".yaml"):
            found.append((name[:-5], ROOT / "tests" / "data" / "heldout" / name))
    return found


def half(question: str) -> str:
    """'a' (chosen on) or 'b' (checked on): the first byte of the question's MD5, even or odd."""
    digest = hashlib.md5(question.encode("utf-8"), usedforsecurity=False).digest()
    return "a" if digest[0] % 2 == 0 else "b"


def label(case, reply) -> str:
    in_scope = any(e not in KINDS for e in case.expect)
    if reply.kind == "answer":
        return ("right" if reply.id in case.expect else "wrong") if in_scope else "offtopic"
    if reply.kind == "emergency" and "emergency" not in case.expect:
        return "falseE"
    return "miss" if in_scope and reply.kind not in case.expect else "ok"


def _top(bot: Bot, text: str, limit: int = 3) -> list:
    analysis = bot.analyzer.analyze(text)
    return [[c.entry.id, round(c.score, 1), round(c.coverage, 2)] for c in bot.matcher.rank(
        analysis.tokens, analysis.concepts, limit=limit)]  # fmt: skip


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
            for name, path in ho_sets():
                cases, conversations = load_cases(path)
                runs = [[case] for case in cases] + conversations
                for turns in runs:
                    session, before = bot.session(), []
                    for case in turns:
                        seen.clear()
                        reply = session.ask(case.question)
                        row = {
                            "set": name, "q": case.question, "before": list(before), "expect": list(case.expect),
                            "tags": list(case.tags), "kind": reply.kind, "got": reply.id, "via": reply.via,
                            "score": reply.score, "sugg": [s.id for s in reply.suggestions],
                            "label": label(case, reply), "half": half(case.question),
                        }  # fmt: skip
                        if "analysis" in seen:
                            analysis = seen["analysis"]
                            message = whole_message.split(session, seen["clean"])
                            row["questions"], row["story"] = list(message.questions), list(message.story)
                            row["whole"] = [
                                [c.entry.id, round(c.score, 1), round(c.coverage, 2)]
                                for c in bot.matcher.rank(analysis.tokens, analysis.concepts, limit=3)
                            ]
                            row["alone"] = [_top(bot, q) for q in message.questions]
                            row["story_top"] = _top(bot, " ".join(message.story)) if message.story else []
                        out.write(json.dumps(row) + "\n")
                        before.append(case.question)
    finally:
        matching.match = original


def rows_of(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def cause(row: dict) -> str:
    """The first cause that fits a tagged miss (a fallback, a choice or a wrong answer)."""
    expected = set(row["expect"])
    whole = row.get("whole") or []
    alone = row.get("alone") or []
    questions = row.get("questions") or []
    story_top = row.get("story_top") or []
    kind = "wrong" if row["label"] == "wrong" else "miss"
    if row["kind"] in ("urgent", "emergency", "smalltalk"):
        return f"{kind}: {row['kind']} reply"
    if len(questions) > 1:
        return f"{kind}: two or more questions"
    if not questions:
        return f"{kind}: no question found"
    words = len(questions[0].split())
    lead_alone = alone[0][0][0] if alone and alone[0] else None
    lead_story = story_top[0][0] if story_top else None
    lead_whole = whole[0][0] if whole else None
    if row.get("story") and lead_story in expected and lead_alone not in expected:
        return f"{kind}: the story says it, the question alone does not"
    if row.get("story") and lead_alone in expected and lead_whole not in expected:
        return f"{kind}: the story's words outvote the question"
    if lead_alone in expected and words <= 4:
        return f"{kind}: a short clause leads right, too weak"
    if lead_alone in expected:
        return f"{kind}: the question alone leads right, under the bar"
    if any(w in ("it", "this", "that", "they", "them") for w in questions[0].lower().split()) and row.get("story"):
        return f"{kind}: a pronoun points into the story"
    if row.get("story") and sum(len(s.split()) for s in row["story"]) >= 30:
        return f"{kind}: a long preamble, nothing leads right"
    if lead_whole in expected:
        return f"{kind}: right leads the whole message only"
    return f"{kind}: another entry leads every reading"


def causes(path: str) -> None:
    rows = [r for r in rows_of(path) if not r["before"] and set(TAGS) & set(r["tags"])]
    for tag in TAGS:
        tagged = [r for r in rows if tag in r["tags"] and any(e not in KINDS for e in r["expect"])]
        counts: dict = collections.defaultdict(collections.Counter)
        for r in tagged:
            counts["all"][r["half"]] += 1
            if r["label"] == "right":
                counts["right"][r["half"]] += 1
            elif r["label"] in ("wrong", "miss"):
                counts[cause(r)][r["half"]] += 1
        print(f"== {tag}")
        for key, c in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
            print(f"  {key:60} a {c['a']:4}  b {c['b']:4}")


def compare(old_path: str, new_path: str) -> None:
    old, new = rows_of(old_path), rows_of(new_path)
    totals = {which: collections.Counter() for which in ("old", "new")}
    for which, rows in (("old", old), ("new", new)):
        for r in rows:
            totals[which][(r["half"], r["label"])] += 1
            for tag in TAGS:
                if tag in r["tags"] and not r["before"] and any(e not in KINDS for e in r["expect"]):
                    totals[which][(r["half"], tag, "all")] += 1
                    totals[which][(r["half"], tag, r["label"] == "right")] += 1
    for h in ("a", "b"):
        o, n = totals["old"], totals["new"]
        print(
            f"half {h}: right {o[(h, 'right')]} -> {n[(h, 'right')]}  wrong {o[(h, 'wrong')]} -> {n[(h, 'wrong')]}"
            f"  offtopic {o[(h, 'offtopic')]} -> {n[(h, 'offtopic')]}  falseE {o[(h, 'falseE')]} -> {n[(h, 'falseE')]}"
            f"  misses {o[(h, 'miss')]} -> {n[(h, 'miss')]}"
            + "".join(f"  {t} {o[(h, t, True)]} -> {n[(h, t, True)]} / {n[(h, t, 'all')]}" for t in TAGS)
        )
    for a, b in zip(old, new, strict=True):
        if (a["kind"], a["got"]) != (b["kind"], b["got"]):
            print(f"[{a['half']}] {a['label']}->{b['label']} {a['got']}->{b['got']} ({b['via']}) {a['q'][:110]!r}"
                  + (" (turn)" if a["before"] else ""))  # fmt: skip


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("record", "causes", "compare"))
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.paths[0])
    elif args.command == "causes":
        causes(args.paths[0])
    else:
        compare(*args.paths[:2])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
