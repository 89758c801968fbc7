"""linter/_outline_parser.py — the parser Lark's stand-alone tool generated
from linter/outline.lark — is current and parses exactly as ``lark.Lark``
built from the grammar does."""

import subprocess
import sys
from pathlib import Path

import lark
import pytest

from linter import outline
from tests.conftest import ROOT, SEED

GRAMMAR = Path(outline.__file__).parent / "outline.lark"
GENERATED = Path(outline.__file__).parent / "_outline_parser.py"


def test_the_generated_parser_was_made_from_this_grammar():
    """After an edit of outline.lark: python scripts/gen_outline_parser.py."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import gen_outline_parser
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    first = GENERATED.read_text(encoding="utf-8").splitlines()[0]
    assert first == gen_outline_parser.stamp(), \
        "linter/_outline_parser.py is stale: run python scripts/gen_outline_parser.py"


def test_the_check_flag_of_the_generator_agrees():
    result = subprocess.run([sys.executable, "scripts/gen_outline_parser.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert GENERATED.read_text(encoding="utf-8").count("Mozilla Public License") >= 1  # Lark's notice kept


def test_a_check_does_not_import_the_lark_package():
    code = ("import sys; from linter import outline; from linter.sources.base import Source;"
            "outline.parse(Source('a.txt', '一、标题\\n正文。\\n'), '一、标题\\n正文。\\n');"
            "print(sorted(m for m in sys.modules if m == 'lark' or m.startswith('lark.') or m == 'regex'))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def _texts():
    from linter import rulebook
    from linter.normalize import normalize

    texts = [path.read_text(encoding="utf-8") for path in SEED.values()]
    for folder in ("corpus", "corpus-holdout", "corpus-holdout2", "corpus-holdout3", "corpus-holdout4",
                   "corpus-holdout5", "corpus-holdout6", "corpus-holdout7", "corpus-holdout8",
                   "corpus-holdout9"):
        texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests" / folder).rglob("*.txt"))]
    for name in rulebook.builtin_names():
        for rule in [*rulebook.load(name).elements, *rulebook.load(name).rules]:
            texts += rule.examples.passing + rule.examples.failing
    texts += ["", "\n", "一、", "## ", "(一)\n(1)\n1.\n一是", "统一是。一是二是三是", "\r\n\r\n",
              "句子。" * 50, "第一,突出政治引领\n第二、强化理论武装\n"]
    return [t for text in texts for t in {text, normalize(text)}]


def _flatten(tree):
    if tree is None:  # an optional item left out (maybe_placeholders)
        return None
    if isinstance(tree, str):  # a Token (of either copy of Lark's runtime)
        return (tree.type, str(tree), tree.start_pos, tree.end_pos, tree.line, tree.column, tree.end_line,
                tree.end_column)
    return (tree.data, [_flatten(child) for child in tree.children])


def _parse(parser, errors, text):
    try:
        return _flatten(parser.parse(text + "\n"))
    except errors as exc:
        return (type(exc).__name__, str(exc))


@pytest.mark.slow
def test_the_generated_parser_parses_as_lark_does():
    fresh = lark.Lark(GRAMMAR.read_text(encoding="utf-8"), **outline._OPTIONS)
    generated = outline._get_parser()
    texts = _texts()
    assert len(texts) > 400
    for text in texts:
        assert (_parse(generated, outline._standalone().LarkError, text)
                == _parse(fresh, lark.exceptions.LarkError, text)), text[:80]


def test_the_generated_text_slice_is_lark_s_frozen_dataclass():
    """gen_outline_parser.py builds Lark's TextSlice without the dataclasses
    module: it behaves as Lark's own (a real frozen dataclass) does."""
    import lark.utils

    made, real = outline._standalone().TextSlice, lark.utils.TextSlice
    for args, kwargs in [(("abc", 0, 3), {}), (("abc", -2, None), {}), (("abc",), {"start": 1, "end": -1}),
                         ((), {"text": "x", "start": 0, "end": 1})]:
        one, other = made(*args, **kwargs), real(*args, **kwargs)
        assert (one.text, one.start, one.end, len(one)) == (other.text, other.start, other.end, len(other))
        assert repr(one) == repr(other) and hash(one) == hash(other)
        assert one == made(*args, **kwargs) and one != made("other", 0, 5)
        with pytest.raises(AttributeError):
            one.start = 5
        with pytest.raises(AttributeError):
            del one.text
    for bad_args, bad_kwargs in [(("abc", 0, 3, 4), {}), (("abc", 0), {}), (("abc",), {"begin": 0, "end": 1}),
                                 (("abc", 0, 3), {"text": "x"})]:
        with pytest.raises(TypeError):
            real(*bad_args, **bad_kwargs)
        with pytest.raises(TypeError):
            made(*bad_args, **bad_kwargs)
    with pytest.raises(TypeError):
        made(123, 0, 1)  # __post_init__ runs
    assert made.__match_args__ == real.__match_args__ == ("text", "start", "end")


def test_the_generated_copy_is_the_copy_module_s():
    """gen_outline_parser.py copies Lark's objects without importing copy: a
    plain instance gets a new instance with the same attributes, and anything
    else (its own __copy__, slots, a custom reduction) what copy.copy makes."""
    import copy as copy_module

    made = outline._standalone()
    conf = made.LexerConf([], made.re, ignore=("WS",), g_regex_flags=8)
    copied = made.copy(conf)
    assert type(copied) is made.LexerConf and copied is not conf and vars(copied) == vars(conf)
    assert vars(copy_module.copy(conf)) == vars(copied)

    class Slotted:
        __slots__ = ("a",)

    class Plain(Slotted):
        pass

    class Reduced:
        def __reduce_ex__(self, protocol):
            return (Reduced, (), {"made": "by __reduce_ex__"})

    plain = Plain()
    plain.a, plain.b = 1, 2
    assert (made.copy(plain).a, made.copy(plain).b) == (1, 2)  # (the slot too, as copy.copy does)
    assert vars(made.copy(Reduced())) == {"made": "by __reduce_ex__"}
    state = made.LexerState(made.TextSlice("abc", 0, 3))
    assert made.copy(state).text == state.text and made.copy(state) is not state  # its own __copy__


def _lark_namespace():
    import types

    return types.SimpleNamespace(ContextualLexer=lark.lexer.ContextualLexer, Token=lark.Token,
                                 LexError=lark.exceptions.LexError)


def test_the_outline_is_lexed_line_by_line_without_the_contextual_lexer():
    """The grammar fits :class:`outline._LineLexer` (the slow test above
    compares its tokens, positions and lines included, with Lark's own lexer's)."""
    assert type(outline._get_parser().parser.lexer) is outline._LineLexer


@pytest.mark.parametrize("grammar, fits", [
    (None, True),  # outline.lark
    ('start: LINE*\nLINE: /[^\\n]+\\n/\n%ignore " "\n', False),  # an ignored terminal
    ('start: (A B)*\nA: /a[^\\n]*\\n/\nB: /b[^\\n]*\\n/\n', False),  # a state accepting only B after A
    ('start: WORD*\nWORD: /[a-z]+/\n', False),  # tokens that are not lines
])
def test_the_line_lexer_stands_in_only_where_it_lexes_as_lark_does(grammar, fits):
    source = GRAMMAR.read_text(encoding="utf-8") if grammar is None else grammar
    parser = lark.Lark(source, **outline._OPTIONS)
    lines = outline._LineLexer.fitting(parser.parser, _lark_namespace())
    assert (lines is not None) == fits
    if fits:
        texts = [t for t in _texts() if t.strip()][:200]
        expected = [_parse(parser, lark.exceptions.LarkError, text) for text in texts]
        parser.parser.lexer = lines
        assert [_parse(parser, lark.exceptions.LarkError, text) for text in texts] == expected


def test_text_no_terminal_matches_is_a_lark_error_as_with_lark_s_lexer():
    parser = lark.Lark('start: LINE*\nLINE: /a[^\\n]*\\n/\n', **outline._OPTIONS)
    with pytest.raises(lark.exceptions.UnexpectedCharacters):
        parser.parse("a1\nb2\n")
    lines = outline._LineLexer.fitting(parser.parser, _lark_namespace())
    assert lines is not None
    parser.parser.lexer = lines
    assert [str(t) for t in parser.parse("a1\na2\n").children] == ["a1\n", "a2\n"]
    with pytest.raises(lark.exceptions.LarkError):
        parser.parse("a1\nb2\n")


def test_the_outline_s_marker_pattern_is_the_grammar_s_heading_terminal():
    """outline._MARKER names the kind of each heading marker (H1, H2 …) that the grammar's HEADING terminal
    matches as one alternation: the two are kept by hand (an edit of one needs the other — session 33 edited
    both twice). Unnamed, the marker followed by the rest of the line matches exactly the lines HEADING does."""
    import re

    from linter.normalize import normalize

    line = next(text for text in GRAMMAR.read_text(encoding="utf-8").splitlines() if text.startswith("HEADING"))
    heading = re.compile(line.split(":", 1)[1].strip()[1:-1])
    marker = re.compile(re.sub(r"\(\?P<\w+>", "(?:", outline._MARKER.pattern) + r"[^\n]*\n")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests").glob("corpus*/*/*.txt"))[::7]]
    lines = {piece + "\n" for text in texts for piece in normalize(text).split("\n")}
    lines |= {"三、四级手术占比提升至58.6%\n", "一、一季度工作开展情况\n", "3 2026年工作打算\n", "3 2026年3月\n"}
    differ = [text for text in lines if bool(heading.match(text)) != bool(marker.match(text))
              or heading.match(text) and heading.match(text).end() != marker.match(text).end()]
    assert len(lines) > 5000 and differ == []
