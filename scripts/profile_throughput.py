#!/usr/bin/env python3
"""Where a check's time goes (not part of the test run).

    python scripts/profile_throughput.py [--copies 40 | --folder DIR [--files N]] [--one-file]
                                         [--rulebook ID] [--cprofile]

Checks the seeds ``--copies`` times in-process — or the first ``--files``
.txt files of ``--folder`` — (with ``--one-file``, all of them run together
as one text) and prints the CPU time of each step of
the pipeline — normalize and outline (``build_document``), the checklist, each
rule type and rule, precedence and grouping — as MB/s and shares of the total.
The steps are timed one by one with ``time.process_time`` (no profiler
overhead, which would inflate the Python-heavy steps); ``--cprofile`` adds a
cProfile listing of the same run (internal time, top 30). Reading, suppression
and the baseline are left out: ``scripts/bench.py --only throughput`` measures
the whole in-process check.

The machine is shared and noisy: compare shares, or runs made side by side.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--folder", type=Path, default=None, help="reports to check instead of the seeds")
    parser.add_argument("--files", type=int, default=300, help="with --folder: how many")
    parser.add_argument("--one-file", action="store_true", help="the copies as one text")
    parser.add_argument("--rulebook", default=None, help="a built-in rulebook (default: the default one)")
    parser.add_argument("--cprofile", action="store_true")
    args = parser.parse_args()

    from linter import engine, rulebook
    from linter.checks import element as element_type
    from linter.parallel import settle_gc
    from linter.sources.base import Source

    book = rulebook.load(args.rulebook) if args.rulebook else rulebook.load()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    batch = texts * args.copies
    if args.folder is not None:
        batch = [p.read_text(encoding="utf-8") for p in sorted(args.folder.rglob("*.txt"))[:args.files]]
    items = ["\n".join(batch)] if args.one_file else batch
    size = sum(len(t.encode("utf-8")) for t in items)
    for text in texts:  # build the parser and compile the patterns outside the timing
        engine.check_source(Source(path="warm.txt", text=text), book)
    settle_gc()

    spent: collections.Counter = collections.Counter()
    clock = time.process_time
    profile = None
    if args.cprofile:
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    for text in items:
        t0 = clock()
        doc = engine.build_document(Source(path="x.txt", text=text))
        t1 = clock()
        spent["outline (normalize + parse)"] += t1 - t0
        doc.cache["checklist-current"] = element_type.evaluation(book.elements, doc, book.segmenter)
        spent["checklist"] += clock() - t1
        found = []
        for rule in book.rules:
            t = clock()

            def report(start, end, message=None, fix=None, _rule=rule, **fields):
                return engine._finding(doc, _rule, _rule.id, start, end, message, fix=fix, fields=fields)

            found += list(rule.module.check(rule, doc, report))
            spent[f"rule {rule.type}: {rule.id}"] += clock() - t
        t = clock()
        found.sort(key=engine.Finding.sort_key)
        found = engine.overlaps(found, book.precedence)
        engine.group(found, book)
        spent["precedence + grouping"] += clock() - t
    if profile is not None:
        import pstats

        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)

    total = sum(spent.values())
    mb = size / 1e6
    print(f"{len(items)} text(s), {mb:.2f} MB in {total:.2f} s CPU = {mb / total:.2f} MB/s "
          f"(steps timed one by one; target of the whole check ≥ 11 MB/s)")
    by_type: collections.Counter = collections.Counter()
    for name, seconds in spent.items():
        by_type[name.split(":")[0]] += seconds
    print("\nby step / rule type:")
    for name, seconds in by_type.most_common():
        print(f"  {100 * seconds / total:5.1f}%  {seconds:6.3f} s  {name}")
    print("\nslowest rules:")
    for name, seconds in [item for item in spent.most_common() if item[0].startswith("rule ")][:15]:
        print(f"  {100 * seconds / total:5.1f}%  {seconds:6.3f} s  {name[5:]}")


if __name__ == "__main__":
    main()
