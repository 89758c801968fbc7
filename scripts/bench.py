#!/usr/bin/env python3
"""Benchmark zhidang (not part of the test run).

    python scripts/bench.py [--runs N] [--mb 5]

1. Start-up: wall and CPU time of ``zhidang check SEED`` as a whole process
   against ``python -c "import click, yaml"``, interleaved, median of N runs
   each; beside it the floor of any zhidang run (``import click`` and the
   generated outline parser, Lark's runtime) and
   the peer, autocorrect-py linting the same file, where installed
   (``pip install ".[bench]"``). Target: ratio ≤ 1.5.
2. Throughput: the seeds repeated to about 5 MB, checked in-process (load,
   normalize, parse, rules), as many files and as one large file (CPU time).
   Target (issue 12): ≥ 11 MB/s per core, autocorrect's figure on the same
   kind of batch. Where the time goes: ``python scripts/profile_throughput.py``.
3. .docx: each seed written as a Word document of the same text (python-docx,
   one paragraph per line; a second set with the 一、 lines styled Heading 1),
   checked in-process against the .txt, median of N rounds; and a whole
   ``zhidang check`` process on a .docx against one on the .txt.
   Target: checking a report from .docx costs ≤ 3× checking it from .txt.
4. Batch speed-up of ``-j 2`` over ``-j 1`` on 200 reports (the seeds
   repeated), interleaved, median of N runs each: in-process
   (``check_paths(jobs=N)``, the part -j parallelizes) and as a whole
   ``zhidang check -f json -j N`` process (start-up included); then, as
   whole processes, on the issue's batch (``--jobs-reports``, default 2,000
   seed-like reports, ~29 MB; 3 runs each: ~2 minutes).
   Target: ≥ 1.7x on a 2-core machine.
5. Comparing reports (``--only similar [--reports 2000,10000]``): that many
   seed-like reports (a seed's lines, sentence by sentence: 70 % rewritten
   for the report (a third of the characters changed), 15 % one of eight
   standard sentences every report has, 12 % the seed's own (a template a
   fifth of the units share), 3 % copied from an earlier report; unit names
   and figures changed), checked as a whole
   ``zhidang check -f json -j 2`` process with and without ``--similar``:
   wall time, CPU time and peak RSS (the largest process), and the ratios.
   Target: a few minutes for 10,000 reports on two cores; time and memory
   near-linear in the number of reports.
6. Pathological inputs (``--only pathological [--n 5000]``): every rule of
   every built-in rulebook, the checklist elements and the automatic choice
   of rulebook, the whole check, normalization, the outline parse and the
   suppression comments, each timed (CPU, best of 3) on inputs of n and 4n
   characters: runs of each character the patterns use (``*``, ``×``, ``X``,
   ``某``, ``○``, ``【``, digits …), unclosed ``【`` ``“`` ``(`` and
   ``<!-- zhidang-disable``, lines without punctuation and lines full of it,
   一是二是…, the rules' own examples run together, and for every pattern
   its repeated parts pumped after what precedes them (the inputs of
   ``zhidang rules test``'s danger check, linter/selftest.py). Prints the
   worst ratio per target. Target: 4× the input costs ≤ 5× the time; a
   step over it is measured again from 4n to 64n and judged by the mean of the
   two steps (noise and the CPU caches make one step steep, a quadratic cost
   every step). Exits 1
   listing the offenders. (Times under 5 ms at 4n are below the noise and
   pass; a run over ``--cap`` seconds is an offender.)
7. ``--only report``: ``zhidang report DIR -o 审阅.html --xlsx 汇总.xlsx``
   against ``zhidang check -f json DIR`` (output to a file) on 2,000 and
   10,000 seed-like reports (the seeds copied with small variations), same
   ``-j``, whole processes, interleaved: wall-time ratio, peak RSS of each
   (the largest process of the run, from ``wait4``), the size of the HTML
   summary page and of its folder. Targets: ≤ 1.3x the time of check; peak
   RSS independent of the number of reports; a summary page of a few MB.

The machine is shared and noisy: read the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import resource
import signal
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _zhidang_command() -> list[str]:
    exe = shutil.which("zhidang")
    return [exe] if exe else [sys.executable, "-m", "linter"]


def _wall(cmd: list[str], env) -> float:
    return _timed(cmd, env)[0]


def _timed(cmd: list[str], env) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child: user + system). CPU time is
    the steadier figure on a shared machine: other tenants lengthen the wall
    time of a run much more than the work it does."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _cpu_and_wall(func):
    """(result, wall seconds, CPU seconds of this process) of ``func()``."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = func()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


#: The peer: autocorrect's Python binding (``pip install autocorrect-py``, or
#: ``pip install ".[bench]"``) linting the same report in a whole process.
_AUTOCORRECT = ("import sys, autocorrect_py as a; "
                "a.lint_for(open(sys.argv[1], encoding='utf-8').read(), sys.argv[1])")


def startup(runs: int) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # Let Python cache bytecode as it does for an installed package; with
    # PYTHONDONTWRITEBYTECODE a source checkout recompiles every module per run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    seed = str(SEEDS[0])
    check_cmd = _zhidang_command() + ["check", seed]
    commands = {
        "python -c 'import click, yaml'": [sys.executable, "-c", "import click, yaml"],
        # what any zhidang check imports: its CLI framework and the outline parser (Lark's runtime)
        "python -c 'import click, linter._outline_parser'": [
            sys.executable, "-c", "import sys; sys.modules['regex'] = None; import click, linter._outline_parser"],
        f"zhidang check {Path(seed).name}": check_cmd,
    }
    if _has("autocorrect_py"):
        commands[f"autocorrect-py lint {Path(seed).name}"] = [sys.executable, "-c", _AUTOCORRECT, seed]
    for cmd in commands.values():
        _wall(cmd, env)  # warm the page cache, .pyc files and zhidang's cache folder
    times = {label: [] for label in commands}
    for _ in range(runs):  # interleaved: a slow minute of the machine slows every command alike
        for label, cmd in commands.items():
            times[label].append(_timed(cmd, env))
    base_label, floor_label, check_label = list(commands)[:3]
    for kind, pick in (("wall", 0), ("CPU", 1)):
        median = {label: statistics.median(t[pick] for t in got) for label, got in times.items()}
        figures = ", ".join(f"{label} {ms * 1000:.0f} ms" for label, ms in median.items())
        print(f"start-up ({kind}, median of {runs}): {figures}")
        check = median[check_label]
        line = (f"  ratio zhidang / import click, yaml: {check / median[base_label]:.2f}x (target ≤ 1.5x); "
                f"the imports alone (click, the outline parser): {median[floor_label] / median[base_label]:.2f}x")
        peer = next((label for label in median if label.startswith("autocorrect")), None)
        if peer:
            line += f"; zhidang / autocorrect-py: {check / median[peer]:.2f}x"
        print(line)


def throughput(megabytes: float) -> None:
    sys.path.insert(0, str(ROOT))
    from linter import rulebook
    from linter.runner import check_paths

    book = rulebook.load()
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    one_round = sum(len(t.encode("utf-8")) for t in texts)
    copies = max(1, round(megabytes * 1e6 / one_round))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(copies):
            for p, text in zip(SEEDS, texts):
                path = Path(tmp) / f"{i:04d}_{p.name}"
                path.write_text(text, encoding="utf-8")
                paths.append(str(path))
        big = Path(tmp) / "big.txt"
        big.write_text("\n".join(texts * copies), encoding="utf-8")
        size = one_round * copies
        check_paths(paths[:5], book)  # build the parser outside the timing
        run, many, many_cpu = _cpu_and_wall(lambda: check_paths(paths, book))
        _, single, single_cpu = _cpu_and_wall(lambda: check_paths([str(big)], book))
        # the same files as `zhidang check` runs them (settings from config
        # discovery, suppression, filtering) with a baseline of all their findings
        from linter import baseline as baseline_module, runner, settings
        from linter.engine import Job

        baseline_file = str(Path(tmp) / "baseline.json")
        plan = settings.resolve(paths, settings.Options())
        recorded = runner.collect(plan, Job(plan.settings, record=baseline_module.Baseline(baseline_file)))
        baseline_module.write(baseline_file, [e for r in recorded.files for e in r.baseline_entries])
        start = time.perf_counter()
        plan = settings.resolve(paths, settings.Options())
        gated = runner.collect(plan, Job(plan.settings, baseline=baseline_module.Baseline.load(baseline_file)))
        gate_time = time.perf_counter() - start
    mb = size / 1e6
    print(f"throughput: {len(paths)} files, {mb:.2f} MB in {many:.2f} s = {mb / many:.1f} MB/s wall, "
          f"{mb / many_cpu:.1f} MB/s CPU  ({sum(len(r.findings) for r in run.files)} findings; target ≥ 11 MB/s)")
    print(f"throughput: one file of {mb:.2f} MB in {single:.2f} s = {mb / single:.1f} MB/s wall, "
          f"{mb / single_cpu:.1f} MB/s CPU  (target ≥ 11 MB/s)")
    print(f"throughput: {len(paths)} files through the gate with a full baseline in {gate_time:.2f} s = "
          f"{size / 1e6 / gate_time:.1f} MB/s  ({sum(len(r.findings) for r in gated.files)} new findings)")
    if _has("autocorrect_py"):  # the peer, on the same texts, in-process
        import autocorrect_py

        batch = [(p.name, t) for p, t in zip(SEEDS, texts)] * copies
        _, peer, peer_cpu = _cpu_and_wall(lambda: [autocorrect_py.lint_for(t, n) for n, t in batch])
        print(f"throughput: autocorrect-py lint_for on the same {len(batch)} texts: {mb / peer_cpu:.1f} MB/s CPU; "
              f"zhidang / autocorrect-py: {(mb / many_cpu) / (mb / peer_cpu):.2f}x")


def _write_docx(text: str, path: Path, styled: bool) -> None:
    import docx  # python-docx: a test dependency (pip install -e ".[test]")

    document = docx.Document()
    for line in text.split("\n"):
        heading = styled and line[:2].rstrip("、") in "一二三四五六七八九十" and "、" in line[:3]
        document.add_paragraph(line, style="Heading 1" if heading else None)
    document.save(str(path))


def _median_time(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def docx_cost(runs: int) -> None:
    sys.path.insert(0, str(ROOT))
    from linter import rulebook, sources
    from linter.engine import check_source

    book = rulebook.load()
    with tempfile.TemporaryDirectory() as tmp:
        txts, plain, styled = [], [], []
        for seed in SEEDS:
            text = seed.read_text(encoding="utf-8")
            txts.append(str(seed))
            for folder, flag, out in (("plain", False, plain), ("styled", True, styled)):
                target = Path(tmp) / folder / (seed.stem + ".docx")
                target.parent.mkdir(exist_ok=True)
                _write_docx(text, target, flag)
                out.append(str(target))
        for path in txts + plain + styled:  # imports, parser tables, caches
            check_source(sources.load(path), book)

        def load(paths):
            return lambda: [sources.load(p) for p in paths]

        def check(paths):
            return lambda: [check_source(sources.load(p), book) for p in paths]

        n = len(SEEDS)
        load_txt = _median_time(load(txts), runs) / n
        check_txt = _median_time(check(txts), runs) / n
        for name, paths in (("plain", plain), ("Heading-styled", styled)):
            load_docx = _median_time(load(paths), runs) / n
            check_docx = _median_time(check(paths), runs) / n
            print(f"docx ({name}): read {load_docx * 1000:.2f} ms vs .txt {load_txt * 1000:.2f} ms per report; "
                  f"read+check {check_docx * 1000:.2f} ms vs {check_txt * 1000:.2f} ms = "
                  f"{check_docx / check_txt:.2f}x  (target ≤ 3x)")

        env = dict(os.environ, PYTHONPATH=str(ROOT))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        txt_cmd = _zhidang_command() + ["check", txts[0]]
        docx_cmd = _zhidang_command() + ["check", plain[0]]
        _wall(txt_cmd, env), _wall(docx_cmd, env)
        t, d = [], []
        for _ in range(runs):
            t.append(_wall(txt_cmd, env))
            d.append(_wall(docx_cmd, env))
        t, d = statistics.median(t), statistics.median(d)
        print(f"docx process: zhidang check .docx median {d * 1000:.0f} ms vs .txt {t * 1000:.0f} ms "
              f"= {d / t:.2f}x")


def jobs_batch(runs: int, count: int, jobs: int = 2) -> None:
    """``-j 1`` against ``-j N`` as whole processes on ``count`` seed-like reports
    (the issue's batch: start-up and the first file are a small part of it)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        size = _seed_like(count, Path(tmp))
        times = {1: [], jobs: []}
        for _ in range(runs):
            for n in (1, jobs):
                times[n].append(_wall(_zhidang_command() + ["check", "-f", "json", "-j", str(n), tmp], env))
    for stat in (statistics.median, min):
        one, many = stat(times[1]), stat(times[jobs])
        print(f"jobs: {count} seed-like reports ({size / 1e6:.1f} MB), whole process, {stat.__name__} of {runs}: "
              f"-j 1 {one:.1f} s ({size / 1e6 / one:.2f} MB/s), -j {jobs} {many:.1f} s, "
              f"speed-up {one / many:.2f}x  (target ≥ 1.7x)")


def jobs_speedup(runs: int, reports: int = 200, jobs: int = 2) -> None:
    sys.path.insert(0, str(ROOT))
    from linter import rulebook
    from linter.runner import check_paths

    book = rulebook.load()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(reports // len(SEEDS)):
            for p in SEEDS:
                shutil.copy(p, Path(tmp) / f"{i:03d}_{p.name}")
        paths = [tmp]
        check_paths(paths, book, jobs=1)  # warm caches and lazy imports
        inproc = {1: [], jobs: []}
        whole = {1: [], jobs: []}
        for _ in range(runs):
            for n in (1, jobs):
                start = time.perf_counter()
                check_paths(paths, book, jobs=n)
                inproc[n].append(time.perf_counter() - start)
                whole[n].append(_wall(_zhidang_command() + ["check", "-f", "json", "-j", str(n), tmp], env))
    # The machine is shared: the minimum is the run least disturbed by others.
    for label, times in (("in-process", inproc), ("whole process", whole)):
        for stat in (statistics.median, min):
            one, many = stat(times[1]), stat(times[jobs])
            print(f"jobs: {reports} reports, {label}, {stat.__name__} of {runs}: -j 1 {one * 1000:.0f} ms, "
                  f"-j {jobs} {many * 1000:.0f} ms, speed-up {one / many:.2f}x  (target ≥ 1.7x)")


def _seed_like(count: int, folder: Path, seed: int = 16) -> int:
    """Write ``count`` seed-like reports into ``folder``; return their total size in bytes."""
    import random
    import re

    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    pool = [c for c in "".join(texts) if "\u4e00" <= c <= "\u9fff"]
    units = ["城关镇", "新华镇", "河西街道", "县教育局", "县财政局", "县人民医院", "县第一中学", "县交通运输局",
             "县市场监督管理局", "县自然资源局", "县水利局", "县卫生健康委", "县供销社", "县融媒体中心"]
    sentence = re.compile(r"[^。；！？\n]*[。；！？]|[^。；！？\n]+")
    donors: list[list[str]] = []
    standard = sorted({p for p in sentence.findall(texts[0]) if len(p) > 40})[:8]
    total = 0
    for i in range(count):
        lines = texts[i % len(texts)].splitlines()
        unit = rng.choice(units) + ("" if rng.random() < 0.5 else f"{i}")
        out = []
        for number, line in enumerate(lines):
            if number == 0 or len(line) < 30:  # the title and the headings stay (figures and unit changed)
                out.append(re.sub(r"\d+", lambda m: str(rng.randint(1, 99)), line.replace("市妇联", unit)))
                continue
            pieces = []
            for piece in sentence.findall(line):
                roll = rng.random()
                if roll < 0.15:  # every unit's standard wording (in nearly all reports)
                    piece = standard[(number + len(pieces)) % len(standard)]
                elif roll < 0.27:  # the seed's own sentence: a template a fifth of the units use
                    pass
                elif roll < 0.30 and donors:  # copied from an earlier report
                    piece = rng.choice(rng.choice(donors))
                else:  # the unit's own sentence
                    chars = list(piece)
                    for k in range(len(chars)):
                        if "\u4e00" <= chars[k] <= "\u9fff" and rng.random() < 0.35:
                            chars[k] = rng.choice(pool)
                    piece = "".join(chars)
                pieces.append(re.sub(r"\d+", lambda m: str(rng.randint(1, 999)), piece.replace("市妇联", unit)))
            out.append("".join(pieces))
        own = [p for line in out[1:] for p in sentence.findall(line) if len(p) > 30]
        if own and len(donors) < 50:
            donors.append(own[:20])
        elif own and rng.random() < 0.05:
            donors[rng.randrange(len(donors))] = own[:20]
        text = "\n".join(out) + "\n"
        data = text.encode("utf-8")
        total += len(data)
        (folder / f"{i:05d}.txt").write_bytes(data)
    return total


def _megabytes(measured) -> tuple[float, float, float]:
    wall, cpu, rss, _ = measured
    return wall, cpu, rss / 2**20


def similar(counts: list[int], jobs: int = 2) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    base = _zhidang_command() + ["check", "-f", "json", "-j", str(jobs), "--exit-zero"]
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            size = _seed_like(count, Path(tmp))
            _run_measured(base + [str(Path(tmp) / "00000.txt")], env)  # warm caches
            plain = _megabytes(_run_measured(base + [tmp], env))
            compared = _megabytes(_run_measured(base + ["--similar", tmp], env))
            print(f"similar: {count} reports ({size / 1e6:.0f} MB), -j {jobs}: "
                  f"check {plain[0]:.1f} s wall / {plain[1]:.1f} s CPU / {plain[2]:.0f} MB peak RSS; "
                  f"--similar {compared[0]:.1f} s / {compared[1]:.1f} s / {compared[2]:.0f} MB; "
                  f"ratio {compared[0] / plain[0]:.2f}x time, {compared[2] / plain[2]:.2f}x memory; "
                  f"{compared[0] / count * 1000:.1f} ms and {compared[2] / count * 1024:.0f} KB per report")
# -- pathological inputs ----------------------------------------------------------

_FLOOR = 0.005  # seconds at 4n below which a ratio is noise
_RATIO = 5.0


class _Overtime(Exception):
    pass


def _capped(func, cap: float):
    """``(True, func())``, or ``(False, None)`` when it ran over ``cap``
    seconds of wall time (``re`` checks for signals, so it stops)."""
    def stop(*_):
        raise _Overtime

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, cap)
    try:
        return True, func()
    except _Overtime:
        return False, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _cpu(func, reps: int, cap: float) -> float | None:
    """Best CPU seconds of ``reps`` calls of ``func`` (None: one ran over
    ``cap`` seconds)."""
    best = None
    for _ in range(reps):
        start = time.process_time()
        finished, _ = _capped(func, cap)
        if not finished:
            return None
        spent = time.process_time() - start
        best = spent if best is None else min(best, spent)
    return best


def _generic_inputs():
    """(label, size → text) for every target: the known cases and more."""
    from linter.numerals import to_chinese

    def run(unit):
        return lambda n: unit * max(1, n // len(unit))

    def opened(opening, filler):
        return lambda n: opening + filler * max(1, (n - len(opening)) // len(filler))

    def runins(n):
        out, i = [], 1
        while sum(map(len, out)) < n:
            out.append(f"{to_chinese(i)}是加强学习。")
            i = i % 999 + 1
        return "".join(out)

    inputs = [(f"run of {c!r}", run(c)) for c in
              "*＊×xX某○〇□_【】“”‘’《》()（）[]{}<>|%#@&1０0.,，。；;:：!?！？ \t-年共余中"]
    inputs += [
        ("【 + long line", opened("【", "中")),
        ("【 + watermark characters, unclosed", opened("【", "更%多#@&素@材")),
        ("“ + long line", opened("“", "中")),
        ("( + long line", opened("(", "中")),
        ("《 + long line", opened("《", "中")),
        ("<!-- zhidang-disable + long text", opened("<!-- zhidang-disable ", "中")),
        ("unclosed <!-- zhidang-disable lines", run("<!-- zhidang-disable\n")),
        ("<!-- zhidang-disable-next-line lines", run("<!-- zhidang-disable-next-line placeholder -->\n")),
        ("disable/** lines", run("<!-- zhidang-disable placeholder -->\n全年**次\n")),
        ("next-line directives on one line", run("<!-- zhidang-disable-next-line placeholder -->**")),
        ("digits", run("1")),
        ("100.1111…", opened("100.", "1")),
        ("20XX年", run("20XX年")),
        ("long line without punctuation", run("全面从严治党")),
        ("long line, punctuation between words", run("加强学习，")),
        ("long line of sentences", run("加强学习。")),
        ("一是二是… on one line", runins),
        ("一是 after every full stop", run("。一是")),
        ("headings", run("一、政治建设\n（一）理论学习\n1.学习\n（1）研讨\n")),
        ("共3人，其中1人、2人 in one sentence", run("共3人，其中1人、2人，")),
        ("共…其中** in one sentence", run("共3人其中**人，")),
        ("nested 《《…》》", lambda n: "《" * (n // 2) + "》" * (n // 2)),
        ("“ then 》", lambda n: "“" * (n // 2) + "》" * (n // 2)),
        ("下半年年", run("下半年年")),
        ("X光 and **", run("X光**")),
        ("(党建) brackets", run("(党建)")),
        ("二十届一中、…", opened("二十届", "一中、")),
    ]
    return inputs


def _terminal_patterns() -> list[str]:
    """The regular expressions of the outline grammar's terminals and of outline.py."""
    import re

    grammar = (ROOT / "linter" / "outline.lark").read_text(encoding="utf-8")
    terminals = [m.group(1) for m in re.finditer(r"(?m)^[A-Z_][A-Z0-9_]*(?:\.\d+)?:\s*/(.*)/\s*$", grammar)]
    # and the patterns outline.py reads lines with: markers, clauses, the front matter (chrome,
    # contents lines, titles) — a long line above the title once took 40 s in them
    from linter import outline

    own = [value.pattern for value in vars(outline).values() if isinstance(value, re.Pattern)]
    return terminals + own + outline.front_matter().chrome_re.pattern.split("|")


def _pattern_texts(value, seen=None):
    """The texts of the compiled patterns inside a rule's options."""
    import re

    from linter.checks.options import LazyPattern

    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, (re.Pattern, LazyPattern)):
        yield value.pattern
    elif isinstance(value, dict):
        for item in value.values():
            yield from _pattern_texts(item, seen)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _pattern_texts(item, seen)
    elif hasattr(value, "__dict__") or hasattr(value, "__slots__"):
        for name in [*getattr(value, "__dict__", {}), *getattr(type(value), "__slots__", ())]:
            yield from _pattern_texts(getattr(value, name, None), seen)


def _attack_inputs(patterns) -> list:
    """(label, size → text) built from patterns (see linter/selftest.py)."""
    from linter.selftest import _attacks

    inputs = []
    for pattern in patterns:
        for family in _attacks(pattern, endings=("", "!")):
            inputs.append((f"{family(12)!r}… from /{pattern[:40]}/", family))
    return inputs


def _examples_inputs(rule) -> list:
    texts = [*rule.examples.failing, *rule.examples.passing]
    if not texts:
        return []
    joined, lines = "".join(texts), "\n".join(texts) + "\n"
    return [(f"examples of {rule.id}, run together", lambda n, u=joined: u * max(1, n // len(u))),
            (f"examples of {rule.id}, one per line", lambda n, u=lines: u * max(1, n // len(u)))]


def _rank(entry) -> tuple:
    """Worst first: a ratio measured above the noise floor, then the ratio."""
    ratio, _, _, large = entry
    return (large is None or large >= _FLOOR, ratio)


def pathological(n: int, cap: float) -> bool:
    """Print the worst ratio per target; return whether all are within target."""
    sys.path.insert(0, str(ROOT))
    from linter import genres, rulebook, suppress
    from linter.checks import element as element_type
    from linter.engine import build_document, group, overlaps, run_rules

    def check_document(doc, book):
        # rules, precedence and grouping on a built document (what engine.check does after parsing)
        result = run_rules(doc, book)
        result.findings = group(overlaps(result.findings, book.precedence), book)
        return result
    from linter.normalize import normalize
    from linter.outline import parse
    from linter.sources.base import Source

    books = {name: rulebook.load(name) for name in rulebook.builtin_names()}
    default = books[rulebook.DEFAULT_RULEBOOK]
    choosable = genres.genre_books()
    canonical = lambda rule_id: rule_id if default.find(rule_id) else None  # noqa: E731
    generic = _generic_inputs()

    # target name → (inputs, run(prepared) -> None); prepared = (source, doc, findings)
    targets: dict[str, tuple[list, object]] = {}
    targets["normalize"] = (generic, lambda p: normalize(p[0].text))
    targets["outline parse"] = (generic + _attack_inputs(_terminal_patterns()),
                                lambda p: parse(p[0], p[1].norm))
    targets["suppression comments"] = (
        generic + _attack_inputs([p.pattern for p in vars(suppress._patterns()).values()]),
        lambda p: suppress.apply(p[0], p[2], suppress.parse(p[0]), canonical)
        and suppress.mask(p[0].text, p[1].norm))
    seen_rules = set()
    for name, book in books.items():
        for rule in book.rules:
            key = (rule.id, rule.type, repr(rule.options))
            if key in seen_rules:
                continue
            seen_rules.add(key)
            inputs = generic + _examples_inputs(rule) + _attack_inputs(dict.fromkeys(_pattern_texts(rule.options)))
            targets[f"rule {rule.id} ({name})"] = (
                inputs, lambda p, r=rule: list(r.module.check(r, p[1], lambda *a, **k: None)))
        if book.elements:
            patterns = dict.fromkeys(t for e in book.elements for t in _pattern_texts(e.options))
            targets[f"checklist elements ({name})"] = (
                generic + _attack_inputs(patterns),
                lambda p, b=book: element_type.evaluate(b.elements, p[1], b.segmenter))
    detect = dict.fromkeys(t for b in choosable for t in _pattern_texts(b.detect))
    targets["--rulebook auto choice"] = (generic + _attack_inputs(detect),
                                         lambda p: genres.choose(p[1], choosable, default.id))
    targets[f"whole check ({default.id})"] = (generic, lambda p: check_document(p[1], default))

    # inputs → the targets that use them, so that each document is built once
    # (inputs that make the same text are one: a run of 1 comes from many patterns)
    by_input: dict[str, tuple] = {}
    for target, (inputs, _) in targets.items():
        for label, make in inputs:
            users = by_input.setdefault(make(97), (label, make, []))[2]
            if target not in users:
                users.append(target)
    print(f"pathological: {len(targets)} targets, {len(by_input)} inputs, n = {n} and {4 * n} characters")
    worst: dict[str, tuple] = {}
    offenders = []
    started = time.perf_counter()
    gc.collect()
    gc.freeze()  # the rulebooks, parser and imports: not looked at by every collection
    gc.disable()  # collections triggered by the run's own garbage are not the code's time

    def prepare(make, size, users):
        """(source, document, findings), or None when building the document
        (normalize, mask the directives, outline) runs over the cap."""
        source = Source(path="pathological.txt", text=make(size))
        finished, doc = _capped(lambda: build_document(source), cap)
        if not finished:
            return None
        findings = []
        if "suppression comments" in users:  # what the directives apply to (none if the check is too slow)
            findings = (_capped(lambda: check_document(doc, default).findings, cap)[1] or [])
        return source, doc, findings

    def ratio_of(small, large):
        if small is None or large is None:
            return float("inf")
        ratio = large / max(small, 1e-6)
        return ratio if large >= _FLOOR else min(ratio, _RATIO)  # below the noise

    for first_label, make, users in by_input.values():
        prepared = [prepare(make, size, users) for size in (n, 4 * n)]
        gc.collect()
        for target in users:
            run = targets[target][1]
            label = first_label
            small, large = (None if p is None else _cpu(lambda: run(p), 3, cap) for p in prepared)
            ratio = ratio_of(small, large)
            if _RATIO < ratio < float("inf"):
                # Over target: measured again over two larger steps, 4n → 16n →
                # 64n, and judged by their mean — a busy machine can make one
                # step look steep, and so can the CPU caches while the data
                # outgrows them; a quadratic cost is steep at every step (16x).
                larger = [prepare(make, k * n, users) for k in (16, 64)]
                gc.collect()
                base, _, largest = (None if p is None else _cpu(lambda: run(p), 3, cap)
                                    for p in (prepared[1], *larger))
                del larger
                if largest is None or base is None:
                    ratio = float("inf")
                else:
                    ratio = ratio_of(base, largest) ** 0.5
                    label = f"{label}; mean step from {4 * n} to {64 * n}: {ratio:.1f}x"
            entry = (ratio, label, small, large)
            if target not in worst or _rank(entry) > _rank(worst[target]):
                worst[target] = entry
            if ratio > _RATIO:
                offenders.append((target, *entry))

    gc.enable()
    gc.unfreeze()

    def shown(seconds):
        return f"> {cap:g} s" if seconds is None else f"{seconds * 1000:.2f} ms"

    for target, (ratio, label, small, large) in sorted(worst.items(), key=lambda item: _rank(item[1]), reverse=True):
        print(f"  {ratio:6.1f}x  {target}: {shown(small)} → {shown(large)}  [{label}]")
    print(f"pathological: {time.perf_counter() - started:.0f} s; target: 4× the input costs ≤ {_RATIO:g}× the time")
    if offenders:
        print(f"pathological: {len(offenders)} offenders:")
        for target, ratio, label, small, large in offenders:
            print(f"  {target} on {label}: {shown(small)} → {shown(large)} ({ratio:.1f}x)")
    return not offenders


def _run_measured(cmd: list[str], env) -> tuple[float, float, int, str]:
    """(wall seconds, CPU seconds, peak RSS in bytes, error) of a whole
    process: the peak is the largest resident set of the process or of any
    worker it waited for (``wait4``'s ``ru_maxrss``); the error is the last
    line of stderr when it failed (exit status other than 0 or 1)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as stderr:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=stderr, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        error = ""
        if proc.returncode not in (0, 1):
            stderr.seek(0)
            lines = stderr.read().decode("utf-8", "replace").strip().splitlines()
            error = f"exit status {proc.returncode}: {lines[-1] if lines else ''}"
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, error


def _folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def report_vs_check(runs: int, counts=(2000, 10000), jobs: int = 2) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    zhidang = _zhidang_command()
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            batch = Path(tmp) / "batch"
            batch.mkdir()
            size = _seed_like(count, batch)
            out = Path(tmp) / "out"
            out.mkdir()
            html = out / "审阅.html"
            commands = {  # stdout goes to /dev/null
                "check": zhidang + ["check", "-j", str(jobs), str(batch)],
                "check -f json": zhidang + ["check", "-f", "json", "-j", str(jobs), str(batch)],
                "report": zhidang + ["report", "-j", str(jobs), "-o", str(html), str(batch)],
                "report+xlsx": zhidang + ["report", "-j", str(jobs), "-o", str(html), "--xlsx",
                                          str(out / "汇总.xlsx"), str(batch)],
            }
            times: dict[str, list] = {name: [] for name in commands}
            for _ in range(runs):
                for name, cmd in commands.items():
                    times[name].append(_run_measured(cmd, env))
            page = html.stat().st_size if html.exists() else 0
            pages = out / "审阅_files"
            folder = _folder_bytes(pages) if pages.is_dir() else 0
            xlsx = (out / "汇总.xlsx").stat().st_size if (out / "汇总.xlsx").exists() else 0
            print(f"report: {count} seed-like reports, {size / 1e6:.1f} MB, -j {jobs}, min of {runs} "
                  f"(the run least disturbed by the machine's other tenants):")
            base_wall = min(t[0] for t in times["check"])
            base_cpu = min(t[1] for t in times["check"])
            json_wall = min(t[0] for t in times["check -f json"])
            for name, ts in times.items():
                wall, cpu, rss = min(t[0] for t in ts), min(t[1] for t in ts), max(t[2] for t in ts)
                ratio = "" if name == "check" else (f", {wall / base_wall:.2f}x check wall, "
                                                     f"{cpu / base_cpu:.2f}x CPU")
                if name.startswith("report"):
                    ratio += f", {wall / json_wall:.2f}x check -f json wall  (target ≤ 1.3x)"
                failed = next((t[3] for t in ts if t[3]), "")
                if failed:
                    ratio += f"  FAILED: {failed}"
                print(f"  {name:<14} wall {wall:6.1f} s, CPU {cpu:6.1f} s, peak RSS {rss / 2**20:5.0f} MB{ratio}")
            print(f"  summary page {page / 1e6:.2f} MB, report pages {folder / 1e6:.1f} MB "
                  f"({folder / size:.2f}x the input), xlsx {xlsx / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--jobs", type=int, default=2, help="--only report: -j of both commands")
    parser.add_argument("--only", choices=["startup", "throughput", "docx", "jobs", "similar", "pathological",
                                           "report"],
                        help="run one of the benchmarks")
    parser.add_argument("--reports", default="2000,10000",
                        help="--only similar / report: batch sizes, comma-separated (default 2000,10000)")
    parser.add_argument("--jobs-reports", type=int, default=2000,
                        help="--only jobs: the seed-like batch compared as whole processes (0: none)")
    parser.add_argument("--n", type=int, default=5000, help="pathological: the smaller input size (characters)")
    parser.add_argument("--cap", type=float, default=10.0, help="pathological: seconds before a run is stopped")
    args = parser.parse_args()
    if args.only in (None, "startup"):
        startup(args.runs)
    if args.only in (None, "throughput"):
        throughput(args.mb)
    if args.only in (None, "docx"):
        docx_cost(args.runs)
    if args.only in (None, "jobs"):
        jobs_speedup(max(5, args.runs // 2))
        if args.jobs_reports:
            jobs_batch(3, args.jobs_reports)
    if args.only == "report":  # minutes on 10,000 reports: only when asked for
        report_vs_check(max(1, min(args.runs, 3)), [int(n) for n in args.reports.split(",")], args.jobs)
    if args.only == "similar":  # minutes: only when asked for
        similar([int(n) for n in args.reports.split(",")])
    if args.only in (None, "pathological") and not pathological(args.n, args.cap):
        sys.exit(1)


if __name__ == "__main__":
    main()
