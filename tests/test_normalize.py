from linter import normalize


def test_traditional_to_simplified_keeps_length():
    original = "堅持政治統領,堅決做到“兩個維護”，黨風廉政建設"
    converted = normalize.normalize(original)
    assert len(converted) == len(original)
    assert converted == "坚持政治统领,坚决做到“两个维护”,党风廉政建设"


def test_width_folding():
    assert normalize.fold_width("（一）＊＊ＸＸ，；：　１２") == "(一)**XX,;: 12"
    assert normalize.fold_width("a\r\n") == "a \n"
    assert normalize.fold_width("01丨强化政治引领") == "01|强化政治引领"  # (a post's separator, as ｜)
    assert normalize.fold_width("贰 ▏存在的问题及原因") == "贰 |存在的问题及原因"  # (a page editor's bar after a numeral)


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


def test_without_opencc_a_traditional_report_is_converted_character_by_character(tmp_path):
    """… and a traditional report still gets its parts: each character as t2s writes it alone."""
    import json
    import os
    import subprocess
    import sys

    from conftest import ROOT

    report = tmp_path / "t.txt"
    report.write_text("某局黨組2025年度落實全面從嚴治黨主體責任情況報告\n一、加強政治建設\n嚴格落實“第一議題”制度。\n"
                      "二、存在問題\n理論學習還不夠深入。\n三、下一步工作打算\n持續深化理論武裝。\n", encoding="utf-8")
    blocked = "import sys; sys.modules['opencc'] = None; from linter.cli import main; sys.argv[0] = 'zhidang'; main()"
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    args = ["check", "--format", "json", "--exit-zero", str(report)]
    without = subprocess.run([sys.executable, "-c", blocked, *args], cwd=ROOT, env=env, capture_output=True)
    normal = subprocess.run([sys.executable, "-m", "linter", *args], cwd=ROOT, env=env, capture_output=True)
    status = [{c["id"]: c["status"] for c in json.loads(p.stdout)["files"][0]["checklist"]} for p in (without, normal)]
    assert status[0] == status[1]
    assert status[0]["political"] != "missing" and status[0]["problems"] != "missing"
    from linter import normalize

    assert normalize._Unconverted.convert("黨組嚴格落實") == "党组严格落实"


# --------------------------------------------------------------------------- the t2s guard


def _generator():
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("gen_t2s_guard", ROOT / "scripts" / "gen_t2s_guard.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _installed_guard_fits():
    normalize._guard = None
    return normalize._load_guard() is not None


def test_the_t2s_guard_is_exact_for_the_installed_opencc():
    """Where the guard says a text is its own t2s conversion, OpenCC agrees:
    every character the guard does not hold converts to itself, every guard
    phrase converts, and random texts made of guard phrases, their pieces,
    traditional and everyday characters agree with OpenCC either way."""
    import random

    import opencc
    from conftest import ROOT, SEED

    from linter import _t2s_guard

    converter = opencc.OpenCC("t2s")
    if not _installed_guard_fits():  # another OpenCC: the guard is off and every text is converted
        assert normalize._unchanged_by_t2s("覆盖") is False
        assert normalize.to_simplified("黨風") == "党风"
        return
    ranges = [(0x3000, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0x20000, 0x2FA1F), (0x30000, 0x3134F)]
    everything = [chr(c) for low, high in ranges for c in range(low, high + 1)]
    converted = converter.convert("\n".join(everything)).split("\n")
    guarded = set(_t2s_guard.CHARS) | set(_t2s_guard.ASTRAL)
    assert len(converted) == len(everything)
    assert [c for c, out in zip(everything, converted) if out != c and c not in guarded] == []
    for phrase, index in _t2s_guard.PHRASES:
        assert converter.convert(phrase) != phrase and 0 <= index < len(phrase)
        assert normalize._unchanged_by_t2s(phrase) is False
        assert normalize._unchanged_by_t2s("全面" + phrase + "覆盖") is False
    # the generated module is what its script reads from these dictionaries today (with
    # the opencc_dict tool of the opencc wheel), and the texts are made of OpenCC's own phrases
    generator = _generator()
    assert generator.generate() == (ROOT / "linter" / "_t2s_guard.py").read_text(encoding="utf-8")
    share = generator.opencc_share()
    phrases = [key for key, _ in generator.entries(share, "TSPhrases.ocd2")]
    assert len(phrases) > len(_t2s_guard.PHRASES)
    for phrase in phrases:
        if normalize._unchanged_by_t2s(phrase):
            assert converter.convert(phrase) == phrase, phrase
    pieces = phrases + [p[:-1] for p in phrases] + [p[1:] for p in phrases] + \
        list("覆盖全面从严治党沈坏藉瞭哩甦衹的一是，。𠀀") + ["黨", "𩸃"]
    rng = random.Random(20261203)
    said_unchanged = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        unchanged = normalize._unchanged_by_t2s(text)
        if unchanged:
            said_unchanged += 1
            assert converter.convert(text) == text, text
    assert said_unchanged > 100  # the guard does let texts through
    # the reports: everyday simplified ones need no OpenCC, traditional ones do
    for path in [*SEED.values(), *sorted((ROOT / "tests" / "corpus").rglob("*.txt"))]:
        text = path.read_text(encoding="utf-8", errors="replace")
        if normalize._unchanged_by_t2s(text):
            assert converter.convert(text) == text, path.name
    assert normalize._unchanged_by_t2s(SEED["000"].read_text(encoding="utf-8"))  # 全覆盖 and all
    assert not normalize._unchanged_by_t2s(SEED["002"].read_text(encoding="utf-8"))  # traditional


def test_a_guard_read_from_other_dictionaries_is_not_used(monkeypatch, tmp_path):
    from linter import _t2s_guard

    monkeypatch.setattr(normalize, "_guard", None)
    monkeypatch.setattr(_t2s_guard, "DIGESTS", {**_t2s_guard.DIGESTS, "t2s.json": "0" * 64})
    assert normalize._load_guard() is None
    monkeypatch.setattr(_t2s_guard, "DIGESTS", {"TSPhrases.ocd2.missing": "0" * 64})
    assert normalize._load_guard() is None
    # OpenCC reads a t2s.json in the current folder before its own: then nothing is certain
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t2s.json").write_text("{}", encoding="utf-8")
    assert normalize._opencc_share() is None
    normalize._guard = False
    assert normalize.to_simplified("黨風廉政") == "党风廉政"
