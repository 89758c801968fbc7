"""layout: what a paste from a web page leaves around the report.

The outline already knows the report's title and marks what stands around it
as ``aside`` (site navigation and a pasted table of contents above the
title, a repeat of the title and site chrome right after it; see
:func:`linter.outline._front_matter`). This rule type reports those lines,
one kind per rule (``check``):

* ``repeated-title`` — a line that repeats the title (the page title, then
  the same words as the document's heading): one finding per repeat. Above
  the title a line need only be alike (the site's own heading of the page:
  2023年乡镇党委落实…情况报告 over 关于2023年度落实…情况的报告): the Dice
  coefficient of their character pairs at least ``similarity``.
* ``contents`` — a pasted table of contents (目录, lines with dot leaders
  and page numbers; a 范文 page's list of its pieces, 篇一：…… 篇二：……;
  an online document's outline panel, the headings it lists said again
  below, which the outline marks ``CONTENTS``): one finding over the whole block.
* ``edges`` — site chrome at either end of the text: a short line (at most
  ``max-length`` characters) that matches one of ``words``, among the lines
  the outline set aside above the title or after it, and among the last
  ``lines`` lines when they are short and end no sentence (a page footer
  under the signature: 上一篇、相关推荐、购物车; a 公文's 版记 below them,
  抄送：……。, a channel's line, is passed over). A line that ends a
  sentence (。！？) is never chrome. Each line is one finding.
  Words this generic (首页、收藏、购物车) mean chrome only there; in the
  body they are left alone.

* ``page-numbers`` — a PDF's or a scan's page numbers left between the lines
  of the text: lines that hold a number alone, counting on one by one a page
  apart (2, 3, 4); not a table's cells one per line (20, 15, 20), nor its 序号
  column (1, 2, 3 a row apart). Each line is one finding.

* ``pieces`` — a 范文 page's other pieces (篇二, 范文2, 第2篇 and all below): the outline sets
  them aside when a line below the report's text opens the page's second piece
  (:func:`linter.outline._other_pieces`). One finding over them.

* ``doubled`` — a line said twice: a paragraph that repeats word for word one of the few lines right above
  it, or the end of one after a sentence's end (the seam of two screenshots read by OCR, a paste made twice),
  or a paragraph of 40 characters or more, with a figure, said again anywhere below (a contribution pasted
  twice into a draft put together from offices' contributions). Each repeat is one finding.

* ``earlier`` — an earlier report a drafter pasted below this one for reference (==========以下为2025年度报告，
  核对口径用==========): from that line (front-matter.yaml's ``earlier-marks``) to the end; the outline sets it
  aside. So is the rest of the e-mail chain that carried the report, below it: from an earlier mail's header
  (-------- 转发的邮件 --------, 发件人：…, > 在……写道：; front-matter.yaml's ``mail-heads``) to the end, where
  the report is often quoted again as first sent. One finding over it.

* ``alternates`` — a second version of a part a drafter pasted below the first, from its mark
  (front-matter.yaml's ``alternate-marks``: 【备选稿，供领导审定时选用】) to the next part, a closing
  line or the signature (:func:`linter.outline.alternate_blocks`; the outline sets it aside).
  One finding over each.

* ``above-title`` — what a web page puts above the report's title: its own
  headline (…这样写才出彩（附全文）), the account or blog's name, a byline,
  a 导语. Every line the outline set aside above the title, unless it
  matches one of ``keep`` (a document's own header: 文号, 密级, 附件1, a
  date) or ends like a unit's name (rules/outline/front-matter.yaml's
  ``unit-ends``: 中共××委员会 over 关于…的报告) — not where it is a page
  field's value (澜山县教育局 under 发布机构: ``page-fields``) or a site's name
  over its breadcrumb (凤湖县人民政府 over 当前位置：首页 > ……) —, or signs a
  cover note kept above it (``signed``: its office). Each line is one finding.

* ``record`` — what a channel wraps around a report it carried: an e-mail's
  headers and signature, an OA system's 处理单 with its 流转意见, an approval's
  steps (钉钉, 企业微信), a submission system's fields, a chat's messages. A
  run of lines each matching one of ``items`` or quoted (> …, a mail's reply;
  blank lines between allowed), and the lines matching one of ``tail`` right
  after one (a signature's name, unit, telephone), one finding over the run
  when it holds ``min-lines``
  lines and one matching one of ``words`` (发件人：, 审批编号：, 流转意见: what
  only a channel writes). A line matching one of ``heads`` (a chat message's
  sender and time: 钟雨桐 2026/1/15 16:05) is an item, and so are the lines
  after it up to the next head (or the end, when no heading) when they are at
  most two and short — a message (收到，改完数字后按这个格式报市纪委), not the
  report the chat carried; in a text with three or more such heads (a chat's
  export, the report sent in several messages), a head alone is a run too. The report's title is never in a run. A line
  matching one of ``contacts`` (a signature's 电话：0728-…) counts as a word,
  and the signature's lines right above it that match ``tail`` (its name and
  office: 钱雨桐 / 区就业服务中心综合科) go on its run. Lines the outline set
  aside above the title as an e-mail's (a forwarder's note, a reviewer's
  reply above the mail that carried the report) are items.

* ``related`` — the list of other documents a site shows under the text
  (猜你喜欢, 相关文档, then their titles): a short line matching one of
  ``words`` among the last ``lines`` lines, and the lines right after it
  (no blank line between) of a title's length that end no sentence (or
  open with a bullet: ▶ •; not a line matching one of ``ends``, a link
  of its own: 上一篇：…), and lines matching one of ``items`` whatever
  their length or end (a headline's count, 跟帖 12; a comment and its
  date under 网友评论): one finding over each such block.

Options:
  check       ``repeated-title``, ``contents``, ``edges``, ``related``, ``record``, ``above-title``,
              ``pieces``, ``alternates``, ``earlier``, ``doubled`` or ``page-numbers`` (required)
  words       regular expressions (``edges``, ``related``, ``record``)
  ends        regular expressions of lines that end a list (``related``: 上一篇：…; the comments: the
              header of a list of related pages below them)
  items       regular expressions of lines that belong to a list whatever they end with
              (``related``: 跟帖 12, a comment 网友A：写得好！, its date 2天前 · 回复; ``record``:
              the channel's lines, matched at the line's start)
  part-items  regular expressions of lines that belong to a list though the outline reads them as a
              part's heading (``related``: a reviser's 一、根据纪委意见，补充了……)
  heads       regular expressions of a chat message's header line (``record``)
  tail        regular expressions of lines that go on a run right after it (``record``)
  contacts    regular expressions of a signature's contact line (``record``): a word, and the
              ``tail`` lines right above it are its run's
  min-lines   the fewest lines a run is reported with (``record``; default 2)
  titles      whether a list holds titles (``related``; default true; a page's comments
              hold only ``items``: a headline after them is another list's)
  keep        regular expressions of lines that belong above a title (``above-title``;
              for ``repeated-title``: lines above it that may share its words, 中共…委员会文件)
  signed      regular expressions of the lines that sign a cover note kept above a title (its
              office, ……委员会办公室; ``above-title``)
  lines       how many lines at the end are looked at (``edges``, ``related``; default 8)
  max-length  the longest line counted as chrome (``edges``; default 60)
  contents-line  regular expression a line of a table of contents matches
              (``contents``; default: dot leaders or a tab, then a page number)
  similarity  how alike a line above the title must be (``repeated-title``;
              default 0.6)
  header-message  the message of a page header above the title found again in the
              text (``repeated-title``; default: the rule's message), ``{line}``: the other line

Message placeholders: ``{match}`` (the line), ``{line}`` (for
``repeated-title``: the line of the title; for ``contents``: the lines
the table of contents takes, 1—9), ``{first}`` (for ``doubled``: the line
said first).
"""

from __future__ import annotations

import re
from collections import Counter

from linter import regexstore
from linter.checks.options import REQUIRED, boolean, choice, message, positive_int, regex, regex_list
from linter.document import HEADING, PARAGRAPH, TITLE
from linter.outline import (CONTENTS, EARLIER_REPORT, HEADING_MARKER, MAIL, NEXT_REPORT, RUNNING_HEADER, alternate_blocks,
                            earlier_line, field_label, front_matter, mail_tail_line, piece_named)
from linter.prefilter import screen
from linter.similar.dice import alike, pairs

TYPE = "layout"
FIXES = False  # findings carry no fix
FIELDS = {"line", "first"}
def _share(value) -> float:
    from linter.similar.mask import share

    return share(value)


OPTIONS = {
    "check": (choice("repeated-title", "contents", "edges", "related", "record", "above-title", "pieces",
                     "page-numbers", "alternates", "earlier", "doubled"), REQUIRED),
    "words": (regex_list, []),
    "ends": (regex_list, []),
    "items": (regex_list, []),
    "part-items": (regex_list, []),
    "heads": (regex_list, []),
    "tail": (regex_list, []),
    "contacts": (regex_list, []),
    "min-lines": (positive_int, 2),
    "titles": (boolean, True),
    "keep": (regex_list, []),
    "signed": (regex_list, []),
    "lines": (positive_int, 8),
    "max-length": (positive_int, 60),
    "contents-line": (regex, None),
    "similarity": (_share, 0.6),
    "header-message": (message(FIELDS | {"match", "title"}), None),
}

#: Default ``contents-line``: dot leaders (or a tab) and a page number at the end, or 目录.
_CONTENTS = r"(?:[…\.·・‥_—\-]{2,}|\t)\s*\d{1,3}\s*$|^\s*目\s*录\s*$"
#: The shortest title in a list of links (点分享, 在看 are buttons, not titles).
_TITLE_MIN = 6
#: A short line found again, unlike the title, is a running header from this many characters
#: (not a label: 主要做法, 取得成效), and this many lines apart (a page).
_RUNNING_MIN = 8
#: ... or at least this many, where every time it stands right by a page's number.
_RUNNING_SHORT = 4
_RUNNING_GAP = 8
_RUNNING_NOT_END = "。!?:;,、】"
#: A line opened by a heading's numbering (the outline's markers: 一、, （一）, 1.) or a list's mark is no running header.
_LIST_MARKS = "【[#*>-"
#: A running header repeated on this many pages is looked for with half the similarity.
_PAGES = 3
#: A page header above the title found again in the text is at most this long,
_HEADER_MAX = 60
#: and found again before the last this many lines (where the unit signs).
_SIGNATURE_NODES = 4
#: A run of spaces inside a line of a page header (the unit left, the document's name right).
_HEADER_GAP = regexstore.lazy(r"\S {4,}\S")
#: Marks that open an item of a list of links (▶ 我市召开…, • 以案说法丨…; a list item may end
#: in a question). Not element._BULLETS, the marks of Word's bulleted heading lines (■ ◆ ★).
_LINK_MARKS = "▶►•·●▪-"
#: A heading of this level or above (一、…, （一）…) is the report's, not a listed title (1. …).
_PART_LEVEL = 2
#: What ends a sentence in the matching view.
_SENTENCE_END = "。!?"


def validate(options) -> None:
    if options["check"] in ("edges", "related", "record") and not options["words"]:
        raise ValueError(f"的 check: {options['check']} 需要 words（站点元素的词语）")
    if options["contents-line"] is None:
        options["contents-line"] = regexstore.compile(_CONTENTS, re.MULTILINE)


def check(rule, doc, report):
    kind = rule.options["check"]
    if kind == "repeated-title":
        yield from _repeated_title(doc, report, rule.options["similarity"], rule.options["keep"],
                                   rule.options["header-message"], rule.title)
    elif kind == "contents":
        yield from _contents(rule, doc, report)
    elif kind == "related":
        yield from _related(rule, doc, report)
    elif kind == "record":
        yield from _record(rule, doc, report)
    elif kind == "above-title":
        yield from _above_title(rule, doc, report)
    elif kind == "page-numbers":
        yield from _page_numbers(doc, report)
    elif kind == "pieces":
        yield from _pieces(doc, report)
    elif kind == "alternates":
        yield from _alternates(doc, report)
    elif kind == "earlier":
        yield from _earlier(doc, report)
    elif kind == "doubled":
        yield from _doubled(doc, report)
    else:
        yield from _edges(rule, doc, report)


def _squeezed(doc, node) -> str:
    return "".join(doc.norm[node.start:node.end].split())


def _repeated_title(doc, report, similarity: float, keep=(), header_message=None, title_name=""):
    title = doc.title
    if title is None or title.kind != TITLE:
        return
    whole = doc.title_text()
    lines = {whole} | {"".join(line.split()) for line in doc.norm[title.start:title.end].split("\n")}
    lines.discard("")
    line = doc.source.position(title.start)[0]
    title_pairs = None
    short: dict[str, list] = {}  # a short line of the text → its nodes: a PDF's running header repeats
    above: dict[str, object] = {}  # a line above the title → its node (a page header, found again in the text)
    reported: set[int] = set()
    for node in doc.nodes:
        if node is title:
            continue
        if not node.aside or node.aside == RUNNING_HEADER:  # (a running header the outline set aside: still read)
            if node.kind == PARAGRAPH and doc.norm[node.end - 1] not in _SENTENCE_END and (
                    node.end - node.start <= 2 * len(whole) or above and node.end - node.start <= _HEADER_MAX):
                short.setdefault(_squeezed(doc, node), []).append(node)
            continue
        squeezed = _squeezed(doc, node)
        if node.end <= title.start and node.aside != CONTENTS:  # (a 目录's line is said again as its heading)
            above.setdefault(squeezed, node)
        if squeezed in lines:
            reported.add(node.start)
            yield report(node.start, node.end, line=line)
        elif node.end <= title.start and len(squeezed) <= 2 * len(whole) and not any(k.search(squeezed) for k in keep):
            title_pairs = pairs(whole) if title_pairs is None else title_pairs
            own = pairs(squeezed)
            if own and alike(own, title_pairs, similarity):
                reported.add(node.start)
                yield report(node.start, node.end, line=line)
    # in the text: the whole title again, or a shorter form of it on every page (a running header),
    # or once with the unit and the name set apart by a run of spaces (青川县人民法院党组        2024年度主体责任报告)
    # (on three pages or more, the unit and a shorter name: 汶溪县卫生健康局党组 党风廉政建设工作报告 over
    # 关于2025年度党风廉政建设和反腐败工作情况的报告 — half as alike is enough)
    for squeezed, nodes in short.items():
        top = above.get(squeezed)
        if top is not None and len(squeezed) >= _TITLE_MIN and nodes[0].index < len(doc.nodes) - _SIGNATURE_NODES:
            # (not the unit's name above the title and again in its signature at the end)
            # a page's header above the title and again in the text (……会议材料之七　　　内部资料 注意保存)
            def header(node, other):
                at = doc.source.position(other.start)[0]
                text = header_message and header_message.format(
                    line=at, match=doc.source.text[node.start:node.end], title=title_name)
                return report(node.start, node.end, message=text or None, line=at)
            if top.start not in reported:
                yield header(top, nodes[0])
            for node in nodes:
                yield header(node, top)
            reported.update(node.start for node in (top, *nodes))
            continue
        if len(squeezed) > 2 * len(whole):
            continue  # (kept for a header above the title only)
        header = len(nodes) >= 2 or _HEADER_GAP.search(doc.norm, nodes[0].start, nodes[0].end) is not None
        if squeezed == whole or header and len(squeezed) >= _TITLE_MIN and alike(
                pairs(squeezed), pairs(whole) if title_pairs is None else title_pairs,
                similarity / 2 if len(nodes) >= _PAGES else similarity):
            for node in nodes:
                yield report(node.start, node.end, line=line)
            reported.update(node.start for node in nodes)
    yield from _running_headers(doc, report, reported, header_message, title_name)


def _running_headers(doc, report, reported: set, header_message, title_name):
    """A short line of its own found again a page or more apart, unlike the title: a PDF's or a
    scan's running header (恒源精机党建资料 / 石梁县自然资源局党组（讨论稿）), read line by line (a
    hard-wrapped paragraph may have taken one into its text). The lines are counted in C; only a
    line found twice is looked at."""
    norm = doc.norm
    lines = norm.split("\n")
    counts = Counter(lines)
    repeated = [line for line, count in counts.items() if count >= 2
                and _RUNNING_MIN <= len(line.strip()) <= _HEADER_MAX and line.rstrip()[-1] not in _RUNNING_NOT_END]
    short = [line for line, count in counts.items() if count >= 2 and _RUNNING_SHORT <= len(line.strip()) < _RUNNING_MIN
             and line.rstrip()[-1] not in _RUNNING_NOT_END]
    if short:  # (a unit's short name atop every page, right by the page's number: - 1 - / 华川能源集团)
        page_line = front_matter().page_line

        def numbered(i: int) -> bool:
            return 0 <= i < len(lines) and len(lines[i]) <= _HEADER_MAX and page_line.fullmatch(lines[i]) is not None

        for line in short:
            at = [i for i, other in enumerate(lines) if other == line]
            if all(numbered(i - 1) or numbered(i + 1) for i in at):
                repeated.append(line)
    if not repeated:
        return
    title = doc.title
    last = len(lines) - _SIGNATURE_NODES
    listed = {norm[node.start:node.end] for node in doc.nodes if node.aside == CONTENTS}
    for line in repeated:
        if line.strip() in listed:
            continue  # (a 目录's line, said again as the heading it lists: rule residue-contents's)
        found = []  # (line number, start, end)
        at = norm.find(line)
        while at >= 0:
            end = at + len(line)
            if (at == 0 or norm[at - 1] == "\n") and (end == len(norm) or norm[end] == "\n") \
                    and not (title is not None and title.start <= at < title.end):
                number = doc.source.position(at)[0]
                if number < last:  # (not the unit's name again in the signature)
                    found.append((number, at, end))
            at = norm.find(line, end)
        if len(found) < 2 or HEADING_MARKER.match(norm, found[0][1]) or line.lstrip()[:1] in _LIST_MARKS \
                or any(b[0] - a[0] < _RUNNING_GAP for a, b in zip(found, found[1:])):
            continue
        for index, (_, begin, end) in enumerate(found):
            if begin in reported:
                continue
            at = found[1][0] if index == 0 else found[0][0]
            text = header_message and header_message.format(
                line=at, match=doc.source.text[begin:end].strip(), title=title_name)
            yield report(begin, end, message=text or None, line=at)


def _contents(rule, doc, report):
    pattern = rule.options["contents-line"]
    heads = front_matter().contents_head
    block: list = []
    for node in doc.nodes:
        if node.aside and node.kind != HEADING and (node.aside == CONTENTS or pattern.search(doc.norm, node.start, node.end)
                                                    or piece_named(doc.norm, node)  # (篇二：……, a page's list)
                                                    or heads.match(doc.norm[node.start:node.end].strip())):  # (目录 收起)
            if block and not _adjacent(doc, block[-1], node):
                yield _block(doc, block, report)
                block = []
            block.append(node)
    if block:
        yield _block(doc, block, report)


def _pieces(doc, report):
    marker = front_matter().piece_marker
    yield from _aside_tail(doc, report, lambda node: node.kind != TITLE and marker.match(doc.norm, node.start,
                                                                                         node.end))


_WORD = regexstore.lazy(r"[\u4e00-\u9fff]")
#: A line said again at a seam is at least this long (not a short label, a host's stage direction said at each
#: award — （颁奖音乐起，颁奖、合影） — nor an item's 完成进度：已完成（100%）), and found within this many lines
#: (of text: blank lines aside) after the one it repeats.
_DOUBLED_MIN = 18
_DOUBLED_WITHIN = 3
_DOUBLED_FAR = 40  # a paragraph this long (with a figure) is a repeat wherever below it is said again


def _doubled(doc, report):
    """A paragraph that repeats, word for word, one of the few lines just above it or such a line's end
    after a sentence's end — the seam of two screenshots read by OCR, or a paste made twice (……完善制度4项。 /
    12:08 5G 86% / 召开以案促改专题会1次，督促相关科室完善制度4项。) — or a long paragraph of the report's
    said again anywhere below (a contribution pasted twice into a draft put together from several offices'):
    one finding per repeat, naming the line it repeats."""
    norm, nodes, position = doc.norm, doc.nodes, doc.source.position
    said = {}  # the report's long paragraphs, by their text: the first of each
    for i, node in enumerate(nodes):
        size = node.end - node.start
        if size < _DOUBLED_MIN or node.kind not in (PARAGRAPH, HEADING):
            continue
        text = norm[node.start:node.end]
        first = None
        for other in nodes[max(0, i - _DOUBLED_WITHIN):i]:
            gap = other.end - other.start - size
            if gap >= 0 and norm.endswith(text, other.start, other.end) and (
                    gap == 0 or norm[other.end - size - 1] in "。!?;,") and _WORD.search(norm, node.start, node.end):
                # (a line with a word: not a table's rule, ├──┼──┤, drawn again under every row)
                first = other
                break
        far = size >= _DOUBLED_FAR and node.kind == PARAGRAPH and not node.aside
        if first is None and far:
            # (not a line the outline set aside: an earlier report pasted below for reference says much again;
            # and a paragraph of work done, with a figure and words — not a table's rule, +-----+, nor a meeting's
            # formula said at every vote, 现在进行表决。同意的请举手。……)
            first = said.get(text)
            if first is not None and not (_WORD.search(text) and any(c in text for c in "0123456789")):
                first = None
        if first is not None:
            yield report(node.start, node.end, line=str(position(node.start)[0]), first=str(position(first.start)[0]))
        elif far:
            said[text] = node


def _earlier(doc, report):
    yield from _aside_tail(doc, report, lambda node: node.aside == NEXT_REPORT or earlier_line(doc.norm, node)
                           or mail_tail_line(doc.norm, node))


def _aside_tail(doc, report, opens):
    """One finding over the run of lines the outline set aside at the end, from the first of them that
    ``opens`` says opens it (a 范文 page's 篇二; a drafter's 以下为2025年度报告，核对口径用)."""
    nodes = doc.nodes
    if not nodes or not nodes[-1].aside:
        return
    first = len(nodes) - 1  # the run of aside lines at the end
    while first > 0 and nodes[first - 1].aside:
        first -= 1
    for i in range(first, len(nodes)):
        if opens(nodes[i]):
            yield _block(doc, nodes[i:], report)
            return


def _alternates(doc, report):
    for first, last in alternate_blocks(doc.nodes, doc.norm):
        yield _block(doc, doc.nodes[first:last], report)


def _adjacent(doc, before, after) -> bool:
    """Nothing but blank lines between two nodes."""
    return not doc.norm[before.end:after.start].strip()


def _block(doc, nodes, report):
    first = doc.source.position(nodes[0].start)[0]
    last = doc.source.position(nodes[-1].end)[0]
    return report(nodes[0].start, nodes[-1].end, line=f"{first}—{last}" if last > first else str(first))


_NUMERALS = str.maketrans("", "", "一二三四五六七八九十百零〇0123456789")


def _styled_above(doc, heading, first) -> bool:
    """Does ``heading`` go on from the report's parts above ``first`` (二、 after 一、; 第三部分 after 第二部分; 七、 after a
    六、 left unnumbered)?
    A line of a comment under a list's header that names a part — 第三部分“发展党员11名”……请核一下 under a
    report whose parts are 一、二、, 第二部分我按你的意见补了第四条 after its 第四部分 — is the comment's, not the
    report's next part."""
    style = heading.marker.translate(_NUMERALS)
    last = None
    for n in doc.nodes[:first.index]:
        if n.kind == HEADING and n.level == heading.level and n.marker.translate(_NUMERALS) == style:
            last = n
    return last is not None and (heading.number is None or last.number is None or heading.number > last.number)


def _related(rule, doc, report):
    words, ends, items = rule.options["words"], rule.options["ends"], rule.options["items"]
    norm = doc.norm
    if doc.cache is not None:
        words = screen(words, norm, doc.cache)  # (only those whose strings the text holds: most reports hold none)
        if not words:
            return
    part_items = rule.options["part-items"]
    titles = rule.options["titles"]
    widest = rule.options["max-length"]
    nodes = [n for n in doc.nodes[-rule.options["lines"]:] if n.kind != TITLE]
    i = 0
    while i < len(nodes):
        node = nodes[i]
        i += 1
        if node.end - node.start <= widest and any(w.search(norm, node.start, node.end) for w in words):
            block = [node]
            spaced = None  # a copy that sets every line apart (WeChat, Markdown) sets its list apart too
            for after in nodes[i:]:
                gap = norm.count("\n", block[-1].end, after.start)
                if spaced is None:
                    spaced = gap == 2
                blank = gap > (2 if spaced else 1)
                ended = any(end.match(norm, after.start, after.end) for end in ends)  # (上一篇:…, a link of its own)
                titled = titles and _TITLE_MIN <= after.end - after.start <= widest and (
                    norm[after.end - 1] not in _SENTENCE_END or norm[after.start] in _LINK_MARKS)
                part = after.kind == HEADING and after.level <= _PART_LEVEL
                if part and any(item.match(norm, after.start, after.end) for item in part_items):
                    block.append(after)  # (an item numbered as a part is: 一、根据纪委意见，……)
                    continue
                part = part and _styled_above(doc, after, block[0])
                if blank or ended or part or not titled and not any(
                        item.match(norm, after.start, after.end) for item in items):
                    break  # the list ends at a blank line, a line of ``ends``, a part of the report (七、…), or
                    # what is no title nor item: the report's text, 点赞
                block.append(after)
            i += len(block) - 1
            yield _block(doc, block, report)  # (another list may follow: 作者最新文章 …, then 相关推荐 …)


#: A chat message (the lines under its sender and time) is at most this many lines.
_MESSAGE_LINES = 2
#: A signature above its contact line is at most this many lines (a name, an office, its unit).
_SIGNATURE_LINES = 3
#: A run that a contact line makes a signature is at most this many lines (此致 / 敬礼！ / name / office / 电话 / 发自我的iPhone).
_SIGNATURE_RUN = 6


#: A record's line patterns joined into one expression each, by their texts (built-in patterns only).
_JOINED: dict = {}


def _joined(patterns):
    """``patterns`` (each opened by ``^``) as one expression, matched once per line (a call per pattern
    and line cost a one-report check ~2 M instructions; a scan of the whole text for line starts, as
    much again); None for a user's patterns (run by ``regex``, with a time limit: one by one)."""
    from linter.checks.options import LazyPattern

    if not patterns or not all(type(p) is LazyPattern for p in patterns):
        return None
    source = "|".join(f"(?:{p.pattern})" for p in patterns)
    joined = _JOINED.get(source)
    if joined is None:
        joined = _JOINED[source] = regexstore.compile(source, re.MULTILINE)
    return joined


def _record(rule, doc, report):
    options = rule.options
    words, items, heads, tail = options["words"], options["items"], options["heads"], options["tail"]
    contacts = options["contacts"]
    widest, fewest = options["max-length"], options["min-lines"]
    norm = doc.norm
    title = doc.title
    nodes = [n for n in doc.nodes if n is not title]
    count = len(nodes)
    text = doc.source.text
    joined = {id(patterns): _joined(patterns) for patterns in (items, heads, tail, contacts)}

    def matches(patterns, node) -> bool:
        one = joined[id(patterns)]
        if one is None:
            return any(p.match(norm, node.start, node.end) for p in patterns)
        return one.match(norm, node.start, node.end) is not None

    def quoted(node) -> bool:  # (> …: a mail's quoted line, its mark blanked in the matching view)
        return text[norm.rfind("\n", 0, node.start) + 1:node.start + 1].lstrip(" \t").startswith(">")

    def gap(before, after) -> int:
        return norm.count("\n", before.end, after.start)

    chat = None  # (how many lines of the text are a message's head: counted when first asked)

    def chatty() -> bool:
        nonlocal chat
        if chat is None:
            chat = sum(1 for n in nodes if matches(heads, n))
        return chat >= _CHAT_HEADS

    def qualifies(run) -> bool:  # (two messages' heads are a chat as surely as a word)
        if any(matches(heads, n) for n in run) and chatty():
            return True  # (a head alone between two chunks of a report sent in a chat's messages)
        return len(run) >= fewest and (any(w.search(norm, n.start, n.end) for n in run for w in words)
                                       or sum(1 for n in run if matches(heads, n)) >= 2
                                       or contacts and len(run) <= _SIGNATURE_RUN and any(matches(contacts, n) for n in run)
                                       and any(matches(tail, n) and not matches(contacts, n) and not matches(items, n)
                                               for n in run))
    # (a contact line under a signature's name or office, not a unit's own 联系人：… / 电话：… under its report;
    # a signature's few lines, not a quoted report that ends with one)

    def signed(at: int) -> list:  # (a contact line's signature above it: its name, its office)
        first = at
        while first > settled and at - first < _SIGNATURE_LINES and gap(nodes[first - 1], nodes[first]) <= 1 \
                and matches(tail, nodes[first - 1]) and not matches(contacts, nodes[first - 1]):
            first -= 1
        return nodes[first:at]

    def flush(upto: int):  # (the run so far, reported when it qualifies: the nodes before ``upto`` are taken)
        nonlocal settled
        if qualifies(run):
            yield _block(doc, run, report)
            settled = upto

    run: list = []
    settled = 0  # (the first node no earlier run took)
    i = 0
    while i < count:
        node = nodes[i]
        if run and (gap(run[-1], node) > 2 or title is not None and run[-1].start < title.start < node.start):
            yield from flush(i)
            run = []
        i += 1
        if matches(heads, node):
            run.append(node)
            j = i  # the message under the head: up to the next head, short, at most two lines
            while j < count and j - i < _MESSAGE_LINES and not matches(heads, nodes[j]) \
                    and nodes[j].end - nodes[j].start <= widest and gap(nodes[j - 1], nodes[j]) <= 1:
                j += 1
            # (a last message runs to the end of the text, and is no heading: after the last head, a
            # heading is the report's next part)
            if j > i and (j < count and matches(heads, nodes[j])
                          or j == count and not any(n.kind == HEADING for n in nodes[i:j])):
                run.extend(nodes[i:j])
                i = j
        elif node.aside == MAIL or matches(items, node) or quoted(node) \
                or run and gap(run[-1], node) <= 1 and matches(tail, node):  # (MAIL: the outline's, above the title)
            run.append(node)
        elif contacts and matches(contacts, node):
            if run and gap(run[-1], node) > 1:
                yield from flush(i - 1)
                run = []
            run = run + [node] if run else signed(i - 1) + [node]
        else:
            yield from flush(i - 1)
            run = []
    yield from flush(count)


def _edges(rule, doc, report):
    words = rule.options["words"]
    widest = rule.options["max-length"]
    norm = doc.norm
    seen = set()
    candidates = [n for n in doc.nodes if n.aside]
    tail = []
    channel = None
    for node in reversed(doc.nodes[-rule.options["lines"]:]):
        if node.kind == TITLE or node.end - node.start > widest:
            break
        if norm[node.end - 1] in _SENTENCE_END:
            if channel is None:
                channel = front_matter().channel_line
            if channel.match(norm, node.start, node.end):
                continue  # (a 公文's 版记 under the signature, 抄送：……。: the seal's line above it is still the tail's)
            break
        tail.append(node)
    for node in candidates + tail[::-1]:
        if node.index in seen or node.end - node.start > widest or norm[node.end - 1] in _SENTENCE_END:
            continue  # a long line, or a sentence: the report's text
        if _TABLE_ROW.search(norm, node.start, node.end):
            continue  # a table's row of figures (“云岭通”注册用户⇥万人⇥176⇥230): an appended table's, not a menu
        seen.add(node.index)
        if any(w.search(norm, node.start, node.end) for w in words):
            yield report(node.start, node.end)


#: A text with at least this many lines that are a chat message's head (钟雨桐 2026/1/15 16:05) is a chat's
#: export: each such line is the chat's, even alone between two chunks of the report its messages carried.
_CHAT_HEADS = 3


#: A table's cell of figures after a tab (⇥176⇥230⇥+54), or a numbered row of cells (3｜在职教师违规有偿补课问题时有发生｜
#: 开展专项治理，畅通家长举报渠道｜…: an appended 问题清单's, not a menu).
_TABLE_ROW = regexstore.lazy(r"\t *[+-]?\d|^[ \t]*\d{1,3} *[|｜]", re.M)


#: A page number alone on its line is at most this many digits.
_PAGE_DIGITS = 3


def _page_numbers(doc, report):
    """Lines that hold a number alone, counting on one by one a page apart (2, 3, 4 between the
    lines of a PDF's or a scan's text, at least _RUNNING_GAP lines apart): its page numbers. A
    number that does not count on from the one before (a table's cells one per line: 20, 15, 20),
    or does a few lines below it (a table's 序号 column: 1, 2, 3 a row apart), is left alone."""
    from linter.outline import front_matter

    norm = doc.norm
    numbers = []
    columns = front_matter().number_columns
    column = False  # (below a table's header cell alone on its line, 序号: the numbers are its column's cells)
    for node in doc.nodes:
        if node.kind != TITLE and node.end - node.start <= _PAGE_DIGITS + 4:
            text = norm[node.start:node.end].strip()
            if 0 < len(text) <= _PAGE_DIGITS and text.isascii() and text.isdigit() and not column:
                numbers.append((int(text), node))
            column = column or text in columns
    counted = set()
    for (number, node), (after, later) in zip(numbers, numbers[1:]):
        if after == number + 1 and norm.count("\n", node.end, later.start) >= _RUNNING_GAP:
            counted.update((node.index, later.index))
    for _, node in numbers:
        if node.index in counted:
            yield report(node.start, node.end, line=str(doc.source.position(node.start)[0]))


def _above_title(rule, doc, report):
    title = doc.title
    if title is None:  # (a title found below the page's lines, or a Markdown “# title”)
        return
    from linter.outline import front_matter

    keep = rule.options["keep"]
    unit_end = front_matter().unit_end
    notes = front_matter().template_note
    norm = doc.norm
    noted = False  # (under a kept label of notes — 报送说明 — its numbered items are the sender's too)
    label = False  # (the line above was a page's field label alone, 发布机构: this line is its value)
    signed = rule.options["signed"]
    sent = False  # (below a cover note's sentence, 现将……报上，请审阅。: its signature)
    above = [node for node in doc.nodes if node.start < title.start and node.aside]
    for position, node in enumerate(above):
        if node.aside == EARLIER_REPORT:  # (the tail of the report before it in a compilation: its signature too)
            yield report(node.start, node.end)
            continue
        line = norm[node.start:node.end].strip("*# \t")  # (Markdown: **中共某某委员会**)
        if noted and HEADING_MARKER.match(line):
            continue
        noted = False
        valued, label = label, False
        kept = not line or any(k.search(line) for k in keep) or sent and any(k.search(line) for k in signed)
        if not kept and line.endswith(unit_end) and not valued and not (
                position == 0 and len(above) > 1 and _page_chrome(norm, above[1], keep)):
            # (a unit's name — not a field's value, 澜山县教育局 under 发布机构, nor a site's name over its page's
            # chrome, 凤湖县人民政府 over 当前位置：首页 > ……)
            kept = True
        if kept:
            noted = bool(notes.match(line))
            sent = sent or bool(front_matter().cover_note.search(line))
            continue
        sent = False
        label = field_label(line)
        yield report(node.start, node.end)


def _page_chrome(norm: str, node, keep) -> bool:
    """Whether ``node``, a line above the title, is a page's breadcrumb (当前位置：首页 > 信息公开 > ……): a path
    of the site's sections, not kept."""
    line = norm[node.start:node.end].strip("*# \t")
    return line.count(">") + line.count("›") >= 2 and not any(k.search(line) for k in keep)

