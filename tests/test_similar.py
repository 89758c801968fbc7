"""Reports compared with one another (issue 16): copied passages, last year's
report, template sentences.

tests/similar/batch holds six reports of 2024 (the unit in each title): 城关镇 and 新华镇 share three
paragraphs (names, a person, figures changed), 县交通运输局 repeats its 2023
problems part (tests/similar/archive), 县第一中学 uses a template sentence,
县人民医院 and 县市场监督管理局 are their own. All six open and close with the
same standard formulations.
"""

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEED, run_zhidang
from linter.cli import cli

BATCH = ROOT / "tests" / "similar" / "batch"
ARCHIVE = ROOT / "tests" / "similar" / "archive"
RULES = "copied-passage,copied-from-archive,template-passage"
CHENGGUAN = "2024-chengguan-town.txt"
XINHUA = "2024-xinhua-town.txt"
TRANSPORT = "2024-county-transport-bureau.txt"
SCHOOL = "2024-county-no1-middle-school.txt"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def findings(output: str) -> dict:
    """file name → [(rule, line, end_line, related [(file name, line, end_line)])]."""
    data = json.loads(output)
    assert data["version"] == 1
    found = {}
    for entry in data["files"]:
        name = entry["path"].replace("\\", "/").rsplit("/", 1)[-1]
        for f in entry["findings"]:
            related = [(r["path"].replace("\\", "/").rsplit("/", 1)[-1], r["line"], r["end_line"])
                       for r in f.get("related", [])]
            found.setdefault(name, []).append((f["rule"], f["line"], f["end_line"], related))
    return found


@pytest.fixture(scope="module")
def batch_json():
    result = invoke("check", "--similar", "--compare-with", ARCHIVE, "--select", RULES, "-f", "json", BATCH)
    assert result.exit_code == 1, result.output  # the repeated problems part is an error
    return result.output


def test_findings_exactly_where_the_batch_copies(batch_json):
    assert findings(batch_json) == {
        # the political paragraph (line 4) and the organizational + conduct paragraphs (8–10, one run)
        CHENGGUAN: [("copied-passage", 4, 4, [(XINHUA, 4, 4)]),
                    ("copied-passage", 8, 10, [(XINHUA, 8, 10)])],
        XINHUA: [("copied-passage", 4, 4, [(CHENGGUAN, 4, 4)]),
                 ("copied-passage", 8, 10, [(CHENGGUAN, 8, 10)])],
        # the problems part (heading 15, text 16) is last year's
        TRANSPORT: [("copied-from-archive", 15, 16, [("2023-county-transport-bureau.txt", 16, 16)])],
        SCHOOL: [("template-passage", 16, 16, [])],
    }


def test_copied_passage_json_carries_the_other_reports_places(batch_json):
    data = json.loads(batch_json)
    entry = next(e for e in data["files"] if e["path"].endswith(CHENGGUAN))
    finding = entry["findings"][0]
    assert finding["severity"] == "warning"
    assert finding["message"].startswith("与其他1份报告有相同的段落（")
    assert finding["excerpt"].startswith("城关镇党委把学习贯彻")
    (related,) = finding["related"]
    assert set(related) == {"path", "line", "column", "end_line", "end_column", "excerpt"}
    assert related["excerpt"].startswith("新华镇党委把学习贯彻") and "李卫东" in related["excerpt"]
    assert related["column"] == 1 and related["end_column"] == 1 + len(related["excerpt"])


def test_the_repeated_problems_part_is_an_error_naming_the_year(batch_json):
    data = json.loads(batch_json)
    entry = next(e for e in data["files"] if e["path"].endswith(TRANSPORT))
    (finding,) = entry["findings"]
    assert finding["severity"] == "error"
    assert finding["message"].startswith("“存在问题”部分与2023年报告重复100%（2023-county-transport-bureau.txt）")
    assert finding["excerpt"].startswith("七、存在的问题\n一是对工程建设领域")


def test_standard_formulations_are_ignored_by_frequency_not_by_a_list(tmp_path):
    # Two reports alone cannot tell a standard formulation from a copy: the
    # opening paragraph and the closing sentence every unit writes are then reported …
    for name in ("2024-county-hospital.txt", "2024-county-market-regulation.txt"):
        shutil.copy(BATCH / name, tmp_path / name)
    two = findings(invoke("check", "--similar", "--select", RULES, "-f", "json", tmp_path).output)
    assert {(rule, line) for items in two.values() for rule, line, _, _ in items} == {("copied-passage", 2),
                                                                                         ("copied-passage", 18)}
    # … in the batch of six it is in every report: nothing (test above).


def test_a_report_matches_its_archive_by_unit_and_the_measure_is_kept(tmp_path):
    from linter import engine, runner, settings
    from linter.similar.batch import Comparison

    plan = settings.resolve([str(BATCH)], settings.Options(no_config=True))
    job = engine.Job(plan.settings)
    comparison = Comparison(plan, job, archive=[str(ARCHIVE)])
    run = comparison.collect(runner.outcomes(plan, job))
    similarity = run.similarity
    by_name = {r.path.rsplit("/", 1)[-1]: r for r in similarity.reports}
    transport = by_name[TRANSPORT].archive
    assert transport.path.endswith("2023-county-transport-bureau.txt") and transport.year == 2023
    assert transport.parts["problems"] == 1.0 and 0.1 < transport.share < 0.3  # below min-share: no measure finding
    hospital = by_name["2024-county-hospital.txt"].archive
    assert hospital.path.endswith("2023-county-hospital.txt") and hospital.share == 0.0
    assert by_name[CHENGGUAN].archive is None  # no 2023 report of 城关镇
    # the data of the HTML view: each shared passage once, with every place
    assert [sorted((p.report, p.line) for p in passage.places) for passage in similarity.passages] == [
        sorted([(list(by_name).index(CHENGGUAN), 4), (list(by_name).index(XINHUA), 4)]),
        sorted([(list(by_name).index(CHENGGUAN), 8), (list(by_name).index(XINHUA), 8)]),
    ]
    i, j = list(by_name).index(CHENGGUAN), list(by_name).index(XINHUA)
    assert set(similarity.matrix) == {(i, j), (j, i)} and 0.2 < similarity.matrix[(i, j)] < 0.5
    assert similarity.frequency_filter
    json.dumps(similarity.to_dict(), ensure_ascii=False)


def test_a_high_share_gives_the_measure_at_every_repeated_passage(tmp_path):
    (tmp_path / "2024").mkdir()
    (tmp_path / "2023").mkdir()
    text = (BATCH / "2024-county-hospital.txt").read_text(encoding="utf-8")
    (tmp_path / "2023" / "医院2023.txt").write_text(text.replace("2024", "2023"), encoding="utf-8")
    lines = text.splitlines()
    assert lines[5].startswith("以医德医风教育为重点")
    lines[5] = ("院党委围绕胸痛中心、卒中中心建设组织党员专家到乡镇卫生院坐诊。全年下沉门诊1600人次，带教基层医生38名。"
                "对口帮扶的两家卫生院开通了远程心电诊断。")
    (tmp_path / "2024" / "医院2024.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("check", "--compare-with", tmp_path / "2023", "--select", RULES, "-f", "json", tmp_path / "2024")
    (entry,) = json.loads(result.output)["files"]
    measure = [f for f in entry["findings"] if f["severity"] == "warning"]
    (finding,) = measure
    assert finding["rule"] == "copied-from-archive"
    assert finding["message"].startswith("与2023年报告重复") and "医院2023.txt" in finding["message"]
    percent = int(finding["message"].split("重复")[1].split("%")[0])
    assert 70 <= percent < 100
    assert len(finding["occurrences"]) == 2  # before and after the rewritten paragraph
    assert finding["related"]
    # --compare-with alone does not compare the batch's reports with one another
    assert all(f["rule"] != "copied-passage" for f in entry["findings"])


def test_traditional_script_and_punctuation_do_not_hide_a_copy(tmp_path):
    from linter.normalize import normalize
    from linter.similar.batch import rule_of
    from linter import rulebook

    masker = rule_of(rulebook.load(), "shared-text").options["units"]
    simplified = "城关镇党委坚持把学习贯彻习近平总书记重要讲话精神作为首要政治任务，全年召开学习会12次。"
    traditional = "新華鎮黨委堅持把學習貫徹習近平總書記重要講話精神作為首要政治任務,全年召開學習會10次."
    assert masker.key(normalize(simplified)) == masker.key(normalize(traditional))
    assert masker.key(normalize(simplified)) == "@坚持把学习贯彻习近平总书记重要讲话精神作为首要政治任务全年召开学习会#次"


def test_unit_names_come_from_the_title(rulebook):
    from linter.similar.batch import rule_of

    masker = rule_of(rulebook, "shared-text").options["units"]
    assert masker.unit_names("中共临河县人民医院委员会关于2024年度落实全面从严治党主体责任情况的报告") == [
        "临河县人民医院委员会", "临河县人民医院"]
    assert masker.unit_names("市妇联党组2023年全面从严治党主体责任落实情况报告") == ["市妇联党组", "市妇联"]
    assert masker.unit_names("2023年度城关镇党委落实全面从严治党主体责任情况报告") == ["城关镇党委", "城关镇"]


def test_archive_pairs_by_file_name_when_titles_name_no_unit():
    from linter.similar.analysis import Entry, match_archive

    class Fp:
        def __init__(self, unit=""):
            self.unit = unit

    entries = [Entry("今年/2024年城南街道报告.txt", Fp(), False), Entry("今年/2024年城北街道报告.txt", Fp(), False),
               Entry("去年/2023年城北街道报告.txt", Fp(), True), Entry("去年/2023年城南街道报告.txt", Fp(), True)]
    assert match_archive(entries, [0, 1], [2, 3], 0.6) == {0: 3, 1: 2}
    entries[0].fp, entries[3].fp = Fp("第一中学党支部"), Fp("第二中学党支部")
    assert match_archive(entries, [0], [3], 0.9) == {}  # 第一中学 is not 第二中学


def test_template_sentence_near_match_and_no_false_hit(rulebook):
    from linter.engine import check_source
    from linter.sources.base import Source

    def template_hits(text):
        result = check_source(Source(path="t.txt", text=text), rulebook)
        return [f.excerpt for f in result.findings if f.rule == "template-passage"]

    assert template_hits("七、存在的问题\n一是理论学习的系统性和深入性还不够，学用结合也不够紧密。\n") == [
        "一是理论学习的系统性和深入性还不够，学用结合也不够紧密。"]
    assert template_hits("七、存在的问题\n一是新任村干部对“三资”管理制度不熟悉，有3个村的合同台账不完整。\n") == []


def test_configured_compare_with(tmp_path):
    work = tmp_path / "报告"
    work.mkdir()
    shutil.copy(BATCH / TRANSPORT, work / TRANSPORT)
    shutil.copytree(ARCHIVE, tmp_path / "往年")
    (tmp_path / ".zhidang.yaml").write_text("compare-with: 往年\n", encoding="utf-8")
    result = run_zhidang("check", "--select", RULES, "-f", "json", str(work))
    assert result.returncode == 1, result.stderr.decode()
    (entry,) = json.loads(result.stdout)["files"]
    # one report and one archive report: too few to tell standard formulations, so the
    # measure counts them too; the problems part is the unit's own and repeated
    assert {f["rule"] for f in entry["findings"]} == {"copied-from-archive"}
    assert any(f["message"].startswith("“存在问题”部分与2023年报告重复100%") for f in entry["findings"])
    (tmp_path / ".zhidang.yaml").write_text("compare-with: [1]\n", encoding="utf-8")
    result = run_zhidang("check", str(work))
    assert result.returncode == 2
    assert "compare-with 必须是往年报告的目录" in result.stderr.decode()


def test_usage_errors_are_one_line():
    result = invoke("check", "--similar", "--fix", BATCH)
    assert result.exit_code == 2 and "--similar、--compare-with 不能与 --fix 或 --diff 同时使用" in result.output
    result = invoke("check", "--compare-with", BATCH / "没有这个目录", BATCH)
    assert result.exit_code == 2 and "往年报告的目录或文件不存在" in result.output


def test_one_report_and_standard_input(tmp_path):
    result = invoke("check", "--similar", "--select", RULES, BATCH / CHENGGUAN)
    assert result.exit_code == 0, result.output
    result = run_zhidang("check", "--similar", "--select", RULES, "-", str(BATCH / XINHUA),
                         input_bytes=(BATCH / CHENGGUAN).read_bytes())
    assert "标准输入不参与报告之间的比较" in result.stderr.decode()
    assert result.returncode == 0


def test_report_similar_keeps_the_comparison_on_the_run(tmp_path):
    result = invoke("report", "--similar", "--compare-with", ARCHIVE, BATCH, "-o", tmp_path / "r.html")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "copied-passage" in page and "copied-from-archive" in page


def test_check_start_up_does_not_import_the_comparison():
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "linter", "check", str(SEED["000"])],
                            cwd=ROOT, capture_output=True)
    imported = {line.split("|")[-1].strip().split(".")[0] for line in result.stderr.decode().splitlines()
                if line.startswith("import time:")}
    assert "linter" in imported
    assert not imported & {"numpy", "scipy", "datasketch"}
    assert "linter.similar.batch" not in result.stderr.decode()


def test_jobs_give_the_same_comparison(tmp_path):
    for copy in range(3):  # 18 reports: a pool of two workers
        for path in BATCH.glob("*.txt"):
            shutil.copy(path, tmp_path / f"{copy}-{path.name}")
    one = invoke("check", "--similar", "--select", RULES, "-f", "json", "-j", "1", tmp_path)
    two = invoke("check", "--similar", "--select", RULES, "-f", "json", "-j", "2", tmp_path)
    assert one.output == two.output
    copies = findings(one.output)
    # each copy of 城关镇 shares with the other two 城关镇 copies and the three 新华镇
    assert len(copies[f"0-{CHENGGUAN}"]) >= 1


def test_a_passage_in_many_reports_is_followed_as_one_group(monkeypatch, rulebook):
    from linter.engine import build_document
    from linter.similar import analysis
    from linter.similar.batch import rule_of, settings_of
    from linter.similar.fingerprint import fingerprint
    from linter.sources.base import Source

    monkeypatch.setattr(analysis, "WIDE_GROUP", 3)
    shared = rule_of(rulebook, "shared-text")
    settings = settings_of(shared)
    copied = ("镇党委坚持把学习贯彻习近平总书记重要讲话精神作为首要政治任务，全年召开党委理论学习中心组学习会12次，"
              "开展专题研讨4次，组织党员干部赴红色教育基地开展现场教学3次，推动学习教育走深走实。")
    index = analysis.Index(settings)
    for number in range(12):
        own = f"第{number}号课题组围绕{'春夏秋冬'[number % 4]}季防汛检查了{'东南西北'[number // 4]}片区的堤坝和泵站，" \
              f"形成{'甲乙丙丁戊己庚辛壬癸子丑'[number]}类问题清单并逐项整改到位。"
        text = f"单位{number}党委2024年全面从严治党主体责任落实情况报告\n{own}\n" + (copied + "\n" if number < 4 else "")
        doc = build_document(Source(path=f"{number}.txt", text=text))
        index.add(f"{number}.txt", fingerprint(doc, shared.options["units"], settings.min_sentence))
    result = index.analyse()
    assert result.frequency_filter  # 4 of 12 is not standard wording (more than 40 %)
    assert {d for d, passages in result.copied.items() if passages} == {0, 1, 2, 3}
    (passage,) = result.copied[0]
    assert passage.count == 3 and sorted(passage.others) == [1, 2, 3]
    assert result.matrix == {}  # the matrix follows reports one by one only below WIDE_GROUP


def test_the_keys_of_a_report_at_once_are_the_keys_of_its_sentences_one_by_one(rulebook):
    """sentence_keys masks all the sentences of a report in one pass
    (Masker.keys): the same keys as Masker.key on each, on every report of
    the seeds and corpora, with their own unit names and with made-up ones."""
    from linter.engine import build_document
    from linter.similar.batch import rule_of
    from linter.similar.mask import sentence_keys
    from linter.sources.base import Source

    masker = rule_of(rulebook, "shared-text").options["units"]
    paths = sorted(SEED.values())
    for folder in ("corpus", "corpus-holdout", "corpus-holdout2", "similar"):
        paths += sorted((ROOT / "tests" / folder).rglob("*.txt"))
    assert len(paths) > 100
    for path in paths:
        doc = build_document(Source(path=str(path), text=path.read_text(encoding="utf-8")))
        keys = sentence_keys(doc, masker)
        title = doc.title
        names = masker.unit_names(doc.norm[title.start:title.end]) if title is not None else []
        assert [key for _, _, key in keys] == [masker.key(doc.norm[a:b], names) for a, b, _ in keys], path
        texts = [doc.norm[a:b] for a, b, _ in keys] + ["城关镇党委2024年开展12次", "二〇二四年,,城关镇"]
        for names in (["城关镇党委", "城关镇"], ["县", "12"], []):
            assert masker.keys(texts, names) == [masker.key(text, names) for text in texts], path
    assert masker.keys(["a\nb", "12"], []) == [masker.key("a\nb"), "#"]  # (a break inside: one by one)
