"""Benchmark the chatbot the way its users feel it, against a plain difflib baseline.

Run from the repository (with the package installed):

    python benchmarks/run.py            # the table
    python benchmarks/run.py --json F   # the table, and the figures as JSON in F
    python benchmarks/run.py --quick    # fewer repetitions, for a smoke test

It reports, each as median and 99th percentile: time per question in-process
on the packaged bank and on generated banks of 1,000, 10,000 and 50,000
entries (6 alternates each, written in the bank format); long messages (60-word
stories, messages of 40 to 160 words, and messages of the 2,000-character limit);
`chatbot ask` as a whole process next to `python -c "import yaml, rapidfuzz"`;
`serve --stdio` throughput; peak memory; bank load time. The difflib baseline is
what a developer would write first: the best SequenceMatcher ratio over every
question and alternate. Ratios (baseline / ours) survive a noisy machine.

Times are CPU time (the asking thread's, or the child process's user + system
time), with wall-clock time beside them: on a shared machine the wall clock
mostly measures waiting for a core, and every target is set on CPU time. The
processes run as an installed package runs them, from compiled bytecode (kept
in a scratch folder, `PYTHONPYCACHEPREFIX`, so nothing is written into the
source tree); `PYTHONDONTWRITEBYTECODE=1`, set in some shells, would make every
start compile the whole package again (about 0.3 s), and is reported on its own
line. TARGETS says what each target is and why.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chatbot import Bot
from chatbot.bank.loader import load_bank

SIZES = (1_000, 10_000, 50_000)
ALTERNATES = 6
PACKAGED_QUESTIONS = [
    # in scope, as patients type them
    "what is heterotopic ossification",
    "can a hip replacement cause extra bone",
    "what are the symptoms of FOP",
    "does physio help with HO",
    "what does brooker grade 3 mean",
    "how is HO treated",
    "can warfarin prevent HO",
    "is the fever worse at night",
    # typos
    "hetrotopic ossfication symtoms",
    "brooker clasification",
    "what is the tretment for extra bone",
    # off-topic, personal advice, emergencies, small talk
    "what is lupus?",
    "how long does a knee brace last?",
    "what's the weather like tomorrow",
    "should I take ibuprofen for my hip",
    "I can't breathe",
    "hello",
    "a" * 400,
]

# Whole messages of about 60 words: a story around the question (issue 9 asks for < 2 ms each).
STORIES = [
    "My mother is 74 and she had her left hip replaced in March at the county hospital. Since then she has been "
    "doing her exercises every morning but the joint feels stiff and there is a hard lump near the scar that she "
    "noticed last week. The surgeon mentioned extra bone on the last x-ray. How is heterotopic ossification treated?",
    "Hello, sorry for the long message. My son is sixteen and broke his thigh bone playing rugby in the autumn, "
    "and he spent two weeks in hospital. The physio says his knee is not bending the way it should and his "
    "doctor wants a scan next month. Can an injury like that cause extra bone to grow, and how would they find it?",
    "We were told last year that our little girl has FOP. She is five now and loves drawing and singing, and her "
    "grandparents help us a lot. We read a few things online and got scared. What are the symptoms of FOP as "
    "children grow up, and is it something that runs in families? Thank you for any help you can give us.",
]

# The story sentences long messages are made of, around the benchmark's questions (`long_messages`).
STORY_SENTENCES = [
    "My husband had his hip replaced in the spring and has been doing his exercises every day.",
    "We live quite far from the hospital, so getting to appointments is hard for us.",
    "I have been reading a lot online and I am a bit worried about what I found.",
    "The physio said it would take time, but the joint still feels stiff in the mornings.",
    "Sorry for the long message, and thank you for reading it.",
    "Our daughter helps us with the computer and wrote this down for us.",
    "Last winter he also had a bad cold that lasted for weeks.",
    "The surgeon mentioned something on the x-ray but we did not understand it.",
]

SYLLABLES = [c + v for c in "bcdfghjklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def summary(values: list[float]) -> dict[str, float]:
    """Median and 99th percentile, in milliseconds."""
    return {"median_ms": statistics.median(values) * 1000, "p99_ms": percentile(values, 0.99) * 1000}


def time_each(function, inputs: list[str], rounds: int) -> list[float]:
    """Wall-clock seconds of each call."""
    timings = []
    for _ in range(rounds):
        for text in inputs:
            started = time.perf_counter()
            function(text)
            timings.append(time.perf_counter() - started)
    return timings


def cpu_each(function, inputs: list[str], rounds: int) -> dict[str, dict[str, float]]:
    """Median and 99th percentile of each call, as the calling thread's CPU time ("cpu": the work, whatever else
    the machine runs) and as wall-clock time ("wall"). One round first is not counted: a process's first
    questions build tables on first need (English word frequencies, triage spellings), which `chatbot ask` as a
    whole process counts."""
    for text in inputs:
        function(text)
    cpu, wall = [], []
    for _ in range(rounds):
        for text in inputs:
            started, started_cpu = time.perf_counter(), time.thread_time()
            function(text)
            cpu.append(time.thread_time() - started_cpu)
            wall.append(time.perf_counter() - started)
    return {"cpu": summary(cpu), "wall": summary(wall)}


def long_messages(count: int, words: tuple[int, int] | None, seed: int = 13) -> list[str]:
    """Messages of story sentences around the benchmark's in-scope questions: of `words` (least, most) words, or
    (None) filled to the 2,000-character limit."""
    rng = random.Random(seed)  # noqa: S311 - made-up messages, not secrets
    questions = PACKAGED_QUESTIONS[:11]
    messages = []
    for _ in range(count):
        size = rng.randint(*words) if words else 10_000
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < size and sum(len(p) + 1 for p in parts) < 2000:
            parts.append(rng.choice(STORY_SENTENCES) if rng.random() < 0.6 else rng.choice(questions) + "?")
        messages.append(" ".join(parts)[:2000])
    return messages


# Generated banks.


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def generate_bank(size: int, folder: Path, seed: int = 7) -> list[list[str]]:
    """Write a bank of `size` entries (6 alternates each) as YAML; returns each entry's topic words."""
    rng = random.Random(seed)
    vocabulary = sorted({_word(rng) for _ in range(max(2_000, size // 4))})
    frames = [
        "what is {0} {1}",
        "how does {0} affect {2}",
        "can {1} cause {0}",
        "why do {0} and {2} happen",
        "when does {1} {0} start",
        "is {2} linked to {0} {1}",
        "how is {0} {2} treated",
    ]
    topics, lines = [], ["meta: {title: Generated bank, source: benchmarks/run.py, reviewed: 2026-01-01}", "entries:"]
    for number in range(size):
        words = rng.sample(vocabulary, 3)
        topics.append(words)
        question = frames[0].format(*words).capitalize() + f" {number}?"
        alternates = [frame.format(*words) + f" {number}" for frame in frames[1 : 1 + ALTERNATES]]
        lines += [
            f"  - id: entry-{number}",
            f"    question: {question}",
            "    alternates:",
            *(f"      - {alternate}" for alternate in alternates),
            f"    answer: This is the answer about {words[0]} and {words[1]}. It has two sentences.",
            "    source: Generated",
            "    related: []",
        ]
    (folder / "entries.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # A clinic's bank names its own topic words; questions without one are not answered.
    (folder / "vocabulary.yaml").write_text(f"topic_words: [{', '.join(vocabulary)}]\n", encoding="utf-8")
    return topics


def generated_questions(topics: list[list[str]], count: int, seed: int = 11) -> list[str]:
    """In-scope questions (some with a typo) and off-topic ones, for a generated bank."""
    rng = random.Random(seed)
    questions = []
    for number in range(count):
        words = rng.choice(topics)
        if number % 4 == 3:
            questions.append(f"how do i bake {_word(rng)} bread")
        elif number % 4 == 2:
            typo = words[0][:-1] + "x" if len(words[0]) > 5 else words[0]
            questions.append(f"what does {typo} {words[1]} mean")
        else:
            questions.append(f"tell me about {words[0]} and {words[2]}")
    return questions


# The baseline a developer would write first.


class DifflibBaseline:
    """Best difflib ratio over every question and alternate; answer above 0.6."""

    def __init__(self, bank):
        self.phrasings = [
            (text.lower(), entry.id) for entry in bank.entries for text in (entry.question, *entry.alternates)
        ]

    def ask(self, text: str):
        text = text.lower()
        best, best_id = 0.0, None
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(text)
        for phrasing, entry_id in self.phrasings:
            matcher.set_seq1(phrasing)
            if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
                ratio = matcher.ratio()
                if ratio > best:
                    best, best_id = ratio, entry_id
        return best_id if best >= 0.6 else None


# Whole processes.


def peak_rss_mib(bank_path: str | None, questions: list[str], env: dict[str, str] | None = None) -> float:
    """Peak memory of a process that loads a bank and answers questions.

    Read from the child's own VmHWM where Linux has it: a child started by fork (or vfork) and exec keeps
    in ru_maxrss the parent's high-water mark at the time of exec, so ru_maxrss would report this
    benchmark's own size, not the chatbot's."""
    code = (
        "import json, resource, sys\n"
        "from chatbot import Bot\n"
        "bot = Bot.load(sys.argv[1] or None)\n"
        "for q in json.loads(sys.argv[2]): bot.ask(q)\n"
        "try:\n"
        "    lines = open('/proc/self/status').read().splitlines()\n"
        "    print(next(int(l.split()[1]) for l in lines if l.startswith('VmHWM:')))\n"
        "except (OSError, StopIteration):\n"
        "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, bank_path or "", json.dumps(questions)], capture_output=True, check=True, env=env
    )
    return int(result.stdout) / 1024


def installed_env(bytecode: str, write: bool = True) -> dict[str, str]:
    """The environment of a child process run as an installed package runs: its bytecode kept in `bytecode`, a
    scratch folder. `write=False`: a child that finds no bytecode there and writes none, so it compiles every
    module at every start (as `PYTHONDONTWRITEBYTECODE=1` does to a package that has none)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = bytecode
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def process_times(command: list[str], runs: int, env: dict[str, str] | None = None) -> dict[str, list[float]]:
    """Each run's wall-clock seconds ("wall") and CPU seconds, user and system ("cpu"); one run first, not
    counted, writes the bytecode and the compiled bank."""
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    timings: dict[str, list[float]] = {"wall": [], "cpu": []}
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        timings["wall"].append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        timings["cpu"].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return timings


def serve_throughput(questions: list[str], count: int, env: dict[str, str] | None = None) -> dict[str, float]:
    """Questions per second through `chatbot serve --stdio` (start-up excluded), per second of wall-clock time
    ("wall") and per second of the process's CPU time ("cpu")."""
    lines = "".join(
        json.dumps({"session": f"s{n % 50}", "text": questions[n % len(questions)]}) + "\n" for n in range(count)
    )
    command = [sys.executable, "-m", "chatbot", "serve", "--stdio"]
    subprocess.run(command, input=b"", capture_output=True, check=True, env=env)  # bytecode and compiled bank
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, input=b"", capture_output=True, check=True, env=env)
    startup = time.perf_counter() - started
    middle = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, input=lines.encode(), capture_output=True, check=True, env=env)
    elapsed = time.perf_counter() - started - startup
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert result.stdout.count(b"\n") == count

    def cpu(one, two) -> float:
        return two.ru_utime - one.ru_utime + two.ru_stime - one.ru_stime

    return {"wall": count / elapsed, "cpu": count / (cpu(middle, after) - cpu(before, middle))}


def load_seconds(path: str | None, runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        Bot.load(path)
        timings.append(time.perf_counter() - started)
    return timings


def run(quick: bool) -> dict:
    rounds = 5 if quick else 40
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}

    bot = Bot.load()
    session = bot.session()
    baseline = DifflibBaseline(bot.bank)
    timed = cpu_each(session.ask, PACKAGED_QUESTIONS, rounds)
    ours = timed["wall"]
    theirs = summary(time_each(baseline.ask, PACKAGED_QUESTIONS, max(2, rounds // 4)))
    results["packaged"] = {
        "entries": len(bot.bank.entries),
        "ask": ours,
        "ask_cpu": timed["cpu"],
        "difflib": theirs,
        "speedup": theirs["median_ms"] / ours["median_ms"],
        "load": summary(load_seconds(None, 3 if quick else 10)),
    }
    # Long messages, each in a fresh session (as a first message is read).
    results["long"] = {
        "story": cpu_each(session.ask, STORIES, rounds * 4),
        "40-160 words": cpu_each(lambda text: bot.session().ask(text), long_messages(30, (40, 160)), rounds),
        "2,000 characters": cpu_each(lambda text: bot.session().ask(text), long_messages(10, None), rounds),
    }

    results["generated"] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in SIZES[:2] if quick else SIZES:
            folder = Path(scratch) / f"bank-{size}"
            folder.mkdir()
            topics = generate_bank(size, folder)
            questions = generated_questions(topics, 40)
            started = time.perf_counter()
            big = Bot.load(folder)
            load = time.perf_counter() - started
            big_session = big.session()
            timed = cpu_each(big_session.ask, questions, 2 if quick else 5)
            figures = {
                "load_s": load,
                "ask": timed["wall"],
                "ask_cpu": timed["cpu"],
                "answered_share": sum(big.ask(q).kind == "answer" for q in questions[:20]) / 20,
            }
            base = DifflibBaseline(big.bank)
            figures["difflib"] = summary(time_each(base.ask, questions[:4], 1))
            figures["speedup"] = figures["difflib"]["median_ms"] / figures["ask"]["median_ms"]
            if size == SIZES[-1]:
                figures["peak_rss_mib"] = peak_rss_mib(str(folder), questions[:10])
            results["generated"][size] = figures

    runs = 10 if quick else 40
    with tempfile.TemporaryDirectory() as bytecode, tempfile.TemporaryDirectory() as no_bytecode:
        env = installed_env(bytecode)
        ask_process = process_times([sys.executable, "-m", "chatbot", "ask", "what is HO"], runs, env)
        # After the runs above: a first run compiles the package, which costs memory no installed start has.
        results["packaged"]["peak_rss_mib"] = peak_rss_mib(None, PACKAGED_QUESTIONS, env)
        import_only = process_times([sys.executable, "-c", "import yaml, rapidfuzz"], runs, env)
        compiling = installed_env(no_bytecode, write=False)
        uncompiled = process_times([sys.executable, "-m", "chatbot", "ask", "what is HO"], max(3, runs // 4), compiling)
        results["serve_questions_per_second"] = serve_throughput(PACKAGED_QUESTIONS, 2_000 if quick else 10_000, env)
    results["process"] = {
        "chatbot_ask": summary(ask_process["wall"]),
        "chatbot_ask_cpu": summary(ask_process["cpu"]),
        "import_yaml_rapidfuzz": summary(import_only["wall"]),
        "import_yaml_rapidfuzz_cpu": summary(import_only["cpu"]),
        "ratio": statistics.median(ask_process["cpu"]) / statistics.median(import_only["cpu"]),
        "chatbot_ask_without_bytecode_cpu": summary(uncompiled["cpu"]),
    }
    return results


# Each target: its name, how it is read from the results, the limit, the unit, and why it is set there. All are
# CPU time (see the module's note); docs/evaluation.md, "Benchmark", gives the figures measured against them.
TARGETS = [
    (
        "packaged median",
        lambda r: r["packaged"]["ask_cpu"]["median_ms"],
        0.5,
        "ms",
        "the product promise: well under a millisecond a question on our bank",
    ),
    (
        "packaged p99",
        lambda r: r["packaged"]["ask_cpu"]["p99_ms"],
        2.0,
        "ms",
        "the slowest of the benchmark's questions (a typo read against the bank's words) stays unnoticeable",
    ),
    (
        "60-word story median",
        lambda r: r["long"]["story"]["cpu"]["median_ms"],
        2.0,
        "ms",
        "issue 9's target for a story told around one or two questions",
    ),
    (
        "40-160 word message median",
        lambda r: r["long"]["40-160 words"]["cpu"]["median_ms"],
        10.0,
        "ms",
        "a long message as patients write them: still far below what a person notices (0.1 s)",
    ),
    (
        "2,000-character message p99",
        lambda r: r["long"]["2,000 characters"]["cpu"]["p99_ms"],
        50.0,
        "ms",
        "the longest message the bot reads (text.MAX_QUESTION_CHARS), with a dozen questions in it",
    ),
    (
        "10,000 entries median",
        lambda r: r["generated"].get(10_000, {}).get("ask_cpu", {}).get("median_ms"),
        10.0,
        "ms",
        "a few ms at the size of a big bank (MedQuAD: 14,000 entries)",
    ),
    (
        "50,000 entries median",
        lambda r: r["generated"].get(50_000, {}).get("ask_cpu", {}).get("median_ms"),
        50.0,
        "ms",
        "time per question must not grow with the bank",
    ),
    (
        "chatbot ask process CPU median",
        lambda r: r["process"]["chatbot_ask_cpu"]["median_ms"],
        120.0,
        "ms",
        "a whole process as installed (bytecode compiled): interpreter, imports, the compiled bank and triage "
        "table, one answer; a command that answers at once",
    ),
    (
        "chatbot ask / import yaml+rapidfuzz (CPU)",
        lambda r: r["process"]["ratio"],
        2.0,
        "x",
        "start-up next to the two libraries it needs, so the machine's speed cancels out",
    ),
    (
        "packaged peak memory",
        lambda r: r["packaged"]["peak_rss_mib"],
        60.0,
        "MiB",
        "a kiosk or a small server runs the bot beside other things",
    ),
    (
        "serve --stdio questions per CPU second",
        lambda r: r["serve_questions_per_second"]["cpu"],
        2000.0,
        "/s",
        "one process keeps up with a busy clinic's web page; a higher figure is better",
    ),
]
HIGHER_IS_BETTER = {"serve --stdio questions per CPU second"}


def _met(name: str, value: float, limit: float) -> bool:
    return value > limit if name in HIGHER_IS_BETTER else value < limit


def table(results: dict) -> str:
    """The figures as a table a person can read."""
    packaged = results["packaged"]
    rows = [
        f"machine: {results['machine']['cpus']} CPUs, Python {results['machine']['python']}",
        "",
        f"{'bank':<12} {'load':>10} {'ask median':>11} {'ask p99':>9} {'CPU median':>11} {'CPU p99':>9} "
        f"{'difflib median':>15} {'speed-up':>9}",
        f"{'packaged':<12} {packaged['load']['median_ms']:>8.1f}ms {packaged['ask']['median_ms']:>9.3f}ms "
        f"{packaged['ask']['p99_ms']:>7.3f}ms {packaged['ask_cpu']['median_ms']:>9.3f}ms "
        f"{packaged['ask_cpu']['p99_ms']:>7.3f}ms {packaged['difflib']['median_ms']:>13.2f}ms "
        f"{packaged['speedup']:>8.0f}x",
    ]
    for size, figures in results["generated"].items():
        rows.append(
            f"{size:<12,} {figures['load_s']:>9.2f}s {figures['ask']['median_ms']:>9.3f}ms "
            f"{figures['ask']['p99_ms']:>7.3f}ms {figures['ask_cpu']['median_ms']:>9.3f}ms "
            f"{figures['ask_cpu']['p99_ms']:>7.3f}ms {figures['difflib']['median_ms']:>13.1f}ms "
            f"{figures['speedup']:>8.0f}x"
        )
    rows += ["", f"{'long messages (packaged bank)':<30} {'CPU median':>11} {'CPU p99':>9} {'wall median':>12}"]
    for name, figures in results["long"].items():
        rows.append(
            f"{name:<30} {figures['cpu']['median_ms']:>9.2f}ms {figures['cpu']['p99_ms']:>7.2f}ms "
            f"{figures['wall']['median_ms']:>10.2f}ms"
        )
    process = results["process"]
    serve = results["serve_questions_per_second"]
    rows += [
        "",
        f"chatbot ask (whole process, bytecode compiled): CPU median {process['chatbot_ask_cpu']['median_ms']:.1f} ms, "
        f"p99 {process['chatbot_ask_cpu']['p99_ms']:.1f} ms; wall median {process['chatbot_ask']['median_ms']:.1f} ms",
        f"python -c 'import yaml, rapidfuzz': CPU median {process['import_yaml_rapidfuzz_cpu']['median_ms']:.1f} ms "
        f"(ratio {process['ratio']:.2f}); wall median {process['import_yaml_rapidfuzz']['median_ms']:.1f} ms",
        f"chatbot ask with PYTHONDONTWRITEBYTECODE=1 (every module compiled at every start): CPU median "
        f"{process['chatbot_ask_without_bytecode_cpu']['median_ms']:.1f} ms",
        f"serve --stdio: {serve['cpu']:,.0f} questions per CPU second ({serve['wall']:,.0f} per wall-clock second)",
        f"peak memory: packaged bank {packaged['peak_rss_mib']:.1f} MiB"
        + (
            f", 50,000 entries {results['generated'][50_000]['peak_rss_mib']:.1f} MiB"
            if 50_000 in results["generated"]
            else ""
        ),
        "",
        "targets (CPU time):",
    ]
    for name, read, limit, unit, _why in TARGETS:
        value = read(results)
        if value is None:
            continue
        sign = ">" if name in HIGHER_IS_BETTER else "<"
        verdict = "ok  " if _met(name, value, limit) else "MISS"
        rows.append(f"  {verdict} {name}: {value:,.3f} {unit} (target {sign} {limit:,} {unit})")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and no 50,000-entry bank")
    args = parser.parse_args()
    load_bank()  # fail early, with the bank's own message, if the package is not installed right
    results = run(args.quick)
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
