"""A run that compares reports: hold the results, analyse, add the findings, stream on.

``zhidang check --similar`` / ``--compare-with`` and ``zhidang report
--similar`` wrap the ordered outcomes of :func:`linter.runner.outcomes` in
:meth:`Comparison.outcomes`:

1. **pass 1** (the pool, ``-j``): each file is checked as usual and its
   worker also returns the file's fingerprint (``Job.detail``, see
   :mod:`linter.similar.fingerprint`). The parent adds the fingerprint to the
   index and keeps the result pickled and compressed (a few KB), not the
   text;
2. the archive (``--compare-with``) goes through the same pool, fingerprints
   only kept;
3. the analysis (:mod:`linter.similar.analysis`) on the fingerprints;
4. **re-reading**: only the reports with a shared or repeated passage, and
   the reports they share it with, are read again (no parsing) to turn
   offsets into lines, columns and excerpts;
5. the results are unpacked in input order, given their new findings (the
   file's own rulebook, ``select``/``ignore``), and streamed to the reporter.

Memory: the fingerprints (~50 bytes per sentence), the packed results, and the
excerpts of the passages found.
"""

from __future__ import annotations

import os
import pickle
import re
import zlib

from linter import regexstore, sources
from linter.errors import UserError
from linter.results import FileResult, Finding, Occurrence
from linter.similar.analysis import Index, Settings
from linter.similar.fingerprint import Fingerprinter
from linter.similar.model import ArchiveMatch, Passage, Place, Report, Similarity

SHARED, ARCHIVE, TEMPLATE = "shared-text", "archive-text", "template-text"
#: In a rule's examples: the line between two documents of a batch.
SEPARATOR = regexstore.compile(r"^=====[ \t]*\n", re.M)
#: File names quoted in a copied-passage message.
OTHERS_SHOWN = 3


def rule_of(book, rule_type: str):
    """The first rule of ``rule_type`` in ``book``, or None."""
    return next((rule for rule in book.rules if rule.type == rule_type), None)


def settings_of(shared, archive=None) -> Settings:
    o = shared.options
    settings = Settings(min_chars=o["min-chars"], min_sentence=o["min-sentence"], max_gap=o["max-gap"],
                        similarity=o["similarity"], common_share=o["common-share"], common_min=o["common-min"],
                        min_reports=o["min-reports"], max_related=o["max-related"])
    if archive is not None:
        settings.parts = tuple(archive.options["parts"])
        settings.match_share = archive.options["match-share"]
    return settings


class Comparison:
    """One run's comparison of its reports (and of an archive)."""

    def __init__(self, plan, job, *, rulebook: str | None = None, archive=(), jobs=None, batch: bool = True):
        book = plan.default
        self.shared = rule_of(book, SHARED)
        self.archive_rule = rule_of(book, ARCHIVE)
        if self.shared is None:
            raise UserError(f"规则库 {book.id} 中没有比较报告的规则（类型 {SHARED}，如 copied-passage）")
        if archive and self.archive_rule is None:
            raise UserError(f"规则库 {book.id} 中没有与往年报告比较的规则（类型 {ARCHIVE}，如 copied-from-archive）")
        for path in archive:
            if not os.path.exists(path):
                raise UserError(f"{path}: 往年报告的目录或文件不存在（--compare-with）")
        self.plan, self.job, self.jobs = plan, job, jobs
        self.rulebook = rulebook
        self.batch = batch  # report passages shared within the batch (--similar), not only the archive
        self.archive_paths = list(archive)
        self.settings = settings_of(self.shared, self.archive_rule)
        self.masker = self.shared.options["units"]
        job.detail = Fingerprinter(self.masker, self.settings.min_sentence, then=job.detail)
        self.similarity: Similarity | None = None
        self.model = False  # build the Similarity (collect(): zhidang report)

    # ------------------------------------------------------------------ the run

    def outcomes(self, outcomes):
        """The outcomes of pass 1, in the same order, with the comparison's findings."""
        index = Index(self.settings)
        held, entry_at = [], {}
        for outcome in outcomes:
            if isinstance(outcome, FileResult) and isinstance(outcome.detail, tuple):
                fp, outcome.detail = outcome.detail
                if outcome.path != sources.STDIN:
                    entry_at[len(held)] = index.add(outcome.path, fp, checklist=outcome.checklist)
                else:
                    outcome.notices.append("标准输入不参与报告之间的比较")
            held.append(zlib.compress(pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL), 1))
        notices = self._archive(index, {os.path.realpath(e.path) for e in index.entries})
        analysis = index.analyse()
        made = Findings(self, index, analysis, model=self.model)
        self.similarity = made.similarity
        for position, blob in enumerate(held):
            outcome = pickle.loads(zlib.decompress(blob))
            held[position] = None
            if isinstance(outcome, FileResult):
                if notices:
                    outcome.notices.extend(notices)
                    notices = []
                entry = entry_at.get(position)
                if entry is not None:
                    self._add(outcome, position, made.findings_for(entry))
            yield outcome

    def collect(self, outcomes):
        """Every outcome in a :class:`RunResult`, with ``run.similarity``."""
        from linter.results import RunResult

        run = RunResult()
        self.model = True
        for outcome in self.outcomes(outcomes):
            run.add(outcome)
        run.similarity = self.similarity
        return run

    def _archive(self, index, batch_paths) -> list[str]:
        """Fingerprint the archive (through the same pool) into ``index``."""
        if not self.archive_paths:
            return []
        from linter import engine, runner, settings

        plan = settings.resolve(self.archive_paths, settings.Options(rulebook=self.rulebook, no_config=True))
        plan.items = [item for item in plan.items
                      if not isinstance(item, tuple) or os.path.realpath(item[0]) not in batch_paths]
        job = engine.Job(plan.settings, encoding=self.job.encoding, max_bytes=self.job.max_bytes,
                         detail=Fingerprinter(self.masker, self.settings.min_sentence))
        notices = []
        for outcome in runner.outcomes(plan, job, jobs=self.jobs):
            if isinstance(outcome, FileResult):
                index.add(outcome.path, outcome.detail[0], archive=True, checklist=outcome.checklist)
            else:
                notices.append(f"往年报告 {outcome.path} 无法读取：{outcome.message}")
        return notices

    def _add(self, result: FileResult, position: int, findings: list[Finding]) -> None:
        if not findings:
            return
        item = self.plan.items[position]
        keeps = self.plan.settings[item[1]].keeps
        book = self.plan.books.get(result.rulebook)
        rules = book.rules if book is not None else []
        known = {rule.id for rule in rules}
        template_ids = {rule.id for rule in rules if rule.type == TEMPLATE}
        templates = [(f.start, f.end) for f in result.findings if f.start is not None and f.rule in template_ids]
        added = []
        for finding in findings:
            if finding.rule not in known or not keeps(finding.rule):
                continue
            if finding.rule == self.shared.id and not self.batch:
                continue  # --compare-with alone: the archive only
            if finding.rule == self.shared.id and any(s < finding.end and finding.start < e for s, e in templates):
                continue  # template text is reported as such (template-passage), not as copied
            added.append(finding)
        if added:
            result.findings = sorted(result.findings + added, key=Finding.sort_key)


# --------------------------------------------------------------------------- findings


class Findings:
    """The analysis as findings per report entry, and as a :class:`Similarity`:
    re-reads the reports concerned for positions and excerpts."""

    def __init__(self, comparison, index, analysis, load=None, model: bool = True):
        self.comparison, self.index, self.analysis = comparison, index, analysis
        self.load = load or self._load
        self._places: dict[tuple, Place] = {}
        self._titles = {e.id: e.title for book in comparison.plan.books.values() for e in book.elements}
        self._read()
        #: the run's Similarity (``model``: for zhidang report; check does not keep it)
        self.similarity = self._similarity() if model else None

    def _load(self, entry: int):
        from linter import engine

        return engine.load(self.index.entries[entry].path, self.comparison.job)

    def _wanted(self):
        settings, analysis = self.comparison.settings, self.analysis
        wanted: dict[int, set] = {}
        for d, passages in analysis.copied.items():
            for copied in passages:
                fp = self.index.entries[d].fp
                wanted.setdefault(d, set()).add((int(fp.starts[copied.first]), int(fp.ends[copied.last])))
                for partner, spans in copied.others.items():
                    wanted.setdefault(partner, set()).update(spans)
        for d, repeated in analysis.repeated.items():
            wanted.setdefault(d, set()).update((s, e) for s, e, _ in repeated.runs)
            wanted.setdefault(repeated.archive, set()).update(repeated.archive_runs)
            for _, span, spans in repeated.parts.values():
                wanted[d].add(span)
                wanted[repeated.archive].update(spans)
        del settings
        return wanted

    def _read(self):
        from linter.results import FileError

        for entry_index, spans in sorted(self._wanted().items()):
            source = self.load(entry_index)
            if isinstance(source, FileError):
                continue
            for start, end in spans:
                self._places[(entry_index, start, end)] = _place(source, entry_index, start, end)

    def place(self, entry: int, start: int, end: int) -> Place | None:
        return self._places.get((entry, start, end))

    # ------------------------------------------------------------------

    def _similarity(self) -> Similarity:
        entries = self.index.entries
        batch = [i for i, e in enumerate(entries) if not e.archive]
        report_of = {entry: n for n, entry in enumerate(batch)}
        similarity = Similarity(frequency_filter=self.analysis.frequency_filter)
        for d in batch:
            e = entries[d]
            similarity.reports.append(Report(e.path, e.fp.unit, e.fp.year, self.analysis.chars.get(d, 0)))
        for (d, p), share in self.analysis.matrix.items():
            similarity.matrix[(report_of[d], report_of[p])] = share
        seen = set()
        for d in batch:
            fp = entries[d].fp
            for copied in self.analysis.copied.get(d, []):
                own = (d, int(fp.starts[copied.first]), int(fp.ends[copied.last]))
                spans = [own] + [(p, s, e) for p, ss in copied.others.items() for s, e in ss]
                key = frozenset(spans)
                if key in seen:
                    continue
                seen.add(key)
                places = [self._relabel(self.place(*span), report_of[span[0]]) for span in spans]
                places = [p for p in places if p is not None]
                if len(places) > 1:
                    similarity.passages.append(Passage("batch", copied.chars, places))
        for d, repeated in self.analysis.repeated.items():
            archive = entries[repeated.archive]
            match = ArchiveMatch(archive.path, archive.fp.year, repeated.share,
                                 {k: v[0] for k, v in repeated.parts.items()})
            match.places = [p for p in (self._relabel(self.place(d, s, e), report_of[d])
                                        for s, e, _ in repeated.runs) if p]
            match.archive_places = [p for p in (self._relabel(self.place(repeated.archive, s, e), -1)
                                                for s, e in repeated.archive_runs) if p]
            similarity.reports[report_of[d]].archive = match
        return similarity

    @staticmethod
    def _relabel(place, report):
        if place is None:
            return None
        return Place(report, place.start, place.end, place.line, place.column, place.end_line,
                     place.end_column, place.excerpt, place.location)

    def _related(self, entry: int, spans) -> list[dict]:
        path = self.index.entries[entry].path
        out = []
        for start, end in spans:
            place = self.place(entry, start, end)
            if place is not None:
                out.append(place.to_dict(path))
        return out

    def findings_for(self, d: int) -> list[Finding]:
        """The findings of report entry ``d``, made when it is output (the
        places are shared; the findings of one report at a time are held)."""
        comparison, entries = self.comparison, self.index.entries
        shared, settings = comparison.shared, comparison.settings
        made = []
        fp = entries[d].fp
        for copied in self.analysis.copied.get(d, ()):
            own = self.place(d, int(fp.starts[copied.first]), int(fp.ends[copied.last]))
            if own is None:
                continue
            partners = sorted(copied.others)
            related = []
            for partner in partners[:settings.max_related]:
                related.extend(self._related(partner, copied.others[partner]))
            names = [os.path.basename(entries[p].path) for p in partners]
            others = "、".join(names[:OTHERS_SHOWN]) + ("等" if copied.count > OTHERS_SHOWN else "")
            message = shared.message.format(match=own.excerpt, title=shared.title, count=copied.count,
                                            chars=copied.chars, others=others)
            made.append(_finding(shared.id, shared.severity, message, own, related))
        repeated = self.analysis.repeated.get(d)
        if repeated is not None:
            made.extend(self._archive_findings(d, repeated))
        made.sort(key=Finding.sort_key)
        return made

    def _archive_findings(self, d: int, repeated) -> list[Finding]:
        rule = self.comparison.archive_rule
        archive = self.index.entries[repeated.archive]
        year = archive.fp.year or _year_of(archive.path)
        fields = {"year": year if year else "往", "archive": os.path.basename(archive.path)}
        made = []
        if repeated.share >= rule.options["min-share"]:
            related = self._related(repeated.archive, repeated.archive_runs)
            places = [self.place(d, s, e) for s, e, _ in repeated.runs]
            places = [p for p in places if p is not None]
            message = rule.message.format(match="", title=rule.title, percent=round(100 * repeated.share), **fields)
            if places:
                finding = _finding(rule.id, rule.severity, message, places[0], related)
                if len(places) > 1:
                    finding.occurrences = [_occurrence(p) for p in places]
            else:
                finding = Finding(rule=rule.id, severity=rule.severity, message=message, related=related or None)
            made.append(finding)
        for element, (share, (start, end), spans) in repeated.parts.items():
            if share < rule.options["part-share"]:
                continue
            place = self.place(d, start, end)
            if place is None:
                continue
            message = rule.options["part-message"].format(
                match=place.excerpt, title=rule.title, part=self._titles.get(element, element),
                percent=round(100 * share), **fields)
            made.append(_finding(rule.id, rule.options["part-severity"], message, place,
                                 self._related(repeated.archive, spans)))
        return made


def _year_of(path: str) -> int | None:
    match = re.search(r"(19|20)\d\d", os.path.basename(path))
    return int(match.group()) if match else None


def _place(source, entry: int, start: int, end: int) -> Place:
    text = source.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    line, column = source.position(start)
    excerpt = source.text[start:end]
    if "\n" in excerpt:
        end_line, end_column = source.position(end)
    else:
        end_line, end_column = line, column + end - start
    return Place(entry, start, end, line, column, end_line, end_column, excerpt, source.location(start))


def _finding(rule_id, severity, message, place: Place, related) -> Finding:
    return Finding(rule=rule_id, severity=severity, message=message, line=place.line, column=place.column,
                   end_line=place.end_line, end_column=place.end_column, excerpt=place.excerpt,
                   location=place.location, start=place.start, end=place.end, related=related or None)


def _occurrence(place: Place) -> Occurrence:
    return Occurrence(place.line, place.column, place.end_line, place.end_column, place.excerpt,
                      place.location, place.start, place.end)


# --------------------------------------------------------------------------- examples


def example(rulebook, rule, text: str) -> list[tuple]:
    """A cross-document rule's example: the documents of ``text`` (separated
    by a line ``=====``) compared in memory; ``(start, end)`` offsets into
    ``text`` of the rule's findings (``(None, None)``: about a whole report).
    For ``archive-text`` the first document is this year's report and the
    others the archive."""
    from linter.engine import build_document, run_rules
    from linter.similar.fingerprint import fingerprint
    from linter.sources.base import Source

    shared = rule_of(rulebook, SHARED)
    archive_rule = rule_of(rulebook, ARCHIVE)
    settings = settings_of(shared, archive_rule)
    masker = shared.options["units"]
    offsets, parts, last = [], [], 0
    for match in SEPARATOR.finditer(text):
        offsets.append(last)
        parts.append(text[last:match.start()])
        last = match.end()
    offsets.append(last)
    parts.append(text[last:])
    index = Index(settings)
    docs = {}
    for number, part in enumerate(parts):
        doc = build_document(Source(path=f"<示例 {number + 1}>", text=part))
        checklist = run_rules(doc, rulebook).checklist
        entry = index.add(doc.source.path, fingerprint(doc, masker, settings.min_sentence),
                          archive=rule.type == ARCHIVE and number > 0, checklist=checklist)
        docs[entry] = doc.source

    class _Run:
        job = None

    comparison = _Run()
    comparison.shared, comparison.archive_rule, comparison.settings = shared, archive_rule, settings
    comparison.plan = type("Plan", (), {"books": {rulebook.id: rulebook}})()
    made = Findings(comparison, index, index.analyse(), load=docs.__getitem__)
    hits = []
    for entry in range(len(index.entries)):
        for finding in made.findings_for(entry):
            if finding.rule != rule.id:
                continue
            base = offsets[entry]
            hits.append((None, None) if finding.start is None else (base + finding.start, base + finding.end))
    return hits
