"""Word segmentation: the domain dictionary, boundaries, and both backends."""

import builtins
import os
import subprocess
import sys


from conftest import ROOT
from linter.segment import Segmenter

TERMS = ["全面从严治党", "两个维护", "三会一课"]
SENTENCE = "坚持全面从严治党，做到两个维护，落实三会一课"


def test_without_a_dictionary_domain_terms_are_split():
    # A fresh process: rjieba's dictionary is process-wide, and other tests add to it.
    code = ("from linter.segment import Segmenter; "
            f"print('/'.join(Segmenter().tokens({SENTENCE!r})))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True)
    tokens = proc.stdout.strip().split("/")
    assert "全面从严治党" not in tokens and "两个维护" not in tokens and "三会一课" not in tokens


def test_the_dictionary_keeps_domain_terms_whole(rulebook):
    tokens = Segmenter(rulebook.dictionary).tokens(SENTENCE)
    assert set(TERMS) <= set(tokens)


def test_word_boundaries():
    seg = Segmenter()
    assert seg.contains_word("抓实作风建设", "作风")
    assert not seg.contains_word("防范化解工作风险", "作风")
    assert not seg.contains_word("没有这个词", "作风")
    assert seg.contains_word("改进工作作风", "作风")
    assert seg.contains_word("严明党的纪律", "纪律")
    assert not seg.contains_word("传统战法不能丢", "统战")


class Fixed(Segmenter):
    """A segmenter with given tokens, to pin down the rule itself."""

    def __init__(self, tokens):
        super().__init__()
        self.fixed = tokens

    def tokens(self, text):
        assert "".join(self.fixed) == text
        return self.fixed


def test_a_word_may_lie_inside_a_glued_token_but_not_straddle_two():
    assert Fixed(["严明", "党的纪律"]).contains_word("严明党的纪律", "纪律")  # glued: inside one token
    assert Fixed(["改进", "工作作风"]).contains_word("改进工作作风", "作风")
    assert Fixed(["改进", "工作", "作风"]).contains_word("改进工作作风", "作风")
    assert Fixed(["全面", "从严", "治党"]).contains_word("全面从严治党", "从严治党")  # several whole tokens
    assert not Fixed(["防范", "化解", "工作", "风险"]).contains_word("防范化解工作风险", "作风")  # straddles
    assert not Fixed(["传统", "战法"]).contains_word("传统战法", "统战")
    seg = Fixed(["加强", "作风", "建设", "和", "工作", "风险"])
    assert seg.whole_words("加强作风建设和工作风险", 2, 4)
    assert not seg.whole_words("加强作风建设和工作风险", 8, 10)


def test_segmentation_is_loaded_only_for_a_bare_word_in_a_heading(rulebook):
    """作风建设, 纪律建设 … are terms of their own: the segmenter is needed only
    for a bare 作风/纪律/廉洁 in a heading (a pre-commit hook must start fast)."""
    from linter.checks import element
    from linter.engine import build_document
    from linter.sources.base import Source

    def used(text):
        seg = Segmenter(rulebook.dictionary)
        element.evaluate(rulebook.elements, build_document(Source("t.txt", text)), seg)
        return seg.asked > 0

    assert not used("一、持续深化党的作风建设\n严格执行中央八项规定精神。\n五、加强纪律建设\n开展警示教育。\n")
    assert not used("二、存在的问题\n工作作风不够扎实，纪律意识有待加强。\n")
    assert used("四、锤炼过硬作风\n严格执行中央八项规定精神。\n")


def test_lazy_loading():
    seg = Segmenter()
    assert seg.backend is None
    seg.tokens("学习")
    assert seg.backend in ("rjieba", "jieba")


def test_jieba_fallback_gives_the_same_tokens_on_the_seeds(monkeypatch, rulebook):
    """rjieba (jieba-rs) is preferred for speed; jieba itself must agree on
    the text we segment: headings and opening sentences of the seeds."""
    from conftest import SEED
    from linter.engine import build_document
    from linter.sources import load

    texts = []
    for path in SEED.values():
        doc = build_document(load(path))
        for node in doc.nodes:
            start, end = node.lead
            texts.append(doc.norm[start:end])
    fast = Segmenter(rulebook.dictionary)
    assert [fast.tokens(t) for t in texts[:1]] and fast.backend == "rjieba"

    real_import = builtins.__import__

    def no_rjieba(name, *args, **kwargs):
        if name == "rjieba":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_rjieba)
    slow = Segmenter(rulebook.dictionary)
    slow_tokens = [slow.tokens(t) for t in texts]
    assert slow.backend == "jieba"
    monkeypatch.undo()
    assert [fast.tokens(t) for t in texts] == slow_tokens


def test_without_any_tokenizer_a_check_still_runs_and_says_so_once():
    """Before: neither rjieba nor jieba importable (no wheel for the platform,
    a broken install) was an internal error on the first heading that needed
    word boundaries (scripts/evaluate.py stopped with ModuleNotFoundError)."""
    code = ("import sys; sys.modules['jieba'] = None; sys.modules['rjieba'] = None\n"
            "sys.argv = ['zhidang', 'check', '--no-checklist', *sys.argv[1:]]\n"
            "from linter.cli import main; main()")
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1", ZHIDANG_NO_CACHE="1")
    proc = subprocess.run([sys.executable, "-c", code, *seeds], capture_output=True, text=True, cwd=ROOT,
                          env=env)
    assert proc.returncode == 1, proc.stderr  # findings, not an internal error (2)
    from linter.segment import MISSING_SEGMENTER

    assert proc.stderr.count(MISSING_SEGMENTER) == 1 and "内部错误" not in proc.stderr
    normal = subprocess.run([sys.executable, "-m", "linter", "check", "--no-checklist", *seeds],
                            capture_output=True, text=True, cwd=ROOT, env=env)
    assert proc.stdout == normal.stdout  # the seeds' findings do not depend on it


def test_without_any_tokenizer_every_occurrence_is_a_whole_word(monkeypatch):
    import linter.segment as segment

    monkeypatch.setitem(sys.modules, "jieba", None)
    monkeypatch.setitem(sys.modules, "rjieba", None)
    monkeypatch.setattr(segment, "_warned", True)  # (the message is tested above)
    segmenter = Segmenter(TERMS)
    assert segmenter.tokens("工作风险") == list("工作风险") and segmenter.backend == "none"
    assert segmenter.contains_word("工作风险", "作风")  # unchecked: credited, as before boundaries
