"""The tuning clinic banks' stories and multi-sentence messages that fall back or get another entry, by cause, half a
beside half b (docs/evaluation.md, round 28, clinicstory30).

    python tools/clinic_story_causes30.py record rows.jsonl    # every tuning clinic question, its reply and readings
    python tools/clinic_story_causes30.py enrich rows.jsonl out.jsonl  # + each story miss's questions asked alone
    python tools/clinic_story_causes30.py causes rows.jsonl [--show a|b]   # the story misses by cause, per half
    python tools/clinic_story_causes30.py compare old.jsonl new.jsonl      # right / wrong per half, and each change

Halves by bank (`tools/clinic_questions_split.py`'s order): the tuning clinic question sets in name order, the 1st,
3rd, ... (places 0, 2, ... counted from 0) are half a (chosen on), the others half b (checked on). Only tuning sets
are read. A case counts as a story when it is tagged `story` or the engine splits it into a story and a question,
or into two sentences or more.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from clinic_questions_split import _clinic_question_sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import advice_requests, matching, whole_message  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402

KINDS = ("fallback", "clarify", "smalltalk", "emergency", "urgent", "advice", "routine")


def label(case, reply) -> str:
    in_scope = any(e not in KINDS for e in case.expect)
    if reply.kind == "answer":
        return ("right" if reply.id in case.expect else "wrong") if in_scope else "offtopic"
    if reply.kind == "emergency" and "emergency" not in case.expect:
        return "falseE"
    if reply.kind == "urgent" and "urgent" not in case.expect and "emergency" not in case.expect:
        return "falseU" if not in_scope else "miss"
    return "miss" if in_scope and reply.kind not in case.expect else "ok"


def _top(bot: Bot, text: str, limit: int = 3) -> list:
    analysis = bot.analyzer.analyze(text)
    return [[c.entry.id, round(c.score, 1), round(c.coverage, 2)] for c in bot.matcher.rank(
        analysis.tokens, analysis.concepts, limit=limit)]  # fmt: skip


def record(out_path: str) -> None:
    sets = _clinic_question_sets()
    labels = sorted(label_ for label_, _, _ in sets)
    seen: dict = {}
    original = matching.match

    def watched(session, analysis, prefix, clean):
        if not session.current.quiet:
            seen.setdefault("clean", clean)
            seen.setdefault("analysis", analysis)
        return original(session, analysis, prefix, clean)

    matching.match = watched
    try:
        with open(out_path, "w", encoding="utf-8") as out:
            for name, bank, path in sets:
                bot = Bot.load(bank)
                subject = bot.bank.short_name or bot.bank.topic
                half = "a" if labels.index(name) % 2 == 0 else "b"
                cases, _conversations = load_cases(path)
                for case in cases:
                    if case.tier is not None:
                        continue
                    seen.clear()
                    session = bot.session()
                    reply = session.ask(case.question)
                    row = {
                        "set": name, "q": case.question, "expect": list(case.expect), "tags": list(case.tags),
                        "kind": reply.kind, "got": reply.id, "via": reply.via, "score": reply.score,
                        "sugg": [s.id for s in reply.suggestions], "label": label(case, reply), "half": half,
                        "subject": subject,
                    }  # fmt: skip
                    if "analysis" in seen:
                        message = whole_message.split(session, seen["clean"])
                        row["questions"], row["story"] = list(message.questions), list(message.story)
                        row["whole"] = _top(bot, seen["clean"])
                        row["alone"] = [_top(bot, q) for q in message.questions]
                        row["alone_subject"] = [_top(bot, f"{q} {subject}") for q in message.questions]
                        row["story_top"] = _top(bot, " ".join(message.story)) if message.story else []
                    out.write(json.dumps(row) + "\n")
                print(name, flush=True)
    finally:
        matching.match = original


def rows_of(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def is_story(row: dict) -> bool:
    return "story" in row["tags"] or bool(row.get("story")) or len(row.get("questions") or []) > 1


def enrich(in_path: str, out_path: str) -> None:
    """Each story miss's questions asked alone, each in a fresh session: ["answer", id] or [kind, None]; and whether
    the message itself was refused as a request for personal advice (`advice_requests.personal_advice`)."""
    banks = {name: bank for name, bank, _ in _clinic_question_sets()}
    bots: dict = {}
    refused: list = []
    original = advice_requests.personal_advice

    def watched(*args, **kwargs):
        refused.append(True)
        return original(*args, **kwargs)

    advice_requests.personal_advice = watched
    try:
        with open(out_path, "w", encoding="utf-8") as out:
            for row in rows_of(in_path):
                if is_miss(row) and is_story(row):
                    bot = bots.get(row["set"]) or bots.setdefault(row["set"], Bot.load(banks[row["set"]]))
                    refused.clear()
                    bot.session().ask(row["q"])
                    row["advice_refused"] = bool(refused)
                    replies = (bot.session().ask(q) for q in row.get("questions") or [])
                    row["alone_reply"] = [[r.kind, r.id] for r in replies]
                out.write(json.dumps(row) + "\n")
    finally:
        advice_requests.personal_advice = original


def is_miss(row: dict) -> bool:
    return row["label"] in ("wrong", "miss") and any(e not in KINDS for e in row["expect"])


def _names_subject(text: str, subject: str) -> bool:
    words = set(text.lower().replace("?", " ").replace(",", " ").split())
    return any(w in words or w + "s" in words for w in subject.lower().split())


def cause(row: dict) -> str:
    """The first of the brief's causes that fits a story miss (a fallback, a choice, a wrong entry)."""
    expected = set(row["expect"])
    questions = row.get("questions") or []
    first = lambda ranked: ranked[0][0] if ranked else None  # noqa: E731
    lead_alone = [first(r) for r in row.get("alone") or []]
    lead_alone_subject = [first(r) for r in row.get("alone_subject") or []]
    answered_alone = [entry for kind, entry in row.get("alone_reply") or [] if kind == "answer"]
    if row["kind"] in ("urgent", "emergency"):
        return "a triage reply on a settled history"
    if row["kind"] in ("advice", "smalltalk"):
        return f"{row['kind']} reply"
    if row.get("advice_refused"):
        return "refused as a request for personal advice"
    if not questions:
        return "the asking clause not found" if row.get("questions") is None else "a statement: no question split out"
    if expected & set(answered_alone):
        return "the question alone is answered right: read with the story's words"
    if answered_alone:
        return "the question alone is answered with another entry: the story is needed"
    if expected & set(lead_alone_subject) and not any(_names_subject(q, row["subject"]) for q in questions):
        return "the bank's subject not lent to a no-subject question"
    if expected & set(lead_alone):
        return "the question alone leads right, under the bar"
    if first(row.get("story_top")) in expected:
        return "the question points into the story, the story leads right"
    if first(row.get("whole")) in expected:
        return "the whole message leads right, under the bar"
    return "no reading leads right (the bank's reach)"


def causes(path: str, show: str | None) -> None:
    rows = [r for r in rows_of(path) if is_story(r) and any(e not in KINDS for e in r["expect"])]
    if show:
        rows = [r for r in rows if r["half"] == show]
    counts: dict = collections.defaultdict(collections.Counter)
    for r in rows:
        counts["all story cases"][r["half"]] += 1
        counts["right"][r["half"]] += 1 if r["label"] == "right" else 0
        if r["label"] in ("wrong", "miss"):
            counts[f"{'wrong' if r['label'] == 'wrong' else 'miss'}: {cause(r)}"][r["half"]] += 1
            if show == r["half"]:
                print(f"{r['label']:5} {cause(r)[:30]:30} {r['set'][:12]:12} {r['kind']}/{r['got']} exp={r['expect']}"
                      f" q={r.get('questions')} alone={r.get('alone_reply')} :: {r['q'][:140]!r}")
    for key, c in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
        print(f"  {key:70} a {c['a']:4}  b {c['b']:4}")


def compare(old_path: str, new_path: str) -> None:
    old, new = rows_of(old_path), rows_of(new_path)
    for h in ("a", "b"):
        line = []
        for lab in ("right", "wrong", "miss", "offtopic", "falseE", "falseU"):
            o = sum(r["half"] == h and r["label"] == lab for r in old)
            n = sum(r["half"] == h and r["label"] == lab for r in new)
            line.append(f"{lab} {o} -> {n}")
        so = sum(r["half"] == h and is_story(r) and r["label"] == "right" for r in old)
        sn = sum(r["half"] == h and is_story(r) and r["label"] == "right" for r in new)
        total = sum(r["half"] == h and is_story(r) and any(e not in KINDS for e in r["expect"]) for r in new)
        print(f"half {h}: " + "  ".join(line) + f"  story right {so} -> {sn} / {total}")
    for a, b in zip(old, new, strict=True):
        if (a["kind"], a["got"]) != (b["kind"], b["got"]):
            print(f"[{a['half']}] {a['label']}->{b['label']} {a['got']}->{b['got']} ({b['via']}) {a['set'][:14]}"
                  f" {a['q'][:110]!r}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("record", "enrich", "causes", "compare"))
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--show", choices=("a", "b"))
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.paths[0])
    elif args.command == "enrich":
        enrich(*args.paths[:2])
    elif args.command == "causes":
        causes(args.paths[0], args.show)
    else:
        compare(*args.paths[:2])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
