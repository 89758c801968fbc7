"""One problem, one finding (issue 15): no rule reports inside a residue span.

Property test over generated documents: report lines, lines with
placeholders and typography slips, and residue from template sites (a
watermark with 某某 in it, a paywall note, site chrome, a ``");`` line,
footnote residue) in any order. Whatever the mix, no finding of any rule
overlaps a residue finding except that residue finding itself; and the
cases the issue names, one by one.
"""

from hypothesis import HealthCheck, given, settings, strategies as st

from linter import rulebook as rulebooks
from linter.engine import check_source
from linter.sources.base import Source

BOOK = rulebooks.load("qmcz-annual-report")
RESIDUE = {"residue", "residue-line", "residue-label", "residue-chrome", "residue-title", "residue-contents"}

BODY = [
    "2024年，局党委坚持以习近平新时代中国特色社会主义思想为指导，全年召开党委会议12次。",
    "一是加强理论学习，二是强化政治监督。",
    "全年开展警示教育**次，组织某某同志作表态发言。",
    "召开全面从严治党(党建)工作会议,研究部署重点工作;推动整改落实。",
    "深入学习贯彻***总书记重要讲话精神，发放资料××份。",
    "认真学习《中国共产党纪律处分条例",
]
RESIDUE_LINES = [
    "【更%多#@&素@材尽在某某文库】",
    "---此处隐藏1386字,下载后查看---",
    "（阅读全部内容，您需要先登录！）",
    "您的位置：首页 > 范文 > 某某材料",
    "更新时间：2025-12-03 来源：网友投稿 浏览：1832次 【字体：大 中 小】",
    '");',
    "— 2 —",
    "版权声明：本文由网友上传，仅供参考，不得转载。",
    "上一篇：××局2023年度工作总结",
]


def spans(result):
    return [(f.rule, f.start, max(f.end, f.start + 1)) for f in result.findings if f.start is not None]


def places(result):
    return [(f.rule, o.start, max(o.end, o.start + 1)) for f in result.findings if f.start is not None
            for o in f.places()]


def assert_nothing_inside_residue(text):
    result = check_source(Source("t.txt", text), BOOK)
    residue = [(s, e) for rule, s, e in places(result) if rule in RESIDUE]
    for rule, start, end in places(result):
        if rule in RESIDUE:
            continue
        inside = [(s, e) for s, e in residue if start < e and s < end]
        assert not inside, (rule, text[start:end], [text[s:e] for s, e in inside])
    return result


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(BODY + RESIDUE_LINES), min_size=1, max_size=12),
       st.sampled_from(["关于2024年度落实全面从严治党主体责任情况的报告\n", ""]))
def test_no_finding_inside_a_residue_span(lines, title):
    assert_nothing_inside_residue(title + "\n".join(lines) + "\n")


def rules_on(text):
    """The rules of the findings with a place (not the checklist's)."""
    return [f.rule for f in assert_nothing_inside_residue(text).findings if f.start is not None]


def test_no_placeholder_inside_a_watermark():
    assert rules_on("【更%多#@&素@材尽在某某文库】\n") == ["residue"]


def test_no_bracket_finding_on_a_code_residue_line():
    assert rules_on('");\n') == ["residue-line"]


def test_no_typography_fix_on_a_paywall_line():
    assert rules_on("---此处隐藏1386字,下载后查看---\n") == ["residue"]


def test_no_typography_on_a_pinyin_gloss():
    assert rules_on("推动高质量發(fā)展。\n") == ["residue-label"]


def test_formulation_does_not_repeat_a_placeholder():
    assert rules_on("深入学习贯彻***总书记重要讲话精神。\n") == ["placeholder"]


def test_doubled_char_never_fires_on_a_placeholder():
    assert set(rules_on("组织某某同志作表态发言，某某某参加。\n")) == {"placeholder"}


def test_hard_line_breaks_are_one_finding_and_brackets_pair_across_them():
    text = ("关于2023年度工作情况的报告\n"
            "2023年，院党委坚持以习近平新时代中国特色社会主义思想为指导，深入学习“两个\n"
            "确立”的决定性意义，坚决做到“两个维护”，为农业科技自立自强提供坚强保\n"
            "证。全年召开党委会议二十次，研究重大事项四十项，开展《中国共产党纪律处分\n"
            "条例》专题学习，推动全面从严治党向纵深发展，取得了明显的成效和进展。\n")
    found = check_source(Source("t.txt", text), BOOK).findings
    breaks = [f for f in found if f.rule == "residue-line-breaks"]
    assert len(breaks) == 1 and len(breaks[0].places()) == 3  # the last line ends its sentence
    assert not [f for f in found if f.rule == "unbalanced-brackets"]


def test_a_clean_report_has_no_residue():
    text = ("关于2024年度落实全面从严治党主体责任情况的报告\n"
            "2024年，局党委坚持以习近平新时代中国特色社会主义思想为指导。\n"
            "一、政治建设\n全年召开党委会议12次，开通举报电话，参考兄弟单位经验。\n")
    found = check_source(Source("t.txt", text), BOOK).findings
    assert not [f for f in found if f.rule.startswith("residue")]


def _blocks(text):
    return {(f.rule, f.line, f.end_line) for f in check_source(Source("t.txt", text), BOOK).findings
            if f.rule in ("residue-comments", "residue-record")}


def test_a_comment_area_is_one_block_though_its_comments_name_parts_and_carry_times():
    # (a learning platform's comments under a header, each with its commenter and time: the comments' block,
    # ranked above the chat's; a comment naming a part, 第三部分……, or 第二部分 again after the report's 第四部分, is
    # the comment's, not the report's next part)
    report = ("关于2025年度落实全面从严治党主体责任情况的报告\n一、加强政治建设\n局党组坚持学习，全年学习18次。\n"
              "二、存在问题\n理论学习与业务结合不够紧密。\n中共某县卫生健康局党组\n2025年12月26日\n")
    comments = ("评论（2）\n周文彬 12月27日 10:31\n第三部分“发展党员11名”和组织科报的不一致，请核一下。\n"
                "张可 12月28日 14:01\n已按组织科最新台账修改。\n")
    assert _blocks(report + comments) == {("residue-comments", 8, 12)}
    platform = ("收藏 15　点赞 52　分享　评论 3\n林间小路　2026-01-23 19:20\n护林员的事迹很感人！\n回复\n"
                "绿水青山　2026-01-24 08:02\n“林长制”这块数据很扎实。\n回复\n")
    assert _blocks(report + platform) == {("residue-comments", 8, 14)}


def test_the_comments_below_a_related_list_are_the_comments_block():
    # (a news app's 相关推荐 over its comments: the list ends at the comments' header, and every comment is
    # reported, the one that ends in 。 too — not the list's lines through the first comment and nothing after)
    report = ("关于2025年度落实全面从严治党主体责任情况的报告\n一、加强政治建设\n局党组坚持学习，全年学习18次。\n"
              "二、存在问题\n理论学习与业务结合不够紧密。\n中共某县交通运输局党组\n2026年1月6日\n")
    page = ("相关推荐\n青岚县召开2027年交通工作会议  2027-01-07 16:40\n全县农村公路提质改造工程全面完工  2027-01-05 09:12\n"
            "评论 (12)\n山里人：农村公路确实好走多了，点赞！\n青岚老张：希望城乡公交也能多开几班。\n")
    found = {(f.rule, f.line, f.end_line) for f in check_source(Source("t.txt", report + page), BOOK).findings
             if f.rule in ("residue-comments", "residue-related")}
    assert found == {("residue-related", 8, 10), ("residue-comments", 11, 13)}
