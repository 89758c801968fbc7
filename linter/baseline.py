"""Baseline: adopt the gate on an old archive without fixing every past report.

``zhidang check --write-baseline FILE`` records the current findings;
``--baseline FILE`` then reports only findings that are not in it. A finding
is recorded by a *fingerprint* that survives edits elsewhere in the file: its
rule, its excerpt and the text just before and after it on the same line
(normalized: simplified characters, half-width, whitespace removed) — not its
line number. Identical fingerprints in one file are told apart by an
occurrence index in reading order, so fixing one of two identical findings
keeps the other accepted, and adding a third reports the new one.

The file is JSON; paths are relative to the baseline file's folder so the
baseline works from any working directory::

    {"version": 1, "findings": [{"path": "reports/2023.txt", "rule": "placeholder",
      "fingerprint": "…", "occurrence": 0, "line": 12, "excerpt": "**"}]}

(``line`` and ``excerpt`` are for the reader; matching ignores them.)
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from linter.files import write_atomically
from linter.errors import UserError
from linter.normalize import normalize

VERSION = 1
#: characters of context on each side of a finding (within its line)
CONTEXT = 12


def fingerprint(source, finding) -> str:
    """A stable identity for a finding in a source, independent of its line."""
    if finding.line is None:
        key = finding.rule  # a whole-file finding: one per rule and file
    else:
        starts = source.line_starts
        text = source.text
        line_start = starts[finding.line - 1]
        line_end = starts[finding.line] - 1 if finding.line < len(starts) else len(text)
        start = line_start + finding.column - 1
        end = start + len(finding.excerpt)
        before = text[max(line_start, start - CONTEXT):start]
        after = text[end:min(max(line_end, end), end + CONTEXT)]
        # one normalize() call (it keeps lengths), then split back into the three parts
        norm = normalize(before + finding.excerpt + after)
        middle = len(before) + len(finding.excerpt)
        parts = (norm[:len(before)], norm[len(before):middle], norm[middle:])
        key = "\x1f".join((finding.rule, *("".join(part.split()) for part in parts)))
    import hashlib  # deferred: only baselines need it

    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def entries(source, findings, path_key: str) -> list[dict]:
    """Baseline entries for the findings of one file, occurrence-numbered."""
    seen: dict[str, int] = {}
    result = []
    for finding in findings:
        fp = fingerprint(source, finding)
        occurrence = seen.get(fp, 0)
        seen[fp] = occurrence + 1
        result.append({"path": path_key, "rule": finding.rule, "fingerprint": fp,
                       "occurrence": occurrence, "line": finding.line, "excerpt": finding.excerpt})
    return result


class Baseline:
    """A baseline file: the accepted findings, and how to key paths to it."""

    def __init__(self, path: str, keys: set | None = None):
        self.path = path
        self.folder = Path(os.path.abspath(path)).parent
        self.keys = keys or set()

    def path_key(self, path: str) -> str:
        return os.path.relpath(os.path.abspath(path), self.folder).replace(os.sep, "/")

    @classmethod
    def load(cls, path: str) -> "Baseline":
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            raise UserError("基线文件不存在（先用 --write-baseline 生成）", path) from None
        except json.JSONDecodeError as exc:
            raise UserError(f"基线文件不是有效的 JSON：{exc.msg}", path, exc.lineno) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"无法读取基线文件（{getattr(exc, 'strerror', None) or exc}）", path) from None
        items = data.get("findings") if isinstance(data, dict) else None
        if not isinstance(items, list) or data.get("version") != VERSION or not all(
            isinstance(i, dict) and isinstance(i.get("path"), str) and isinstance(i.get("fingerprint"), str)
            and isinstance(i.get("occurrence"), int) for i in items
        ):
            raise UserError("基线文件格式不对（应由 zhidang check --write-baseline 生成）", path)
        return cls(path, {(i["path"], i["fingerprint"], i["occurrence"]) for i in items})

    def filter(self, source, findings) -> tuple[list, int]:
        """The findings not in the baseline, and how many it accepted."""
        key = self.path_key(source.path)
        kept = []
        for finding, entry in zip(findings, entries(source, findings, key)):
            if (key, entry["fingerprint"], entry["occurrence"]) not in self.keys:
                kept.append(finding)
        return kept, len(findings) - len(kept)


def write(path: str, items: list[dict]) -> None:
    """Write a baseline file (atomically: a temporary file, then a rename)."""
    items = sorted(items, key=lambda i: (i["path"], i["line"] or 0, i["rule"], i["occurrence"]))
    data = {"version": VERSION,
            "comment": "zhidang 基线：这些问题已被接受，zhidang check --baseline 不再报告。由 --write-baseline 生成。",
            "findings": items}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise UserError(f"无法写入基线文件（{exc.strerror or exc}）", path) from None
