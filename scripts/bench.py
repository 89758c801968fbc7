#!/usr/bin/env python3
"""Benchmark zhidang (not part of the test run).

    python scripts/bench.py [--runs N] [--mb 5]

1. Start-up: wall time of ``zhidang check SEED`` as a whole process against
   ``python -c "import click, yaml"``, interleaved, median of N runs each.
   Target: ratio ≤ 2.
2. Throughput: the seeds repeated to about 5 MB, checked in-process (load,
   normalize, parse, rules), as many files and as one large file.
   Target: ≥ 3 MB/s.

The machine is shared and noisy: read the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import os
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
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    return time.perf_counter() - start


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
        base.append(_wall(baseline_cmd, env))
        check.append(_wall(check_cmd, env))
    b, c = statistics.median(base), statistics.median(check)
    print(f"start-up: python -c 'import click, yaml'  median {b * 1000:.0f} ms")
    print(f"start-up: {' '.join(Path(x).name for x in check_cmd[:1])} check {Path(seed).name}  "
          f"median {c * 1000:.0f} ms")
    print(f"start-up ratio: {c / b:.2f}x  (target ≤ 2x)")


def throughput(megabytes: float) -> None:
    sys.path.insert(0, str(ROOT))
    from linter import rulebook
    from linter.engine import check_paths

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
        start = time.perf_counter()
        run = check_paths(paths, book)
        many = time.perf_counter() - start
        start = time.perf_counter()
        check_paths([str(big)], book)
        single = time.perf_counter() - start
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
    print(f"throughput: {len(paths)} files, {size / 1e6:.2f} MB in {many:.2f} s = "
          f"{size / 1e6 / many:.1f} MB/s  ({sum(len(r.findings) for r in run.files)} findings)")
    print(f"throughput: one file of {size / 1e6:.2f} MB in {single:.2f} s = {size / 1e6 / single:.1f} MB/s"
          "  (target ≥ 3 MB/s)")
    print(f"throughput: {len(paths)} files through the gate with a full baseline in {gate_time:.2f} s = "
          f"{size / 1e6 / gate_time:.1f} MB/s  ({sum(len(r.findings) for r in gated.files)} new findings)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--mb", type=float, default=5.0)
    args = parser.parse_args()
    startup(args.runs)
    throughput(args.mb)


if __name__ == "__main__":
    main()
