"""Every in-scope miss of the tuning clinic banks' questions by cause, half a beside half b (round 30, clinicsubj32).

    python tools/clinic_story_causes30.py record rows.jsonl      # first: every tuning clinic question and its readings
    python tools/clinic_miss_causes32.py causes rows.jsonl [--show a|b] [--cause TEXT]
    python tools/clinic_miss_causes32.py totals rows.jsonl       # right / wrong / fallback per half
    python tools/clinic_miss_causes32.py agree rows.jsonl        # a story's question: three readings agreeing
    python tools/clinic_miss_causes32.py plain rows.jsonl        # one question in everyday words: a far lead

Halves are `clinic_story_causes30`'s: the tuning clinic question sets in name order, places 0, 2, ... half a (chosen
on), places 1, 3, ... half b (checked on). Stories take `clinic_story_causes30.cause`; a message that is one question
is sorted here: triage or advice replies, the question read with the bank's subject leading right where it names
none, the question leading right under the bar, or no reading leading right (the bank's reach).

`agree` and `plain` tally two candidate gates on the unanswered cases they could reach (docs/evaluation.md, round 30,
clinicsubj32): no engine module is changed. `agree`: a story's one question read with the bank's subject lent leads
the same entry as the story alone and the message whole. `plain`: a one-question message with no health word whose
every token the bank writes, its leader far ahead; CLINC150's lines (third-party, off-topic for every bank) are asked
of every bank and only counted, never printed.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from clinic_questions_split import _clinic_question_sets  # noqa: E402
from clinic_story_causes30 import KINDS, _names_subject, cause, is_miss, is_story, rows_of  # noqa: E402
from measure import CLINC  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import message_readings  # noqa: E402
from chatbot.understanding.decision import DECIDING_COVERAGE  # noqa: E402

UNANSWERED = ("fallback", "clarify", "smalltalk", "routine")


def in_scope(row: dict) -> bool:
    return any(e not in KINDS for e in row["expect"])


def single_cause(row: dict) -> str:
    """The cause of a miss on a message read as one question (no story, at most one question)."""
    expected = set(row["expect"])
    first = lambda ranked: ranked[0][0] if ranked else None  # noqa: E731
    if row["kind"] in ("urgent", "emergency", "advice", "smalltalk"):
        return f"{row['kind']} reply"
    questions = row.get("questions") or [row["q"]]
    whole = row.get("whole") or []
    if first(whole) in expected:
        return "leads right under the bar"
    lent = [first(r) for r in row.get("alone_subject") or []]
    if expected & set(lent) and not any(_names_subject(q, row["subject"]) for q in questions):
        return "the bank's subject not lent (no subject of its own)"
    return "no reading leads right (reach)"


def cause_of(row: dict) -> str:
    prefix = "story: " if is_story(row) else "one question: "
    return prefix + (cause(row) if is_story(row) else single_cause(row))


def causes(path: str, show: str | None, only: str | None) -> None:
    counts: dict = collections.defaultdict(collections.Counter)
    for row in rows_of(path):
        if not (in_scope(row) and is_miss(row)):
            continue
        key = f"{row['label']}: {cause_of(row)}"
        counts[key][row["half"]] += 1
        if show == row["half"] and (only is None or only in key):
            top = (row.get("whole") or [[None, 0, 0]])[0]
            print(f"{key[:60]:60} {row['set'][:10]:10} {row['kind']}/{row['got']} exp={row['expect']} top={top}"
                  f" :: {row['q'][:150]!r}")
    for key, c in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
        print(f"  {key:80} a {c['a']:4}  b {c['b']:4}")


def totals(path: str) -> None:
    for half in ("a", "b"):
        rows = [r for r in rows_of(path) if r["half"] == half]
        scope = [r for r in rows if in_scope(r)]
        right = sum(r["label"] == "right" for r in scope)
        wrong = sum(r["label"] == "wrong" for r in scope)
        off = sum(r["label"] == "offtopic" for r in rows)
        false_alarms = collections.Counter(r["label"] for r in rows if r["label"] in ("falseE", "falseU"))
        print(f"half {half}: in scope {len(scope)}  right {right} ({100 * right / len(scope):.1f}%)  wrong {wrong}"
              f"  not answered {len(scope) - right - wrong}  off-topic answered {off}  {dict(false_alarms)}")


def outcome(row: dict, leader: str) -> str:
    """What answering `leader` would be: right, wrong (another entry), off (a case expecting no entry)."""
    if not in_scope(row):
        return "off"
    return "right" if leader in row["expect"] else "wrong"


def _top(ranking) -> list:
    return [[c.entry.id, c.score, round(c.coverage, 2)] for c in ranking[:2]]


def _margin(top: list) -> float:
    return top[0][1] - (top[1][1] if len(top) > 1 else 0.0)


def _bots():
    banks = {name: bank for name, bank, _ in _clinic_question_sets()}
    loaded: dict = {}
    return lambda name: loaded.get(name) or loaded.setdefault(name, Bot.load(banks[name]))


def agreement_rows(path: str) -> list[dict]:
    """Each unanswered story case with one question: its question read with the bank's subject lent (the leader,
    whether it defines the topic, whether the question names a subject of its own), beside the story alone and the
    whole message's leaders the record holds."""
    bot_of, found = _bots(), []
    for row in rows_of(path):
        if not is_story(row) or row["kind"] not in UNANSWERED or len(row.get("questions") or []) != 1:
            continue
        bot = bot_of(row["set"])
        analysis = bot.analyzer.analyze(row["questions"][0])
        subject = bot.default_subject
        ranking = bot.matcher.rank(
            tuple(dict.fromkeys((*analysis.tokens, *subject))), (*analysis.concepts, *subject), lenient=False,
            min_coverage=DECIDING_COVERAGE,
        )  # fmt: skip
        if not ranking:
            continue
        found.append({
            **row, "lent": _top(ranking), "defines": bot.matcher.defines_topic(ranking[0].entry.id),
            "own": bool(message_readings.own_subjects(bot, analysis)),
        })  # fmt: skip
    return found


def agrees(row: dict, score: float, coverage: float, alone_too: bool = False) -> bool:
    """The lent reading's leader (not the entry that defines the topic; the question names no subject) at `score`
    and `coverage`, and the story alone and the message whole lead with it (and the question alone, `alone_too`)."""
    lead = row["lent"][0]
    readings = [row.get("story_top"), row.get("whole")] + ([(row.get("alone") or [[]])[0]] if alone_too else [])
    return (
        not row["defines"]
        and not row["own"]
        and lead[1] >= score
        and lead[2] >= coverage
        and all(reading and reading[0][0] == lead[0] for reading in readings)
    )


def agree(path: str) -> None:
    rows = agreement_rows(path)
    for score, coverage, alone_too in itertools.product((30, 40, 50), (0.4, 0.5, 0.65), (False, True)):
        tally = {half: collections.Counter() for half in "ab"}
        for row in rows:
            if agrees(row, score, coverage, alone_too):
                tally[row["half"]][outcome(row, row["lent"][0][0])] += 1
        print(f"score {score} coverage {coverage} question alone too {alone_too!s:5}"
              f"  a {dict(tally['a'])}  b {dict(tally['b'])}")
    for row in rows:
        if agrees(row, 30, 0.4) and outcome(row, row["lent"][0][0]) != "right":
            print(f"  [{row['half']}] {outcome(row, row['lent'][0][0])} {row['lent'][0]} expected {row['expect']}"
                  f" :: {row['q'][:140]!r}")


def plain_features(bot, text: str) -> dict | None:
    """A message the general test does not read as about health, every token one the bank writes, no pronoun: its
    leader read whole, whether it defines the topic; None for any other message."""
    analysis = bot.analyzer.analyze(text)
    if (
        not analysis.tokens
        or message_readings.is_about_health(bot, analysis)
        or bot.analyzer.name_parts.intersection(analysis.tokens)
        or message_readings.pronouns_in(bot, analysis)
        or not all(bot.matcher.knows(t) for t in analysis.tokens)
    ):
        return None
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts, min_coverage=DECIDING_COVERAGE)
    if not ranking:
        return None
    return {"top": _top(ranking), "defines": bot.matcher.defines_topic(ranking[0].entry.id)}


def far_ahead(features: dict, score: float, coverage: float, margin: float) -> bool:
    top = features["top"]
    return not features["defines"] and top[0][1] >= score and top[0][2] >= coverage and _margin(top) >= margin


def plain(path: str) -> None:
    bot_of, cases, clinc = _bots(), [], []
    labels = sorted(name for name, _, _ in _clinic_question_sets())
    for row in rows_of(path):
        if not is_story(row) and row["kind"] in UNANSWERED:
            features = plain_features(bot_of(row["set"]), row["q"])
            if features:
                cases.append({**row, **features})
    lines = [line for line in CLINC.read_text(encoding="utf-8").splitlines() if line.strip()] if CLINC.is_file() else []
    for name in labels:
        half = "a" if labels.index(name) % 2 == 0 else "b"
        for line in lines:
            features = plain_features(bot_of(name), line)
            if features:
                clinc.append({"half": half, **features})
    for score, coverage, margin in itertools.product((50, 60, 70), (0.75, 0.9), (15, 20, 30)):
        tally = {half: collections.Counter() for half in "ab"}
        for row in cases:
            if far_ahead(row, score, coverage, margin):
                tally[row["half"]][outcome(row, row["top"][0][0])] += 1
        for row in clinc:
            if far_ahead(row, score, coverage, margin):
                tally[row["half"]]["CLINC150"] += 1
        print(f"score {score} coverage {coverage} margin {margin}  a {dict(tally['a'])}  b {dict(tally['b'])}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("causes", "totals", "agree", "plain"))
    parser.add_argument("path")
    parser.add_argument("--show", choices=("a", "b"))
    parser.add_argument("--cause", help="list only the misses whose cause contains this text")
    args = parser.parse_args(argv)
    if args.command == "causes":
        causes(args.path, args.show, args.cause)
    elif args.command == "agree":
        agree(args.path)
    elif args.command == "plain":
        plain(args.path)
    else:
        totals(args.path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
