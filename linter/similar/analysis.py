"""The batch comparison, in the parent process, on fingerprints only.

1. **Sentences alike.** Every sentence of every report (batch and archive)
   is a row: its key hash, its MinHash (16 × 16 bits), its substance. Rows
   with the same key hash are copies after masking. Near copies are found by
   LSH: the MinHash is cut into ``b`` bands of ``r`` values (``b``, ``r`` as
   datasketch's ``MinHashLSH`` chooses them for ``similarity − 0.2``: recall
   first); rows with an equal band are candidates, kept when their
   MinHashes agree on at least ``similarity − 0.1`` of the permutations. The
   bands are bucketed by sorting numpy arrays, not in ``MinHashLSH``'s
   Python sets: that index costs ~3 KB per row (measured), 1.8 GB for 10,000
   reports; sorted arrays cost the 50 bytes the rows already take.
2. **Groups.** Connected components of those pairs (scipy) are groups of
   alike sentences. A group found in more than ``common-share`` of the
   reports (and in at least ``common-min``), in a batch of at least
   ``min-reports``, is a standard formulation and ignored.
3. **Passages.** For a report and another one, a run of its sentences that
   share a group with the other (gaps of ``max-gap`` sentences allowed) of at
   least ``min-chars`` characters of substance is a shared passage; a
   report's overlapping runs are merged into one passage, which lists the
   other reports' places.
4. **Archive.** Each report is paired with the archive report of the same
   unit (the unit named in the titles, else the file names); the share of its
   substance found in that report is the measure, and each checklist part
   named in ``parts`` is measured alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from linter import regexstore
from linter.similar.fingerprint import NUM_PERM


@dataclass
class Settings:
    """The comparison's options (from the ``shared-text`` rule)."""

    min_chars: int = 60
    min_sentence: int = 8
    max_gap: int = 1
    similarity: float = 0.7
    common_share: float = 0.4
    common_min: int = 3
    min_reports: int = 5
    max_related: int = 10
    # archive (from the ``archive-text`` rule)
    parts: tuple = ("problems", "next-steps")
    match_share: float = 0.6


@dataclass
class Entry:
    path: str
    fp: object  # Fingerprint
    archive: bool
    parts: dict = field(default_factory=dict)  # element id → (start, end) of its part
    offset: int = 0  # first row


#: A group of alike sentences found in more reports than this (but not in so many
#: that it is standard wording) is not followed report by report: its rows count
#: as shared with one pseudo-report, WIDE, and a passage made of them names the
#: reports that have its first and last sentence. This bounds the work per
#: sentence whatever the batch (a template paragraph in 2,000 of 10,000 reports).
WIDE_GROUP = 50
WIDE = -1


@dataclass
class Copied:
    """A shared passage of one report: its span (sentence rows ``first``..``last``
    of the report), its substance, the number of other reports that share it,
    and for (at most ``max_related`` of) them the spans there."""

    first: int
    last: int
    chars: int
    others: dict  # entry index → list of (start, end) offsets
    count: int = 0


@dataclass
class Repeated:
    """A report against its archive report."""

    archive: int  # entry index of the archive report
    share: float
    runs: list  # (start, end, chars) in the report
    archive_runs: list  # (start, end) in the archive report
    parts: dict  # element id → (share, (start, end) of the part, archive spans)


@dataclass
class Analysis:
    copied: dict  # entry index → list[Copied]
    repeated: dict  # entry index → Repeated
    matrix: dict  # (entry, entry) → share
    frequency_filter: bool
    chars: dict  # entry index → total substance


#: Candidates are looked for below the similarity wanted (16 permutations: 5 bands
#: of 3 at 0.7 − 0.2), so that a pair at 0.84 is missed about once in a hundred
#: rather than once in five; the MinHash check then keeps pairs estimated at
#: ``similarity − 0.1`` or more.
LSH_MARGIN = 0.2


def lsh_params(similarity: float) -> tuple[int, int]:
    """(bands, rows) for ``similarity`` and NUM_PERM, as datasketch chooses them."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=similarity, num_perm=NUM_PERM)
    return lsh.b, lsh.r


class Index:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.entries: list[Entry] = []
        self.rows = 0

    def add(self, path: str, fp, archive: bool = False, checklist=()) -> int:
        """Add a report (``checklist``: its ChecklistItems, for the parts)."""
        entry = Entry(path, fp, archive, _parts(fp, checklist, self.settings.parts), self.rows)
        self.rows += len(fp)
        self.entries.append(entry)
        return len(self.entries) - 1

    # ------------------------------------------------------------------ groups

    def _groups(self):
        import numpy as np
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        settings = self.settings
        entries = self.entries
        n = self.rows
        empty = np.zeros(0, dtype=np.uint64)
        hashes = np.concatenate([e.fp.hashes for e in entries] or [empty])
        sigs = np.concatenate([e.fp.sigs for e in entries] or [np.zeros((0, NUM_PERM), np.uint16)])
        left, right = [], []
        if n:
            order = np.argsort(hashes, kind="stable")
            same = hashes[order[1:]] == hashes[order[:-1]]
            left.append(order[:-1][same])
            right.append(order[1:][same])
            bands, rows = lsh_params(max(0.1, settings.similarity - LSH_MARGIN))
            wide = sigs.astype(np.uint64)
            minimum = settings.similarity - 0.1
            for band in range(bands):
                key = np.zeros(n, dtype=np.uint64)
                for column in range(band * rows, (band + 1) * rows):
                    key = key * np.uint64(0x9E3779B97F4A7C15) + wide[:, column]
                order = np.argsort(key, kind="stable")
                same = key[order[1:]] == key[order[:-1]]
                a, b = order[:-1][same], order[1:][same]
                if len(a):
                    agree = (sigs[a] == sigs[b]).mean(axis=1) >= minimum
                    left.append(a[agree])
                    right.append(b[agree])
                del key, order, same
            del wide
        a = np.concatenate(left) if left else np.zeros(0, dtype=np.int64)
        b = np.concatenate(right) if right else np.zeros(0, dtype=np.int64)
        graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
        _, labels = connected_components(graph, directed=False)
        return labels

    # ------------------------------------------------------------------ analyse

    def analyse(self) -> Analysis:
        import numpy as np

        settings = self.settings
        entries = self.entries
        ndocs = len(entries)
        labels = self._groups() if self.rows else np.zeros(0, dtype=np.int64)
        doc_of = np.repeat(np.arange(ndocs, dtype=np.int64), [len(e.fp) for e in entries]) if ndocs else \
            np.zeros(0, dtype=np.int64)
        pairs = np.unique(labels.astype(np.int64) * ndocs + doc_of) if self.rows else np.zeros(0, np.int64)
        group_of_pair, doc_of_pair = pairs // max(ndocs, 1), pairs % max(ndocs, 1)
        groups = int(labels.max()) + 1 if len(labels) else 0
        count = np.bincount(group_of_pair, minlength=groups)
        filtering = ndocs >= settings.min_reports
        common = (count > settings.common_share * ndocs) & (count >= settings.common_min) if filtering else \
            np.zeros(groups, dtype=bool)
        starts = np.searchsorted(group_of_pair, np.arange(groups + 1))
        archive_flags = np.array([e.archive for e in entries], dtype=bool)

        def docs_of(group: int):
            if common[group]:
                return ()
            return doc_of_pair[starts[group]:starts[group + 1]]

        analysis = Analysis({}, {}, {}, filtering, {})
        batch = [i for i, e in enumerate(entries) if not e.archive]
        for d in batch:
            entry = entries[d]
            rows = slice(entry.offset, entry.offset + len(entry.fp))
            own = labels[rows]
            chars = entry.fp.chars.tolist()
            analysis.chars[d] = sum(chars)
            partners = []
            for group in own.tolist():
                others = docs_of(group)
                if len(others) > WIDE_GROUP:
                    partners.append([WIDE])
                else:
                    partners.append([int(p) for p in others if p != d and not archive_flags[p]]
                                    if len(others) > 1 else [])
            runs = _runs(partners, chars, settings)
            analysis.copied[d] = self._passages(d, own, runs, labels, docs_of, settings)
            total = max(sum(chars), 1)
            shared: dict[int, set] = {}
            for partner, first, last in runs:
                if partner != WIDE:
                    shared.setdefault(partner, set()).update(
                        i for i in range(first, last + 1) if partner in partners[i])
            for partner, rows_shared in shared.items():
                analysis.matrix[(d, partner)] = sum(chars[i] for i in rows_shared) / total
        archives = [i for i, e in enumerate(entries) if e.archive]
        if archives:
            for d, a in match_archive(entries, batch, archives, settings.match_share).items():
                analysis.repeated[d] = self._repeated(d, a, labels, docs_of, settings)
        return analysis

    def _passages(self, d, own, runs, labels, docs_of, settings) -> list[Copied]:
        """Merge a report's runs (partner, first, last) into passages."""
        import numpy as np

        entry = self.entries[d]
        chars = entry.fp.chars.tolist()
        spans = sorted((first, last) for _, first, last in runs)
        merged: list[list[int]] = []
        for first, last in spans:
            if merged and first <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], last)
            else:
                merged.append([first, last])
        passages = []
        for first, last in merged:
            groups = np.unique(own[first:last + 1])
            partners = set()
            for partner, run_first, run_last in runs:
                if run_last < first or run_first > last:
                    continue
                if partner == WIDE:  # the reports that have the run's first and last sentence
                    both = np.intersect1d(docs_of(int(own[run_first])), docs_of(int(own[run_last])),
                                          assume_unique=True)
                    partners.update(p for p in both.tolist() if p != d and not self.entries[p].archive)
                else:
                    partners.add(partner)
            others: dict[int, list] = {}
            wanted = set(groups.tolist())
            for partner in sorted(partners)[:settings.max_related]:
                other = self.entries[partner]
                theirs = labels[other.offset:other.offset + len(other.fp)].tolist()
                hits = [i for i, group in enumerate(theirs) if group in wanted]
                others[partner] = [(int(other.fp.starts[i]), int(other.fp.ends[j]))
                                   for i, j in _consecutive(hits, settings.max_gap)]
            passages.append(Copied(first, last, sum(chars[first:last + 1]), others, len(partners)))
        return passages

    def _repeated(self, d, a, labels, docs_of, settings) -> Repeated:
        import numpy as np

        entry, archive = self.entries[d], self.entries[a]
        own = labels[entry.offset:entry.offset + len(entry.fp)]
        theirs = labels[archive.offset:archive.offset + len(archive.fp)]
        chars = entry.fp.chars.astype(np.int64)
        counted = np.array([len(docs_of(int(g))) > 0 for g in own], dtype=bool)  # not standard wording
        repeated = np.isin(own, theirs) & counted
        total = int(chars[counted].sum())
        share = int(chars[repeated].sum()) / total if total else 0.0
        runs = []
        for i, j in _consecutive(np.nonzero(repeated)[0], settings.max_gap):
            run_chars = int(chars[i:j + 1][repeated[i:j + 1]].sum())
            if run_chars >= settings.min_chars:
                runs.append((int(entry.fp.starts[i]), int(entry.fp.ends[j]), run_chars))
        groups = np.unique(own[repeated])
        hits = np.nonzero(np.isin(theirs, groups))[0]
        archive_runs = [(int(archive.fp.starts[i]), int(archive.fp.ends[j]))
                        for i, j in _consecutive(hits, settings.max_gap)]
        parts = {}
        for element, (start, end) in entry.parts.items():
            inside = (entry.fp.starts >= start) & (entry.fp.ends <= end) & counted
            part_chars = int(chars[inside].sum())
            if part_chars < settings.min_chars:
                continue
            part_share = int(chars[inside & repeated].sum()) / part_chars
            part_groups = np.unique(own[inside & repeated])
            hits = np.nonzero(np.isin(theirs, part_groups))[0]
            spans = [(int(archive.fp.starts[i]), int(archive.fp.ends[j]))
                     for i, j in _consecutive(hits, settings.max_gap)]
            parts[element] = (part_share, (start, end), spans)
        return Repeated(a, share, runs, archive_runs, parts)


def _runs(partners: list[list[int]], chars, settings) -> list[tuple[int, int, int]]:
    """(partner, first row, last row) of every run of rows shared with a
    partner, gaps of ``max_gap`` rows allowed, of at least ``min_chars``."""
    kept = []
    open_runs: dict[int, list[int]] = {}  # partner → [first, last, chars]

    def close(partner, run):
        if run[2] >= settings.min_chars:
            kept.append((partner, run[0], run[1]))

    gap = settings.max_gap
    for i, others in enumerate(partners):
        for partner in others:
            run = open_runs.get(partner)
            if run is not None and i - run[1] - 1 <= gap:
                run[1] = i
                run[2] += chars[i]
            else:
                if run is not None:
                    close(partner, run)
                open_runs[partner] = [i, i, chars[i]]
        if open_runs:
            for partner in [p for p, run in open_runs.items() if i - run[1] > gap]:
                close(partner, open_runs.pop(partner))
    for partner, run in open_runs.items():
        close(partner, run)
    return kept


def _consecutive(indices, gap: int):
    """Sorted row indices → (first, last) of runs with gaps of at most ``gap``."""
    runs = []
    for i in indices:
        i = int(i)
        if runs and i - runs[-1][1] - 1 <= gap:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return [(first, last) for first, last in runs]


def _parts(fp, checklist, wanted) -> dict:
    """element id → (start, end): the span of each wanted checklist part,
    from the line the checklist gives and the outline nodes of the fingerprint:
    a heading's section, or an opening paragraph up to the next heading or the
    next part."""
    nodes = fp.nodes
    if not len(nodes):
        return {}
    by_line = {int(row[0]): row for row in nodes}
    found = {item.id: by_line.get(item.line) for item in checklist
             if item.status != "missing" and item.line is not None}
    found = {k: v for k, v in found.items() if v is not None}
    starts = sorted(int(v[1]) for v in found.values())
    heading_starts = [int(row[1]) for row in nodes if row[3] > 0]
    parts = {}
    for element in wanted:
        row = found.get(element)
        if row is None:
            continue
        start, end, level = int(row[1]), int(row[2]), int(row[3])
        if level == 0:
            end = min([s for s in heading_starts if s > start] + [int(nodes[-1][2])])
        end = min([s for s in starts if s > start] + [end])
        parts[element] = (start, end)
    return parts


# --------------------------------------------------------------------------- archive pairing


def _bigrams(text: str) -> set:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def _dice(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


_DIGITS = regexstore.compile(r"[0-9]+")


def _stem(path: str) -> str:
    return _DIGITS.sub("", os.path.splitext(os.path.basename(path))[0])


def pairing_score(entry: Entry, other: Entry) -> float:
    """How surely two reports are the same unit's: the units named in their
    titles (Dice coefficient of character pairs), else their file names
    without figures (the same)."""
    from linter.similar.mask import unit_key

    if entry.fp.unit and other.fp.unit:
        return _dice(unit_key(entry.fp.unit), unit_key(other.fp.unit))
    return _dice(_stem(entry.path), _stem(other.path))


def match_archive(entries, batch, archives, minimum: float) -> dict:
    """report entry → archive entry of the same unit, one to one, best score first."""
    scored = []
    for d in batch:
        for a in archives:
            score = pairing_score(entries[d], entries[a])
            if score >= minimum:
                scored.append((-score, d, a))
    scored.sort()
    matched, used = {}, set()
    for _, d, a in scored:
        if d not in matched and a not in used:
            matched[d] = a
            used.add(a)
    return matched
