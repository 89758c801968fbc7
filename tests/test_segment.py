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
