"""Parse a normalized text into a :class:`~linter.document.Document`.

The grammar is ``outline.lark`` (LALR, contextual lexer), parsed by the
parser Lark's stand-alone tool generated from it (``linter/_outline_parser.py``,
``scripts/gen_outline_parser.py``), loaded once per process on first use. A
text the grammar cannot parse still yields a Document: every non-blank line
becomes a paragraph.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter

from linter import regexstore
from linter.document import HEADING, PARAGRAPH, TITLE, Clause, Document, OutlineNode
from linter.numerals import from_chinese
from linter.sources.base import Source

_parser = None

#: Heading terminal → outline level (Markdown levels come from the # count).
_LEVELS = {"H1": 1, "H2": 2, "H3": 3, "H4": 4, "H5": 5, "HPART": 1, "HZERO": 1}
_STRIP = " \t\r"
_SENTENCE_END = "。;:!?"
#: A title is a short first line with no sentence-ending mark.
_TITLE_MAX = 60


def _standalone():
    """``linter._outline_parser``: the LALR parser of ``outline.lark`` that
    Lark's stand-alone tool generated (``scripts/gen_outline_parser.py``) —
    Lark's own lexer, parser and tree classes with the analysed grammar as
    data. Importing it costs about half of importing the lark package (whose
    grammar loader, Earley and CYK parsers, pickle and tempfile a check never
    uses), and nothing is analysed or loaded from the cache at run time.
    Imported without the regex module, which the generated code would import
    whenever it is installed (a dependency of zhidang, for user rulebooks
    only) for an option (``regex=True``) never used here."""
    if "linter._outline_parser" not in sys.modules and "regex" not in sys.modules:
        sys.modules["regex"] = None  # makes `import regex` fail inside the module
        try:
            from linter import _outline_parser  # noqa: F401
        finally:
            del sys.modules["regex"]
    from linter import _outline_parser

    return _outline_parser


def _get_parser():
    global _parser
    if _parser is None:
        _parser = _load_parser(_standalone())
    return _parser


#: What the generated parser was made with (``Lark(grammar, **_OPTIONS)``;
#: tests/test_outline.py compares the two).
_OPTIONS = {"parser": "lalr", "lexer": "contextual"}


def _load_parser(standalone):
    """The generated module's parser, its lexer compiling through :class:`_StoredRe`."""

    class Lark(standalone.Lark):
        def _deserialize_lexer_conf(self, data, memo, options):
            conf = super()._deserialize_lexer_conf(data, memo, options)
            conf.re_module = _StoredRe
            return conf

    parser = Lark._load_from_dict(standalone.DATA, standalone.MEMO)
    if (parser.options.parser, parser.options.lexer) != (_OPTIONS["parser"], _OPTIONS["lexer"]):
        raise RuntimeError("linter/_outline_parser.py is not the outline parser: run scripts/gen_outline_parser.py")
    lines = _LineLexer.fitting(parser.parser, standalone)
    if lines is not None:
        parser.parser.lexer = lines
    return parser


class _LineLexer:
    """Lark's contextual lexer as it works on this grammar, without its cost
    per token: every parser state that reads a token accepts every terminal
    (a line is a heading, a paragraph or blank wherever it comes), so the
    state need not be looked at; and no terminal is ignored or has a callback.
    The tokens are those of Lark's own scanner — its compiled alternation of
    the grammar's terminals, in its order, matched at each position — with
    their line and column counted the simple way: each token is one line
    ending in its newline. A position where no terminal matches raises
    Lark's :class:`LexError` (``parse`` then falls back, as it does for
    Lark's UnexpectedCharacters). :meth:`fitting` checks those conditions on
    the loaded grammar; when one fails, Lark's lexer is kept."""

    def __init__(self, scanner, token, error):
        self.mres = scanner._mres
        self.token = token._future_new  # (Token's own constructor, without the keyword handling of __new__)
        self.error = error

    @classmethod
    def fitting(cls, frontend, standalone) -> _LineLexer | None:
        lexer = frontend.lexer
        conf = frontend.lexer_conf
        if type(lexer) is not standalone.ContextualLexer or conf.ignore or conf.postlex or conf.callbacks:
            return None
        root = lexer.root_lexer
        names = {t.name for t in root.terminals}
        if any(names - {t.name for t in state.terminals} and state.terminals for state in lexer.lexers.values()):
            return None  # a state that accepts only some terminals: the contextual lexer decides
        if any(t.pattern.min_width < 1 or not t.pattern.to_regexp().endswith(("\\n", "\n")) for t in root.terminals):
            return None  # tokens that are not whole lines
        return cls(root.scanner, standalone.Token, standalone.LexError)

    def lex(self, lexer_state, parser_state):
        text = lexer_state.text
        string, pos, end = text.text, text.start, text.end
        mres, token = self.mres, self.token
        line = lexer_state.line_ctr.line
        while pos < end:
            for mre in mres:
                m = mre.match(string, pos, end)
                if m is not None:
                    break
            else:
                raise self.error(f"no terminal matches at {pos}")
            stop = m.end()
            value = m.group()
            below = line + value.count("\n")  # (one: each terminal is a line)
            yield token(m.lastgroup, value, pos, line, 1, below, 1, stop)
            line = below
            pos = stop


class _StoredRe:
    """The ``re`` module as Lark's lexer uses it (``compile``, ``match``,
    ``error``), its terminals compiled through :mod:`linter.regexstore`: the
    contextual lexer's combined patterns cost ~7 ms to compile."""

    error = re.error
    match = staticmethod(re.match)

    @staticmethod
    def compile(pattern, flags=0):
        return regexstore.compile(pattern, flags)


def marker_number(marker: str) -> int | None:
    """The number in a heading or run-in marker: 三、 → 3, (12) → 12, 二是 → 2,
    第二, → 2, 第二部分 → 2, 第二件事 → 2, 【三】 → 3, 叁、 → 3, Ⅲ. → 3, C. → 3, ❸ → 3, 1.2.3 → 3, 第3题 → 3, Q9. → 9,
    ㈢ → 3, 第3项 → 3."""
    core = marker.strip(" \t()、.,:是其#第部分个方面章节板版块题件事项指标任务专*【】〔〕〈〉《》‘`'[|｜\ufe0f\u20e3").replace(" ", "")  # (and a keycap's marks: 1️⃣)
    if core[:1] == "Q" and core[1:].isdigit():
        return int(core[1:])  # (a form's question: Q9.)
    if core in ("-", "—", "－"):
        return 1  # 一、 as OCR reads it: -、
    if core == "=":
        return 2  # 二、 as OCR reads it: =、
    if core and not core.strip("IVX"):
        return _roman(core)  # (Roman numerals in Latin letters: I、 VII、; no letter of A. B. goes past H.)
    if len(core) == 1:
        if "①" <= core <= "⒇":  # ① … ⑳, ⑴ … ⒇
            return (ord(core) - ord("①")) % 20 + 1
        for first, last in _SERIES:
            if first <= core <= last:
                return ord(core) - ord(first) + 1
    if core.isdigit():
        return int(core)
    if core == "l":
        return 1  # (1. as OCR reads it: l.)

    if "." in core and core.replace(".", "").isdigit():
        return int(core.rsplit(".", 1)[1])  # 1.2.3: the last part
    return from_chinese(core.translate(_FINANCIAL))


def _roman(numeral: str) -> int:
    values = [{"I": 1, "V": 5, "X": 10}[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


#: A dot between two numbers of a decimal marker (1.2.3).
_DECIMAL_DOT = regexstore.lazy(r"\d\.(?=\d)")
#: Markers numbered by a run of characters: Roman Ⅰ…Ⅻ, Latin A…Z, ❶…❿, ➊…➓.
_SERIES = (("Ⅰ", "Ⅻ"), ("A", "Z"), ("❶", "❿"), ("➊", "➓"), ("㈠", "㈩"))
#: The financial numerals (壹、贰、) as the plain ones.
_FINANCIAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾", "一二三四五六七八九十")


def parse(source: Source, norm: str) -> Document:
    """Build the outline of ``source`` from its matching view ``norm``."""
    LarkError = _standalone().LarkError  # noqa: N806

    text = norm + "\n"
    try:
        tree = _get_parser().parse(text)
        lines = [(item.data, item.children[0].start_pos, item.children[0].end_pos - 1) for item in tree.children]
    except LarkError:
        return Document(source, norm, _fallback_nodes(norm), parsed=False)
    nodes: list[OutlineNode] = []
    styled = source.outline_levels
    formatted: dict[int, int] = {}  # id of a marker heading → its level by formatting (a Word style)
    for kind, start, end in lines:
        node = _node(kind, start, end, text, len(nodes), norm)
        if node is None:
            continue
        if styled:
            level = styled.get(source.position(node.start)[0])
            if level is not None and node.kind == PARAGRAPH:
                _promote(node, level)
            elif level is not None and node.kind == HEADING:
                formatted[id(node)] = level  # “一、严明纪律” styled 标题 1
        if node.kind == PARAGRAPH and norm.startswith("**", node.start):
            _bold_heading(node, norm)
        if node.kind == PARAGRAPH and not styled and norm[node.end - 1] not in _SENTENCE_END:
            glued = _glued_heading(node, nodes, text, norm)
            if glued is not None:  # (……责任链条。二、强化理论武装，筑牢思想根基: the paragraph, then the heading)
                nodes.extend(glued)
                continue
        nodes.append(node)
    if not styled and source.format != "docx" and len(nodes) >= _WRAP_LINES:
        width = _wrap_width(nodes, norm)
        if width:
            nodes = _unwrapped(nodes, norm, width)
    if '\t"' in norm:
        _quoted_cells(nodes, norm)
    if "附件" in norm:
        _attachment_lists(nodes, norm)
    if any(node.kind == HEADING and _ordinal(node) for node in nodes):
        _ordinals(nodes, norm)
    if "一是" in norm:
        _runin_lines(nodes, norm)
    _numbered_paragraphs(nodes, norm)
    if "0" in norm:
        nodes = _numbers_above(nodes, norm)
    if "PART" in norm or "Part" in norm:
        _part_labels(nodes, norm)
    nodes = _markers_above(nodes, norm)
    _restarted(nodes, norm)
    _items_continued(nodes, norm)
    _slipped_parts(nodes)
    if "**" in norm:
        _bold_lines(nodes, norm)
    if _BULLETS_IN.search(norm):
        _bullet_headings(nodes, norm)
    if ":\n" in text or "】\n" in text:
        _label_headings(nodes, norm)
    _plain_labels(nodes, norm)
    nodes = _front_matter(nodes, norm)
    _running_headers(nodes, norm)
    _other_pieces(nodes, norm)  # (its marks are front-matter.yaml's: no word of theirs is tested here first)
    for first, last in alternate_blocks(nodes, norm):
        for node in nodes[first:last]:
            node.aside = True
            _demote(node)
    return Document(source, norm, _link(nodes, norm, formatted))


#: Hard-wrapped text (copied out of a PDF viewer or a mail client: a line break every N
#: characters, in mid-sentence): at least this many lines of at least _WRAP_MIN characters, ...
_WRAP_LINES = 12
_WRAP_MIN = 12
#: ... this share of them within _WRAP_SLACK characters of the commonest length, N (between
#: these widths): a line that long is full, and the next line of the paragraph follows it.
_WRAP_SHARE = 0.6
_WRAP_WIDTHS = (20, 60)
_WRAP_SLACK = 3
#: An indented line opens a paragraph of hard-wrapped text where at most this share of its lines are indented.
_WRAP_INDENTED = 0.4
_INDENT = frozenset(" \t")
#: ... and where this share of lines have a blank line after them, paragraphs are told apart by
#: their last line alone (a line shorter than N), not by blank lines.
_WRAP_SPACED = 0.7
#: A table's or a form's rows are of one width too: not wrapped text.
_CELL_BORDERS = "|│┃"


def _wrap_width(nodes: list[OutlineNode], norm: str) -> int:
    """N when the text is hard-wrapped every N characters, else 0."""
    lengths = [node.end - node.start for node in nodes if node.end - node.start >= _WRAP_MIN]
    if len(lengths) < _WRAP_LINES or any(mark in norm for mark in _CELL_BORDERS):
        return 0
    counts = Counter(lengths)
    width = max(counts, key=counts.__getitem__)  # (most_common would import heapq: the first of the commonest)
    full = sum(1 for length in lengths if width - _WRAP_SLACK <= length <= width + _WRAP_SLACK)
    return width if _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1] and full >= _WRAP_SHARE * len(lengths) else 0


#: A line with a word in it (not a rule of ★ or ——).
_WORDY = regexstore.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
#: What a title's line does not hold (a wrapped line of a sentence does).
_TITLE_NOT = ",。;:!?"
#: A line with a Chinese word in it: a report's line.
_HAN = regexstore.lazy(r"[\u4e00-\u9fff]")
#: An addressee's line (主送: 县卫生健康局党委：) is at most this long.
_ADDRESSEE_MAX = 16


def _unwrapped(nodes: list[OutlineNode], norm: str, width: int) -> list[OutlineNode]:
    """Join the lines of hard-wrapped text into the paragraphs they were (a
    heading broken over two lines into one heading): a full line (within
    _WRAP_SLACK of ``width``) runs on into the next line when that line
    follows it directly (or after one blank line, where every line has one)
    and is not indented; a full numbered heading without a sentence end runs
    on only into a short last line (一、坚持不懈强化理论武装，……开 / 花结果),
    not into the paragraph below it. The nodes keep their offsets: a joined
    node spans several lines of the text."""
    spaced = sum(1 for a, b in zip(nodes, nodes[1:]) if norm.count("\n", a.end, b.start) == 2) \
        >= _WRAP_SPACED * (len(nodes) - 1)
    # (a text whose paragraphs' first lines are indented, and only they: an indented line opens a paragraph
    # even after a full line — 　　三是夯实基层基础，…… after ……现象明显减少。 of the width of the rest)
    indented = {i for i, node in enumerate(nodes) if norm[node.start - 1:node.start] in _INDENT}
    openers = len(indented) <= _WRAP_INDENTED * len(nodes)
    page_line = front_matter().page_line  # (a page's number between two lines: — 3 —, 第3页 共8页)
    out: list[OutlineNode] = []
    for i, node in enumerate(nodes):
        last = out[-1] if out else None
        if last is not None and node.kind == PARAGRAPH and not (openers and i in indented) \
                and _runs_on(last, node, norm, width, spaced) and not page_line.fullmatch(norm, node.start, node.end):
            _join(last, node, norm)
        else:
            out.append(node)
    return out


def _runs_on(last: OutlineNode, node: OutlineNode, norm: str, width: int, spaced: bool) -> bool:
    """Does the line of ``node`` continue the paragraph (or heading) ``last``?"""
    if last.kind == HEADING and last.marker.startswith("#"):
        return False
    between = norm[last.end:node.start]
    if between.count("\n") != (2 if spaced else 1) or between.strip(" \t\r\n"):
        return False  # not the next line, or indented: a paragraph of its own
    line_start = norm.rfind("\n", 0, last.end) + 1
    full = last.end - max(line_start, last.start) >= width - _WRAP_SLACK
    if not full:
        return False
    if norm[line_start:line_start + 1] not in " \t" and not any(mark in norm[line_start:last.end] for mark in _TITLE_NOT) \
            and _TRAILING_NOTE.sub("", norm[line_start:last.end].rstrip()).endswith(front_matter().title_end):
        return False  # a title's line, as long as the text's lines (……主体责任情况报告; a page's ……情况的报告（附件）), runs into no paragraph
        # (not a paragraph's indented first line that breaks after 述职)
    if last.start >= line_start and is_chrome(norm[line_start:last.end]):
        return False  # a page's line (附件：……主体责任 over the title's own first line) runs into no line
    line = norm[node.start:node.end].strip()
    if not _HAN.search(norm, line_start, last.end) or not _WORDY.search(line) or len(line) <= _ADDRESSEE_MAX \
            and line.endswith(":") and line[:-1].rstrip().endswith(front_matter().unit_end):
        return False  # a masthead's rule (★★★★★), a line without a Chinese word (a converter's watermark:
        # Evaluation Warning: The document was …), or the addressee below a title (县委: / 市国资委党委:)
    if last.kind == PARAGRAPH or last.start < line_start \
            or any(mark in norm[last.start:last.end] for mark in _SENTENCE_END):
        return True  # a line of text: the paragraph goes on
    # a numbered heading's line without a sentence end goes on into its short last line only
    return node.end - node.start < width - _WRAP_SLACK and not any(mark in norm[node.start:node.end] for mark in _SENTENCE_END)


def _join(last: OutlineNode, node: OutlineNode, norm: str) -> None:
    """Extend ``last`` over the line of ``node`` (its next line). Lines of
    plain text stay split lazily, their sentences read across the break."""
    if last.kind == PARAGRAPH and not last.split_clauses and not node.split_clauses:
        last.end = node.end  # (neither holds a run-in marker: the sentences tile the joined lines)
        first = _SENTENCE.match(norm, last.start, last.end).end()
        last.split_later((last.start, first), _sentences, norm, last.start, last.end)
        last.title_end = first
        return
    clauses, more = last.clauses, node.clauses
    heading_ran_to_end = last.kind == HEADING and last.title_end >= last.end - 1
    if clauses and more and norm[clauses[-1].end - 1] not in _SENTENCE_END and not more[0].runin:
        head = clauses[-1]
        clauses[-1] = Clause(head.start, more[0].end, head.runin, head.number)  # one sentence across the break
        more = more[1:]
    clauses.extend(more)
    last.end = node.end
    if heading_ran_to_end and clauses:  # (a heading's title broken over two lines)
        end = clauses[0].end
        while end > last.title_start and norm[end - 1] in _SENTENCE_END + _STRIP:
            end -= 1
        last.title_end = end
    elif last.kind == PARAGRAPH and clauses:
        last.title_end = clauses[0].end


#: A line that is all bold and no sentence: a heading in a Markdown report (**下一步打算**).
_BOLD_LINE = regexstore.lazy(r"\*\*([^*\n。!?;:]{2,30}\??)\*\*")  # (or a question: **原因何在？**)


def _bold_lines(nodes: list[OutlineNode], norm: str) -> None:
    """In a report whose parts are Markdown headings (## 六、…), a line all in
    bold below them (**问题与差距**, **下一步打算**) is a heading of the level of
    the Markdown heading before it: the next part, not a line of the last one."""
    level = 0
    for node in nodes:
        if node.kind == HEADING and node.marker.startswith("#"):
            level = node.level
        elif level and node.kind == PARAGRAPH and _BOLD_LINE.fullmatch(norm, node.start, node.end):
            node.kind, node.level, node.marker, node.number = HEADING, level, "#" * level, None
            node.title_start, node.title_end = node.start + 2, node.end - 2
    if not level:
        _bold_parts(nodes, norm)


#: A report's parts headed by lines all in bold are at least this many.
_BOLD_PARTS_MIN = 2
#: Such a line: no sentence end, a label's colon inside it (**政治建设：坚定捍卫“两个确立”**), none at its end (**同志们：**).
_BOLD_PART = regexstore.lazy(r"\*\*([^*\n。!?;]{1,40}[^*\n。!?;:]\??)\*\*")


def _bold_parts(nodes: list[OutlineNode], norm: str) -> None:
    """In a report without parts numbered 一、, lines all in bold and no sentence, each over
    text of its own (**做法和成效** / paragraphs / **不足之处** / 1.…… 5.…… / **下一步** / ……), are its
    parts where one of them heads a numbered list: headings of the first level, over the numbered
    items that follow them (not a list of bold lines, nor a title in bold). (Elsewhere the checklist
    reads such lines as it reads a bare heading line.)"""
    if any(_marked(node) and node.level <= 1 for node in nodes):
        return
    found = [i for i in range(1, len(nodes) - 1) if nodes[i].kind == PARAGRAPH and not nodes[i].aside
             and _BOLD_PART.fullmatch(norm, nodes[i].start, nodes[i].end)]
    found = [i for i in found if i - 1 not in found and i + 1 not in found and nodes[i - 1].kind != TITLE]
    if len(found) < _BOLD_PARTS_MIN or not any(
            nodes[i + 1].kind == HEADING and nodes[i + 1].number == 1 and nodes[i + 1].level >= 3 for i in found):
        return  # (only over numbered items: where a list of 1. …… sits under one, they are the level above it)
    for i in found:
        node = nodes[i]
        _as_heading(node, 1, "**", node.start + 2, node.end - 2)


#: A bullet symbol that some reports set before each part's heading (■ 存在的问题), and the emoji a
#: phone sets there (✅存在的问题, 🔸明年打算), or a slide deck (▶ 政治建设 over its bullets: a page's related links,
#: ▶ ……, are a run of such lines, no heading; nor is a video's ▶ 会议现场｜…… caption), and ▲ only as
#: :data:`_CAPTION_SYMBOL`.
_BULLET_SYMBOLS = "■□◆◇●○★☆◼▪❖◉◎✅✔☑🔸🔹🔶🔷📌▲▶►➤"
#: The symbol a web page sets before a picture's caption (▲图为……, ▲3月10日，……召开: residue) more often than a
#: report before its parts (▲ 政治建设 / ▲ 存在的问题): a bullet only where its lines head the report's parts (at
#: least :data:`_CAPTION_PARTS` of them, the first before any numbered heading and any other symbol's line) and none
#: of the lines it opens names a picture (front-matter.yaml's picture-words: 现场, 供图, ……).
_CAPTION_SYMBOL = "▲"
_CAPTION_PARTS = 3
_BULLETS_IN = regexstore.compile(rf"(?m)^[ \t]*[{_BULLET_SYMBOLS}]")
#: Of those, the ones a template's blank is made of (○○镇党委……, □□): never a bullet set twice.
_BLANK_SYMBOLS = "○□"
_TWICE = "".join(symbol for symbol in _BULLET_SYMBOLS if symbol not in _BLANK_SYMBOLS)
#: A line that is such a symbol (or two of it, but for a blank's: ★★ 存在的不足) and a short title: no sentence end
#: inside (■ 以警示教育开局，纪律防线再加固).
#: (its title has a word in it: not a screenshot's page dots, ○ ● ○ ○ ○ ○)
_BULLET_LINE = regexstore.lazy(rf"[ \t]*([{_BULLET_SYMBOLS}])\ufe0f?(?:(?<=[{_TWICE}])\1\ufe0f?)?(?!\1)[ \t]*"
                                  rf"((?=[^\n]*?[\u4e00-\u9fffA-Za-z0-9])[^\n。!?;|｜]{{2,40}}?)[。:]?[ \t]*")


def _bullet_headings(nodes: list[OutlineNode], norm: str) -> None:
    """Make the lines a report heads its parts with by a bullet symbol
    (■ 工作推进情况 / ■ 存在的问题 / ■ 第四季度工作安排) headings. Such a line
    is a short title with a body below it: the lines before and after it do
    not open with its symbol (a run of ● lines is a list), and the symbol
    heads two or more of them. Symbols take levels in the order they first
    head a part (■ over ●); the first is level 1 when it comes before any
    numbered heading, else the level below the numbered heading above it."""
    found: dict[int, str] = {}
    for i, node in enumerate(nodes):
        if node.kind == PARAGRAPH and 0 < i < len(nodes) - 1:
            m = _BULLET_LINE.fullmatch(norm, node.start, node.end)
            if m and not any(_opens(nodes[j], norm, m.group(1)) for j in (i - 1, i + 1)):
                found[i] = m.group(1)
    symbols = [s for s in dict.fromkeys(found.values()) if list(found.values()).count(s) >= 2]
    if _CAPTION_SYMBOL in symbols and not _heads_parts(found, nodes, norm):
        symbols.remove(_CAPTION_SYMBOL)
    if not symbols:
        return
    first = min(i for i, symbol in found.items() if symbol in symbols)
    base = 1
    for i, node in enumerate(nodes):
        if _marked(node):
            if i > first:
                break
            base = min(node.level + 1, 4)
    for i, symbol in found.items():
        if symbol in symbols:
            node = nodes[i]
            m = _BULLET_LINE.fullmatch(norm, node.start, node.end)
            _as_heading(node, min(base + symbols.index(symbol), 5), symbol, m.start(2), m.end(2))


def _heads_parts(found: dict[int, str], nodes: list[OutlineNode], norm: str) -> bool:
    """Whether the lines :data:`_CAPTION_SYMBOL` opens head the report's parts, not pictures (see there)."""
    lines = [i for i, symbol in found.items() if symbol == _CAPTION_SYMBOL]
    first = lines[0]
    if len(lines) < _CAPTION_PARTS or any(i < first for i in found) or any(_marked(node) for node in nodes[:first]):
        return False
    words = front_matter().picture_words
    return not any(word in norm[node.start:node.end] for node in nodes if _opens(node, norm, _CAPTION_SYMBOL)
                   for word in words)


#: A short line that is a label and a colon (存在的问题： / 明年打算：), a label in brackets
#: (【问题和不足】, 【前三季度工作完成情况：主要业务指标稳步增长】) or between hashes as a phone
#: types a topic (#工作成效#), nothing after it.
_LABEL_LINE = regexstore.lazy(r"[ \t]*(?:([^\n,。;!?:“”()【】]{2,16}?) *:|【([^\n,。;!?:“”()【】]{2,16})(?::[^【】]{2,40})?】"
                                 r"|#([^\n#,。;!?:“”]{2,16})#) *")
#: ... below a paragraph of at least this many characters (not 区委： or 同志们： above the text)
_LABEL_AFTER = 40


def _label_headings(nodes: list[OutlineNode], norm: str) -> None:
    """Make the label lines a report without numbered parts heads its parts
    with (一年来做的主要工作： / 存在的问题： / 明年打算：, each over its text or
    its numbered list) headings of level 1. Only in a report whose numbered
    headings (if any) are list items (1. 2., or （一） below the labels), not
    parts (一、, or （一） before them), and where
    two or more such lines follow the first paragraph of text. A label in
    brackets (【履职情况】 / 【问题和不足】) counts only over such a list: over
    paragraphs, the checklist reads it as a heading line already. Without
    label lines, the items of a numbered list that a short sentence opens
    (下半年，支部将重点抓好以下工作： / 1.…… 2.……) are its paragraphs, each
    opened by its number as by 一是: that sentence's part, not the report's."""
    if any(node.kind == HEADING and node.marker and (node.level <= 1 or node.marker.startswith("#"))
           for node in nodes):
        return  # (numbered parts, or Markdown's: ### 八、下一步工作打算 over its own list)
    # (not where （一） numbers parts: only below a label line, as its items — 【2026年工作思路】 / （一）……)
    second = next((i for i, node in enumerate(nodes) if _marked(node) and node.level == 2), None)
    listed = any(_marked(node) for node in nodes)
    found: list = []
    intro: list[int] = []
    text_seen = False
    for i, node in enumerate(nodes):
        if node.kind != PARAGRAPH or node.aside:
            continue
        if not text_seen:
            text_seen = node.end - node.start >= _LABEL_AFTER
            continue
        m = _LABEL_LINE.fullmatch(norm, node.start, node.end) if i + 1 < len(nodes) else None
        if m and norm[nodes[i - 1].end - 1] in ",、":
            m = None  # the end of a sentence broken line by line (对照街道党工委要求， / 我们的工作还有差距：)
        if m and (m.group(1) is not None and front_matter().salutation.fullmatch(m.group(1))
                  or _is_chrome(_line_text(node, norm))):
            m = None  # (a speech's 同志们： below an editor's note; a page's 【字体：大 中 小】)
        if m and (second is None or i < second) and (m.group(2) is None or listed):
            found.append((node, m.span(m.lastindex)))
        if i + 1 < len(nodes) and _opens_list(node, nodes[i + 1], norm):
            intro.append(i)  # (a label line too, where it is the only one: 存在的不足也很明显： / 1.…… 4.……)
    if len(found) >= 2:
        for node, (start, end) in found:
            _as_heading(node, 1, "", start, end)
        return
    for i in intro:  # the items of a list a sentence opens: its text, each opened by its number
        level, number = nodes[i + 1].level, 1
        for item in nodes[i + 1:]:
            if item.kind != HEADING or item.level != level or item.number != number or item.marker.startswith("#"):
                break
            _runin_paragraph(item, norm)
            number += 1


def _plain_labels(nodes: list[OutlineNode], norm: str) -> None:
    """Make short plain lines (no mark, no punctuation), each right over a numbered list that starts again at 1,
    headings of level 1: Word's list numbering of a summary's parts, lost in the copy (2025年工作开展情况 / 1.……
    6.…… / 存在的困难和问题 / 1.…… 4.…… / 2026年工作思路 / 1.……) — the lists their items. Only where two or
    more such lines are found and no heading numbers parts of the report's top level (一、); then also such a
    line over a paragraph, after a finished sentence (存在的不足 / 一是……)."""
    if any(_marked(node) and node.level <= 1 for node in nodes):
        return
    over_lists, over_text = [], []
    for i in range(1, len(nodes) - 1):
        node, previous, following = nodes[i], nodes[i - 1], nodes[i + 1]
        label = _plain_label(node, norm)
        if label is None:
            continue
        if _marked(following) and following.number == 1 and following.level >= 2 \
                and norm.count("\n", node.end, following.start) == 1:
            over_lists.append((node, label))
        elif following.kind == PARAGRAPH and previous.kind != TITLE and not previous.aside \
                and norm[previous.end - 1] in "。!?;" and following.end - following.start >= 2 * (node.end - node.start):
            over_text.append((node, label))  # (存在的不足 / 一是……, after a finished sentence)
    if len(over_lists) >= 2:
        for node, (start, end) in over_lists + over_text:
            _as_heading(node, 1, "", start, end)


def _plain_label(node: OutlineNode, norm: str) -> tuple[int, int] | None:
    """The span of ``node``'s words when it is a plain label line (:data:`_PLAIN_LABEL`), not a run-in's (一是把牢
    政治方向); else None."""
    if node.kind != PARAGRAPH or node.aside:
        return None
    m = _PLAIN_LABEL.fullmatch(norm, node.start, node.end)
    first = node.first_clause
    if m is None or first is not None and first.runin is not None and first.start == node.start:
        return None
    return m.span(1)


def _as_heading(node: OutlineNode, level: int, marker: str, start: int, end: int) -> None:
    """Make the paragraph ``node`` a heading of ``level``, opened by ``marker``, its title ``start``..``end``."""
    node.kind, node.level, node.marker, node.number = HEADING, level, marker, None
    node.title_start, node.title_end = start, end
    node.clauses = [Clause(start, node.end)]


#: A plain label line (:func:`_plain_labels`): a few words, no punctuation, no space inside.
_PLAIN_LABEL = regexstore.lazy(r"[ \t]*([^\s,。;!?:“”()【】《》、]{4,20})[ \t]*")


#: A sentence that opens a numbered list (下半年，支部将重点抓好以下工作：) is at most this long.
_INTRO_MAX = 40


def _opens_list(node: OutlineNode, following: OutlineNode, norm: str) -> bool:
    """Does ``node``, a short sentence ending in a colon, open the numbered list
    that follows it (1. 2. … or （一）（二）…, the report's top level)? The list
    is then its part's, not the report's parts."""
    return (node.end - node.start <= _INTRO_MAX and norm[node.end - 1] == ":" and _marked(following)
            and following.number == 1 and following.level >= 2 and norm.count("\n", node.end, following.start) == 1)


def _marked(node: OutlineNode) -> bool:
    """A heading opened by a marker of its own (一、 （一） 1. 第一， ■), not a Markdown ``#`` one."""
    return node.kind == HEADING and bool(node.marker) and not node.marker.startswith("#")


def _opens(node: OutlineNode, norm: str, symbol: str) -> bool:
    """Whether ``node``'s line opens with ``symbol``."""
    return norm[node.start:node.end].lstrip(_STRIP).startswith(symbol)


#: A zero-padded number alone on a line (a WeChat article's 01 / 02 above each part's heading).
_ZERO_LINE = regexstore.lazy(r"[ \t]*0[1-9][ \t]*")


def _slipped_parts(nodes: list[OutlineNode]) -> None:
    """A part numbered in the wrong style (三. / 4、持续正风肃纪 / 五.): a marked
    heading of a lower level that no heading of its level comes before under
    the same part, numbered one more than the part above and one less than
    the part below, is a part of the top level too."""
    tops = [i for i, node in enumerate(nodes) if _marked(node) and node.level == 1 and node.number]
    for before, after in zip(tops, tops[1:]):
        number = nodes[before].number + 1
        if nodes[after].number != number + 1:
            continue
        inside = [nodes[i] for i in range(before + 1, after) if _marked(nodes[i])]
        slipped = [node for node in inside if node.number == number and node.level > 1]
        if len(slipped) == 1 and not any(node.level == slipped[0].level for node in inside
                                         if node is not slipped[0] and node.start < slipped[0].start):
            slipped[0].level = 1


def _numbers_above(nodes: list[OutlineNode], norm: str) -> list[OutlineNode]:
    """A part numbered on a line of its own, its heading on the next line
    (“01” / “坚持政治引领，在把稳方向上持续用力”), as a WeChat article sets
    it: the two lines are one heading of level 1, as “01 坚持政治引领” is. Only
    where two or more such numbers open short lines without a sentence end."""
    pairs = [i for i, node in enumerate(nodes[:-1])
             if node.kind == PARAGRAPH and node.end - node.start <= 4 and _ZERO_LINE.fullmatch(norm, node.start, node.end)
             and nodes[i + 1].kind == PARAGRAPH and norm.count("\n", node.end, nodes[i + 1].start) == 1
             and nodes[i + 1].end - nodes[i + 1].start <= _TITLE_MAX and norm[nodes[i + 1].end - 1] not in _SENTENCE_END]
    if len(pairs) < 2:
        return nodes

    def heading(number: OutlineNode, line: OutlineNode, position: int) -> OutlineNode:
        marker = norm[number.start:number.end].strip()
        node = OutlineNode(HEADING, position, number.start, line.end, line.clauses, level=1, marker=marker,
                           number=int(marker))
        node.title_start, node.title_end = line.title_start, line.title_end
        return node
    return _joined(nodes, pairs, heading)


def _joined(nodes: list[OutlineNode], pairs: list[int], join) -> list[OutlineNode]:
    """``nodes`` with each node at a position in ``pairs`` and the line after it made one by ``join(node, line,
    position)`` (a number or a marker on a line of its own, the heading's words on the next)."""
    merged: list[OutlineNode] = []
    skip = {i + 1 for i in pairs}
    for i, node in enumerate(nodes):
        if i in skip:
            continue
        merged.append(join(node, nodes[i + 1], len(merged)) if i in pairs else node)
    return merged


def _items_continued(nodes: list[OutlineNode], norm: str) -> None:
    """A line numbered 5. right under a paragraph whose items 1.……4.…… run on one line (a form's cell: 下一步工作措施：
    1.……。4.……。 over 5.……。6.……。) goes on with that list: a numbered paragraph, no heading — where no heading
    numbered 4. of its kind is above it."""
    headed = set()  # (number, mark) of the 1. headings above (one pass: no list is read again for each line)
    for position, node in enumerate(nodes):
        if node.kind != HEADING or node.level != 3 or not node.number or node.aside:
            continue
        mark = node.marker.rstrip()[-1:]
        above = nodes[position - 1] if position else None
        if node.number >= 2 and above is not None and above.kind == PARAGRAPH and not above.aside \
                and (node.number - 1, mark) not in headed:
            item = str(node.number - 1)
            at = norm.find(item + mark, above.start, above.end)
            while at >= 0 and norm[at - 1] not in _ITEM_BEFORE:  # (……。4.…, not 14. nor 2024.)
                at = norm.find(item + mark, at + 1, above.end)
            if at >= 0:
                _runin_paragraph(node, norm)
                continue
        headed.add((node.number, mark))


#: What stands before an item's number run into a line (……。4.……, 措施:1.……).
_ITEM_BEFORE = "。;:!?"


def _restarted(nodes: list[OutlineNode], norm: str) -> None:
    """Items numbered 一、 二、 … right under a part numbered so too (四、下一步工作打算 / 一、压实党建责任。… 五、…,
    meant as （一）…（五）): a run from 一、 on the line after the part's heading, each number one more than the
    last, is one level below it, where nothing else is numbered at that level in the run. (The part's next
    number ends it where the line reads as a heading and the items as sentences: 三、原因分析 after 二、… 。)"""
    position = 0
    while position < len(nodes) - 1:
        outer, first = nodes[position], nodes[position + 1]
        position += 1
        if not (outer.kind == first.kind == HEADING and outer.level == first.level == 1 and first.number == 1
                and outer.number and outer.marker[-1:] == first.marker[-1:]):
            continue
        run = [first]
        for node in nodes[position + 1:]:
            if node.kind != HEADING:
                continue
            if node.level != 1 or node.number != run[-1].number + 1 or node.number == outer.number + 1 and (
                    _sentence_line(run[0], norm) and not _sentence_line(node, norm)):
                if node.level == 2:
                    run = []  # (its items have items of their own at that level: leave it as it is)
                break
            run.append(node)
        if len(run) >= 2:
            for node in run:
                node.level = 2


def _sentence_line(node: OutlineNode, norm: str) -> bool:
    return norm[node.start:node.end].rstrip(_STRIP)[-1:] in _SENTENCE_END


#: A slide deck's part label (PART 01, Part 2 — its title beside it or on the next line).
_PART_LABEL = regexstore.lazy(r"[ \t]*(?:PART|Part)[ \t]*0?(\d{1,2})(?![\d.])(?:[ \t]+(\S[^\n]*?))?[ \t]*$")
#: A deck has at least this many part labels.
_PART_LABELS_MIN = 2


def _part_labels(nodes: list[OutlineNode], norm: str) -> None:
    """A report copied out of its slides: each part's title slide labelled PART 01, PART 02 … (its title on the line
    or on the next, :func:`_markers_above`): headings of the first level, numbered so — where two or more stand."""
    found = [(node, m) for node in nodes if node.kind == PARAGRAPH
             for m in (_PART_LABEL.match(norm, node.start, node.end),) if m is not None and m.end() == node.end]
    if len(found) < _PART_LABELS_MIN:
        return
    for node, m in found:
        node.kind, node.level, node.number = HEADING, 1, int(m.group(1))
        node.marker = norm[m.start():m.end(1)].strip()
        node.title_start, node.title_end = (m.start(2), m.end(2)) if m.group(2) else (node.end, node.end)


def _markers_above(nodes: list[OutlineNode], norm: str) -> list[OutlineNode]:
    """A heading's marker alone on its line, its words on the next (“一、” / “强化政治建设，坚定正确
    方向”: a list's number and its text split in a copy): one heading, where two or more markers
    stand so above short lines (one sentence at most), or one that ended the paragraph above it (a PDF's
    copy: ……正确引导社会舆论。三、 / 聚焦基层基础，在夯实组织建设上持续用力)."""
    pairs = [i for i, node in enumerate(nodes[:-1])
             if node.kind == HEADING and node.marker and not node.marker.startswith("#")
             and not norm[node.title_start:node.end].strip(_STRIP)
             and nodes[i + 1].kind == PARAGRAPH and norm.count("\n", node.end, nodes[i + 1].start) == 1
             and nodes[i + 1].end - nodes[i + 1].start <= _TITLE_MAX
             and not any(mark in norm[nodes[i + 1].start:nodes[i + 1].end - 1] for mark in _SENTENCE_END)]
    if len(pairs) < 2 and not any(norm[nodes[i].start - 1] != "\n" for i in pairs if nodes[i].start):
        return nodes  # (one is enough where the marker ended the paragraph above: its number fits, see _glued_heading)

    def heading(marker: OutlineNode, line: OutlineNode, position: int) -> OutlineNode:
        marker.end, marker.clauses = line.end, line.clauses
        marker.title_start, marker.title_end = line.title_start, line.title_end
        return marker
    return _joined(nodes, pairs, heading)


#: A numbering marker opening a heading's text (a Markdown “## 一、…”, a Word
#: paragraph styled 标题 2 that reads “（一）…”): its level, as the grammar's.
_TEXT_MARKER = regexstore.lazy(r"\s*(?:([一二三四五六七八九十]{1,3})[、.]|(\([一二三四五六七八九十]{1,3}\))"
                                  r"|(\d{1,2})[.、](?!\d)|(\(\d{1,2}\)))")


def _ranks(node: OutlineNode, norm: str, formatted: dict) -> tuple[int | None, int | None]:
    """(level by formatting, level by numbering marker) of a heading. A
    Markdown ``#`` heading or a Word-styled one has the first (its ``#``
    count or style level) and the second when its text opens with a marker;
    a heading by its marker (一、 （一） 1. （1）) only the second, unless it is
    styled too (``formatted``)."""
    if node.marker and not node.marker.startswith("#"):
        return formatted.get(id(node)), node.level
    m = _TEXT_MARKER.match(norm, node.title_start, node.title_end)
    marker = next((i + 1 for i, g in enumerate(m.groups()) if g), None) if m else None
    return node.level, marker


def _closes(open_ranks, new_ranks) -> bool:
    """Does a heading of ``new_ranks`` close the open heading of ``open_ranks``
    (rather than sit inside it)? Formatting levels compare with formatting
    levels, markers with markers; a marker heading (（一）) sits inside a
    formatted heading without a marker (“## 存在问题”), and closes one whose
    text has a marker of its level or deeper (“## （一）…”)."""
    open_format, open_marker = open_ranks
    new_format, new_marker = new_ranks
    if new_format is not None:
        if open_format is not None:
            return open_format >= new_format
        return new_marker is None or open_marker >= new_marker
    return open_marker is not None and open_marker >= new_marker


def _link(nodes: list[OutlineNode], norm: str = "", formatted: dict | None = None) -> list[OutlineNode]:
    """Number the nodes and give each its enclosing heading. Headings nest by
    their numbering (一、 > （一） > 1. > （1）) or by their formatting (Markdown
    ``#`` count, Word heading style), and a marker heading sits inside the
    formatted heading above it (see :func:`_closes`)."""
    stack: list[tuple[OutlineNode, tuple]] = []  # open headings, outermost first
    seen: set[int] = set()  # the marker levels met so far
    below: dict[int, float] = {}  # a marker level this document nests below another (see _nests)
    for index, node in enumerate(nodes):
        node.index = index
        if node.kind == HEADING:
            ranks = _ranks(node, norm, formatted or {})
            if ranks[0] is None and node.marker.startswith("第") and not _ordinal(node):
                # 第二部分 holds the 一、 below it; a chapter holds its sections (第一章 > 第一节 > 一、)
                ranks = (None, _SECTION_RANK if node.marker.rstrip("、,.: \t").endswith("节") else _PART_RANK)
            elif ranks[0] is None and ranks[1] is not None and node.marker and node.marker[0] != "第":
                marker = ranks[1]
                if marker not in seen and node.number in (None, 1) and _nests(stack, index, marker, norm):
                    below[marker] = stack[-1][1][1] + 0.5
                seen.add(marker)
                ranks = (None, below.get(marker, marker))
            while stack and _closes(stack[-1][1], ranks):
                stack.pop()
            node.parent = stack[-1][0].index if stack else None
            stack.append((node, ranks))
        else:
            node.parent = stack[-1][0].index if stack else None
    return nodes


#: Where a part of the whole report (第二部分) ranks: above 一、.
_PART_RANK = 0.5
#: … and a section of a chapter (第二节): between the chapter (第二章, a part) and 一、.
_SECTION_RANK = 0.75


def _nests(stack, index: int, marker: int, norm: str = "") -> bool:
    """Does a document number its outline in an order of its own, so that a
    heading of ``marker``'s level, met for the first time, opens the body of
    the heading just above it, though the usual order (一、 > （一） > 1. > （1）)
    would have it close that heading? So it does when that heading has no
    body of its own yet and is a marker heading of the same or a deeper level:
    “（1）坚持政治引领” directly followed by “1、落实第一议题制度”. From then on
    the document's ``marker`` headings nest below that level, as a
    reStructuredText document's heading styles rank in the order it uses them.
    (Only a first heading opens a level: “二、几点不足” after “（2）……” closes it; and a sentence numbered in a list
    above the body — the overview's ④机关党支部被评为……。 — is no heading that 一、履行主体责任情况 opens the body of.)"""
    if not stack:
        return False
    above, (above_format, above_marker) = stack[-1]
    return (above.index == index - 1 and above_format is None and above_marker is not None
            and above_marker >= marker and not (marker == 1 and norm and _sentence_line(above, norm)))


#: A sentence: up to and including its run of end marks, or a run of marks.
#: (Written so that a last sentence without a mark is not backtracked over.)
_SENTENCE = regexstore.compile(r"[^。;:!?]+[。;:!?]*|[。;:!?]+")

#: The marker of a heading line, as the grammar's HEADING opens (outline.lark):
#: the group's name is the marker's kind.
_MARKER = regexstore.compile(r"\t*(?:(?:[\u2022\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b05-\u2b55\U0001f300-\U0001faff]\ufe0f?)+)?(?:(?P<H1> *[【\[]?[一二三四五六七八九十]{1,3} ?[、.](?! ?[一二三四五六七八九十]{1,2}(?:级|类|档|等|批|星)) ?| *[-—－] ?、 ?| *= ?、 ?| *[一二三四五六七八九十]{1,3}[‘`'](?=[\u4e00-\u9fff])| *[一二三四五六七八九十]{1,3}[,:](?=[^\n。.:;!?]{2,30}\n|[^\n。.:;!?,]{2,30}。\n)| *[一二三四五六七八九十]{1,3}[ \t]+(?=[\u4e00-\u9fff][^\n\t。.:;!?]{1,28}\n|20\d\d年[\u4e00-\u9fff][^\n\t。.:;!?]{1,24}\n|[\u4e00-\u9fff][^\n\t。.:;!?,]{1,20}。)"
                             r"| *【(?:指标|任务|专题|第)?[一二三四五六七八九十]{1,3}】 ?| *[一二三四五六七八九十]{1,3} ?\| ?(?=[^\s\d|][^|\n]*\n)"
                             r"| *[壹贰叁肆伍陆柒捌玖拾]{1,2} ?[、.] ?| *[壹贰叁肆伍陆柒捌玖拾]{1,2} ?\| ?(?=[^\s\d|]|20\d\d年)| *[壹贰叁肆伍陆柒捌玖拾]{1,2}[ \t]+(?=[\u4e00-\u9fff]|20\d\d年)| *[Ⅰ-Ⅻ] ?[、.] ?| *[Ⅰ-Ⅻ][ \t]+(?=[\u4e00-\u9fff])| *(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2}) ?[、.] ?(?=[\u4e00-\u9fff]|20\d\d年))"
                             r"|(?P<H2> *\(? ?[一二三四五六七八九十]{1,3} ?\) ?[、,.]? ?| *\( ?[-—－] ?\) ?| *[〔〈《][一二三四五六七八九十]{1,3}[〕〉》] ?| *\( ?[一二三四五六七八九十]{1,3}(?=[\u4e00-\u9fff][^\n)。.:;!?]{1,28}\n|[\u4e00-\u9fff][^\n)。.:;!?,]{1,12}。)| *[A-H] ?[.、] ?(?=[^\x00-\x7f]|20\d\d年)| *[㈠-㈩] ?)"
                             r"|(?P<H3> *\d{1,2} ?[.、](?:(?!\d)|(?=20\d\d年)) ?| *\d{1,2},(?=[\u4e00-\u9fff][^\n。.:;!?]{1,30}\n)| *l ?[.、] ?(?=[\u4e00-\u9fff])| *[1-9]\d?[ \t]+(?![人个条次名项篇件份位家所万亿元岁年月日天页字])(?=[\u4e00-\u9fff][^\n。.:;!?]{1,28}\n|20\d\d年[\u4e00-\u9fff][^\n。.:;!?]{1,24}\n)| *[0-9]\ufe0f?\u20e3 ?)"
                             r"|(?P<HDEC> *\d{1,2}(?:\.\d{1,2}){2,3}[、.]? ?| *\d{1,2}\.\d{1,2}(?:[ \t]+|\.(?!\d) ?))"
                             r"|(?P<H4> *(?:\(?\d{1,2}\)|[⑴-⒇]) ?[、,.]? ?)"
                             r"|(?P<H5> *[①-⑳❶-❿➊-➓] ?[、,.]? ?)"
                             r"|(?P<HORD> *第(?:[一二三四五六七八九十]{1,3}|[-—－])[,、:](?:(?![一二三四五六七八九十\d])|(?=20\d\d年)) ?)"
                             r"|(?P<HPART> *第(?:[一二三四五六七八九十]{1,3}|[-—－])(?:部分(?! *如下)(?:[、,.:] ?| *)|个?方面(?:[、,.:] ?|[ \t]+)|(?:[章节]|[板版]块)(?:[、,.:] ?|[ \t]+)|件事?(?:[、,.:] ?|[ \t]+))| *第(?:[一二三四五六七八九十]{1,3}|\d{1,2})项(?:[、.:] ?|[ \t]+)| *第\d{1,2}题(?:[、,.:]|[ \t]+)[ \t]*\*?[ \t]*| *Q\d{1,2}[.、:] ?\*?[ \t]*(?=[^\x00-\x7f]))"
                             r"|(?P<HZERO> *0[1-9][ \t]+(?=[^\s\d]|20\d\d年)| *0[1-9] ?\| ?(?=[^\s\d|]|20\d\d年))"
                             r"|(?P<HMD>#{1,6}[ \t]+))")
#: Inside a line (see outline.lark): a run-in marker where a clause may begin,
#: and the text of a clause up to the next run-in marker or the end of the line.
_RUNIN = regexstore.compile(r"[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,2}(?=[,、:])")  # (一是 / 其一，)
#: (for the checks that read lines the outline joined: a run-in marker opening a line)
RUNIN_MARKER = _RUNIN
#: (for the checks that read lines: a heading's numbering marker opening a line)
HEADING_MARKER = _MARKER
_TEXT = regexstore.compile(r"(?:[^\n。;:!?]+|[。;:!?]+(?![一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,2}[,、:]))+[。;:!?]*|[。;:!?]+")


def _sentences(norm: str, pos: int, end: int) -> list[Clause]:
    """The sentences of ``norm[pos:end]`` (they tile it)."""
    return [Clause(s.start(), s.end()) for s in _SENTENCE.finditer(norm, pos, end)]


def _line_clauses(text: str, pos: int, end: int, norm: str) -> list[Clause]:
    """The clauses of ``text[pos:end]`` (the rest of one line, ``end`` its
    newline), as the grammar once lexed them token by token: at each place a
    run-in marker if one opens there, else text; a run-in marker and the text
    after it are one clause, whose sentences are split afterwards (the first
    carries the marker)."""
    if text.find("是", pos, end) < 0 and text.find("其", pos, end) < 0 or _RUNIN.search(text, pos, end) is None:
        return _sentences(norm, pos, end)  # no run-in marker: one stretch of text to the end of the line
    clauses: list[Clause] = []
    runin_at, text_at = _RUNIN.match, _TEXT.match
    while pos < end:
        m = runin_at(text, pos)
        if m is not None:
            runin_start = pos
            pos = m.end()
            stop = pos
            if pos < end and runin_at(text, pos) is None:
                stop = pos = text_at(text, pos).end()
            group = [Clause(s.start(), s.end()) for s in _SENTENCE.finditer(norm, m.end(), stop)]
            runin = m.group()
            if group:
                group[0].start = runin_start
            else:
                group = [Clause(runin_start, m.end())]
            group[0].runin = runin
            group[0].number = marker_number(runin)
            clauses.extend(group)
        else:
            start = pos
            pos = text_at(text, pos).end()  # matches any character but a newline
            clauses.extend(Clause(s.start(), s.end()) for s in _SENTENCE.finditer(norm, start, pos))
    return clauses


#: A second number, the same, opening a heading's title (一、1.坚持政治引领 / （一）（1）…: Word's list numbering
#: kept beside the typed one).
_DOUBLED = regexstore.compile(r" *(?:\(?(\d{1,2})[.、)]) *(?=[\u4e00-\u9fff])")
#: A heading's title ended by a half-width full stop before Chinese text (存在的问题.一是……).
_HALFWIDTH_STOP = regexstore.compile(r"\.(?=[\u4e00-\u9fff])")


def _bracketed_title_end(norm: str, start: int, clauses) -> int:
    """The end of a heading's title whose first clause stops inside brackets (a revision exported as text:
    （六）[删除：持续开展][插入：深化]医药领域腐败问题集中整治): the clause after the brackets close."""
    for clause in clauses:
        if norm.count("[", start, clause.end) <= norm.count("]", start, clause.end) \
                and norm.count("【", start, clause.end) <= norm.count("】", start, clause.end):
            return clause.end
    return clauses[0].end


def _node(kind: str, start: int, end: int, text: str, index: int, norm: str) -> OutlineNode | None:
    """The node of the line ``text[start:end]`` (``end``: its newline) that
    the grammar made a ``heading`` or a ``paragraph``. A paragraph's indent
    (WPS's 　　) is no part of its first sentence."""
    if kind != "heading":
        start += len(norm[start:end]) - len(norm[start:end].lstrip(_STRIP))
        if ":" in norm[start:start + _SPOKEN_MAX]:
            spoken = front_matter().speaker_label.match(norm, start, end)
            if spoken is not None and spoken.end() < end:
                start = spoken.end()  # (a transcript's speaker and time: [00:00:06] 发言人1：同志们： — what is said is the line)
    if kind == "heading":
        marker = _MARKER.match(text, start)
        clauses = _line_clauses(text, marker.end(), end, norm)
        marker_text = marker.group(marker.lastgroup)  # (not the emoji before it: 🔸一、, ✅ 二、)
        end = clauses[-1].end if clauses else marker.end()
        level = _LEVELS.get(marker.lastgroup) or (
            3 + len(_DECIMAL_DOT.findall(marker_text)) if marker.lastgroup == "HDEC"  # (1.1 → 4, 1.1.1 → 5: below 1.)
            else marker_text.count("#"))
        node = OutlineNode(HEADING, index, start, end, clauses, level=level,
                           marker=marker_text.strip(), number=marker_number(marker_text))
        node.title_start = marker.end()
        node.title_end = clauses[0].end if clauses else marker.end()
        if len(clauses) > 1 and ("[" in norm[node.title_start:node.title_end]
                                 or "【" in norm[node.title_start:node.title_end]):
            node.title_end = _bracketed_title_end(norm, node.title_start, clauses)
        doubled = _DOUBLED.match(norm, node.title_start, node.title_end)
        if doubled and node.number and int(doubled.group(1)) == node.number:
            node.title_start = doubled.end()  # (一、1.坚持政治引领: a list's number left before the heading's own)
        stop = _HALFWIDTH_STOP.search(norm, node.title_start, node.title_end)
        if stop:  # a copy that lost its full stops: 第六部分 存在的问题.一是……
            node.title_end = stop.start()
        first = norm.find("一是", node.title_start + 2, node.title_end)
        if first > 0 and norm[first - 1:first + 1] not in front_matter().one_words:
            node.title_end = first  # a heading run into its first item: 六、存在问题一是少数村党组织书记……
    elif not norm[start:end].strip(_STRIP):
        return None  # a line of spaces
    elif text.find("是", start, end) < 0 and text.find("其", start, end) < 0 or _RUNIN.search(text, start, end) is None:
        # no run-in marker (一是): the sentences tile the line, the first is the
        # title; the rest are split when a rule reads them
        first = _SENTENCE.match(norm, start, end).end()
        node = OutlineNode(PARAGRAPH, index, start, end)
        node.split_later((start, first), _sentences, norm, start, end)
        node.title_start, node.title_end = start, first
    else:
        clauses = _line_clauses(text, start, end, norm)
        node = OutlineNode(PARAGRAPH, index, clauses[0].start, clauses[-1].end, clauses)
        node.title_start, node.title_end = clauses[0].start, clauses[0].end
    node.start += len(norm[node.start:node.end]) - len(norm[node.start:node.end].lstrip(_STRIP))
    node.end = node.start + len(norm[node.start:node.end].rstrip(_STRIP))
    if node.end <= node.start and node.kind == PARAGRAPH:
        return None  # a line of spaces
    _end_title(node, max(node.title_start, min(node.title_end, node.end)), norm)
    return node


def _end_title(node: OutlineNode, end: int, norm: str) -> None:
    """Set ``node``'s title to end at ``end``, without the sentence's end or the spaces before it."""
    while end > node.title_start and norm[end - 1] in _SENTENCE_END + _STRIP:
        end -= 1
    node.title_end = end


#: A heading glued to the end of the paragraph above it (a paste that lost its line break): after the
#: paragraph's last sentence, a part's or a sub-part's marker and a short title ending the line — or the marker
#: alone, its title on the next line (……正确引导社会舆论。三、 / 聚焦基层基础，……: see :func:`_markers_above`).
_GLUED = regexstore.lazy(r"(?<=[。!?;:]) *(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))"
                            r"(?:[^。!?;:\n]{2,40})?$")


def _glued_heading(node: OutlineNode, nodes: list[OutlineNode], text: str, norm: str):
    """A paragraph whose last sentence is followed, on its line, by a heading the line break before it was lost
    from (……层层抓落实的责任链条。二、强化理论武装，筑牢思想根基): ``[paragraph, heading]`` — when the heading's
    number is the one its level expects next (二、 after 一、, （三） after （二） under the same part; 一、 where no
    part is numbered yet); else None."""
    lo = max(node.start, node.end - 48)
    if norm.find("、", lo, node.end) < 0 and norm.find(")", lo, node.end) < 0:
        return None  # (no marker's 、 or bracket near the line's end: a cheap test first)
    found = _GLUED.search(norm, lo, node.end)
    if found is None:
        return None
    at = found.start() + len(found.group()) - len(found.group().lstrip(" "))
    heading = _node("heading", at, node.end, text, len(nodes) + 1, norm)
    if heading is None or heading.kind != HEADING or heading.level not in (1, 2) or not heading.number:
        return None
    above = None
    for other in reversed(nodes):
        if other.kind == HEADING and other.marker and other.level <= heading.level:
            above = other
            break
    if heading.number == 1:
        if above is not None and above.level == heading.level:
            return None  # (一、 after a part numbered already)
    elif above is None or above.level != heading.level or above.number != heading.number - 1:
        return None
    paragraph = _node("paragraph", node.start, at, text, len(nodes), norm)
    if paragraph is None:
        return None
    return [paragraph, heading]


#: A transcript's label before what is said (front-matter.yaml's speaker-labels) ends within this many characters.
_SPOKEN_MAX = 24


#: An ordinal heading (“第一，突出政治引领”) is one sentence of at most this many
#: characters after its ordinal.
_ORDINAL_MAX = 40


def _ordinals(nodes: list[OutlineNode], norm: str) -> None:
    """Decide the lines the grammar opened with an ordinal (第一， 第二、 第三：).
    A line stays a heading when it is a short title — one sentence of at most
    ``_ORDINAL_MAX`` characters (“第一，突出政治引领，确保正确方向。”) — and one of
    an ascending run of such lines from 第一; the run takes the level below
    the numbered heading above its first line (level 1 without one). Any other such line is a
    paragraph opened by a run-in marker, as one opened by 一是 (“第一，要坚定理想
    信念。一百多年来……”)."""
    candidates = []
    for i, node in enumerate(nodes):
        if node.kind == HEADING and _ordinal(node):
            text = norm[node.title_start:node.end].rstrip(_SENTENCE_END + _STRIP)
            if len(node.clauses) <= 1 and 2 <= len(text) <= _ORDINAL_MAX and node.number:
                candidates.append(i)
    keep: dict[int, int] = {}  # a kept line → the first of its run
    run: list[int] = []
    for i in candidates + [None]:
        if i is not None and run and nodes[i].number == nodes[run[-1]].number + 1:
            run.append(i)
            continue
        if i is not None and run and nodes[i].number == nodes[run[-1]].number \
                and norm[nodes[i].start:nodes[i].end] == norm[nodes[run[-1]].start:nodes[run[-1]].end]:
            continue  # (the same line again, at the seam of two screenshots: the run goes on past it)
        if len(run) >= 2:
            keep.update(dict.fromkeys(run, run[0]))
        run = [i] if i is not None and nodes[i].number == 1 else []
    level = 1
    levels: dict[int, int] = {}  # the first of a run → the level of the run (第二、 after 第一、's （八）: 第一、's)
    for i, node in enumerate(nodes):
        if node.kind != HEADING:
            continue
        if _ordinal(node):
            if i in keep:
                node.level = levels.setdefault(keep[i], level)
            else:
                _runin_paragraph(node, norm)
        elif node.marker and not node.marker.startswith("#"):
            level = min(node.level + 1, 4)


#: Lines of a run-in marker and a short title alone (一是把牢政治方向，党的领导全面加强) head
#: their parts where at least this many in a row number up from 一是.
_RUNIN_LINES = 3
_NUMERALS = frozenset("一二三四五六七八九十")


def _runin_lines(nodes: list[OutlineNode], norm: str) -> None:
    """Make headings of the lines that are each a run-in marker and a short title alone — one
    sentence of at most ``_ORDINAL_MAX`` characters, 一是把牢政治方向，党的领导全面加强 —
    over text of their own (a line at the least before the next), in an ascending run from 一是
    of at least ``_RUNIN_LINES``, like an ordinal's (第一，突出政治引领); the run takes the level
    below the numbered heading above its first line (level 1 without one). Not a list of short
    items, one under the other (一是学习不深入。 / 二是作风不实。)."""
    candidates = []
    for i, node in enumerate(nodes):
        if node.kind != PARAGRAPH or norm[node.start] not in _NUMERALS or not _RUNIN.match(norm, node.start, node.end) \
                or len(node.clauses) != 1 \
                or not (node.clauses[0].runin or "").endswith("是"):
            continue  # (a line opened by a run-in only: the others stay unsplit until a rule reads them)
        clause = node.clauses[0]
        title_start = clause.start + len(clause.runin)
        text = norm[title_start:node.end].rstrip(_SENTENCE_END + _STRIP)
        if clause.start == node.start and clause.number and 2 <= len(text) <= _ORDINAL_MAX \
                and not any(mark in text for mark in _SENTENCE_END):
            candidates.append(i)
    runs: list[list[int]] = []
    for i in candidates:
        if runs and nodes[i].clauses[0].number == nodes[runs[-1][-1]].clauses[0].number + 1 and i - runs[-1][-1] >= 2:
            runs[-1].append(i)
        elif nodes[i].clauses[0].number == 1:
            runs.append([i])
    for run in runs:
        if len(run) < _RUNIN_LINES or run[-1] + 1 >= len(nodes):
            continue
        above = next((node for node in reversed(nodes[:run[0]]) if node.kind == HEADING and node.marker
                      and not node.marker.startswith("#")), None)
        level = min(above.level + 1, 4) if above is not None else 1
        for i in run:
            node = nodes[i]
            clause = node.clauses[0]
            node.kind, node.level = HEADING, level
            node.marker, node.number = clause.runin, clause.number
            node.title_start = clause.start + len(clause.runin)
            node.clauses = [Clause(node.title_start, node.end)]
            _end_title(node, node.end, norm)


#: A report written as numbered paragraphs only (1. … 24.): at least this many, ...
_PARAGRAPHS_MIN = 8
#: ... this share of them opened by a sentence longer than a heading's title (七、存在的不足。一是…
#: is a heading run on; 20.对照新形势新要求，局党组在落实主体责任方面仍存在一些不足：… is not).
_PARAGRAPHS_LONG = 0.75
_PARAGRAPH_TITLE = 30


def _numbered_paragraphs(nodes: list[OutlineNode], norm: str) -> None:
    """A report whose body is one run of numbered paragraphs (1.局党组把学习……。
    2.严格执行……。 … 24.聚焦……。), with no heading of another level and no
    paragraph between them, numbers its pieces of work, not its parts: each is a
    paragraph opened by its number as a run-in marker, and the aspects are told
    by their words, as in a report of unnumbered paragraphs."""
    first = last = None
    level = None
    for i, node in enumerate(nodes):
        if node.kind != HEADING:
            continue
        if level is None:
            first, level = i, node.level
        elif node.level != level or not node.marker or node.marker.startswith("#"):
            return
        last = i
    if first is None or last - first + 1 < _PARAGRAPHS_MIN:
        return
    run = nodes[first:last + 1]
    if any(node.kind != HEADING for node in run) or [node.number for node in run] != list(range(1, len(run) + 1)):
        return
    long = sum(1 for node in run if node.title_end - node.title_start >= _PARAGRAPH_TITLE)
    if long >= _PARAGRAPHS_LONG * len(run):
        for node in run:
            _runin_paragraph(node, norm)


def _ordinal(node: OutlineNode) -> bool:
    """A heading opened by an ordinal (第一，), not by a part (第一部分, 第一个方面, 第一件事) nor a form's question (第3题)."""
    return node.marker.startswith("第") and not node.marker.rstrip("、,.:* \t").endswith(("部分", "方面", "章", "节", "板块", "版块", "题", "件", "件事"))


def _runin_paragraph(node: OutlineNode, norm: str) -> None:
    """A numbered line that is not a heading (an ordinal, one of a report's
    numbered paragraphs): a paragraph whose first sentence carries the marker
    as its run-in marker."""
    marker, number = node.marker, node.number
    if node.clauses:
        node.clauses[0].start = node.start
    else:
        node.clauses = [Clause(node.start, node.end)]
    node.clauses[0].runin = marker
    node.clauses[0].number = number
    node.kind = PARAGRAPH
    node.level = 0
    node.number = None
    node.marker = ""
    node.title_start = node.start
    _end_title(node, max(node.start, min(node.clauses[0].end, node.end)), norm)


#: A line in bold that is a numbered heading: “**一、坚持政治引领**”, “**（二）…**”
#: (Markdown, or text pasted from a page that kept the asterisks), its text run on
#: after it as after a heading without the asterisks (“**二、存在的主要问题**：一是……”).
#: Compiled when a paragraph first opens with ``**`` (~1 ms a report without any).
_BOLD_HEADING_TEXT = (r"\*\*\s*(?:([一二三四五六七八九十]{1,3})[、.]|\(([一二三四五六七八九十]{1,3})\)[、,.]?"
                      r"|(\d{1,2})[.、](?!\d)|\((\d{1,2})\)[、,.]?)\s*([^*\n]{1,60}?)\s*\*\*[。:]?(?:\s*$|(?=[^*\n]))")
_bold_heading_rx = None


def _bold_heading(node: OutlineNode, norm: str) -> None:
    """Make a paragraph that is a numbered heading in bold a heading of its
    marker's level (the grammar sees the asterisks first)."""
    if not norm.startswith("**", node.start, node.end):  # what the pattern opens with
        return
    global _bold_heading_rx
    if _bold_heading_rx is None:
        _bold_heading_rx = regexstore.compile(_BOLD_HEADING_TEXT)
    m = _bold_heading_rx.match(norm, node.start, node.end)
    if m is None:
        return
    level = next(i + 1 for i in range(4) if m.group(i + 1))
    node.kind = HEADING
    node.level = level
    node.marker = norm[node.start:m.start(5)].strip()
    node.number = marker_number(node.marker.strip("*"))
    node.title_start, node.title_end = m.start(5), m.end(5)


def _promote(node: OutlineNode, level: int) -> None:
    """Make a paragraph a heading by its formatting (``Source.outline_levels``:
    a Word paragraph styled 标题 1): no marker, the title is its first sentence."""
    node.kind = HEADING
    node.level = level
    node.title_start = node.start
    node.title_end = node.clauses[0].end if node.clauses else node.end
    node.title_end = max(node.title_start, min(node.title_end, node.end))


# -- the front matter: title, site chrome, table of contents -----------------

#: A line this long found this many times in the text is a page's running header, not a title.
_HEADER_MIN = 8
_HEADER_REPEATS = 3
#: … and a unit's name, which the signature repeats once (and a scanned page's stamp, a cover note's, once more).
_UNIT_HEADER_REPEATS = 5
#: How far down the title is looked for (lines of chrome and contents above it).
_FRONT_NODES = 24
#: A line of a table of contents: dot leaders (or a tab) and a page number.
_CONTENTS_LINE = regexstore.lazy(r"(?:[…\.·・‥_—\-]{2,}|\t)\s*\d{1,3}\s*$")
#: What the front matter is made of (site chrome, what titles and unit names
#: end with): rules/outline/front-matter.yaml, read on first use (the YAML
#: tree kept in the cache folder like a rulebook's).
FRONT_MATTER = "outline/front-matter.yaml"
#: Its cache entry's kind (one entry: ``front-matter.json``).
FRONT_MATTER_KIND = "front-matter"
_front = None


class _FrontMatter:
    def __init__(self, tree):
        # (its regular expressions are regexstore.lazy: a document needs few of them — the mail's, the agenda's,
        # the memo's … only where their words are)
        def strings(value, key):
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"{FRONT_MATTER}: {key} 应为非空字符串的列表")
            return tuple(value)

        chrome = tree.get("chrome") if isinstance(tree, dict) else None
        if not isinstance(chrome, dict):
            raise ValueError(f"{FRONT_MATTER}: 缺少 chrome")
        #: Plain substrings: the title is looked for on every document, and
        #: compiling regular expressions of Chinese alternatives is start-up time.
        self.chrome = strings(chrome.get("words"), "chrome.words")
        self.chrome_re = regexstore.lazy("|".join(strings(chrome.get("patterns"), "chrome.patterns")))
        self.title_end = strings(tree.get("title-ends"), "title-ends")
        self.title_word = strings(tree.get("title-words"), "title-words")
        self.unit_end = strings(tree.get("unit-ends"), "unit-ends")
        #: a page's field label alone on its line, its value on the next (发布机构 / 澜山县教育局)
        self.page_field = frozenset(strings(tree.get("page-fields"), "page-fields"))
        #: a form's field cell about who fills it (姓名, 政治面貌, 填报人): the row it opens is no part
        self.form_field = frozenset(strings(tree.get("form-fields"), "form-fields"))
        self.site_note = strings(tree.get("site-notes"), "site-notes")
        self.title_period = strings(tree.get("title-periods"), "title-periods")
        self.title_occasion = strings(tree.get("title-occasions"), "title-occasions")
        self.title_continues = strings(tree.get("title-continues"), "title-continues")
        #: how a 公文's title opens (关于……的报告)
        self.title_opens = strings(tree.get("title-opens"), "title-opens")
        #: how an attachment's title opens (附件1：……清单): no next report's
        self.attachment_opens = strings(tree.get("attachment-opens"), "attachment-opens")
        #: a whole line of a page's furniture (checked where the parts are read: linter.checks.element)
        self.page_line = regexstore.lazy(r"\s*(?:" + "|".join(strings(tree.get("page-lines"), "page-lines")) + r")\s*")
        #: a line of a 公文's masthead (汶卫党〔2026〕1号): never a line of the title below it
        self.masthead_line = regexstore.lazy("|".join(strings(tree.get("masthead-lines"), "masthead-lines")))
        #: a numbered label of an item (问题1：…): no run-in heading of a part (linter.checks.element)
        self.item_label = strings(tree.get("item-labels"), "item-labels")
        self.lead_words = strings(tree.get("lead-words"), "lead-words")
        #: a short sentence alone on its line, opened by an ordinal, that announces a part (首先，说说……。)
        self.ordinal_label = regexstore.lazy(
            r"(?:" + "|".join(strings(tree.get("ordinal-leads"), "ordinal-leads")) + r")[,:][^,。;:!?]{4,20}[。:]")
        #: a table's or a figure's caption (表1　……): no title
        self.caption = regexstore.lazy("|".join(strings(tree.get("captions"), "captions")))
        #: words of a picture's caption (▲ 年中工作推进会现场): its ▲ heads no part
        self.picture_words = strings(tree.get("picture-words"), "picture-words")
        #: a cover note's sentence (现将《……》报上，请审阅。): a long line that does not begin the body (the title is below it)
        self.cover_note = regexstore.lazy("|".join(strings(tree.get("cover-notes"), "cover-notes")))
        #: a speech's salutation (同志们：): no label heading a part
        self.salutation = regexstore.lazy("|".join(strings(tree.get("salutations"), "salutations")))
        #: words ending in 一 (统一是根本): their 一是 is no first item cutting a heading's title
        self.one_words = frozenset(strings(tree.get("one-words"), "one-words"))
        #: a word before 上 that makes an adverb (总体上，): no aspect heading a paragraph (linter.checks.element)
        self.aspect_adverbs = strings(tree.get("aspect-adverbs"), "aspect-adverbs")
        #: words of a sentence that announces a list below it (以下, 如下): no part's run-in (linter.checks.element)
        self.list_words = strings(tree.get("list-words"), "list-words")
        #: a form's field naming its row's item (对照事项一：政治建设): the value heads the row (linter.checks.element)
        self.item_field = regexstore.lazy(r"(?:" + "|".join(strings(tree.get("item-fields"), "item-fields"))
                                             + r") *(?=[^\s,。:;]{2,24} *(?:\n|$))")
        #: a field of a form or a byline (述职人：…): no heading line (linter.checks.element)
        self.field_line = regexstore.lazy("|".join(strings(tree.get("field-lines"), "field-lines")))
        #: a line of the channel that carried the report (报送栏目：…, ……报送系统): never the title
        self.channel_line = regexstore.lazy("|".join(strings(tree.get("channel-lines"), "channel-lines")))
        #: a meeting's agenda's head (……会议议程): its lines down to the title are no title and no part
        self.agenda_head = regexstore.lazy("|".join(strings(tree.get("agenda-heads"), "agenda-heads")))
        #: a reviewer's memo's first line (关于退回……修改的通知): its lines down to a blank line are no title
        self.review_memo = regexstore.lazy("|".join(strings(tree.get("review-memos"), "review-memos")))
        #: an e-mail's header's opening lines and its other fields (see :func:`_below_mail`)
        self.mail_head = regexstore.lazy("|".join(strings(tree.get("mail-heads"), "mail-heads")))
        #: strings one of which a text holds that has a mail's header (searched before any line is matched)
        self.mail_word = strings(tree.get("mail-words"), "mail-words")
        self.mail_field = regexstore.lazy("|".join(strings(tree.get("mail-fields"), "mail-fields")))
        #: a template's instructions' label (填报说明：): its numbered lines are no body
        self.template_note = regexstore.lazy("|".join(strings(tree.get("template-notes"), "template-notes")))
        #: a table of contents' heading (目录, 飞书's 文档目录); the second: an online document's own (not a page's)
        documents = strings(tree.get("document-contents"), "document-contents")
        self.contents_head = regexstore.lazy(
            r"(?:" + "|".join(strings(tree.get("contents-heads"), "contents-heads") + documents) + r")$")
        self.document_contents = regexstore.lazy(r"(?:" + "|".join(documents) + r")$")
        #: a drafter's mark over a second version of a part (【备选稿】): a line alone
        self.alternate_mark = regexstore.lazy(
            r" *(?:" + "|".join(strings(tree.get("alternate-marks"), "alternate-marks")) + r") *")
        self.closing_line = regexstore.lazy("|".join(strings(tree.get("closing-lines"), "closing-lines")))
        self._alternate_literals = None
        #: a drafter's line over an earlier report pasted below for reference (以下为2025年度报告，核对口径用)
        self.earlier_mark = regexstore.lazy("|".join(strings(tree.get("earlier-marks"), "earlier-marks")))
        #: strings one of which such a line holds (searched before the marks are)
        self.earlier_words = strings(tree.get("earlier-words"), "earlier-words")
        #: a chat assistant's mark that its answer begins (已深度思考（用时 21 秒）; see :func:`_below_answer`):
        #: matched (:attr:`answer_mark`) in a text that holds one of ``answer_words``
        self.answer_mark = regexstore.lazy("|".join(strings(tree.get("answer-marks"), "answer-marks")))
        #: strings one of which a text holds that has such a mark (searched before any line is matched)
        self.answer_words = strings(tree.get("answer-words"), "answer-words")
        #: a chat assistant's preface naming what it wrote (以下是为您撰写的交流发言稿：): the report is below it
        self.answer_preface = regexstore.lazy("|".join(strings(tree.get("answer-prefaces"), "answer-prefaces")))
        #: a line that opens another piece of a 范文 page (篇二, 范文2, 第2篇：……): group ``n``, its number
        self.piece_marker = regexstore.lazy(
            r" *(?:" + "|".join(strings(tree.get("piece-markers"), "piece-markers")) + r")(?:(?<=[】\]])|(?=[: \n]|$))")
        #: a table's number column's header (序号｜存在的问题｜…): the next cell names the row's part (linter.checks.element)
        self.number_columns = strings(tree.get("number-columns"), "number-columns")
        #: a transcript's label before what is said ([00:00:06] 发言人1：): no part of the paragraph's first sentence
        labels = strings(tree.get("speaker-labels"), "speaker-labels")
        self.speaker_label = regexstore.lazy(r" *(?:" + "|".join(labels) + r") *")
        #: the head of a speech's notes, references or questions after its closing (linter.checks.element)
        self.notes_head = regexstore.lazy(r" *(?:" + "|".join(strings(tree.get("notes-heads"), "notes-heads"))
                                             + r")[:：]? *")
        #: an online form's hint after a field's label (│存在的问题（必填）│): no part of the label (linter.checks.element)
        self.form_hints = tuple(f"({hint})" for hint in strings(tree.get("form-hints"), "form-hints"))
        wrapped = tree.get("wrapped-speech-title")
        if not isinstance(wrapped, dict):
            raise ValueError(f"{FRONT_MATTER}: 缺少 wrapped-speech-title")
        self.speech_opens = strings(wrapped.get("opens"), "wrapped-speech-title.opens")
        self.speech_occasions = strings(wrapped.get("occasions"), "wrapped-speech-title.occasions")


    def may_alternate(self, norm: str) -> bool:
        """Can ``norm`` hold an alternate version's mark? (one of the strings every match of the marks holds,
        read from the marks' own pattern: most texts hold none, and the marks are not compiled for them)"""
        if self._alternate_literals is None:
            from linter.prefilter import required

            self._alternate_literals = required(self.alternate_mark.pattern) or ("",)  # (none known: any text may)
        return any(literal in norm for literal in self._alternate_literals)


def front_matter() -> _FrontMatter:
    global _front
    if _front is None:
        from linter import yamlfile
        from linter.cache import memo_files
        from linter.rulebook.locate import builtin_folder

        path = os.path.join(builtin_folder(), FRONT_MATTER)

        def read() -> bytes:
            with open(path, "rb") as file:
                return file.read()

        tree = memo_files(FRONT_MATTER_KIND, None, (path,), read, lambda raw: yamlfile.parse(raw.decode("utf-8"), path),
                          yamlfile.to_json, yamlfile.from_json)
        _front = _FrontMatter(tree)
    return _front


_LABEL = "标题:"
_TRAILING_NOTE = regexstore.lazy(r"(?:【[^】]*】|\[[^\]]*\]|\([^)]*\))+$")
_YEAR = regexstore.lazy(r"20\d\d|2O\d\d(?=年)|[〇零一二三四五六七八九]{4}年")  # (2O25年: a scan's year, O for 0)
#: A time of day: a byline (某县中医院 2023-01-09 17:30), not a unit's name above the title.
_CLOCK = regexstore.lazy(r"(?<!\d)\d{1,2}:\d\d(?!\d)")
#: A slogan of two or more phrases set apart by spaces (学思践悟强党性  知行合一护青山).
_SLOGAN = regexstore.lazy(r"[\u4e00-\u9fff“”]{4,12}(?:[ \t]+[\u4e00-\u9fff“”]{4,12})+")
#: A line that holds a day's date, after other words or alone, is a signature (……办公室　2026年1月7日; a
#: cover note signed 平川县住房和城乡建设局 / 2026年1月5日 above the title), no title's.
_SIGNED = regexstore.lazy(r"(?:\S.*)?20\d\d年\d{1,2}月\d{1,2}日")


def _numbered_run(nodes: list[OutlineNode], start: int, norm: str, ends: str) -> int:
    """Where the numbered lines from ``start`` on stop (among the front lines): at a line that is not numbered,
    is longer than a title, holds a full stop or ends in one of ``ends``."""
    end = start
    while end < min(len(nodes), _FRONT_NODES) and _marked(nodes[end]):
        text = _line_text(nodes[end], norm)
        if len(text) > _TITLE_MAX or "。" in text or ends and text[-1] in ends:
            break
        end += 1
    return end


def _listed(nodes: list[OutlineNode], start: int, norm: str) -> list[int]:
    """The lines a 目录 heads without page numbers: numbered ones (a 范文 page's list of the pieces on it:
    本文目录 / 1、街道党工委2025年党建工作总结 / 2、……), two or more short ones, then a line that is no
    sentence (the first piece's label or title) — not the report's own headings over its text; or,
    numbered or not, the report's own headings said again below it (:func:`_said_below`)."""
    end = _numbered_run(nodes, start, norm, "")
    if end - start >= 2 and end < len(nodes) and not _marked(nodes[end]):
        after = _line_text(nodes[end], norm)
        if after and len(after) <= _TITLE_MAX and "。" not in after:
            return list(range(start, end))
    return _said_below(nodes, start, norm)


#: A part's marker after a gap, then another's (一、为什么要守纪律  二、守什么样的纪律  三、……): the parts listed in one line.
#: (A gap is taken from its first space only: a line of spaces is not scanned again from each of them.)
_CONTENTS_ROW = regexstore.lazy(r"(?:(?<! ) {2,}|\t)[二三四五六七八九十]{1,2}、[^\n]*?(?:(?<! ) {2,}|\t)[三四五六七八九十]{1,2}、")

#: A table of contents without its 目录 label lists this many headings at least (:func:`_unlabeled`).
_UNLABELED_MIN = 3


def _unlabeled(nodes: list[OutlineNode], start: int, norm: str) -> list[int]:
    """The lines of a table of contents copied without its 目录 label (a PDF viewer's bookmarks, a page's
    outline panel) where the body would begin: three or more numbered lines one under another, none a
    sentence, each said again at a line's start below them (the heading it lists), then a line that is not
    numbered (the title, the page's chrome or the preamble). A report's own headings are not said twice."""
    end = _numbered_run(nodes, start, norm, _SENTENCE_END)
    if end - start < _UNLABELED_MIN or end >= len(nodes) or _marked(nodes[end]):
        return []
    after = nodes[end - 1].end
    if all(_opens_line(norm, norm[node.start:node.end].strip(), after) for node in nodes[start:end]):
        return list(range(start, end))
    return []


def _said_below(nodes: list[OutlineNode], start: int, norm: str) -> list[int]:
    """The lines an online document's 目录 heads (its outline panel copied with the text: 目录 / 政治建设 /
    思想建设 / …… / 2027年工作安排, or 一、…… as numbered below): two or more short lines each of which opens a
    line below — the heading it lists — down to the unit's name or the title (which may be said again as the
    signature or a running header: not listed)."""
    front = front_matter()
    end = start
    while end < min(len(nodes), _FRONT_NODES):
        node = nodes[end]
        text = _line_text(node, norm)
        if not text or len(text) > _TITLE_MAX or text[-1] in _SENTENCE_END or text.endswith(front.unit_end) \
                or _titled(node, text) and any(word in text for word in front.title_word) \
                or not _opens_line(norm, norm[node.start:node.end].strip(), node.end):
            break
        end += 1
    return list(range(start, end)) if end - start >= 2 else []


#: How many times a listed heading is looked for below before it is taken as not said again there.
_SAID_TRIES = 4


def _opens_line(norm: str, text: str, after: int) -> bool:
    """Does ``text`` open a line of ``norm`` below ``after`` (spaces before it aside)? At a line's start
    first (one search, however often the text names it inside sentences: 加强政治建设), then after spaces."""
    if norm.find("\n" + text, after) >= 0:
        return True
    at = norm.find(text, after)
    for _ in range(_SAID_TRIES):
        if at < 0:
            return False
        if not norm[norm.rfind("\n", 0, at) + 1:at].strip():
            return True
        at = norm.find(text, at + 1)
    return False


def _line_text(node: OutlineNode, norm: str) -> str:
    return unspaced(norm[node.start:node.end].strip())  # (桐 溪 县 民 政 局 党 组: a title spaced out)


def unspaced(text: str) -> str:
    """``text`` without its spaces when it is spaced out letter by letter (distributed
    alignment in WPS or a PDF: 六 、 制 度 建 设), else as it is."""
    return text.replace(" ", "") if " " in text and _LETTER_SPACED.fullmatch(text) else text


#: A line spaced out letter by letter (one space between every two characters).
_LETTER_SPACED = regexstore.compile(r"\S(?: \S){2,}|\S+(?: \S){3,}")  # (主 持 词; 三、2026年 工 作 计 划)


#: The longest column label a WeChat article sets before its title with a bar, and how
#: title-like the rest must be (``_title_score``: a title's ending and 关于).
_COLUMN_LABEL = 8
_COLUMN_TITLE = 5


#: A heading of two short halves joined by a dot, a bar, a dash or a space (抓政治·把方向, 抓班子｜带队伍, 严组织—固根本,
#: 把方向　强引领): a slogan (no site's menu where a bar parts them), which a plain heading on the line below may name.
_SLOGAN_HALVES = regexstore.lazy(r"[\u4e00-\u9fff“”]{2,6}[ ·•・|—-]{1,3}[\u4e00-\u9fff“”]{2,6}")
#: … its length, 2 + 1 + 2 to 6 + 3 + 6 characters: tested first, before the pattern is compiled or run.
_SLOGAN_LENGTHS = range(5, 16)


def slogan_halves(text: str, start: int = 0, end: int | None = None) -> bool:
    """Is ``text[start:end]`` a heading of two short halves (:data:`_SLOGAN_HALVES`)?"""
    end = len(text) if end is None else end
    return end - start in _SLOGAN_LENGTHS and _SLOGAN_HALVES.fullmatch(text, start, end) is not None


def _is_chrome(text: str, *, body: bool = False) -> bool:
    """A line of site chrome. Where the body may begin (``body``: below the
    title) never a line that ends a sentence or holds three: that is the report's text, even
    when it names a chrome word (全年受理信访举报12件。). Above the title a
    template site's note is a sentence (以下是网友为您整理分享的……，欢迎下载。)."""
    if body and (text[-1:] in "。!?" or text.count("。") >= 3):
        return False  # (nor a line of sentences whose end a page's footer took: ……办理各类案件 第 1 页 共 2 页)
    if body and text.count("|") >= 3 and text.lstrip().startswith("|"):
        return False  # a row of a table below the title (| 存在问题 | 1.理论学习…… |): the report's
    if body and "|" in text and slogan_halves(text):
        text = text.replace("|", "·")  # a heading's two halves (抓班子｜带队伍), not a site's menu: its words decide
    front = front_matter()
    text = text.strip(" |") or text  # (a title with a table's bars left after it: …情况报告 | ||)
    label, bar, rest = text.partition("|")
    if bar and len(label) <= _COLUMN_LABEL and "|" not in rest and (
            _title_score(rest.strip()) >= _COLUMN_TITLE or label.strip().endswith(front.title_word)):
        text = rest  # a WeChat column's label before the title (年终盘点｜中共…关于…的报告), or a label that
        # names the kind of text (微党课｜一本养路日志里的初心): judge the title
    return any(word in text for word in front.chrome) or bool(front.chrome_re.search(text)) or text.rstrip().endswith(
        front.form_hints)  # (a form's field label over the text it holds: 述职报告正文（必填）)


def is_chrome(text: str) -> bool:
    """A line of site chrome among the report's lines (a page's 展开全文 between two parts)."""
    return _is_chrome(unspaced(text.strip()), body=True)


def _title_like(node: OutlineNode, text: str) -> bool:
    """A short line without a sentence end: a title or a line of one."""
    if _marked(node):
        return False
    if len(text) <= _PIECE_MARK:
        found = front_matter().piece_marker.match(text)
        if found is not None and not text[found.end():].strip(": "):
            return False  # (篇1, 【范文二】, 精选范文二：: a 范文 page's mark over a piece's title)
    return 0 < len(text) <= _TITLE_MAX and text[-1] not in _SENTENCE_END and len(node.clauses) <= 2 \
        and not front_matter().caption.match(text)  # (a table's caption: 表1　2026年……完成情况)


#: What a channel's line (rules/outline/front-matter.yaml's channel-lines) takes from a title's score: more
#: than any title's words give.
_FIELD_PENALTY = 10


def _title_score(text: str) -> int:
    front = front_matter()
    core = _TRAILING_NOTE.sub("", text.lstrip("# ").strip("*"))  # (**bold**: Markdown's marks)
    score = 0
    if core != text.lstrip("# ") and any(word in text[len(core):] for word in front.site_note):
        score -= 2  # a template site's headline: ……工作总结（通用版）, ……报告（精选5篇）
    if core.startswith(_LABEL) and core.endswith(front.title_end):
        score += 3  # (a form's field holding the title: 标题：……报告 — not an app's own, 标题：……提交的报告审批)
    if core.endswith(front.title_end) or core.split(":", 1)[0].endswith(front.title_word):
        score += 3  # …情况报告; 研讨发言：subtitle
    elif any(word in core for word in front.title_word):
        score += 1
    if any(word in core for word in front.title_opens):
        score += 2
    if _YEAR.search(core):
        score += 1
    if core.startswith(("—", "-")):
        score -= 3  # a subtitle
    if front.channel_line.match(core):
        score -= _FIELD_PENALTY  # a channel's field or name (报送栏目：2025年度党建工作总结), not a title
    return score


#: What the outline sets aside above a title below an e-mail's header (see :func:`_below_mail`): the mail's
#: lines, reported as the channel's (linter.checks.layout's record check).
MAIL = "mail"
#: ``aside`` of the lines a table of contents without page numbers lists (see :func:`_listed`): reported as
#: the table of contents' (linter.checks.layout's contents check).
CONTENTS = "contents"
#: ``aside`` of the lines above a report cut out of a compilation that are the tail of the report before it
#: (see :func:`_below_earlier`): reported as above the title, its unit and signed date too.
EARLIER_REPORT = "earlier report"
#: A mail's last header is looked for among this many first lines (a mail forwarded twice: three headers, three notes).
_MAIL_NODES = 2 * _FRONT_NODES


def _below_mail(nodes: list[OutlineNode], norm: str) -> int:
    """Where the report begins below the e-mail that carries it: the index after the last mail header (its
    separator, sender's and recipient's fields, 主题：, a quoted mail's ……写道：) among the first lines, when no
    title stands above it (a forwarder's note, a reviewer's reply, an earlier mail's header: the mail's); 0 when
    there is none."""
    window = nodes[:_MAIL_NODES]
    front = front_matter()
    if not window or not any(norm.find(word, 0, window[-1].end) >= 0 for word in front.mail_word):
        return 0
    below = 0
    run_head = False
    previous = None
    for i, node in enumerate(window):
        text = _mail_text(node, norm)
        head = front.mail_head.match(text) is not None
        if head or front.mail_field.match(text):
            if previous is not None and previous != i - 1:
                run_head = False  # (a new run)
            run_head = run_head or head
            previous = i
            if run_head:
                below = i + 1
            continue
        if _titled(node, text):
            return below  # a title: the report's, below the mail's header above it if any (the mails below it —
            # an earlier mail quoted, the chain it was forwarded in, the report again — are its tail)
    return below


def _front_matter(nodes: list[OutlineNode], norm: str) -> list[OutlineNode]:
    """The title (see :func:`_title_of`), looked for below the e-mail that carries the report when there
    is one: then every line above the title is the mail's (set aside as :data:`MAIL`); or below the tail
    of the report before it in a compilation it was cut out of (set aside: above the title); or below the
    chat that asked an assistant for it (set aside: above the title)."""
    below, aside = _below_mail(nodes, norm), MAIL
    if not below:
        below, aside = _below_earlier(nodes, norm), EARLIER_REPORT
    if not below:
        below, aside = _below_answer(nodes, norm), True
    if below and below < len(nodes):
        rest = _title_of(nodes[below:], norm)
        title = next((i for i, node in enumerate(rest) if node.kind == TITLE), None)
        if title is not None:
            for node in (*nodes[:below], *rest[:title]):
                node.aside = aside
                _demote(node)
            return nodes[:below] + rest
    return _title_of(nodes, norm)


def _below_earlier(nodes: list[OutlineNode], norm: str) -> int:
    """Where a report cut out of a compilation (……报告汇编) begins below the tail of the one before it — that
    one's last item or sentence, its unit and signed date, the compilation's running header and page number:
    the index after the signed date, when the text opens with body text (a numbered item, a sentence) rather
    than a title or an addressee and a title follows the date within a few lines; 0 when not."""
    window = nodes[:_EARLIER_NODES]
    if not window or not (window[0].kind == HEADING or norm[window[0].end - 1] in _BODY_ENDS or _dated(window[0], norm)):
        return 0
    for i, node in enumerate(window):
        if _dated(node, norm):
            return i + 1 if _title_below(nodes, i, norm, _EARLIER_GAP) else 0
    return 0


def _titled(node: OutlineNode, text: str) -> bool:
    """Does ``text`` (``node``'s line) read as a title's: it ends like one (…报告, …讲话) and is no sentence?"""
    return text.endswith(front_matter().title_end) and _title_like(node, text)


def _title_below(nodes: list[OutlineNode], i: int, norm: str, gap: int) -> bool:
    """Is one of the ``gap`` lines below ``nodes[i]`` a title's?"""
    return any(_titled(after, _line_text(after, norm)) for after in nodes[i + 1:i + 1 + gap])


def _below_answer(nodes: list[OutlineNode], norm: str) -> int:
    """Where the report begins below a chat assistant's mark that its answer begins (已深度思考（用时 21 秒）; a
    regenerated answer's pager, < 2/2 >) when a title follows it within a few lines, or below its preface naming what
    it wrote (好的，以下是为您撰写的交流发言稿：), whatever the title says: the index after the last
    such mark among the first lines — the prompt, an abandoned first answer with its own title and parts, a
    second prompt above it are the chat's; 0 when there is none."""
    front = front_matter()
    window = nodes[:_MAIL_NODES]
    if not window or not any(norm.find(word, 0, window[-1].end) >= 0 for word in front.answer_words):
        return 0
    below = 0
    for i, node in enumerate(window):
        if node.kind != PARAGRAPH:
            continue
        text = _line_text(node, norm)
        if front.answer_mark.match(text) and _title_below(nodes, i, norm, _ANSWER_GAP) \
                or front.answer_preface.fullmatch(text) and i + 1 < len(nodes):
            below = i + 1
    return below


#: How many lines may stand between an answer's mark and its title (the assistant's thinking, the unit's name).
_ANSWER_GAP = 4


#: A compiled report's predecessor leaves at most this many lines above its title (…its last plan items, its
#: signature and date), and at most this many lines (a running header, a page number) between its date and the title.
_EARLIER_NODES = 12
_EARLIER_GAP = 4
#: How a line of body text ends (the predecessor's last item: ……在急难险重任务中识别考察干部。).
_BODY_ENDS = "。;!"


def _spaced(nodes: list[OutlineNode], norm: str) -> bool:
    """Are the first lines of the text mostly set a blank line apart (a draft typed with an empty paragraph
    after each)?"""
    first = nodes[:_FRONT_NODES]
    gaps = [norm.count("\n", a.end, b.start) >= 2 for a, b in zip(first, first[1:])]
    return len(gaps) >= 4 and sum(gaps) >= _SPACED * len(gaps)


#: The share of blank lines between the first lines that makes a text :func:`_spaced`.
_SPACED = 0.6


def _title_of(nodes: list[OutlineNode], norm: str) -> list[OutlineNode]:
    """Find the title above the body and mark what stands above it.

    The title is the best title-like line among the first lines — after site
    navigation, breadcrumbs, a file name or a pasted table of contents — and
    may run over two or three lines (the unit's name, then 关于…的报告; a
    phrase broken in the middle; a ——subtitle). Those lines become one
    ``TITLE`` node. A table of contents (dot leaders and page numbers) is
    demoted to paragraphs, so that its lines are not taken for the sections,
    and every line above the title, a repeat of the title and a line of site
    chrome near it are marked ``aside``. Without a line that reads as a title,
    a short first line is the title, as before.
    """
    texts: list[str] = []
    candidates: list[int] = []
    contents: list[int] = []
    listed: list[int] = []  # (the lines a 目录 heads, without page numbers: see :func:`_listed`)
    chrome: set[int] = set()  # (the lines of site chrome above the title)
    stopped = None  # the first line that is no title: a sentence (the preamble, or a page's 导语)
    counts = None  # line text → how many lines hold it (for a running header), when first needed

    def repeats(text: str) -> int:
        nonlocal counts
        if counts is None:  # (each line's text, counted once: not a scan of the text per candidate)
            counts = Counter(_line_text(other, norm) for other in nodes if other.end - other.start >= _HEADER_MIN)
        return counts[text]

    notes = False  # below a template's 填报说明：, its numbered lines
    memo = False  # in a reviewer's memo above the draft (关于退回……修改的通知 …, down to a blank line)
    agenda: list[int] = []  # a meeting's agenda above the report read at it (……会议议程 / 时间：… / 一、……), to the title
    for i, node in enumerate(nodes[:_FRONT_NODES]):
        text = _line_text(node, norm)
        texts.append(text)
        if i in contents:
            continue
        if agenda and agenda[-1] == i - 1:
            if _marked(node) or not _titled(node, text):
                agenda.append(i)  # (its lines, down to the title)
                continue
        elif not agenda and not candidates and front_matter().agenda_head.fullmatch(text):
            agenda.append(i)
            continue
        if memo and (norm.count("\n", nodes[i - 1].end, node.start) >= 2 and not _spaced(nodes, norm)
                     or text.endswith(front_matter().title_end)):
            memo = False  # (the memo ends at a blank line — not where every line has one after it — or at the title)
            if text.endswith(front_matter().title_end) and nodes[i - 1].aside is True \
                    and texts[i - 1].rstrip("* ").endswith(front_matter().unit_end) \
                    and norm.count("\n", nodes[i - 1].end, node.start) == 1:
                nodes[i - 1].aside = False  # (the unit's name right above the title is the title's first line, not the
                candidates.append(i - 1)     # memo's: ……审核结论：不合格，退回补全。 / 中共桂阳县自然资源局党组 / 关于……的报告)
        if memo or (not candidates or all(texts[j].rstrip("* ").endswith(front_matter().unit_end) for j in candidates)) \
                and front_matter().review_memo.match(text):
            # (the memo's first line, above any title — or below the unit's name, which heads the memo and the report
            # alike: 中共东坪县林业局党组 / 关于报送修改后的……报告的说明)
            memo = not (len(text) >= 4 and not text.strip("=—_-"))  # (a rule under it ends it: ======)
            node.aside = True
            continue
        if notes and node.kind == HEADING and node.marker:
            node.aside = True
            continue
        notes = bool(front_matter().template_note.match(text))
        if notes or not _WORDY.search(text):
            continue  # (a label over notes is no title: 修改意见（组织办 周晓 12月8日）：; nor is a rule: ————)
        if front_matter().contents_head.match(text) or (len(text) <= 80 and _CONTENTS_LINE.search(text)) \
                or _piece_listed(nodes, i, norm):  # (a long line: not searched)
            contents.append(i)
            if front_matter().contents_head.match(text):
                found = _listed(nodes, i + 1, norm)
                listed.extend(found)
                contents.extend(found)
            continue
        chromed = _is_chrome(text)
        if chromed or front_matter().channel_line.match(text):
            if chromed and not _staged_title(text):
                chrome.add(i)  # (and no first line that titles the text alone: Evaluation Warning: … over the title)
            continue  # (site chrome, a channel's lines: the title is below them)
        if _marked(node):
            if ("  " in text or "\t" in text) and _CONTENTS_ROW.search(text):
                contents.append(i)  # (an online document's outline pane copied as one line: 大纲：一、……  二、……  三、……)
                continue
            found = _unlabeled(nodes, i, norm)
            if not found:
                break  # the body begins
            contents.extend(found)  # (a table of contents without its 目录 label: the title is below it)
            listed.extend(found)
            continue
        if not _title_like(node, text):
            stopped = i
            break  # the preamble begins
        if len(text) >= _HEADER_MIN and text.endswith(front_matter().title_end) \
                and norm.count(norm[node.start:node.end].strip()) >= _HEADER_REPEATS:
            if repeats(text) >= _HEADER_REPEATS:
                continue  # a page's running header (the unit and the kind of report, atop every page), not the title
        candidates.append(i)
    for i in range(len(texts), min(len(nodes), _FRONT_NODES)):  # (a 目录 over its list below where the title search
        if front_matter().document_contents.match(_line_text(nodes[i], norm)):     # stopped: 飞书's 文档目录 under its fields)
            contents.append(i)
            found = _listed(nodes, i + 1, norm)
            listed.extend(found)
            contents.extend(found)
            break
    if agenda and agenda[-1] + 1 < min(len(nodes), _FRONT_NODES):  # (its lines, where a title ends them)
        contents.extend(agenda)
    for i in contents:
        _demote(nodes[i])
        nodes[i].aside = CONTENTS if i in listed else True
    best, score = None, 1
    if candidates:
        scored = [(_paired_score(texts[i], texts[i + 1] if i + 1 < len(texts) else "", i + 1 in candidates), -i)
                  for i in candidates]
        score, negative = max(scored)
        if score >= 2:
            best = -negative
    late = _late_title(nodes, norm, stopped, score) if stopped is not None else None
    if late is not None:  # a web page's headline and 导语 above the report's own title
        texts.extend(_line_text(node, norm) for node in nodes[len(texts):min(len(nodes), late + 4)])
        candidates = [j for j in range(late - 1, min(len(texts), late + 4))
                      if j > stopped and _title_like(nodes[j], texts[j]) and not _is_chrome(texts[j])]
        best = late
    if best is None and candidates:  # a portal's page: its headline is the report's title, its byline below
        score, negative = max((_title_score(texts[i]), -i) for i in candidates)
        if score >= 2:
            best = -negative
    if best is None:
        first = next((i for i, n in enumerate(nodes[:_FRONT_NODES]) if not n.aside and i not in chrome), None)
        if first is None or len(nodes[first].clauses) != 1 or first not in candidates and not (
                first < len(texts) and _staged_title(texts[first])):
            return nodes  # (but a first line named with its draft's stage, and no title below it, is the title:
            # 金竹镇2026年工作总结（初稿） over its first paragraph)
        best = first
    page = _page_title(nodes, norm, best)
    texts.extend(_line_text(node, norm) for node in nodes[len(texts):page + 1])
    first = last = page
    title = texts[page]
    previous = page - 1 if page == best else -1  # (above a web copy's own title: the site's matter …
    if previous < 0 < page and norm.count("\n", nodes[page - 1].end, nodes[page].start) == 1 \
            and (texts[page - 1].rstrip("* ").endswith(front_matter().unit_end) or _YEAR_ENDS.search(texts[page - 1])):
        previous = page - 1  # … but for the unit's name right above it: 中共…党组 / 关于……的报告; or the title's
        # first line, broken after its year: 中共……委员会书记2025年度 / 抓基层党建工作述职报告)
        candidates = [*candidates, previous]
    title_end = front_matter().title_end
    below = texts[page + 1] if page + 1 < len(texts) else ""  # (a ——subtitle, say)
    if previous in candidates and _begins_title(texts, previous, title, below,
                                                norm.count("\n", nodes[previous].end, nodes[page].start) == 1) \
            and not (len(texts[previous]) >= _HEADER_MIN and repeats(texts[previous]) >= (
                _UNIT_HEADER_REPEATS if texts[previous].rstrip("* ").endswith(front_matter().unit_end)
                else _HEADER_REPEATS)):
        # (not a page's running header above it: 中共……党组　内部资料　注意保存, atop every page; nor the unit's name
        # alone atop every page of a scanned copy, 丰宁县卫生健康局党委 — written once more under the text, and in a cover
        # note or an appendix, not four times more)
        first = previous
        above = first - 1  # (and a company's name above its department's: 启明智能装备有限公司 / 研发中心 / 2025年度工作总结)
        if above in candidates and texts[first].endswith(front_matter().unit_end) \
                and texts[above].rstrip("* ").endswith(front_matter().unit_end) \
                and norm.count("\n", nodes[above].end, nodes[first].start) == 1 \
                and _begins_title(texts, above, title, below, True):
            first = above
        elif above in candidates and texts[first].lstrip("# *").startswith(("—", "-")) \
                and norm.count("\n", nodes[above].end, nodes[first].start) == 1 \
                and _begins_title(texts, above, texts[first] + title, below, True):
            first = above  # (and the main title over a ——subtitle wrapped onto the title's line: 扣好从政“第一粒
            # 扣子”　走稳廉洁从政每一步 / ——在……新提任科级领导干部 / 任前廉政党课上的讲稿)
    while last + 1 < len(texts) and last + 1 in candidates and last - first < 2:
        # (**——在…上**, **（截至11月底）**, （截至2026年11月30日）, （2026年1月1日至12月20日）; not a date,
        # （数据统计截至2025年11月30日）, （检查时段：2025年1月1日至11月30日）: a date line
        # under a title is not its)
        following = texts[last + 1].lstrip("# *").rstrip("* ")
        if following.startswith(("—", "-")) or _TRAILING_NOTE.fullmatch(following) and any(
                word in following for word in front_matter().title_period) and "。" not in following \
                and (not following.rstrip(") ").endswith("日") or following.lstrip("( ").startswith("截至")
                     or "日至" in following and ":" not in following) \
                and not any(word in following for word in front_matter().title_occasion) or (
                (not _TRAILING_NOTE.sub("", texts[last]).endswith(title_end)
                 or following.startswith(front_matter().title_continues))
                and following.endswith(title_end) and following != title):
            last += 1
        else:
            break
    for i in range(last + 1, len(texts)):
        if texts[i] == title or _is_chrome(texts[i], body=True):
            nodes[i].aside = True
            continue
        break
    # A web copy: the site's heading, then its own matter (发表时间, a 目录/提纲
    # of the part headings), then the page's title again — the report starts
    # below the repeat, and the short lines down to it are the site's.
    ahead = range(last + 1, min(len(nodes), _FRONT_NODES))
    repeat = next((j for j in ahead if _line_text(nodes[j], norm) == title), None)
    if repeat is not None and all(len(_line_text(nodes[k], norm)) <= _TITLE_MAX for k in range(last + 1, repeat)):
        for k in range(last + 1, repeat + 1):
            nodes[k].aside = True
            _demote(nodes[k])
    for i in range(first):
        nodes[i].aside = nodes[i].aside or True  # (a 目录's listed lines stay CONTENTS)
        _demote(nodes[i])
    if first == last and nodes[first].kind == HEADING and nodes[first].marker.startswith("#"):
        # a Markdown “# title” stays a heading (Document.title finds it); one written
        # “## title” below a page's “# headline” ranks as the document's top heading
        nodes[first].level = 1
        return nodes
    merged = _merge_title(nodes[first:last + 1])
    return nodes[:first] + [merged] + nodes[last + 1:]


#: A title's ——subtitle names what the text is (——在…会议上的发言): the line above it is a title.
_SUBTITLE_SCORE = 3
#: A line that a byline follows (a date and a time of day) is the page's headline, not the report's title.
_HEADLINE_PENALTY = 2
#: How far below a page's 导语 (the first sentence above the body) the report's title is looked for.
_LATE_LINES = 8




def _staged_title(text: str) -> bool:
    """A title with a note after it (its draft's stage: ……工作总结（初稿）): a title's length (a long
    line is no title, and ``_TRAILING_NOTE`` tries every position of a line of notes)."""
    if len(text) > _TITLE_MAX or not text.endswith(("】", "]", ")")):
        return False
    bare = _TRAILING_NOTE.sub("", text)
    return bare != text and bare.endswith(front_matter().title_end)


def _paired_score(text: str, following: str, titled: bool) -> int:
    """A title line's score, and its subtitle's (``following``, the next line,
    ``titled`` when it reads as a line of a title): 抓党建促振兴 over
    ——在…座谈会上的交流发言; less for a page's headline, which a byline
    follows (公文写作笔记 2025-12-29 08:12 · 发布于山东)."""
    score = _title_score(text)
    subtitle = following.lstrip("# *")
    if titled and subtitle.startswith(("—", "-")) and any(word in subtitle for word in front_matter().title_word):
        score += _SUBTITLE_SCORE + (_title_score(subtitle.lstrip("—-")) >= _SUBTITLE_SCORE)  # (a whole title's
        # subtitle, ——在……廉政党课上的讲稿: more than a 简报's headline above them, ……讲授廉政党课)
    elif _occasion_line(subtitle):
        score += _SUBTITLE_SCORE  # (a slogan over its occasion: 以好作风开新局 以实作风促发展 / （在……推进会上的讲话）)
    if _CLOCK.search(following):
        score -= _HEADLINE_PENALTY
    return score


def _occasion_line(text: str) -> bool:
    """Is ``text`` a speech's occasion in brackets under its title (（在全县作风建设推进会上的讲话）): what opens and
    names a wrapped speech title's occasion (在, 上的), ending in what a title names (讲话, 发言, 党课…)?"""
    front = front_matter()
    inner = text.rstrip()
    if not (inner.startswith("(") and inner.endswith(")")):
        return False
    inner = inner[1:-1]
    return inner.startswith(front.speech_opens) and any(word in inner for word in front.speech_occasions) \
        and inner.endswith(front.title_word)


#: A line that ends with a year (a title broken after it: ……委员会书记2025年度 / 抓基层党建工作述职报告).
_YEAR_ENDS = regexstore.lazy(r"20\d\d年度?$")


def _begins_title(texts: list[str], previous: int, title: str, following: str, adjacent: bool) -> bool:
    """Is the line above the title line ``title`` its first line? Not a line of the
    page's (a clock, a comma, a page marker, a running header's run of spaces, a
    masthead, a label in brackets: 【正文】, a cover note's signature and date); a unit's name, a line with 关于 or a
    year, or the first line of a speech's title — its main title right above its
    ——subtitle (``following``) or its occasion (以严的基调…全面从严治党 / 为…提供坚强
    保障 / ——在…上的讲话; 守住讲台的清白 / 校长在…大会上的廉政讲话), when nothing
    but a line break stands between them (``adjacent``)."""
    front = front_matter()
    text = texts[previous]
    if text == title or text.endswith(front.title_end) or "," in text or front.page_line.fullmatch(text) \
            or "    " in text.strip() or _CLOCK.search(text) or front.masthead_line.search(text) \
            or _TRAILING_NOTE.fullmatch(text) or _SIGNED.match(text) or front.field_line.match(text) \
            or not _HAN.search(text) or previous > 0 and field_label(texts[previous - 1]):
        return False  # (nor a form's field: 所属党组织：中共……党组 over 报告标题：……报告; nor a page's index number, HY-ZWFW-2025-0093)
    occasion = any(word in title for word in front.speech_occasions)
    if adjacent and _SLOGAN.fullmatch(text) and title.endswith(front.title_end):
        return True  # a slogan over the title that names the text (学思践悟强党性  知行合一护青山 / ……交流发言)
    return bool(text.rstrip("* ").endswith(front.unit_end) or any(word in text for word in front.title_opens)
                or _YEAR.search(text) or title.startswith(front.title_opens) or _YEAR.match(title)
                or text.startswith(front.speech_opens) and occasion  # 在全区…思想 / …总结大会上的讲话
                or adjacent and (following.lstrip("# *").startswith(("—", "-")) and len(text) >= _TITLE_LINE_MIN
                                 or "在" in title and occasion
                                 or unspaced(title) in front.title_end))  # (全县警示教育大会 / 主 持 词)


def field_label(text: str) -> bool:
    """Whether ``text`` is a page's field label alone on its line (发布机构, 索引号：), its value on the next
    (front-matter's ``page-fields``): no line of the title below, and no unit's name kept above it."""
    return "".join(text.rstrip(": ").split()) in front_matter().page_field


#: A main title's first line above its last, over a ——subtitle, has at least this many characters (not a video's
#: chapter, 05:20 结语, over the title of the lecture).
_TITLE_LINE_MIN = 4


def _late_title(nodes: list[OutlineNode], norm: str, stopped: int, beat: int) -> int | None:
    """A web copy: the page's headline, its byline (a date and time: no title)
    or a 导语 sentence, then the report's own title a few short lines below.
    The best title-like line below ``stopped`` that scores at least 3 and more
    than ``beat`` (the best line above), before the body (a numbered heading or
    a long line), is the title."""
    texts = {}
    end = min(len(nodes), stopped + _LATE_LINES, _FRONT_NODES + _LATE_LINES)
    listed: list[int] = []  # (本文目录 over the numbered titles of the pieces on the page)
    j = stopped
    while j + 1 < end:  # (the 导语 at ``stopped`` may be long: it is not the body)
        j += 1
        node = nodes[j]
        text = _line_text(node, norm)
        if j in listed:
            continue
        if _piece_listed(nodes, j, norm):  # (a 范文 page's list of its pieces, 篇1：…… 篇2：……: not counted)
            listed.append(j)
            end = min(len(nodes), end + 1, _FRONT_NODES + 2 * _LATE_LINES)
            continue
        if front_matter().contents_head.match(text):
            listed = _listed(nodes, j + 1, norm)
        if node.kind == HEADING and node.marker and (
                not node.marker.startswith("#") or _TEXT_MARKER.match(norm, node.title_start, node.title_end)) or (
                len(text) > _TITLE_MAX and not _is_chrome(text) and not front_matter().cover_note.search(text)):
            end = j  # the body begins: a numbered heading (### 一、…), a paragraph (编者按：…, a page's note; not a
            break    # cover note's 现将《……》报上，请审阅。, the title below it)
        texts[j] = text
    best = None
    for j in range(stopped + 1, end):
        if j in listed:
            continue
        text = texts[j]
        # (a line with two commas is a sentence wrapped in a copy from a PDF: 2024年以来,我院按照…,以“清廉思想)
        if _title_like(nodes[j], text) and not _is_chrome(text) and text.count(",") < 2:
            following = texts.get(j + 1, "")
            score = _paired_score(text, following, bool(following) and _title_like(nodes[j + 1], following))
            if score >= 3 and score > beat:
                best, beat = j, score  # (the best in the window: 分类：工作材料 above the real title)
    return best


#: How alike (Dice coefficient of character pairs) a title-like line below the
#: first title must be to be the page's own title under the site's heading.
_ALIKE = 0.6


def _page_title(nodes: list[OutlineNode], norm: str, best: int) -> int:
    """The title a web copy repeats: a site heads the page with its own wording
    of the title (2023年乡镇党委落实…情况报告), then its matter (时间、来源、
    导语), then the report with its real title (关于2023年度落实…情况的报告).
    A title-like line below ``best``, above the first numbered heading and
    alike enough, is the report's title (an exact repeat keeps the first)."""
    from linter.similar.dice import alike, pairs

    title = _line_text(nodes[best], norm)
    title_pairs = pairs(_TRAILING_NOTE.sub("", title) or title)  # (not the site's note: …表态发言（镇党委书记）)
    said = 0  # long lines passed: a page's 导语 is one; the second is the body's (a related list's titles below)
    for j in range(best + 1, min(len(nodes), _FRONT_NODES)):
        node = nodes[j]
        if _marked(node):
            break  # the body begins
        text = _line_text(node, norm)
        if text == title or front_matter().salutation.fullmatch(text.rstrip(":：")):
            break  # (nor below a salutation: 同志们： opens a report given at a meeting, its 2026年工作情况 a heading)
        if len(text) > _TITLE_MAX and not _is_chrome(text):
            said += 1
            if said == 2:
                break
        elif _title_like(node, text) and not _is_chrome(text) and alike(pairs(text), title_pairs, _ALIKE):
            # (not the re-post's 原标题：…… under the headline the platform gave it: chrome)
            following = _line_text(nodes[j + 1], norm) if j + 1 < len(nodes) else ""
            if _paired_score(text, following, bool(following) and _title_like(nodes[j + 1], following)) >= 2:
                return j
    return best


#: A later piece on a 范文 page starts this far below the report's title at the least (characters of its
#: text between them: not a list of the pieces under a page's headline, 篇一：… 篇二：…).
_PIECE_AFTER = 300
#: A piece's title after its marker in a page's list of pieces is this long at the least.
_PIECE_TITLE = 6
#: A piece's mark alone on its line (精选范文二：) is at most this long.
_PIECE_MARK = 8


def piece_named(norm: str, node: OutlineNode) -> bool:
    """A line that names a piece of a 范文 page (篇二：……报告, 【范文二】……, 第3篇　……): its marker
    and a title after it."""
    found = front_matter().piece_marker.match(norm, node.start, node.end) if node.kind == PARAGRAPH else None
    return found is not None and node.end - found.end() >= _PIECE_TITLE


def _piece_listed(nodes: list[OutlineNode], i: int, norm: str) -> bool:
    """A line of a 范文 page's list of its pieces (篇一：…… / 篇二：…… on lines of their own, one after
    another, at the top): a table of contents of the page, no title."""
    return piece_named(norm, nodes[i]) and (
        i > 0 and piece_named(norm, nodes[i - 1]) or i + 1 < len(nodes) and piece_named(norm, nodes[i + 1]))


#: The ``aside`` of a running header below the title (truthy: set aside as any other; rule ``residue-title`` still reads it).
RUNNING_HEADER = "running header"


def _running_headers(nodes: list[OutlineNode], norm: str) -> None:
    """A page's running header below the title — the unit and the kind of report, a line that reads as a
    title (no marker, no sentence's mark, ending as a title ends: 东陵县农业农村局党组　2026年度……情况报告),
    found on two lines or more between the report's paragraphs — is set aside: no part opens there (the
    part around it goes on past it; rule ``residue-title`` reports it)."""
    ends = front_matter().title_end
    found = [node for node in nodes if not node.aside and node.kind != TITLE and not node.marker
             and _HEADER_MIN <= node.end - node.start <= _TITLE_MAX + 2
             and norm[node.start:node.end].rstrip().endswith(ends)]
    if len(found) < 2:
        return
    counts = Counter(_line_text(node, norm) for node in found)
    for node in found:
        text = _line_text(node, norm)
        if counts[text] >= 2 and not any(mark in text for mark in _SENTENCE_END + ","):
            node.aside = RUNNING_HEADER
            _demote(node)


#: A drafter's line over an earlier report (front-matter.yaml's ``earlier-marks``) is at most this long.
_EARLIER_MAX = 60


def earlier_line(norm: str, node: OutlineNode) -> bool:
    """Is ``node`` a drafter's line over an earlier report pasted below for reference (==========以下为2025年度
    报告，核对口径用==========), or over the table of the comments taken in (意见采纳情况)?"""
    if node.kind != PARAGRAPH or node.end - node.start > _EARLIER_MAX:
        return False
    matter = front_matter()  # (the line's words first: a cheap test)
    return any(norm.find(word, node.start, node.end) >= 0 for word in matter.earlier_words) and \
        matter.earlier_mark.search(_line_text(node, norm)) is not None


def mail_tail_line(norm: str, node: OutlineNode) -> bool:
    """Is ``node``, below the report, the header of an earlier mail in the chain that carried it (-------- 转发的邮件
    --------, 发件人：…, > 在2026-01-19 10:25，"王晓丽" <…> 写道：) — from where the chain, with the report as it
    was first sent, is quoted below this one?"""
    return node.kind == PARAGRAPH and front_matter().mail_head.match(_mail_text(node, norm).lstrip(">")) is not None


def _mail_text(node: OutlineNode, norm: str) -> str:
    """``node``'s line without its spaces and tabs, as a mail's header is matched (发件人 : …, -------- 原始邮件 --------)."""
    return norm[node.start:node.end].replace(" ", "").replace("\t", "")


def _other_pieces(nodes: list[OutlineNode], norm: str) -> None:
    """A 范文 page copied whole holds several reports (篇一 … 篇二 …, 范文1 … 范文2 …): the report is the
    first, and from the line that opens the second piece (front-matter.yaml's ``piece-markers``, a
    number from 2 up) on, the page's other pieces are set aside (no part is looked for there; rule
    type ``layout``, check ``pieces``, reports them). A marker counts below the title, after at least
    :data:`_PIECE_AFTER` characters of text, and not in a list of such markers (a page's 目录 of its pieces).
    So is an earlier report a drafter pasted below this one for reference, from the line that says so on
    (:func:`earlier_line`; rule type ``layout``, check ``earlier``)."""
    marker = front_matter().piece_marker
    signed = False  # (below the report's signed date: a mail's header there opens the chain that carried it, not
    # a reviewer's comment quoted between two parts, answered by the part below it)
    title = next((i for i, node in enumerate(nodes) if node.kind == TITLE), 0)
    text = 0
    for i in range(title + 1, len(nodes)):
        node = nodes[i]
        if node.aside:
            continue
        found = marker.match(norm, node.start, node.end)
        if found is None:
            if text >= _PIECE_AFTER and (earlier_line(norm, node) or signed and mail_tail_line(norm, node)):
                for other in nodes[i:]:  # (an earlier report pasted below for reference: not this report)
                    other.aside = True
                    _demote(other)
                return
            text += node.end - node.start
            dated = _dated(node, norm)
            signed = signed or dated
            following = _next_report(nodes, i, norm) if dated and text >= _PIECE_AFTER else None
            if following is not None:  # (a report cut out of a compilation: the next one's title and first lines)
                for other in nodes[following:]:
                    other.aside = True
                    _demote(other)
                nodes[following].aside = NEXT_REPORT
                return
            continue
        listed = i + 1 < len(nodes) and marker.match(norm, nodes[i + 1].start, nodes[i + 1].end)
        if text >= _PIECE_AFTER and not listed and (marker_number(found.group("n")) or 0) >= 2:
            for other in nodes[i:]:
                other.aside = True
                _demote(other)
            return


def _next_report(nodes: list[OutlineNode], dated: int, norm: str) -> int | None:
    """The index of the next report's title right below this report's signed date (``dated``) — within
    :data:`_EARLIER_GAP` lines, after a compilation's running header or page number, not after an attachment's
    label (附件：…) nor a 范文 page's piece marker (篇二) — or of its unit's line over it: the next report's first lines,
    left when this one was cut out of a 汇编; else None."""
    front = front_matter()
    signer = _line_text(nodes[dated - 1], norm) if dated else ""

    def titled(at: int) -> bool:  # (another unit's report on a year: not a form's field, 镇党委评价意见, nor this
        text = _line_text(nodes[at], norm)  # report again under its own unit's name, a draft's second version)
        return _titled(nodes[at], text) and not SIGNED_DATE.match(text) \
            and (_YEAR.search(text) or any(word in text for word in front.title_opens)) and not (signer and signer in text) \
            and not text.startswith(front.attachment_opens) and len(nodes) - at <= _NEXT_LINES \
            and not any(_dated(n, norm) for n in nodes[at + 1:])
        # (not an attachment's title, 附件1：……清单; nor a whole report signed and dated below, a 汇编's next one)

    def opens(at: int) -> bool:  # (its title, then its own text: not a list of other pages' titles, 猜你喜欢：……)
        line = _line_text(nodes[at], norm) if at < len(nodes) else ""
        return not line or "," in line or norm[nodes[at].end - 1] in _BODY_ENDS + ":" or not _title_like(nodes[at], line)

    for i in range(dated + 1, min(dated + 1 + _EARLIER_GAP, len(nodes))):
        text = _line_text(nodes[i], norm)
        if titled(i):
            return i if opens(i + 1) else None
        if i + 1 < len(nodes) and text.endswith(front.unit_end) and len(text) <= _UNIT_LINE and text != signer \
                and titled(i + 1):  # (its unit's line over its title)
            return i if opens(i + 2) else None
        if not (front.page_line.fullmatch(text) or _is_chrome(text)) \
                or front.piece_marker.match(norm, nodes[i].start, nodes[i].end):
            return None  # (only a page's number or its chrome — the compilation's running header — between: not an
            # attachment's label, 附件：…, a 范文 page's 篇二, a related list's header, 猜你喜欢：)
    return None


#: The next report's lines left below a report cut out of a compilation are at most this many, its title's with
#: them: a whole report below (a branch's after a branch's, in a 汇编 of them) is that document's own.
_NEXT_LINES = 10
#: The unit's line over a title is at most this long (中共青岚县妇幼保健院支部委员会).
_UNIT_LINE = 30


#: The outline's mark on the first line of the next report, left below this one's signature (see :func:`_next_report`).
NEXT_REPORT = "next report"


def _dated(node: OutlineNode, norm: str) -> bool:
    """Is ``node`` a signed date's line (2026年12月19日 under a signature)?"""
    return node.end - node.start <= _SIGNED_MAX and SIGNED_DATE.match(norm, node.start, node.end) is not None


#: An alternate version's mark is a line at most this long.
_ALTERNATE_MAX = 40
#: A signed date's line is at most this long (**二〇二六年十二月三十一日**).
_SIGNED_MAX = 24
#: The date under a report's signature, a line of its own (2026年1月12日, 二〇二六年一月十二日).
SIGNED_DATE = regexstore.compile(r" *(?:\*\* *)?(?:20\d\d|二[〇○零][一二三四五六七八九〇○零]{2})年"
                                 r"(?:[\d一二三四五六七八九十]{1,2}|[Xx×_]{1,2})月(?:[\d一二三四五六七八九十]{1,3}|[Xx×_]{1,2})日"
                                 r" *(?:\*\* *)?(?:\n|$)")  # (or a date left to fill, in bold: **2026年X月X日**)


def alternate_blocks(nodes: list[OutlineNode], norm: str) -> list[tuple[int, int]]:
    """The second versions of parts a drafter pasted below the first, each from
    its mark (front-matter.yaml's ``alternate-marks``: 【备选稿，供领导审定时选用】)
    to the next part of the first version's level or above, a closing line, the
    signature or the end: [(first, last + 1)] positions in ``nodes``."""
    matter = front_matter()
    if not matter.may_alternate(norm):
        return []
    mark, unit_end, closing = matter.alternate_mark, matter.unit_end, matter.closing_line
    blocks = []
    i = 0
    while i < len(nodes):
        node = nodes[i]
        if node.kind == TITLE or node.end - node.start > _ALTERNATE_MAX \
                or not mark.fullmatch(norm, node.start, node.end):
            i += 1
            continue
        head = nodes[i + 1] if i + 1 < len(nodes) else None
        level = head.level if head is not None and head.kind == HEADING else None
        j = i + 1
        while j < len(nodes):
            other = nodes[j]
            text = norm[other.start:other.end].strip()
            if other.kind == HEADING and j > i + 1 and (level is None or other.level <= level) or (
                    other.kind != HEADING and (closing.match(text) or SIGNED_DATE.match(text)
                                               or len(text) <= 30 and text.endswith(unit_end))):
                break
            j += 1
        blocks.append((i, j))
        i = j
    return blocks


#: A cover letter's list of what it sends, opened on its own line (附件：1.……述职报告), its items below it.
_ATTACHMENTS = regexstore.lazy(r" *附件 *: *1 *[.、]")


def _attachment_lists(nodes: list[OutlineNode], norm: str) -> None:
    """The items of a cover letter's 附件 list (附件：1.金沙镇……述职报告 / 2.……问题清单): the letter's lines, not
    headings of the report below it."""
    for i, node in enumerate(nodes):
        if node.kind == PARAGRAPH and _ATTACHMENTS.match(norm, node.start, node.end):
            number = 2
            for item in nodes[i + 1:]:
                if item.kind != HEADING or item.number != number or item.level < 3:
                    break
                _demote(item)
                number += 1


def _quoted_cells(nodes: list[OutlineNode], norm: str) -> None:
    """A spreadsheet's rows pasted as text, a cell that holds line breaks in quotes (政治建设<TAB>……<TAB>"1.全年……
    ⏎2.向区委……⏎5.……。"): the lines down to the closing quote are that cell's, not headings of their own."""
    open_cell = False
    for node in nodes:
        text = norm[node.start:node.end]
        if open_cell:
            _demote(node)
            open_cell = text.count('"') % 2 == 0  # (a quote doubled inside a cell, ""桐湾红"", counts twice)
            continue
        at = text.rfind('\t"')
        open_cell = at >= 0 and text.count('"', at + 1) % 2 == 1


def _demote(node: OutlineNode) -> None:
    """A heading by its marker only (a line of a table of contents) → paragraph."""
    if node.kind == HEADING:
        node.kind = PARAGRAPH
        node.level = 0
        node.number = None
        node.marker = ""
        node.title_start = node.start
        node.title_end = node.clauses[0].end if node.clauses else node.end


def _merge_title(lines: list[OutlineNode]) -> OutlineNode:
    head, tail = lines[0], lines[-1]
    clauses = [clause for node in lines for clause in node.clauses]
    node = OutlineNode(TITLE, head.index, head.start, tail.end, clauses)
    node.title_start, node.title_end = head.start, tail.end
    return node


def _fallback_nodes(norm: str) -> list[OutlineNode]:
    nodes: list[OutlineNode] = []
    offset = 0
    for line in norm.split("\n"):
        stripped = line.strip(_STRIP)
        if stripped:
            start = offset + line.index(stripped[0])
            end = start + len(stripped)
            node = OutlineNode(PARAGRAPH, len(nodes), start, end, [Clause(start, end)])
            node.title_start, node.title_end = start, end
            nodes.append(node)
        offset += len(line) + 1
    return nodes
