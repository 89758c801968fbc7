"""Start-up: a one-report check with a warm cache imports only what it uses
and builds nothing (scripts/bench.py --only startup measures the time; this
guards what the time is made of, without timing anything)."""

import os
import subprocess
import sys

import pytest

from linter import checks
from tests.conftest import ROOT, SEED

# Runs `zhidang check <seed>` in-process and writes, at exit, the modules it imported.
_PROBE = """
import atexit, sys
OUT = sys.argv[1]
def _dump():
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("\\n".join(sorted(sys.modules)))
atexit.register(_dump)
sys.argv = ["zhidang", "check", *sys.argv[2:]]
from linter.cli import main
main()
"""

#: Never imported by a warm one-report check of a .txt file with the default rulebook.
NOT_IMPORTED = [
    "rjieba", "jieba",  # word boundaries of the seed's headings come from the memo
    "yaml", "_yaml",  # rulebook trees come from the cache
    "lark", "regex",  # the outline parser is generated ahead of time (linter/_outline_parser.py)
    "tomllib", "tomli",  # the repository's pyproject.toml has no [tool.zhidang] table
    "linter.sources.docx", "linter.sources.markdown", "lxml", "zipfile",  # a .txt report
    "linter.similar.batch",  # the batch comparison (report --similar)
    "linter.fix", "linter.baseline", "linter.annotate", "linter.server", "pygls",
    "linter.commands",  # the commands other than check (annotate, report, rules, server) and their options
    "linter.reporters.html", "linter.reporters.json", "openpyxl",
    "copy",  # the generated parser copies its lexer's settings without the copy module
    "heapq",  # the outline's commonest line width without Counter.most_common
    "json",  # cache entries are read with _json's scanner (linter.jsonread)
]


def _entries(folder):
    return {e.name: (e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(folder)}


def _check(cache_home, tmp_path, *args):
    out = tmp_path / "modules.txt"
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1", XDG_CACHE_HOME=str(cache_home))
    env.pop("ZHIDANG_NO_CACHE", None)
    result = subprocess.run([sys.executable, "-c", _PROBE, str(out), *args], cwd=ROOT, env=env,
                            capture_output=True)
    assert result.returncode in (0, 1), result.stderr.decode()
    return set(out.read_text(encoding="utf-8").split("\n")), result.stdout


def test_a_warm_one_report_check_imports_and_builds_only_what_it_uses(tmp_path):
    home = tmp_path / "xdg"
    seed = str(SEED["000"])  # its heading 推进廉洁文化建设 needs word boundaries (廉洁)
    cold_modules, cold_output = _check(home, tmp_path, seed)
    assert "rjieba" in cold_modules or "jieba" in cold_modules  # so the memo is what spares it below
    folder = home / "zhidang"
    built = _entries(folder)
    modules, output = _check(home, tmp_path, seed)
    assert output == cold_output
    # OpenCC: linter/_t2s_guard.py knows t2s would not change this simplified report —
    # when the guard fits the installed OpenCC (after an upgrade: scripts/gen_t2s_guard.py)
    from linter import normalize

    not_imported = NOT_IMPORTED + (["opencc"] if normalize._load_guard() is not None else [])
    assert sorted(m for m in not_imported if m in modules) == []
    # nothing rebuilt: no YAML parse, no grammar analysis, no word list, no segmentation
    assert _entries(folder) == built


def test_rule_types_are_imported_when_a_rulebook_uses_them():
    assert not any(f"linter.checks.{name}" in sys.modules for name in ["__never__"])
    for name, module_name in checks.MODULES.items():
        module = checks.TYPES[name]
        assert module.__name__ == f"linter.checks.{module_name}" and module.TYPE == name
    assert "nonexistent" not in checks.TYPES and checks.TYPES.get("nonexistent") is None
    with pytest.raises(KeyError):
        checks.TYPES["nonexistent"]
    assert list(checks.TYPES) == list(checks.MODULES) and len(checks.TYPES) == len(checks.MODULES)


def test_checklist_literals_found_without_compiling_are_what_the_alternation_finds(rulebook):
    """element._Terms searches its literals in Python until SCAN_BUDGET
    characters were searched (the trie alternation costs ~7 ms to compile):
    both ways must give the same matches, on every line of the seeds and the
    corpus, whole and from any window."""
    import re

    from linter.checks import element
    from linter.prefilter import trie
    from linter.normalize import normalize

    signals = element._Signals(rulebook.elements)
    tables = [signals.heading_terms, signals.body_terms]
    texts = [normalize(p.read_text(encoding="utf-8")) for p in SEED.values()]
    texts += [normalize(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "tests" / "corpus").rglob("*.txt"))]
    lines = [line for text in texts for line in text.split("\n") if line.strip()]
    assert len(lines) > 1000
    found = 0
    for terms in tables:
        compiled = re.compile(trie(terms.literals))
        for line in lines:
            windows = [(0, len(line)), (1, len(line)), (0, max(0, len(line) - 1)), (len(line) // 3, len(line) // 2)]
            for lo, hi in windows:
                expected = [(m.start(), m.end(), m.group()) for m in compiled.finditer(line, lo, hi)]
                assert terms._scan(line, lo, hi) == expected, (line, lo, hi)
                found += len(expected)
    assert found > 1000
    # past the budget the alternation is compiled, and answers the same
    terms = element._Signals(rulebook.elements).heading_terms
    answers = [terms.find(line) for line in lines[:50]]
    terms._scanned = terms.SCAN_BUDGET
    assert [terms.find(line) for line in lines[:50]] == answers and terms._literal_rx is not None


def _lazy_patterns(value, seen):
    from linter.checks.options import LazyPattern

    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, LazyPattern):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _lazy_patterns(item, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _lazy_patterns(item, seen)
    elif hasattr(value, "__dict__") or hasattr(value, "__slots__"):
        for name in [*getattr(value, "__dict__", {}), *getattr(type(value), "__slots__", ())]:
            yield from _lazy_patterns(getattr(value, name, None), seen)


def test_every_built_in_pattern_compiles():
    """The built-in rulebooks' patterns are compiled on first use
    (options.LazyPattern), so an invalid one would fail a check, not the
    rulebook's validation: they are all compiled here."""
    import re

    from linter import rulebook

    count = 0
    for name in rulebook.builtin_names():
        book = rulebook.load(name)
        seen = set()
        for entry in [*book.rules, *book.elements, book.detect]:
            for pattern in _lazy_patterns(getattr(entry, "options", entry), seen):
                compiled = pattern.compiled()
                assert compiled.pattern == pattern.pattern and compiled.flags == pattern.flags
                assert compiled.flags & re.MULTILINE
                count += 1
    assert count > 100
