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
5. ``--only report``: ``zhidang report DIR -o 审阅.html --xlsx 汇总.xlsx``
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
import os
import re
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
        # the same files through the gate of `zhidang check` (config discovery,
        # suppression, filtering) with a baseline of all their findings
        from linter.gate import Gate, Options

        baseline_file = str(Path(tmp) / "baseline.json")
        writer = Gate(Options(write_baseline=baseline_file))
        writer.run(paths)
        writer.write_baseline()
        start = time.perf_counter()
        gated = Gate(Options(baseline=baseline_file)).run(paths)
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


def seed_like(folder: Path, count: int) -> int:
    """Write ``count`` seed-like reports into ``folder``: the seeds in turn,
    each copy varied a little (some numbers changed, now and then a
    placeholder filled or a paragraph dropped), so that no two files are the
    same. Returns the number of bytes written."""
    import random

    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    digits = re.compile(r"\d+")
    size = 0
    for i in range(count):
        rng = random.Random(i)
        seed = SEEDS[i % len(SEEDS)]
        lines = texts[i % len(SEEDS)].split("\n")
        if len(lines) > 8 and rng.random() < 0.3:
            del lines[rng.randrange(3, len(lines) - 1)]
        text = "\n".join(lines)
        text = digits.sub(lambda m: str(rng.randrange(1, 200)) if rng.random() < 0.2 else m.group(), text)
        if rng.random() < 0.5:
            text = text.replace("**", str(rng.randrange(2, 99)), rng.randrange(1, 6))
        data = text.encode("utf-8")
        (folder / f"{i:05d}_{seed.name}").write_bytes(data)
        size += len(data)
    return size


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
            size = seed_like(batch, count)
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
    parser.add_argument("--reports", default="2000,10000",
                        help="--only report: batch sizes, comma-separated (default 2000,10000)")
    parser.add_argument("--jobs", type=int, default=2, help="--only report: -j of both commands")
    parser.add_argument("--only", choices=["startup", "throughput", "docx", "jobs", "report"],
                        help="run one of the benchmarks")
    args = parser.parse_args()
    if args.only in (None, "startup"):
        startup(args.runs)
    if args.only in (None, "throughput"):
        throughput(args.mb)
    if args.only in (None, "docx"):
        docx_cost(args.runs)
    if args.only in (None, "jobs"):
        jobs_speedup(max(5, args.runs // 2))
    if args.only == "report":  # minutes on 10,000 reports: only when asked for
        report_vs_check(max(1, min(args.runs, 3)), [int(n) for n in args.reports.split(",")], args.jobs)


if __name__ == "__main__":
    main()
