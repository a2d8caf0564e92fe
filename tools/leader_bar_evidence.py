"""A clinic's leader under the answer bar, and the evidence for it, on every tuning clinic case and CLINC150 line that
no reading answers (round 28, clinicbar30).

    python tools/leader_bar_evidence.py record OUT.jsonl [--half even|odd] [--no-clinc]
    python tools/leader_bar_evidence.py table OUT.jsonl [OUT2.jsonl ...]     # the evidence's cells, per half

A row is one message that reached `last_resort.unanswered_reply` and got the fallback or a choice: the matcher's
leader of the message read whole (score, coverage, margin, words left), its label (`right`: an in-scope case whose
leader is an expected entry; `wrong`: another entry; `offtopic`: a case expecting no entry; `clinc`: a CLINC150 line
asked with the bank loaded) and each kind of evidence the brief names:

- `own`: the message's words that only the leader's questions use in the bank (`question_only`) or only the leader's
  questions and answer (`entry_only`), with the rarest one's Zipf, everyday words left out;
- `second`: the second reading (`second_reading.describe`: each entry's questions, answer and title as one document);
- `evidence`: the asking kind and the words said by leader and runner-up (`leader_evidence.describe`);
- `names_topic` (the bank's main topic named), `names_health` (`health_evidence.names_health`), `left_asked` (the
  guards of every clinic lead, over the words that may name another subject).

The halves are `tools/clinic_questions_split.py`'s: the clinic question sets in name order, 1st, 3rd, ... `odd`,
2nd, 4th, ... `even`. Only tuning sets are read.
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

from clinic_questions_split import _clinic_question_sets, half_of  # noqa: E402
from measure import CLINC  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import last_resort, leads, message_readings  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402
from chatbot.understanding import late_lead, leader_evidence, second_reading  # noqa: E402
from chatbot.understanding.health_evidence import names_health  # noqa: E402

NOT_ENTRIES = ("fallback", "clarify", "smalltalk", "emergency", "urgent", "routine")
# Rows under this score are counted, not described: no gate answers so low.
LOWEST_SCORE = 30.0


def own_words(bot, entry, tokens) -> dict:
    """The message's words only this entry uses: in the bank's questions, and in its questions and answer."""
    matcher, analyzer = bot.matcher, bot.analyzer
    content = [t for t in dict.fromkeys(tokens) if not analyzer.is_everyday(t) and not t.isdigit()]
    question_only = [t for t in content if matcher.question_count(t) == 1 and matcher.overlap(entry, frozenset((t,)))]
    entry_only = [t for t in content if [e.id for e in matcher.entries_covering({t})] == [entry.id]]

    def rarest(found):
        return min((analyzer.zipf(t) for t in found), default=9.0)

    # The message's rarest content word, whoever uses it: the word a reader would go by.
    telling = min(content, key=analyzer.zipf, default=None)
    users = [e.id for e in matcher.entries_covering({telling})] if telling else []
    return {"question_only": question_only, "question_only_zipf": rarest(question_only),
            "entry_only": entry_only, "entry_only_zipf": rarest(entry_only),
            "rarest": telling, "rarest_zipf": analyzer.zipf(telling) if telling else 9.0, "rarest_users": len(users),
            "rarest_leader": entry.id in users,
            "rarest_in_questions": bool(telling) and matcher.overlap(entry, frozenset((telling,))) > 0}  # fmt: skip


def describe(session, analysis, message) -> dict:
    bot = session.bot
    matcher, analyzer = bot.matcher, bot.analyzer
    about_health = message_readings.is_about_health(bot, analysis) and not message_readings.addresses_bot(bot, analysis)
    ranking = matcher.rank(analysis.tokens, analysis.concepts)
    if not ranking:
        return {"leader": None, "score": 0.0, "about_health": about_health}
    top = ranking[0]
    row = {"leader": top.entry.id, "score": round(top.score, 1), "about_health": about_health}
    if top.score < LOWEST_SCORE or not matcher.lists_sparse_entries:
        return row
    asked = [analyzer.analyze(q).tokens for q in message.questions] if message.story else None
    told = leads.story_tokens(bot, message, asked)
    question = analyzer.analyze(message.questions[-1]) if message.questions else analysis
    row |= late_lead.readings(matcher, analyzer, bot.default_subject, analysis, message, about_health)
    row |= {
        "evidence": leader_evidence.describe(matcher, analyzer, ranking, analysis.tokens, question.concepts),
        "second": second_reading.describe(matcher, analyzer, analysis.tokens),
        "own": own_words(bot, top.entry, analysis.tokens),
        "names_health": names_health(analyzer, analysis.words, analysis.tokens),
        "left_asked": late_lead.words_left_asked(matcher, analyzer, top.entry, analysis.tokens, asked, told),
        "asks_blank": asked is not None and not all(asked),
        "phrasings": top.phrasings,
        "asks_more": top.asks_more,
    }
    return row


def ask(bot, question: str):
    """Ask a question fresh; the reply, and the evidence row of the message if no reading answered it (the outer
    `last_resort.unanswered_reply` call: a question read alone inside the message calls it first), else None."""
    seen: dict = {}
    original = last_resort.unanswered_reply

    def spy(session, analysis, message, decision, prefix, clean, reads_last_question):
        seen["args"] = (session, analysis, message)  # the outer call comes last
        return original(session, analysis, message, decision, prefix, clean, reads_last_question)

    last_resort.unanswered_reply = spy
    try:
        reply = bot.session().ask(question)
    finally:
        last_resort.unanswered_reply = original
    if reply.kind not in ("fallback", "clarify") or "args" not in seen:
        return reply, None
    return reply, describe(*seen["args"])


def label_of(row: dict, expect, source: str) -> str:
    if source == "clinc":
        return "clinc"
    if not any(e not in NOT_ENTRIES for e in expect):
        return "offtopic"
    return "right" if row["leader"] in expect else "wrong"


def record(out: Path, half: str | None, clinc: bool) -> None:
    lines = [line for line in CLINC.read_text(encoding="utf-8").splitlines() if line.strip()] if clinc else []
    sets = _clinic_question_sets()
    labels = [label for label, _, _ in sets]
    with out.open("w", encoding="utf-8") as sink:
        for label, bank, path in sets:
            side = half_of(label, labels)
            if half and side != half:
                continue
            bot = Bot.load(bank)
            cases, _ = load_cases(path)
            asked = [(c.question, tuple(c.expect), "set") for c in cases if c.tier is None]
            asked += [(line, ("fallback",), "clinc") for line in lines]
            for question, expect, source in asked:
                reply, row = ask(bot, question)
                if row is None:
                    continue
                row |= {"bank": label, "half": side, "question": question, "expect": list(expect),
                        "label": label_of(row, expect, source), "reply": reply.kind}  # fmt: skip
                sink.write(json.dumps(row) + "\n")
            print(label, flush=True)


# --- the search: every conjunction of the evidence's bars, chosen on one half, checked on the other ----------------

# Each test a row's leader may pass, by name, with the values tried (the loosest last: the strictest found first).
GRID = {
    "score": [60, 55, 50, 45, 40, 35, 30],
    "coverage": [0.7, 0.6, 0.5, 0.4, 0.3, 0.0],
    "margin": [15, 10, 7, 5, 3, 0],
    "own": ["question_rare", "question_own", "entry_rare", "entry_own", "any"],
    "second": ["agrees_clearly", "agrees", "any"],
    "kind": ["agrees", "not_differs", "any"],
    "topic": [True, False],
    "health": [True, False],
    "guards": [True, False],
    "left_other": [0, 1, 99],
    "story": [False, True],
    "rarest": ["leader_only", "leader", "any"],
}
# A word "rare" in English for `own`: as `own_word.OWN_WORD_ZIPF`.
RARE_OWN_ZIPF = 3.5
CLEAR_SECOND_RATIO = 1.3


def passes(row: dict, test: str, value) -> bool:
    whole, own, second = row["readings"]["whole"], row["own"], row["second"]
    if test == "score":
        return whole["score"] >= value
    if test == "coverage":
        return whole["coverage"] >= value - 1e-9
    if test == "margin":
        return whole["margin"] >= value
    if test == "own":
        return {
            "question_rare": own["question_only_zipf"] < RARE_OWN_ZIPF,
            "question_own": bool(own["question_only"]),
            "entry_rare": own["entry_only_zipf"] < RARE_OWN_ZIPF,
            "entry_own": bool(own["entry_only"]),
            "any": True,
        }[value]
    if test == "second":
        agrees = second["id"] == row["leader"]
        clearly = agrees and second["ratio"] >= CLEAR_SECOND_RATIO
        return {"agrees_clearly": clearly, "agrees": agrees, "any": True}[value]
    if test == "kind":
        found = row["evidence"]
        return {"agrees": found["kind_agrees"], "not_differs": not found["kind_differs"], "any": True}[value]
    if test == "topic":
        return row["names_topic"] or not value
    if test == "health":
        return row["names_health"] or not value
    if test == "guards":
        left = row["left_asked"]
        return not value or not (left["left_health"] or left["left_number"] or left["left_rare"])
    if test == "left_other":
        return row["left_asked"]["left_other"] <= value
    if test == "rarest":
        own = row["own"]
        if "rarest" not in own:
            return value == "any"
        return {
            "leader_only": own["rarest_leader"] and own["rarest_users"] == 1,
            "leader": own["rarest_leader"],
            "any": True,
        }[value]
    if test == "story":
        return value or not row["story"]
    raise ValueError(test)


def candidates(rows: list[dict]) -> list[dict]:
    """The rows a gate could answer at all: about health, a clinic's entry that asks no more than it says, questions
    in words the bot reads."""
    return [r for r in rows if r.get("readings") and r["about_health"] and not r["asks_more"]
            and 0 < r["phrasings"] <= 4 and not r["asks_blank"]]  # fmt: skip


def _masks(rows, grid):
    """Bitsets: for each (test, value), the rows passing it; for each label, its rows."""
    tests = {(test, value): sum(1 << i for i, r in enumerate(rows) if passes(r, test, value))
             for test, values in grid.items() for value in values}  # fmt: skip
    labels = {label: sum(1 << i for i, r in enumerate(rows) if r["label"] == label)
              for label in ("right", "wrong", "offtopic", "clinc")}  # fmt: skip
    return tests, labels


def best_rules(rows: list[dict], top: int = 5, grid: dict | None = None) -> list[tuple[int, dict]]:
    """The rules (conjunctions of `grid`'s tests) answering the most right leaders with no wrong, off-topic or CLINC150
    one; of rules answering the same rows, the strictest."""
    import itertools

    grid = grid or GRID
    tests, labels = _masks(rows, grid)
    bad = labels["wrong"] | labels["offtopic"] | labels["clinc"]
    found: dict[int, tuple[int, dict]] = {}
    keys = list(grid)
    for values in itertools.product(*(grid[k] for k in keys)):
        mask = -1
        for key, value in zip(keys, values, strict=True):
            mask &= tests[(key, value)]
            if not mask & labels["right"]:
                break
        else:
            if mask & bad:
                continue
            right = bin(mask & labels["right"]).count("1")
            found.setdefault(mask, (right, dict(zip(keys, values, strict=True))))  # the strictest rule per set
    return sorted(found.values(), key=lambda pair: -pair[0])[:top]


def tally(rows: list[dict], rule: dict) -> dict[str, int]:
    counts = Counter(r["label"] for r in rows if all(passes(r, k, v) for k, v in rule.items()))
    return {label: counts.get(label, 0) for label in ("right", "wrong", "offtopic", "clinc")}


def search(paths: list[Path], chosen: str) -> None:
    rows = candidates([json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines()])
    checked = "odd" if chosen == "even" else "even"
    train = [r for r in rows if r["half"] == chosen]
    test = [r for r in rows if r["half"] == checked]
    print(f"candidates: {chosen} {dict(Counter(r['label'] for r in train))}, {checked} "
          f"{dict(Counter(r['label'] for r in test))}")  # fmt: skip
    for right, rule in best_rules(train):
        print(f"chosen on {chosen}: {right} right: {rule}")
        print(f"    checked on {checked}: {tally(test, rule)}")
        for r in test:
            if all(passes(r, k, v) for k, v in rule.items()) and r["label"] != "right":
                print(f"        {r['label']:8} {r['bank']:22} {r['question'][:100]}")


def refresh(paths: list[Path]) -> None:
    """Describe the candidate rows again (after `describe` gained a feature), asking only their messages."""
    folders = {label: bank for label, bank, _ in _clinic_question_sets()}
    loaded: dict = {}
    for path in paths:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        keep = {id(r) for r in candidates(rows)}
        for row in rows:
            if id(row) not in keep:
                continue
            bot = loaded.get(row["bank"]) or loaded.setdefault(row["bank"], Bot.load(folders[row["bank"]]))
            _reply, found = ask(bot, row["question"])
            if found is not None:
                row |= found
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def table(paths: list[Path]) -> None:
    rows = [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines()]
    for side in ("even", "odd"):
        found = [r for r in rows if r["half"] == side]
        print(side, dict(Counter(r["label"] for r in found)))
        scored = [r for r in found if r.get("readings")]
        print("  described (score >= 30):", dict(Counter(r["label"] for r in scored)))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--half", choices=("even", "odd"))
    rec.add_argument("--no-clinc", action="store_true")
    tab = sub.add_parser("table")
    tab.add_argument("rows", type=Path, nargs="+")
    find = sub.add_parser("search")
    find.add_argument("rows", type=Path, nargs="+")
    find.add_argument("--chosen", choices=("even", "odd"), default="even")
    again = sub.add_parser("refresh")
    again.add_argument("rows", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "refresh":
        refresh(args.rows)
    elif args.command == "record":
        record(args.out, args.half, not args.no_clinc)
    elif args.command == "search":
        search(args.rows, args.chosen)
    else:
        table(args.rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
