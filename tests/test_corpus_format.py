"""The corpora (tests/corpus/, the development set; tests/corpus-holdout/, the blind set
written afterwards by someone who never saw the rules) are well formed: every truth file is valid.

Format: /work/briefs/corpus-format.md as summarised in scripts/evaluate.py — one truth file
(<name>.truth.yaml) beside each document, the genre's every checklist element listed, line
ranges inside the file, the title where title_lines say, placeholder/residue strings in the text.
"""

import datetime
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("corpus_evaluate", ROOT / "scripts" / "evaluate.py")
evaluate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evaluate)

#: every corpus folder (tests/corpus, tests/corpus-holdout, tests/corpus-holdoutN), a new one included
CORPORA = sorted(path for path in (ROOT / "tests").glob("corpus*") if path.is_dir())
TRUTHS = [path for corpus in CORPORA for path in evaluate.truth_files(corpus)]
KEYS = {"genre", "year", "period", "date", "unit", "title", "title_lines", "elements",
        "placeholders", "residue"}
PERIOD = re.compile(r"^(年度|一季度|上半年|前三季度|截至\d{1,2}月|\d{4}年以来)$")


def _id(path):
    return f"{path.parent.parent.name}/{path.parent.name}/{path.name[:-len('.truth.yaml')]}"


def test_every_corpus_folder_is_read():
    # (666 folders and 10,919 truth files in session 59: a glob that found fewer would check less)
    assert len(CORPORA) >= 666 and ROOT / "tests" / "corpus" in CORPORA and len(TRUTHS) >= 10919


def test_corpus_has_documents_of_every_genre():
    genres = {p.parent.name for p in TRUTHS}
    assert "qmcz-annual-report" in genres
    assert genres <= set(evaluate.GENRE_ELEMENTS), genres - set(evaluate.GENRE_ELEMENTS)


def test_every_document_has_a_truth_file():
    docs = [p for corpus in CORPORA for p in corpus.glob("*/*") if p.suffix in evaluate.DOC_SUFFIXES]
    lonely = [d for d in docs if not d.with_suffix(".truth.yaml").exists()]
    assert not lonely, lonely


#: A line this much longer than the title it opens holds the text run on after it (line breaks lost).
_RUN_ON = 40


@pytest.mark.parametrize("truth_path", TRUTHS, ids=_id)
def test_truth_file_is_valid(truth_path):
    truth = evaluate.load_truth(truth_path)
    doc = evaluate.document_for(truth_path)
    assert doc is not None, "no document beside the truth file"
    assert isinstance(truth, dict) and KEYS <= set(truth), KEYS - set(truth or {})

    genre = truth["genre"]
    assert genre in evaluate.GENRE_ELEMENTS
    assert truth_path.parent.name == genre, "a document sits in its genre's directory"
    assert truth["year"] is None or 2000 <= truth["year"] <= 2100
    assert truth["period"] is None or PERIOD.match(str(truth["period"])), truth["period"]
    assert truth["date"] is None or isinstance(truth["date"], datetime.date)
    assert isinstance(truth["unit"], str) and truth["unit"]

    if doc.suffix == ".docx":
        return  # paragraphs, not lines: only the fields above can be checked here
    text = evaluate.read_text(doc)  # (UTF-8, or a GBK file a set holds on purpose)
    lines = evaluate.read_lines(doc)

    elements = truth["elements"]
    assert set(elements) == set(evaluate.GENRE_ELEMENTS[genre]), \
        set(elements) ^ set(evaluate.GENRE_ELEMENTS[genre])
    for element, value in elements.items():
        if value is None:
            continue
        first, last = value["lines"]
        assert 1 <= first <= last <= len(lines), (element, value)
        assert lines[first - 1].strip(), f"{element} starts on an empty line {first}"

    # The lines the title occupies, in order; a line left out between two of them must be blank
    # (so [1, 3] around an empty line 2 reads the same whether meant as a list or a range).
    title_lines = truth["title_lines"]
    assert title_lines and title_lines == sorted(set(title_lines)), title_lines
    assert 1 <= title_lines[0] and title_lines[-1] <= len(lines)
    span = range(title_lines[0], title_lines[-1] + 1)
    assert all(lines[n - 1].strip() for n in title_lines)
    assert not [n for n in span if n not in title_lines and lines[n - 1].strip()], title_lines
    # Markdown “# ”, “> ” quotes, **bold**, a pandoc front matter's “title:” key
    shown = raw = "".join(re.sub(r"^\s*(?:>\s*)*#*|\*\*|^title:", "", lines[n - 1]) for n in span)
    for junk in truth["residue"] or []:  # e.g. a site's “标题：” prefix on the title line (at either end only:
        shown = shown.strip()                # a residue line “0” is no part of a title's 2025)
        if junk and shown.startswith(junk):
            shown = shown[len(junk):]
        if junk and shown.endswith(junk):
            shown = shown[:-len(junk)]
    # (or the line as it is: a page header that repeats the unit's name opening the title)
    title = re.sub(r"\s", "", truth["title"])
    if sum(1 for line in lines if line.strip()) == 1:  # (a text run into one line, holdout288's chat answer: its title
        assert title in re.sub(r"\s", "", raw)         # is a part of that line)
    else:
        candidates = {re.sub(r"\s", "", shown), re.sub(r"\s", "", raw)}
        salutation = (truth["elements"] or {}).get("salutation")
        if salutation and salutation["lines"][0] == title_lines[-1]:
            # (a speech's salutation on the title's line: 在……座谈会上的发言 各位领导、同志们：)
            candidates = {line[:len(title)] for line in candidates}
        elif len(title_lines) == 1:
            # (… or a form's field holding the title: 报告标题：中共……的报告, holdout543)
            candidates |= {re.sub(r"^(?:报告|材料)?(?:标题|题目)[:：]", "", c) for c in candidates}
            # (a text whose line breaks an online form lost: the title opens a line the text runs on in, after the
            # form's label — 正文：, 报告标题： — holdout543)
            candidates |= {line[:len(title)] for line in (re.sub(r"^[^:：]{1,6}[:：]", "", c) for c in set(candidates))
                           if len(line) > len(title) + _RUN_ON}
        assert title in candidates

    for key in ("placeholders", "residue"):
        for needle in truth[key] or []:
            assert needle and needle in text, (key, needle)
