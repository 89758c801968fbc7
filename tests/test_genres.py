"""Genre rulebooks and ``--rulebook auto``."""

import json

import pytest

from conftest import SEED, run_zhidang
from linter import rulebook as rulebooks
from linter.errors import RulebookError

CHOICES = {"000": "qmcz-annual-report", "001": "party-building-report", "002": "qmcz-annual-report",
           "003": "work-summary", "004": "speech"}


def test_auto_chooses_per_file_and_says_why():
    proc = run_zhidang("check", "--rulebook", "auto", "-f", "json", *[str(SEED[s]) for s in sorted(SEED)])
    data = json.loads(proc.stdout)
    assert [f["rulebook"] for f in data["files"]] == [CHOICES[s] for s in sorted(SEED)]
    notes = proc.stderr.decode().splitlines()
    assert len(notes) == 5
    assert notes[1] == (f"zhidang: {SEED['001']}：自动选用规则库 party-building-report（党建工作述职报告），"
                        "因为标题含“述职”")
    assert notes[4].endswith("因为标题含“发言”")
    assert "结构最接近：找到 11/11 个检查要素" in notes[0]
    assert "work-summary（工作总结），因为结构最接近" in notes[3]


def test_auto_checklists_fit_the_genre():
    proc = run_zhidang("check", "--rulebook", "auto", "-f", "json", *[str(SEED[s]) for s in ("001", "003", "004")])
    files = json.loads(proc.stdout)["files"]
    status = [{c["id"]: c["status"] for c in f["checklist"]} for f in files]
    assert status[0] == {"achievements": "present", "problems": "present", "causes": "present", "next-steps": "present"}
    assert status[1] == {"achievements": "present", "problems": "missing", "next-steps": "present"}
    assert status[2] == {"salutation": "present", "closing": "present"}
    summary = next(f for f in files[1]["findings"] if f["rule"] == "missing-problems")
    assert summary["severity"] == "warning"  # a summary may stop at the plan
    speech_year = next(f for f in files[2]["findings"] if f["rule"] == "year-topic")
    assert speech_year["severity"] == "info"


def test_auto_text_output_names_the_chosen_checklist():
    proc = run_zhidang("check", "--rulebook", "auto", str(SEED["004"]))
    assert f"{SEED['004']} 检查清单（发言材料）：" in proc.stdout.decode().splitlines()


def test_default_stays_the_annual_report():
    proc = run_zhidang("check", "-f", "json", str(SEED["001"]))
    assert json.loads(proc.stdout)["files"][0]["rulebook"] == "qmcz-annual-report"
    assert proc.stderr == b""


def test_auto_only_for_check():
    proc = run_zhidang("rules", "list", "--rulebook", "auto")
    assert proc.returncode == 2 and "auto 只能用于 zhidang check" in proc.stderr.decode()


_FORM = {"responsibility-chain", "duty-mismatch", "form-title", "form-addressee", "form-closing", "form-date",
         "form-template"}
SWITCHED_OFF = {"party-building-report": _FORM,
                "work-summary": _FORM | {"problems-unanswered", "vague-problem"}}


@pytest.mark.parametrize("name", ["party-building-report", "work-summary", "speech"])
def test_genres_share_the_common_rules(name):
    book = rulebooks.load(name)
    common = rulebooks.load("common")
    # every genre has common's rules, first; those extending the annual report
    # also its batch-comparison rules (copied-passage …)
    assert [r.id for r in book.rules][:len(common.rules)] == [r.id for r in common.rules]
    # … except the annual report's rules a genre switches off (issue 11: its form and responsibility rules)
    off = SWITCHED_OFF.get(name, set())
    assert [r.id for r in rulebooks.load(book.extends).rules if r.id not in off] == [r.id for r in book.rules]
    assert book.detect is not None and common.detect is None


def test_auto_title_and_structure(tmp_path):
    from linter import genres
    from linter.engine import build_document
    from linter.sources.base import Source

    books = genres.genre_books()
    assert {b.id for b in books} == set(CHOICES.values()) | {"common"}  # common: when no genre fits

    def choose(text):
        book, reason = genres.choose(build_document(Source("t.txt", text)), books, "qmcz-annual-report")
        return book.id, reason

    assert choose("2023年度全面从严治党主体责任落实情况报告\n正文。")[0] == "qmcz-annual-report"
    assert choose("在全面从严治党工作会议上的讲话\n同志们：")[0] == "speech"
    assert choose("2024年上半年工作总结\n一、主要工作")[0] == "work-summary"
    assert choose("党支部书记抓基层党建工作述职报告\n现将履职情况述职如下。")[0] == "party-building-report"
    assert choose("# 党支部书记述职报告\n\n## 一、主要工作\n")[0] == "party-building-report"
    # a branch's report to its members, a committee's to its 党员大会
    assert choose("[单位名称]党支部2025年度工作报告\n各位党员同志：\n")[0] == "party-building-report"
    assert choose("凝心聚力铸师魂　立德树人谱新篇\n——在中共某学院第三次党员大会上的报告\n")[0] == "party-building-report"
    assert choose("某党支部2024年度落实全面从严治党主体责任情况报告\n正文。")[0] == "qmcz-annual-report"
    # a Party committee's annual report (机关党委, 中共……委员会), not a government commission's
    assert choose("中共荆川市卫生健康委员会机关委员会2025年工作报告\n委党组：\n")[0] == "party-building-report"
    assert choose("某局机关党委2025年工作报告\n局党组：\n")[0] == "party-building-report"
    # (a branch secretary's account of the term at its end; not the village committee's, a work summary)
    assert choose("港头村党支部书记任期目标完成情况报告\n一、任期目标完成情况\n")[0] == "party-building-report"
    assert choose("高台村党支部书记五年工作回顾\n高台村党支部书记　马振华\n")[0] == "party-building-report"
    assert choose("龙塘村驻村第一书记任期工作总结\n一、主要工作\n")[0] != "party-building-report"
    # (a commendation's 颁奖词 read at the meeting: speaking material)
    assert choose("2026年度“两优一先”颁奖词（模板）\n一、优秀共产党员颁奖词\n他扎根基层二十年。\n")[0] == "speech"
    # (and a committee's report at the end of its term, under a slogan)
    assert choose("凝心聚力谱新篇　踔厉奋发启新程\n——中共柳河镇第十五届委员会任期工作报告（2021—2026年）\n"
                  "（2026年9月18日在中国共产党柳河镇第十六次代表大会上）\n各位代表、同志们：\n")[0] == "party-building-report"
    assert choose("某市发展和改革委员会2025年工作报告\n一、主要工作\n")[0] != "party-building-report"
    # a secretary's own 个人工作总结 is a work summary, a branch's 党建工作总结 is not
    assert choose("马坊村党支部书记2025年个人工作总结\n\n杨德厚\n一年来，我认真履行职责。")[0] == "work-summary"
    assert choose("石门村党支部2025年党建工作总结\n一、主要工作\n")[0] == "party-building-report"
    # … and a department's 机关党委's (8 of the corpus's 11 read so), not the department's own summary
    assert choose("市财政局机关党委2026年度党建工作总结\n一、主要工作\n")[0] == "party-building-report"
    assert choose("市财政局2026年度工作总结\n一、主要工作\n")[0] == "work-summary"
    # … and a 党组's (three of three in the sets), and an area's 区域化党建联席会's own summary
    assert choose("中共某市人力资源和社会保障局党组2026年党建工作总结\n一、主要工作\n")[0] == "party-building-report"
    assert choose("清溪街道区域化党建联席会2026年工作总结\n一、主要工作\n")[0] == "party-building-report"
    assert choose("中共某市人力资源和社会保障局党组2026年工作总结\n一、主要工作\n")[0] == "work-summary"
    # … and a park's 党建工作站's, and a branch's summary of building its 党建品牌 (under a slogan)
    assert choose("清河智造产业园非公企业党建工作站2026年工作总结\n一、主要工作\n")[0] == "party-building-report"
    assert choose("擦亮“茶香红岭”党建品牌　引领茶产业振兴\n——红岭村党支部2026年党建品牌创建工作总结\n一、品牌缘起\n"
                  )[0] == "party-building-report"
    assert choose("清河智造产业园管委会2026年工作总结\n一、主要工作\n")[0] == "work-summary"
    # … and a 党群服务中心's where its title says 党建工作 (not its plain 工作总结)
    assert choose("金融港商务楼宇党群服务中心党建工作总结\n（2025年度）\n一、主要工作\n")[0] == "party-building-report"
    assert choose("金融港商务楼宇党群服务中心2025年工作总结\n一、主要工作\n")[0] == "work-summary"
    # a bare 述职述廉报告 under a cadre's byline is a work summary; a branch secretary's is a party-building report
    assert choose("2026年度述职述廉报告\n云溪县财政局预算科科长　周立群\n一、德：坚定理想信念\n")[0] == "work-summary"
    assert choose("2026年度社区党支部书记述职述廉报告\n城关街道清风社区党支部书记　林桂芳\n一、抓党建情况\n"
                  )[0] == "party-building-report"
    # a bureau's progress on its year's Party-building points (党建工作要点完成情况) is a summary of work, whatever its parts
    assert choose("东城区教育局2026年党建工作要点完成情况\n（截至11月底）\n一、党的政治建设（5项任务，已完成5项）\n"
                  "局党组严格落实“第一议题”制度。\n二、思想理论武装（5项任务，已完成4项）\n")[0] == "work-summary"
    # a written report handed in at a meeting is the report's, not a speech
    assert choose("中共某县融媒体中心委员会2025年度履行全面从严治党主体责任情况报告\n"
                  "——在县直单位全面从严治党述责述廉会议上的书面报告\n2025年，中心党委坚持学习。\n")[0] == "qmcz-annual-report"
    chosen, reason = choose("一些没有标题的文字。")
    assert chosen == "common"
    assert reason == ("未能判断文种（最接近的“全面从严治党主体责任落实情况报告”只找到 0/11 个检查要素、"
                      "0 处标题或段落开头符合），只做通用检查（占位符、网页残留、排版等）")


def test_order_and_detect_are_validated(tmp_path):
    bad_order = tmp_path / "a.yaml"
    bad_order.write_text("extends: work-summary\nid: a\ntitle: a\norder: [problems]\n", encoding="utf-8")
    with pytest.raises(RulebookError, match="order 必须恰好列出全部检查要素") as info:
        rulebooks.load(str(bad_order))
    assert info.value.line == 4
    no_parent = tmp_path / "b.yaml"
    no_parent.write_text("id: b\ntitle: b\norder: [x]\nrules: []\n", encoding="utf-8")
    with pytest.raises(RulebookError, match="只有继承"):
        rulebooks.load(str(no_parent))
    bad_detect = tmp_path / "c.yaml"
    bad_detect.write_text("extends: common\nid: c\ntitle: c\ndetect: {titles: ['(']}\n", encoding="utf-8")
    with pytest.raises(RulebookError, match="detect：正则表达式“\\(”无效") as info:
        rulebooks.load(str(bad_detect))
    assert info.value.line == 4


def _choose(text):
    from linter import genres
    from linter.engine import build_document
    from linter.sources.base import Source

    book, reason = genres.choose(build_document(Source("t.txt", text)), genres.genre_books(), "qmcz-annual-report")
    return book.id, reason


def test_speech_openings_count_for_speeches():
    # no 发言/讲话 in the title, no salutation: the openings of a leader's speech decide
    text = ("关于做好年终各项工作的几点意见\n"
            "今天，我们召开全局工作推进会，主要任务是总结前一阶段工作，部署下一步任务。\n"
            "刚才，几位同志作了发言，讲得都很好，我完全同意。\n"
            "下面，我讲几点意见。\n"
            "一、要提高认识\n要充分认识做好年终工作的重要性。\n")
    assert _choose(text)[0] == "speech"


def test_site_navigation_above_the_title_does_not_choose_the_genre():
    text = ("范文网 | 首页 | 工作总结 | 讲话稿 | 心得体会\n您的位置：首页 > 工作报告 > 正文\n"
            "某局党组2024年度落实全面从严治党主体责任情况报告\n2024年，局党组坚持……。\n")
    assert _choose(text) == ("qmcz-annual-report", "标题含“主体责任”")


def test_a_title_over_two_lines_chooses_the_genre():
    text = "某县人民法院党组\n关于2023年度落实全面从严治党主体责任情况的报告\n\n县委：\n2023年，院党组坚持……。\n"
    assert _choose(text)[0] == "qmcz-annual-report"
    text = "学以正风 知行合一\n——在局党组读书班上的交流发言\n根据安排，我谈三点体会。\n"
    assert _choose(text) == ("speech", "标题含“发言”")


def test_a_secretarys_report_on_the_first_responsibility_for_strict_governance_is_an_annual_report():
    # 述职 on 全面从严治党 (第一责任人职责): the six parts, not the 抓基层党建 述职's checklist
    text = ("某区卫生健康局党委书记\n2025年度履行全面从严治党第一责任人职责情况述职报告\n\n"
            "一、履职尽责情况\n一是坚持政治建设和思想建设一体推进。……\n二、存在问题\n……\n")
    assert _choose(text) == ("qmcz-annual-report", "标题含“全面从严治党第一责任人职责情况”")
    text = "2025年度镇党委书记抓基层党建工作述职报告\n\n一、主要工作\n……\n"
    assert _choose(text) == ("party-building-report", "标题含“述职”")


def test_a_self_examination_read_at_a_democratic_life_meeting_is_a_speech():
    text = ("中共某县财政局党组领导班子\n2025年度民主生活会对照检查材料\n\n"
            "根据县委通知要求，班子认真查摆问题。\n一、存在的主要问题\n（一）在……方面\n")
    assert _choose(text) == ("speech", "标题含“对照检查材料”")
    text = ("市住房公积金中心党组2025年度民主生活会相互批评意见清单\n（会前谈心谈话梳理，会上当面提出）\n"
            "一、班子成员对党组书记、主任张国华同志的批评意见\n1.到县区管理部调研较少。\n")
    assert _choose(text) == ("speech", "标题含“相互批评意见”")
    # (a 提醒谈话's record: the talk, as a 任前 or 集体廉政谈话 is)
    text = ("提醒谈话记录\n谈话时间：2026年12月3日上午9时30分\n谈话地点：县纪委监委第二谈话室\n"
            "谈话人：县纪委常委　王建\n王建：今天找你谈话，是就群众反映的问题向你提个醒。\n")
    assert _choose(text)[0] == "speech"


def test_a_speech_with_a_slogan_title_about_party_discipline_is_a_speech():
    # headings full of the annual report's areas; the sentences of a speech decide
    text = ("坚定不移推进全面从严治党 奋力开创高质量发展新局面\n\n同志们：\n"
            "今天，我们召开全市全面从严治党工作会议。刚才，几位同志作了发言。下面，我讲三点意见。\n"
            "一、提高政治站位，坚持以党的政治建设为统领\n要坚决做到“两个维护”，严格落实“第一议题”制度。\n"
            "二、强化理论武装，筑牢思想根基\n要落实意识形态工作责任制。\n"
            "三、驰而不息正风肃纪\n要锲而不舍落实中央八项规定精神，深化党纪学习教育。\n"
            "同志们，全面从严治党永远在路上。\n")
    assert _choose(text)[0] == "speech"


def test_a_report_to_the_county_committee_is_an_annual_report_without_a_title():
    text = ("县委：\n现将我局2024年度落实全面从严治党主体责任情况报告如下。\n"
            "一、坚持政治引领\n严格落实“第一议题”制度。\n二、存在的问题\n学习还不够深入。\n")
    assert _choose(text)[0] == "qmcz-annual-report"


def test_a_seminar_speech_titled_with_a_subtitle_after_a_colon_is_a_speech():
    # no salutation, headings and a 下一步 part like a 述职报告: the title decides
    text = ("学习贯彻《条例》专题研讨发言：守住医疗采购的廉洁关口\n\n"
            "按照委党组学习安排，我认真研读了《条例》有关条款，结合分管工作谈几点认识。\n"
            "一、深刻认识廉洁纪律的重要性\n采购领域资金密集，必须把纪律挺在前面。\n"
            "二、查找自身存在的不足\n对照《条例》，我在督促分管科室落实内控制度上还存在差距。\n"
            "三、下一步努力方向\n下一步，我将带头严守纪律规矩。\n")
    assert _choose(text) == ("speech", "标题含“发言”")


def test_a_seminar_speech_without_title_or_salutation_is_told_by_its_sentences():
    # the first-person study language of a 研讨发言 (谈几点体会, 围绕研讨主题), not 现将…述职如下
    text = ("根据支部安排，围绕本次研讨主题，我结合自身工作谈三点学习体会。\n"
            "一、学思践悟，坚定理想信念\n通过学习，我深刻认识到理论武装的极端重要性。\n"
            "二、对照检视，查找差距不足\n我在学用结合上还存在差距，调研不够深入。"
            "我深深体会到，学习不能停留在读文件上。\n"
            "三、知行合一，明确努力方向\n下一步，我将坚持学以致用。\n")
    assert _choose(text)[0] == "speech"
    report = text.replace("根据支部安排，围绕本次研讨主题，我结合自身工作谈三点学习体会。",
                          "现将本人2024年度抓基层党建工作情况述职如下。")
    assert _choose(report)[0] == "party-building-report"


def test_a_generic_title_weighs_with_the_structure():
    # 工作情况汇报 is any unit's title: a report of the six parts is the annual report …
    text = ("2025年工作情况汇报\n\n县委：\n2025年，局党组坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况汇报如下。\n"
            "一、扛牢政治责任，坚持以党的政治建设为统领\n严格落实“第一议题”制度，全年学习24次。\n"
            "二、强化理论武装，筑牢思想根基\n理论学习中心组集中学习12次，落实意识形态工作责任制。\n"
            "三、夯实基层基础，加强组织建设\n完成5个党支部换届，发展党员9名。\n"
            "四、驰而不息纠治“四风”，持续加强作风建设\n严格落实中央八项规定精神，查处违规吃喝1起。\n"
            "五、严明纪律规矩，强化纪律建设\n深化党纪学习教育，开展警示教育3次。\n"
            "六、存在的问题\n学习还不够深入，监督还有盲区。\n七、下一步工作打算\n持续深化理论武装，压实“两个责任”。\n")
    assert _choose(text)[0] == "qmcz-annual-report"
    # … a department's account of its business is the work summary
    text = ("组织二科2025年工作情况汇报\n\n一、主要工作完成情况\n全年完成干部档案专项审核320卷，办理调动手续46件。\n"
            "二、存在的问题\n档案数字化进度偏慢。\n三、2026年工作打算\n完成全部档案数字化。\n")
    assert _choose(text)[0] == "work-summary"
    # a village's 党总支 reporting to its members is a branch's report, whatever the subtitle
    assert _choose("石塘村党总支2024年度工作报告\n——在石塘村全体党员大会上\n")[0] == "party-building-report"


def test_a_report_on_the_duty_and_integrity_is_an_annual_report():
    # 述责述廉 (not 述职): the six parts' checklist, even with a salutation as it is read out
    text = ("城南小学党支部书记2025年度述责述廉报告\n\n各位领导、同志们：\n我是城南小学党支部书记刘春梅。\n"
            "一、抓学习\n支部每月集中学习一次。\n")
    assert _choose(text) == ("qmcz-annual-report", "标题含“述责述廉”")


def test_a_report_given_at_a_meeting_is_a_speech_but_a_congresss_report_is_a_branchs():
    text = ("在2025年度市管领导班子和领导干部考核测评大会上的述职述廉报告\n局党组书记、局长  汤浩然\n\n"
            "各位领导、同志们：\n现将本人履职和廉洁自律情况报告如下。\n一、主要工作\n全年牵头推进重点项目12个。\n")
    assert _choose(text)[0] == "speech"
    assert _choose("凝心聚力谱新篇\n——在中共某学院第三次党员代表大会上的报告\n")[0] == "party-building-report"



def test_a_branchs_report_on_its_party_building_brand_is_a_party_building_report():
    text = ("省交通运输厅综合规划处党支部“路先锋”党建品牌创建工作情况报告\n\n综合规划处党支部现有党员11名。现将有关情况报告如下。\n"
            "一、主要做法\n深化党建与业务融合。\n")
    assert _choose(text)[0] == "party-building-report"


def test_a_bracketed_note_below_a_slogan_title_names_the_kind_of_text():
    text = ("深入学习贯彻党的二十届四中全会精神 奋力开创税收现代化新局面\n（专题党课提纲）\n主讲人：县税务局党委书记  孙明远\n"
            "一、深刻领会全会精神\n（一）把握主题主线\n二、2025年工作回顾\n全年组织收入12亿元。\n")
    assert _choose(text) == ("speech", "标题含“党课”")
    assert _choose(text.replace("（专题党课提纲）", "（2026年1月9日）"))[0] != "speech"


def test_a_cadres_own_report_on_duty_virtue_integrity_and_law_is_a_work_summary():
    text = ("2026年度述职述德述廉述法报告\n梧岭县发展和改革局党组书记、局长　周振华\n\n一、述职\n全年牵头推进重点项目12个。\n"
            "二、述德\n坚定理想信念。\n三、存在的不足\n学习不够深入。\n")
    assert _choose(text) == ("work-summary", "标题含“述德”")
    assert _choose("某村党支部书记2025年度述职报告\n\n一、主要工作\n全年开展主题党日12次。\n")[0] == "party-building-report"

def test_a_report_to_a_staff_congress_under_a_slogan_title_is_a_speech():
    text = ("踔厉奋发强内涵　笃行不怠谋发展\n——在沅北市第二人民医院五届三次职工代表大会上的报告\n院长　欧阳慧\n\n"
            "各位代表：\n现在，我代表医院向大会报告工作，请予审议。\n一、2025年工作回顾\n门急诊量126.8万人次。\n")
    assert _choose(text) == ("speech", "标题含“——在沅北市第二人民医院五届三次职工代表大会上的”")


def test_a_secretarys_report_read_at_a_review_meeting_is_the_secretarys_report():
    text = ("在县直机关党支部书记抓党建述职评议会上的述职报告\n县委办公室机关党支部书记 何思远\n\n"
            "一、履职情况\n全年召开支委会12次。\n二、存在问题\n学习不深。\n")
    assert _choose(text) == ("party-building-report", "标题含“述职”")


def test_a_secretarys_report_on_duty_and_integrity_organized_as_a_shuzhi():
    # 述职述廉 names neither genre; a part on the problems' roots (问题根源剖析) is the 述职's
    text = ("江州供电分公司党委书记2025年度述职述廉报告\n\n一、履行党建工作第一责任人职责情况\n"
            "（一）坚持把党的政治建设摆在首位。严格落实“第一议题”制度，全年学习32次。\n"
            "（二）着力夯实基层党组织建设。推进支部标准化规范化建设，发展党员6名。\n"
            "二、落实党风廉政建设责任和个人廉洁自律情况\n（一）持续纠治“四风”。严格执行中央八项规定精神。\n"
            "三、存在的问题\n一是理论学习不够深入。二是基层党建发展不平衡。\n"
            "四、问题根源剖析\n主要是对党建工作规律研究不够，抓落实的韧劲不足。\n"
            "五、下一步措施\n一是强化理论武装。二是夯实基层基础。\n")
    assert _choose(text)[0] == "party-building-report"


def test_a_chairs_script_and_a_tutorial_lecture_are_speaking_material():
    # 主持词 of a 述职评议会 (述职 in its title), and a 专题辅导报告
    text = ("全市国资系统2024年度基层党组织书记抓党建工作述职评议会主持词\n（2025年2月18日下午）\n\n同志们：\n"
            "今天，我们召开全市国资系统基层党组织书记抓党建工作述职评议会。下面进行第一项议程。\n散会。\n")
    assert _choose(text)[0] == "speech"
    text = ("以钉钉子精神纠治形式主义 切实为基层减负赋能\n——全市基层党组织书记示范培训班专题辅导报告\n\n"
            "今天，我围绕整治形式主义为基层减负，和大家作一个交流。一、深刻认识为基层减负的重要意义。\n")
    assert _choose(text)[0] == "speech"


def test_a_guides_script_at_an_observation_point_is_speaking_material():
    # (a 观摩点's 解说词: read out to the visitors, no salutation, its close asks them for guidance)
    text = ("石榴社区清廉村居建设观摩点解说词\n（讲解人：社区党委书记　罗晓春）\n"
            "欢迎各位领导来到石榴社区观摩指导。这次观摩共设4个站点。\n【第一站：清廉议事厅】\n"
            "这里每月召开一次居民议事会。\n以上是石榴社区清廉村居建设的基本情况，请各位领导批评指导。\n")
    assert _choose(text) == ("speech", "标题含“解说词”")


def test_a_notice_of_results_read_out_is_speaking_material_and_a_units_report_to_a_visiting_team_is_its_report():
    """……考核结果的通报, read out at the meeting that announces the results, is speaking material (113/11's
    征求意见情况的通报 too); a unit's 党建工作考核汇报材料 or its 汇报 at a 党建工作调研座谈会 is its Party-building
    report, not a speech (an 汇报发言 still is)."""
    body = "一、总体情况\n全县考核优秀等次12个。\n二、存在的问题\n个别单位落实不到位。\n三、工作要求\n各单位要对照整改。\n"
    assert _choose("中共岚溪县委组织部\n关于2025年度全县基层党建工作考核结果的通报\n" + body)[0] == "speech"
    work = "一、主要做法\n全年召开支委会12次。\n二、存在问题\n学习不深。\n三、下步打算\n深化学习。\n"
    assert _choose("白沙大桥项目部临时党支部迎接集团党委党建工作考核汇报材料（截至10月底）\n" + work)[0] \
        == "party-building-report"
    assert _choose("在县委组织部非公企业党建工作调研座谈会上的汇报\n" + work)[0] == "party-building-report"
    assert _choose("在县委全面从严治党主体责任考核组考核反馈会上的汇报发言\n" + work)[0] == "speech"


def test_a_units_clean_government_summary_is_a_work_summary_and_a_branchs_term_summary_is_party_building():
    """党风廉政建设工作总结: a unit's summary of its clean-government work (a work summary in 10 of the
    sets' 11), where 党风廉政建设工作情况报告 is the annual report's; a branch's 届期工作总结 (its term) is
    its Party-building report, a 第一书记's 任期工作总结 a work summary."""
    body = "一、主要工作\n全年开展廉政教育6次。\n二、存在的不足\n……\n三、2027年工作打算\n……\n"
    assert _choose("安平县水利局2026年党风廉政建设工作总结\n" + body)[0] == "work-summary"
    assert _choose("安平县水利局党组2026年党风廉政建设工作情况报告\n" + body)[0] == "qmcz-annual-report"
    assert _choose("石岭村党支部2023—2025年届期工作总结\n" + body) == ("party-building-report", "标题含“届期工作总结”")
    assert _choose("葛家湾村第一书记任期工作总结\n" + body)[0] == "work-summary"


def test_a_civil_servants_appraisal_form_and_a_cadres_own_report_are_work_summaries():
    body = "一、主要工作\n全年完成就业培训12期。\n二、存在的不足\n……\n三、下一步打算\n……\n"
    assert _choose("公务员年度考核登记表（2026年度）\n姓名：林海燕\n个人总结：\n" + body)[0] == "work-summary"
    assert _choose("2026年度个人述职述廉报告\n各位领导、同志们：\n" + body)[0] == "work-summary"
    assert _choose("关于数学系教工党支部2026年度省级样板支部创建工作情况的报告\n学院党委：\n" + body)[0] == \
        "party-building-report"
    # (a school's report on the system its Party committee leads; not its annual 主体责任 report)
    assert _choose("中共澄溪市实验中学委员会\n关于2025年度落实党组织领导的校长负责制情况的报告\n市委教育工委：\n" + body)[0] == \
        "party-building-report"
    assert _choose("中共澄溪市实验中学委员会关于2025年度落实全面从严治党主体责任情况的报告\n市委教育工委：\n" + body)[0] == \
        "qmcz-annual-report"


def test_a_cadres_business_report_of_duties_is_a_work_summary():
    # 述职 by a deputy township head or a section chief, no Party word in the title: a work summary
    # (a secretary's 抓党建述职, or a 镇长's 抓党建述职, stays a party-building report)
    body = "\n一、履职情况\n（一）抓粮食生产\n……\n二、存在的问题和不足\n……\n三、下一步工作思路\n……\n"
    assert _choose("石桥镇副镇长2026年度述职报告" + body)[0] == "work-summary"
    assert _choose("个人述职报告（2026年度）" + body)[0] == "work-summary"
    assert _choose("鹤川市自然资源和规划局副局长2026年度述职报告" + body)[0] == "work-summary"
    assert _choose("石桥镇党委书记2026年度抓基层党建工作述职报告" + body)[0] == "party-building-report"
    assert _choose("石桥镇镇长抓党建工作述职报告" + body)[0] == "party-building-report"


def test_a_heads_report_of_duties_duty_and_integrity_is_a_work_summary():
    # 述职述责述廉 by a head (副局长, 镇长, 校长, 副县长 with a name and a period between), a secretary who is also
    # the head (党委副书记、总经理), and a cadre's 个人述廉报告: the person's report, a work summary; a secretary's
    # own 述职述责述廉 stays a party-building report, and a 述责述廉 (without 述职) the annual report's
    body = "一、履职情况\n全年完成重点项目12个。\n二、存在的不足\n……\n三、今后努力方向\n……\n"
    for title in ("柘川县人力资源和社会保障局副局长\n2025年度述职述责述廉报告", "汀口镇镇长2025年度述职述责述廉报告",
                  "芦源县副县长何婉清2026年上半年述职述责述廉报告", "2025年度个人述廉报告",
                  "岑江市城市建设投资集团有限公司\n党委副书记、总经理韩东升2025年度述职述责述廉报告"):
        assert _choose(title + "\n" + body)[0] == "work-summary", title
    assert _choose("桂园社区党委书记2025年度述职述责述廉报告\n" + body)[0] == "party-building-report"
    assert _choose("临沅县交通运输局党组书记、局长2025年度述责述廉报告\n" + body)[0] == "qmcz-annual-report"


def test_a_residents_committees_report_to_its_congress_is_a_work_summary():
    body = "一、2026年工作回顾\n全年办结居民诉求312件。\n二、存在的不足\n……\n三、2027年工作打算\n……\n"
    assert _choose("南关社区居民委员会工作报告\n（2027年1月9日在南关社区第四届居民代表会议第二次会议上）\n" + body)[0] == "work-summary"
    assert _choose("中共南关社区委员会工作报告\n" + body)[0] == "party-building-report"


def test_a_branchs_self_assessment_of_its_party_building_is_a_party_building_report():
    # (scored against the higher level's list: 指标1：政治功能发挥情况（应得20分，实得19分）)
    body = "一、对照指标自查情况\n指标1：政治功能发挥情况（应得20分，实得19分）\n支部坚持每月开展“第一议题”学习。\n二、存在问题\n……\n"
    for title in ("县财政局机关第二党支部2026年度党建工作自查自评报告", "XX市第二人民医院党委2026年党建工作自查报告"):
        assert _choose(title + "\n" + body)[0] == "party-building-report", title
    assert _choose("和平社区2026年度工作总结暨党建工作自评情况\n" + body)[0] != "party-building-report"


def test_a_branchs_brief_report_is_party_building_but_its_summary_without_party_building_a_work_summary():
    # (……党支部2026年工作总结 without 党建: a work summary, as 11 of the sets' 20 read it)
    body = "一、基本情况\n支部现有党员9名。\n二、主要做法\n全年开展主题党日12次。\n三、存在问题\n……\n四、下一步打算\n……\n"
    assert _choose("临溪县个体劳动者协会党支部2026年党建工作简要报告\n" + body)[0] == "party-building-report"
    assert _choose("恒锦纺织有限公司党支部2026年工作总结\n" + body)[0] == "work-summary"
    # (a students' branch's yearly 工作总结 is its Party building — seven of the sets' eight read it so; its half
    # year's a work summary)
    assert _choose("药学院研究生第二党支部2025年度工作总结\n" + body)[0] == "party-building-report"
    assert _choose("计算机学院2023级本科生党支部2026年工作总结\n" + body)[0] == "party-building-report"
    assert _choose("计算机科学与技术学院本科生第二党支部2025年上半年工作总结\n" + body)[0] == "work-summary"
    # (a branch's 党建工作情况, and its yearly appraisal form — a civil servant's 年度考核登记表 stays a work summary)
    assert _choose("迅达快递东湖网点党支部2025年党建工作情况\n" + body)[0] == "party-building-report"
    assert _choose("党支部年度工作考核登记表\n（2025年度）\n" + body)[0] == "party-building-report"
    assert _choose("公务员年度考核登记表\n（2025年度）\n" + body)[0] == "work-summary"
    # (a 党小组's summary; a 机关党委's report on its 主体责任 and its Party building: the annual report)
    assert _choose("输煤运行一班党小组2025年工作总结\n" + body)[0] == "party-building-report"
    assert _choose("临沅县人力资源和社会保障局机关党委2026年履行全面从严治党主体责任和机关党建工作情况的报告\n" + body)[0] \
        == "qmcz-annual-report"


def test_a_branchs_four_strong_summary_and_a_discipline_committees_party_building_summary_are_party_building():
    # (a branch's summary of becoming a 四强党支部, and a 机关纪委's summary of the organ's Party building and
    # discipline: their Party-building reports; a unit's plain 党风廉政建设工作总结 stays a work summary)
    body = "一、主要工作\n全年开展主题党日12次。\n二、存在差距\n……\n三、努力方向\n……\n"
    assert _choose("市司法局机关第一党支部2025年度“四强党支部”创建工作总结\n" + body)[0] == "party-building-report"
    assert _choose("中共柳安市商务局机关纪律检查委员会\n2025年度机关党建和纪律建设工作总结\n" + body)[0] == \
        "party-building-report"
    assert _choose("安平县水利局2026年党风廉政建设工作总结\n" + body)[0] == "work-summary"


def test_a_party_committees_monthly_party_building_report_is_a_party_building_report():
    body = "一、本月主要工作\n召开党工委会议3次。\n二、存在的问题\n……\n三、下月工作安排\n……\n"
    assert _choose("清溪街道党工委2026年11月份党建工作月报\n" + body)[0] == "party-building-report"


def test_a_units_self_check_of_its_business_targets_and_its_ideology_duty_are_work_summaries():
    # (a Party committee's report on its 意识形态 duty stays the annual report's or its own)
    body = "一、工作开展情况\n全年开展专题研判4次。\n二、存在的问题\n……\n三、原因分析\n……\n四、整改措施\n……\n"
    assert _choose("东溪镇2025年度安全生产目标责任考核自查报告\n" + body)[0] == "work-summary"
    assert _choose("县人民医院2025年度意识形态工作责任制落实情况自查报告\n" + body)[0] == "work-summary"
