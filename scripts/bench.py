#!/usr/bin/env python3
"""Benchmark zhidang (not part of the test run).

    python scripts/bench.py [--runs N] [--mb 5]

1. Start-up: wall time of ``zhidang check SEED`` as a whole process against
   ``python -c "import click, yaml"``, interleaved, median of N runs each.
   Target: ratio ≤ 2.
2. Throughput: the seeds repeated to about 5 MB, checked in-process (load,
   normalize, parse, rules), as many files and as one large file.
   Target: ≥ 3 MB/s.
3. .docx: each seed written as a Word document of the same text (python-docx,
   one paragraph per line; a second set with the 一、 lines styled Heading 1),
   checked in-process against the .txt, median of N rounds; and a whole
   ``zhidang check`` process on a .docx against one on the .txt.
   Target: checking a report from .docx costs ≤ 3× checking it from .txt.
4. Batch speed-up of ``-j 2`` over ``-j 1`` on 200 reports (the seeds
   repeated), interleaved, median of N runs each: in-process
   (``check_paths(jobs=N)``, the part -j parallelizes) and as a whole
   ``zhidang check -f json -j N`` process (start-up included).
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

The machine is shared and noisy: read the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import os
import resource
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


def startup(runs: int) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # Let Python cache bytecode as it does for an installed package; with
    # PYTHONDONTWRITEBYTECODE a source checkout recompiles every module per run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    seed = str(SEEDS[0])
    baseline_cmd = [sys.executable, "-c", "import click, yaml"]
    check_cmd = _zhidang_command() + ["check", seed]
    _wall(check_cmd, env)  # warm the page cache and .pyc files
    base, check = [], []
    for _ in range(runs):
        base.append(_timed(baseline_cmd, env))
        check.append(_timed(check_cmd, env))
    name = " ".join(Path(x).name for x in check_cmd[:1])
    for label, pick in (("wall", 0), ("CPU", 1)):
        b = statistics.median(t[pick] for t in base)
        c = statistics.median(t[pick] for t in check)
        print(f"start-up ({label}, median of {runs}): python -c 'import click, yaml' {b * 1000:.0f} ms, "
              f"{name} check {Path(seed).name} {c * 1000:.0f} ms, ratio {c / b:.2f}x  (target ≤ 2x)")


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
          f"{mb / many_cpu:.1f} MB/s CPU  ({sum(len(r.findings) for r in run.files)} findings; target ≥ 3 MB/s)")
    print(f"throughput: one file of {mb:.2f} MB in {single:.2f} s = {mb / single:.1f} MB/s wall, "
          f"{mb / single_cpu:.1f} MB/s CPU  (target ≥ 3 MB/s)")
    print(f"throughput: {len(paths)} files through the gate with a full baseline in {gate_time:.2f} s = "
          f"{size / 1e6 / gate_time:.1f} MB/s  ({sum(len(r.findings) for r in gated.files)} new findings)")


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


def _measured(cmd: list[str], env) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB of the largest process) of ``cmd`` run in a
    fresh interpreter, so that RUSAGE_CHILDREN's maximum is this run's."""
    probe = ("import resource, subprocess, sys, time\n"
             "start = time.perf_counter()\n"
             "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
             "wall = time.perf_counter() - start\n"
             "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
             "print(wall, u.ru_utime + u.ru_stime, u.ru_maxrss / 1024)\n")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], env=env, cwd=ROOT, capture_output=True, text=True)
    wall, cpu, rss = map(float, out.stdout.split())
    return wall, cpu, rss


def similar(counts: list[int], jobs: int = 2) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    base = _zhidang_command() + ["check", "-f", "json", "-j", str(jobs), "--exit-zero"]
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            size = _seed_like(count, Path(tmp))
            _measured(base + [str(Path(tmp) / "00000.txt")], env)  # warm caches
            plain = _measured(base + [tmp], env)
            compared = _measured(base + ["--similar", tmp], env)
            print(f"similar: {count} reports ({size / 1e6:.0f} MB), -j {jobs}: "
                  f"check {plain[0]:.1f} s wall / {plain[1]:.1f} s CPU / {plain[2]:.0f} MB peak RSS; "
                  f"--similar {compared[0]:.1f} s / {compared[1]:.1f} s / {compared[2]:.0f} MB; "
                  f"ratio {compared[0] / plain[0]:.2f}x time, {compared[2] / plain[2]:.2f}x memory; "
                  f"{compared[0] / count * 1000:.1f} ms and {compared[2] / count * 1024:.0f} KB per report")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--only", choices=["startup", "throughput", "docx", "jobs", "similar"],
                        help="run one of the benchmarks")
    parser.add_argument("--reports", default="2000,10000",
                        help="--only similar: batch sizes, comma-separated (default 2000,10000)")
    args = parser.parse_args()
    if args.only in (None, "startup"):
        startup(args.runs)
    if args.only in (None, "throughput"):
        throughput(args.mb)
    if args.only in (None, "docx"):
        docx_cost(args.runs)
    if args.only in (None, "jobs"):
        jobs_speedup(max(5, args.runs // 2))
    if args.only == "similar":  # minutes: only when asked for
        similar([int(n) for n in args.reports.split(",")])


if __name__ == "__main__":
    main()
