"""Issue 10: the checklist recognizes each part of a report by meaning.

Headings are checked one by one (a document of one heading and a short
body), in the wording the issue quotes and in wordings written for this test
that appear neither in the corpus nor in the rulebook's examples; then whole
layouts: merged parts, sub-items of a part, run-in headings, parts numbered
inline, hard-wrapped text, front matter above the title.
"""

import json

import pytest

from conftest import SEED, run_zhidang
from linter import rulebook as rulebooks
from linter.checks import element
from linter.engine import build_document
from linter.sources.base import Source

BOOKS = {}


def book(name="qmcz-annual-report"):
    if name not in BOOKS:
        BOOKS[name] = rulebooks.load(name)
    return BOOKS[name]


#: the annual report's items found where a paragraph mentions them (issue 11), not sections
MENTIONED = {"rectification", "ideology-responsibility", "clean-governance"}


def checklist(text, name="qmcz-annual-report"):
    """{element id: line} of the sections found (present or weak)."""
    b = book(name)
    doc = build_document(Source("t.txt", text))
    statuses = element.evaluate(b.elements, doc, b.segmenter)
    return {i: doc.source.position(found.start)[0] for i, (status, found) in statuses.items()
            if status != element.MISSING and i not in MENTIONED}


def found_for(heading, body="", name="qmcz-annual-report"):
    text = heading + "\n" + (body + "\n" if body else "")
    return set(checklist(text, name))


# -- the headings the issue quotes --------------------------------------------------------------

QUOTED = [
    ("一、强化政治领航，提升履职能力", "political"),
    ("一、坚持政治铸魂，深化模范机关建设", "political"),
    ("（一）把牢政治方向，确保工作不偏向", "political"),
    ("（一）加强党对医院工作的全面领导", "political"),
    ("二、筑牢思想理论根基", "ideological"),
    ("二、稳固思想堡垒，凝聚奋进力量", "ideological"),
    ("（二）以学铸魂，坚定理想信念", "ideological"),
    ("二、做好宣传思想工作", "ideological"),
    ("三、夯实组织根基，激发基层活力", "organizational"),
    ("（三）严把选人用人关", "organizational"),
    ("（三）坚持党管干部原则", "organizational"),
    ("（三）抓好发展党员工作", "organizational"),
    ("四、改进工作作风，提升服务效能", "conduct"),
    ("五、严明党的纪律", "discipline"),
    ("（五）坚持廉洁自律，守住底线", "discipline"),
    ("（五）扎实开展党纪学习教育", "discipline"),
    ("五、一体推进不敢腐不能腐不想腐", "discipline"),
    ("（五）深化“三不腐”一体推进", "discipline"),
    ("（五）坚持以案促改", "discipline"),
    ("二、查摆的问题", "problems"),
    ("三、整改措施", "next-steps"),
    ("三、2025年工作重点", "next-steps"),
    ("三、2025年工作思路", "next-steps"),
]


@pytest.mark.parametrize("heading,element_id", QUOTED)
def test_quoted_heading_is_recognized(heading, element_id):
    assert element_id in found_for(heading, "全年开展相关工作十余次，取得明显成效，群众认可度持续提升。")


def test_a_vague_heading_is_decided_by_its_body():
    body = ("局党组严格落实“第一议题”制度，第一时间传达学习习近平总书记重要讲话精神，"
            "坚决做到“两个维护”，严格执行重大事项请示报告制度，深化政治监督。")
    assert "political" in found_for("（二）坚持党的领导", body)
    assert "political" not in found_for("（二）坚持党的领导", "全年召开会议十次，研究工作二十项。")


def test_political_and_ideological_in_one_heading():
    assert {"political", "ideological"} <= found_for("一、强化政治领航，稳固思想堡垒")
    assert {"political", "ideological"} <= found_for("一、加强思想政治建设")


# -- wordings written for this test (in neither the corpus nor the examples) ----------------------

HELD_OUT = [
    ("一、始终把“两个维护”作为最高政治原则", "political"),
    ("（一）提高政治判断力、政治领悟力、政治执行力", "political"),
    ("（一）强化政治担当，扛牢管党治党责任", "political"),
    ("（一）严肃党内政治生活，涵养良好政治生态", "political"),
    ("（二）强化思想武装，坚定信仰信念", "ideological"),
    ("（二）深入学习宣传贯彻党的二十大精神", "ideological"),
    ("（二）牢牢掌握意识形态工作主动权", "ideological"),
    ("（二）坚持不懈用党的创新理论凝心铸魂", "ideological"),
    ("（三）锻造高素质专业化干部队伍", "organizational"),
    ("（三）推动党建和业务深度融合", "organizational"),
    ("（三）提升基层党组织组织力", "organizational"),
    ("（三）加强年轻干部培养选拔", "organizational"),
    ("（四）持续纠“四风”树新风", "conduct"),
    ("（四）大力弘扬求真务实作风", "conduct"),
    ("（四）深化整治形式主义为基层减负", "conduct"),
    ("（四）持续加强医德医风建设", "conduct"),
    ("（五）做实做细监督第一职责，强化权力运行监督", "discipline"),
    ("（五）加强廉洁文化建设，涵养清风正气", "discipline"),
    ("（五）严格执行廉洁从业若干规定", "discipline"),
    ("（五）严明政治纪律和政治规矩", "discipline"),
    ("六、健全完善制度体系，扎牢制度笼子", "united-front"),
    ("六、保持惩治腐败高压态势", "united-front"),
    ("六、深化民族团结进步创建", "united-front"),
    ("六、做好新时代侨务和党外人士工作", "united-front"),
    ("二、面临的困难和挑战", "problems"),
    ("二、还需改进的地方", "problems"),
    ("二、差距不足及原因", "problems"),
    ("三、下一阶段工作安排", "next-steps"),
    ("三、明年工作设想", "next-steps"),
    ("三、下步计划", "next-steps"),
]


@pytest.mark.parametrize("heading,element_id", HELD_OUT)
def test_held_out_heading_is_recognized(heading, element_id):
    assert element_id in found_for(heading, "全年开展相关工作十余次，取得明显成效，群众认可度持续提升。")


NOT_THESE = [
    ("（三）对标先进找差距，推动支部标准化建设", "problems"),
    ("（三）对标一流找差距，补齐管理短板", "problems"),
    ("（四）坚守安全底线，防范化解工作风险", "conduct"),
    ("（四）防范化解工作风险", "conduct"),
    ("二、上年度巡察反馈问题整改情况", "problems"),
    ("六、传统战法不能丢", "united-front"),
    ("（五）守牢安全生产底线，防范化解重大经营风险", "conduct"),
    ("四、强化廉政建设，深入推进党风廉政建设和反腐败斗争", "united-front"),
]


@pytest.mark.parametrize("heading,element_id", NOT_THESE)
def test_trap_heading_is_not_taken(heading, element_id):
    assert element_id not in found_for(heading, "全年开展相关工作十余次，取得明显成效。")


def test_the_unified_front_heading_of_the_sixth_part_is_not_political():
    body = "加强党外代表人士队伍建设，完善大统战工作格局，画出最大同心圆。"
    found = found_for("六、坚持党对统战工作的全面领导", body)
    assert "united-front" in found and "political" not in found


# -- whole reports -------------------------------------------------------------------------------

AREAS = """关于2024年度落实全面从严治党主体责任情况的报告
2024年，局党组坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下。
一、{h1}
局党组严格落实“第一议题”制度，坚决做到“两个维护”，严格执行重大事项请示报告制度。
二、强化理论武装，筑牢思想根基
理论学习中心组集中学习12次，落实意识形态工作责任制。
三、夯实基层基础，建强干部队伍
推进党支部标准化规范化建设，严格干部选拔任用，发展党员5名。
四、{h4}
{b4}
五、{h5}
{b5}
六、存在的问题
对照上级要求，还存在一些不足：一是理论学习不够深入；二是监督还不够有力。
七、下一步工作打算
下一步，局党组将持续强化政治建设，深化理论武装，一体推进不敢腐不能腐不想腐。
"""


def annual(h1="坚持政治引领，把牢正确方向", h4="锲而不舍落实中央八项规定精神",
           b4="严格执行中央八项规定精神，持续纠治“四风”，整治形式主义为基层减负。",
           h5="严明纪律规矩，强化监督执纪", b5="扎实开展党纪学习教育，开展警示教育3次，深化以案促改。"):
    return AREAS.format(h1=h1, h4=h4, b4=b4, h5=h5, b5=b5)


def test_a_plain_annual_report():
    assert checklist(annual()) == {"political": 3, "ideological": 5, "organizational": 7, "conduct": 9,
                                   "discipline": 11, "problems": 13, "next-steps": 15}


def test_one_heading_for_conduct_and_discipline_serves_both():
    text = annual(h4="驰而不息正风肃纪，营造风清气正政治生态",
                  b4="严格执行中央八项规定精神，持续纠治“四风”；扎实开展党纪学习教育，开展警示教育，深化以案促改。",
                  h5="坚持以人民为中心，办好民生实事", b5="全年为群众办实事32件，解决急难愁盼问题。")
    found = checklist(text)
    assert found["conduct"] == found["discipline"] == 9


def test_anti_corruption_inside_the_discipline_heading_is_no_sixth_part():
    found = checklist(annual(h5="强化廉政建设，深入推进党风廉政建设和反腐败斗争"))
    assert found["discipline"] == 11 and "united-front" not in found


def test_a_heading_that_names_one_part_is_not_given_another_by_its_body():
    # 作风 in the heading; the body also speaks of 警示教育 — still no discipline part here
    text = annual(b4="严格执行中央八项规定精神，开展警示教育，持续纠治“四风”。",
                  h5="坚持以人民为中心，办好民生实事", b5="全年为群众办实事32件，解决急难愁盼问题。")
    assert "discipline" not in checklist(text)


def test_the_plan_repeating_the_areas_is_no_area():
    text = ("一、主要工作\n全年召开会议十次，研究工作二十项，完成全年任务。\n"
            "二、存在的问题\n对照要求还存在不足：一是学习不够深入。\n"
            "三、下一步打算\n（一）持续加强政治建设\n严格落实“第一议题”制度，坚决做到“两个维护”。\n"
            "（二）深化理论武装\n落实理论学习中心组学习制度，落实意识形态工作责任制。\n"
            "（三）锲而不舍落实中央八项规定精神\n持续纠治“四风”。\n")
    found = checklist(text)
    assert found.keys() == {"problems", "next-steps"}


def test_an_umbrella_heading_with_the_areas_below_it():
    text = ("一、坚持以党的政治建设为统领，全面加强党的建设\n"
            "（一）严格落实“第一议题”制度\n坚决做到“两个维护”，严格执行请示报告制度。\n"
            "（二）强化理论武装\n理论学习中心组集中学习12次。\n"
            "（三）建强基层党组织\n推进党支部标准化规范化建设。\n"
            "（四）持续纠治“四风”\n严格执行中央八项规定精神。\n"
            "二、存在的问题\n还存在学习不够深入等不足，需要在今后工作中加以改进。\n")
    found = checklist(text)
    assert {k: found[k] for k in ("political", "ideological", "organizational", "conduct")} == {
        "political": 2, "ideological": 4, "organizational": 6, "conduct": 8}


def test_run_in_headings_under_one_part():
    text = ("城南街道党工委2025年度落实全面从严治党主体责任情况报告\n"
            "现将有关情况报告如下。\n"
            "一、履行主体责任情况\n"
            "坚持政治引领，确保正确方向。街道党工委严格落实“第一议题”制度，坚决做到“两个维护”。\n"
            "坚持理论武装，筑牢思想根基。制定理论学习中心组学习计划，集中学习12次。\n"
            "坚持大抓基层，建强战斗堡垒。推进社区党组织标准化规范化建设，发展党员6名。\n"
            "一年来，工作取得了一定成效，但还存在一些不足：一是理论学习不够系统；二是监督不够有力。\n"
            "下一步，街道党工委将坚持严的基调，推动全面从严治党向纵深发展。\n")
    found = checklist(text)
    assert found == {"political": 4, "ideological": 5, "organizational": 6, "problems": 7, "next-steps": 8}


def test_a_run_in_clause_of_the_work_is_no_problems_part():
    text = ("一、2023年工作完成情况\n（一）妇联改革助航，提升服务力\n"
            "聚焦差距不足，夯实破难行动基础。一是全面深化妇联改革。\n"
            "强化服务意识，激发组织活力。一是开展主题实践活动。\n")
    assert "problems" not in checklist(text)


def test_parts_numbered_inline_when_line_breaks_were_lost():
    body = ("2024年，局党组坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下。"
            "一、突出政治引领，把牢正确方向严格落实“第一议题”制度，坚决做到“两个维护”，全年学习22次。"
            "二、深化理论武装，筑牢思想根基制定理论学习中心组学习计划，集中学习12次，专题研讨5次。"
            "三、建强基层组织，锻造过硬队伍推进党支部标准化规范化建设，发展党员3名，选拔任用干部4名。"
            "一年来，局党组取得了一定成效，但还存在一些不足：一是学习不够深入；二是监督不够有力。"
            "下一步，局党组将坚持问题导向，重点抓好以下工作：一是深化理论武装；二是加强监督。")
    text = "关于2024年度落实全面从严治党主体责任情况的报告\n" + body + "\n"
    found = checklist(text)
    assert found == {"political": 2, "ideological": 2, "organizational": 2, "problems": 2, "next-steps": 2}


def test_hard_wrapped_text_keeps_its_headings():
    text = ("关于2023年度落实全面从严治党主体责任情况的报告\n"
            "2023年，院党委以习近平新时代中国特色社会主义思想为指导，\n"
            "认真落实全面从严治党主体责任，为事业发展提供坚强政治保证。\n"
            "一、旗帜鲜明讲政治，坚持和加强党对科研工作的全面领导，确\n"
            "保正确方向\n"
            "院党委严格执行“第一议题”制度，落实重大事项请示报告制\n"
            "度，确保党中央决策部署落地见效。\n"
            "二、持之以恒正风肃纪，深化作风建设\n"
            "严格落实中央八项规定精神，开展专项检查，深化“科技特派员”\n"
            "服务。\n")
    found = checklist(text)
    assert found["political"] == 4 and found["conduct"] == 8
    assert "discipline" not in found  # 正风肃纪 in a conduct heading; the wrapped lines are no run-ins


def test_a_table_of_contents_is_not_taken_for_the_sections():
    toc = "目  录\n一、坚持党的全面领导……………1\n二、强化理论武装……………2\n三、存在的问题……………3\n"
    text = (toc + "\n中共某某公司委员会\n2022年度落实全面从严治党主体责任情况报告\n"
            "一、坚持党的全面领导\n严格落实“第一议题”制度。\n"
            "二、强化理论武装\n理论学习中心组学习16次。\n"
            "三、存在的问题\n还存在学习不够深入等问题，整改仍需加力。\n")
    doc = build_document(Source("t.txt", text))
    assert doc.title_text() == "中共某某公司委员会2022年度落实全面从严治党主体责任情况报告"
    assert [n.kind for n in doc.nodes[:4]] == ["paragraph"] * 4 and all(n.aside for n in doc.nodes[:4])
    assert checklist(text) == {"political": 8, "ideological": 10, "problems": 12}


@pytest.mark.parametrize("text,title", [
    ("公文网 | 首页 | 工作总结 | 讲话稿\n您的位置：首页 > 工作总结 > 正文\n"
     "标题：某局党组2023年度落实全面从严治党主体责任情况报告\n更新时间：2025-12-03 浏览：18次\n"
     "2023年，局党组坚持……。\n",
     "标题:某局党组2023年度落实全面从严治党主体责任情况报告"),
    ("关于2025年度落实全面从严治党主体责任情况的报告\n关于2025年度落实全面从严治党主体责任情况的报告\n"
     "发布日期：2026-01-14 信息来源：某局\n2025年，局党委坚持……。\n",
     "关于2025年度落实全面从严治党主体责任情况的报告"),
    ("关于2024年度落实全面从严治党\n主体责任情况的报告\n中共某县卫生健康局党组\n县委：\n2024年，局党组坚持……。\n",
     "关于2024年度落实全面从严治党主体责任情况的报告"),
    ("某县公安局党委关于2022年度\n履行全面从严治党主体责任情况的报告\n\n县委：\n2022年，局党委坚持……。\n",
     "某县公安局党委关于2022年度履行全面从严治党主体责任情况的报告"),
    ("学纪知纪明纪守纪 做忠诚干净担当的交通人\n——在局党组读书班上的研讨发言\n根据读书班安排，我谈三点体会。\n",
     "学纪知纪明纪守纪做忠诚干净担当的交通人——在局党组读书班上的研讨发言"),
    ("某单位2024年度落实全面从严治党主体责任情况报告.docx\n约3.2千字 共6页 2025-01-08发布 举报\n"
     "加入VIP免费下载\n某单位2024年度落实全面从严治党主体责任情况报告\n2024年，……。\n",
     "某单位2024年度落实全面从严治党主体责任情况报告"),
])
def test_the_real_title_is_found(text, title):
    assert build_document(Source("t.txt", text)).title_text() == title


def test_the_seeds_keep_their_checklist():
    # 000 and 002: every part, at its heading; 001 (a 述职报告) read as an annual report:
    # its political part is “（一）坚持党建引领，突出群团政治属性”
    lines = checklist(SEED["000"].read_text(encoding="utf-8"))
    assert lines == {"political": 2, "ideological": 8, "organizational": 13, "conduct": 17,
                     "discipline": 21, "united-front": 26, "problems": 28, "next-steps": 29}
    assert checklist(SEED["001"].read_text(encoding="utf-8"))["political"] == 5
    assert checklist(SEED["001"].read_text(encoding="utf-8"), "party-building-report") == {
        "achievements": 4, "problems": 11, "causes": 11, "next-steps": 13}
    assert checklist(SEED["003"].read_text(encoding="utf-8"), "work-summary") == {
        "achievements": 2, "next-steps": 20}
    assert checklist(SEED["004"].read_text(encoding="utf-8"), "speech") == {"salutation": 7, "closing": 27}


# -- genres --------------------------------------------------------------------------------------

def test_a_speech_without_checklist_sections_gets_no_missing_error(tmp_path):
    path = tmp_path / "speech.txt"
    path.write_text("学习心得\n\n今天，我们召开专题学习会，我结合工作实际谈几点认识。\n"
                    "刚才，几位同志作了很好的发言。\n下面，我讲几点意见。\n要进一步提高认识，抓好落实。\n",
                    encoding="utf-8")
    proc = run_zhidang("check", "--rulebook", "auto", "-f", "json", str(path))
    result = json.loads(proc.stdout)["files"][0]
    assert result["rulebook"] == "speech"
    assert not [f for f in result["findings"] if f["rule"].startswith("missing-") and f["severity"] == "error"]


def test_no_genre_falls_back_to_the_common_rulebook(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("一些随手记下的文字，没有标题，也不是报告。\n其中有**处没有填写。\n", encoding="utf-8")
    proc = run_zhidang("check", "--rulebook", "auto", "-f", "json", str(path))
    result = json.loads(proc.stdout)["files"][0]
    assert result["rulebook"] == "common" and result["checklist"] == []
    assert [f["rule"] for f in result["findings"] if not f["rule"].startswith("residue")] == ["placeholder"]
    assert "只做通用检查" in proc.stderr.decode()


# -- --explain-checklist --------------------------------------------------------------------------

def test_explain_checklist_names_the_section_score_terms_and_runner_up():
    proc = run_zhidang("check", "--explain-checklist", "--no-config", str(SEED["001"]))
    out = proc.stdout.decode()
    assert f"{SEED['001']} 检查清单的依据：" in out
    assert "  政治建设（political）：找到，第5行 “坚持党建引领，突出群团政治属性”：11 分；标题：党建引领+3、政治属性+8" in out
    assert "  作风建设（conduct）：缺失（门槛 8 分）" in out
    assert "      其次：第7行 “压实主体责任，全力推进党的建设”" in out


def test_explain_checklist_goes_to_stderr_with_json():
    proc = run_zhidang("check", "--explain-checklist", "-f", "json", "--no-config", str(SEED["000"]))
    json.loads(proc.stdout)
    assert "检查清单的依据" in proc.stderr.decode()


def test_sentences_about_rectification_or_work_are_no_problems_or_plan_paragraphs():
    text = ("关于2024年度落实全面从严治党主体责任情况的报告\n"
            "一、坚持把党的政治建设摆在首位\n"
            "针对上级巡察指出还存在的问题，局党组逐项整改，全部按期完成。\n"
            "2024年，局党组将党风廉政建设纳入重点工作，与业务工作同部署。\n"
            "严格落实“第一议题”制度，坚决做到“两个维护”。\n"
            "二、坚持不懈强化理论武装\n理论学习中心组集中学习12次。\n")
    found = checklist(text)
    assert "problems" not in found and "next-steps" not in found


def test_a_report_with_three_areas_has_only_those():
    text = ("关于2024年度落实全面从严治党主体责任情况的报告\n"
            "一、坚持把党的政治建设摆在首位\n"
            "严格落实“第一议题”制度。统筹做好统战工作，加强与党外人士联系。完善议事规则等制度建设。\n"
            "二、坚持不懈强化理论武装\n理论学习中心组集中学习12次，落实意识形态工作责任制。\n"
            "三、持续夯实基层党组织\n推进党支部标准化规范化建设。严格执行中央八项规定精神，开展警示教育1次。\n"
            "四、存在的问题\n一是作风建设还有差距，个别干部纪律意识不强；二是制度建设不够完善。\n"
            "五、下一步工作打算\n下一步，局党组将持续纠治“四风”，深化党纪学习教育，一体推进不敢腐不能腐不想腐。\n")
    assert set(checklist(text)) == {"political", "ideological", "organizational", "problems", "next-steps"}
