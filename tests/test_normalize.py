from linter import normalize


def test_traditional_to_simplified_keeps_length():
    original = "堅持政治統領,堅決做到“兩個維護”，黨風廉政建設"
    converted = normalize.normalize(original)
    assert len(converted) == len(original)
    assert converted == "坚持政治统领,坚决做到“两个维护”,党风廉政建设"


def test_width_folding():
    assert normalize.fold_width("（一）＊＊ＸＸ，；：　１２") == "(一)**XX,;: 12"
    assert normalize.fold_width("a\r\n") == "a \n"


def test_seeds_keep_length():
    from conftest import SEED

    for path in SEED.values():
        text = path.read_text(encoding="utf-8")
        assert len(normalize.normalize(text)) == len(text)


def test_alignment_fallback_when_a_converter_changes_length(monkeypatch):
    class Stretching:
        """A converter that turns 們 into two characters (as some phrase tables might)."""

        def convert(self, text):
            return text.replace("們", "你们").replace("學", "学")

    monkeypatch.setattr(normalize, "_converter", Stretching())
    text = "我們學習\n學習"
    out = normalize.to_simplified(text)
    assert len(out) == len(text)
    assert out == "我們学習\n学習"  # 們 left as is on the line that stretched


def test_ascii_text_is_not_converted(monkeypatch):
    monkeypatch.setattr(normalize, "_converter", None)
    assert normalize.to_simplified("plain ascii") == "plain ascii"
    assert normalize._converter is None


def test_without_opencc_simplified_reports_are_checked_as_before(tmp_path):
    """OpenCC missing (no wheel for the platform, a broken install): one line
    on stderr, and a simplified report gets exactly the JSON it gets with it."""
    import json
    import os
    import subprocess
    import sys

    from conftest import ROOT, SEED

    blocked = "import sys; sys.modules['opencc'] = None; from linter.cli import main; sys.argv[0] = 'zhidang'; main()"
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    args = ["check", "--format", "json", "--exit-zero", str(SEED["001"])]
    without = subprocess.run([sys.executable, "-c", blocked, *args], cwd=ROOT, env=env, capture_output=True)
    normal = subprocess.run([sys.executable, "-m", "linter", *args], cwd=ROOT, env=env, capture_output=True)
    assert without.returncode == 0, without.stderr.decode()
    assert json.loads(without.stdout) == json.loads(normal.stdout)
    assert without.stderr.decode().count("未能加载 OpenCC") == 1
    assert "OpenCC" not in normal.stderr.decode()
