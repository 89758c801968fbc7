"""The one straight pipeline (issue 9): settings resolved once, the same pool
for check, --fix and --diff, reporters fed per file, signals, one Chinese
line for every usage error, and names that cannot reach a terminal raw."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SEED, run_zhidang
from linter import settings
from linter.reporters import base, reporter
from linter.runner import check_paths

SPEECH = SEED["004"]


def test_auto_rulebook_accepts_every_chosen_rulebooks_ids():
    """--select is checked against every rulebook --rulebook auto may pick:
    `closing` (speech only) and `political` (annual report only) both work."""
    for rule in ("closing", "political", "missing-closing"):
        proc = run_zhidang("check", "--rulebook", "auto", "--select", rule, str(SPEECH))
        assert proc.returncode in (0, 1), proc.stderr.decode()
    proc = run_zhidang("check", "--rulebook", "auto", "--select", "closing", "--format", "json", str(SPEECH))
    data = json.loads(proc.stdout)
    assert data["files"][0]["rulebook"] == "speech"
    assert all(f["rule"] == "missing-closing" for f in data["files"][0]["findings"])


def test_unknown_rule_names_every_candidate_rulebook():
    proc = run_zhidang("check", "--rulebook", "auto", "--select", "closin", str(SPEECH))
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert err.count("\n") == 1 and "“closin”不存在" in err and "speech" in err and "qmcz-annual-report" in err


def test_sarif_describes_every_rule_of_the_auto_chosen_rulebooks(tmp_path):
    from linter import rulebook

    out = tmp_path / "r.sarif"
    proc = run_zhidang("check", "--rulebook", "auto", "--format", "sarif", "-o", str(out),
                       str(SPEECH), str(SEED["001"]), str(SEED["000"]))
    assert proc.returncode in (0, 1), proc.stderr.decode()
    run = json.loads(out.read_text(encoding="utf-8"))["runs"][0]
    described = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    chosen = {line.split("自动选用规则库 ")[1].split("（")[0]
              for line in proc.stderr.decode().splitlines() if "自动选用规则库" in line}
    assert "speech" in chosen and len(chosen) >= 2
    for name in chosen:
        assert set(rulebook.load(name).all_rule_ids()) <= described, name
    for result in run["results"]:
        assert result["ruleId"] in described
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_exit_status_follows_each_files_own_fail_on(tmp_path):
    """fail-on is a per-folder setting; the exit status is computed from the
    settings at the top, not carried by results."""
    strict, lax = tmp_path / "strict", tmp_path / "lax"
    strict.mkdir()
    lax.mkdir()
    (strict / ".zhidang.yaml").write_text("fail-on: warning\n", encoding="utf-8")
    text = "一、政治建设\n全年开展学习,提升能力。\n"  # a warning (half-width comma) and missing parts
    (strict / "a.txt").write_text(text, encoding="utf-8")
    (lax / "b.txt").write_text(text, encoding="utf-8")
    select = ("--select", "halfwidth-punctuation")
    assert run_zhidang("check", *select, str(lax)).returncode == 0
    assert run_zhidang("check", *select, str(strict)).returncode == 1
    assert run_zhidang("check", *select, str(lax), str(strict)).returncode == 1


def _copies(tmp_path, count=20):
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(count):
        for seed in ("000", "002"):
            shutil.copy(SEED[seed], folder / f"{i:04d}_{SEED[seed].name}")
    return folder


def test_fix_and_diff_use_the_pool_and_give_the_same_result(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one, two = _copies(tmp_path / "one"), _copies(tmp_path / "two")
    diff1 = run_zhidang("check", "--diff", "-j", "1", str(one))
    diff2 = run_zhidang("check", "--diff", "-j", "2", str(one))
    assert diff1.returncode == diff2.returncode == 1
    assert diff1.stdout == diff2.stdout
    assert sum(line.startswith(b"--- ") for line in diff1.stdout.splitlines()) == 40
    fix1 = run_zhidang("check", "--fix", "-j", "1", "--format", "json", str(one))
    fix2 = run_zhidang("check", "--fix", "-j", "2", "--format", "json", str(two))
    for a, b in zip(sorted(one.iterdir()), sorted(two.iterdir())):
        assert a.read_bytes() == b.read_bytes()
    assert json.loads(fix1.stdout)["files"] == [
        dict(entry, path=entry["path"].replace(str(two), str(one))) for entry in json.loads(fix2.stdout)["files"]]
    assert fix2.stderr.decode().count("已自动修复") == 40


def test_fix_and_diff_together_is_a_usage_error():
    proc = run_zhidang("check", "--fix", "--diff", str(SEED["000"]))
    assert proc.returncode == 2 and proc.stderr.decode().count("\n") == 1
    assert "--fix 与 --diff 不能同时使用" in proc.stderr.decode()


def test_fix_on_a_docx_leaves_it_unchanged(tmp_path):
    from wordfiles import new_document, save

    document = new_document()
    for text in ("一、政治建设", "全年开展学习,提升能力。"):
        document.add_paragraph(text)
    path = tmp_path / "r.docx"
    save(document, path)
    before = path.read_bytes()
    proc = run_zhidang("check", "--fix", str(path))
    assert path.read_bytes() == before
    # issue 13: the fixes go into a reviewed copy, as Word revisions (tests/test_annotate.py)
    assert "原文件未改动" in proc.stderr.decode() and (tmp_path / "r（修订）.docx").exists()


# -- signals ---------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signum, status, word", [(signal.SIGTERM, 143, "已终止"), (signal.SIGINT, 130, "已中断")])
def test_a_signal_stops_the_workers(tmp_path, signum, status, word):
    # A batch long enough (tens of seconds) that the signal surely arrives while the pool works:
    # with a few seconds' worth, a loaded machine let the run reach interpreter shutdown (where
    # Python restores the default handlers) before the test had seen both workers.
    folder = _copies(tmp_path, count=1500)
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    proc = subprocess.Popen([sys.executable, "-m", "linter", "check", "-j", "2", str(folder)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    workers: set[int] = set()
    deadline = time.monotonic() + 20
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        time.sleep(0.02)
    assert len(workers) == 2, "the pool did not start"
    proc.send_signal(signum)
    err = proc.communicate(timeout=20)[1].decode()
    assert proc.returncode == status
    assert err.strip().splitlines()[-1] == f"zhidang: {word}"
    time.sleep(0.2)
    assert not [pid for pid in workers if os.path.exists(f"/proc/{pid}")], "a worker outlived the run"


_SIGNAL_IN_THE_POOLS_START = """
import multiprocessing.pool, os, signal, sys, time
from linter.cli import main

started = multiprocessing.pool.Pool.__init__

def start(self, *args, **kwargs):
    started(self, *args, **kwargs)
    os.kill(os.getpid(), signal.{name})
    time.sleep(0.3)  # the signal comes now, while the pool is still being made, unless it is held
    sys.stderr.write("held\\n")

multiprocessing.pool.Pool.__init__ = start
sys.argv = ["zhidang", "check", "-j", "2", sys.argv[1]]
main()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("name, status, word", [("SIGINT", 130, "已中断"), ("SIGTERM", 143, "已终止")])
def test_a_signal_while_the_pool_starts_waits_for_it(tmp_path, name, status, word):
    # Stop 57's CI: Ctrl-C in the instant the pool was being made (its threads started, its clean-up not yet
    # registered) left a worker running after the run — the interpreter's exit stopped the workers while the
    # pool's thread forked new ones — and the test waited on its output forever (9 hangs in 40 tries when the
    # signal came as the first worker appeared). The two signals are held until the pool is in hand.
    folder = _copies(tmp_path, count=40)
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    proc = subprocess.Popen([sys.executable, "-c", _SIGNAL_IN_THE_POOLS_START.format(name=name), str(folder)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.communicate(timeout=60)[1].decode()
    assert [line for line in err.splitlines() if line] == ["held", f"zhidang: {word}"]
    assert proc.returncode == status
    time.sleep(0.2)
    assert not _children(proc.pid)


# -- usage errors and help ---------------------------------------------------------


@pytest.mark.parametrize("args, words", [
    (["check", "--format", "xml", "seeds"], ["--format", "“xml”", "text、json"]),
    (["check", "-j", "0", "seeds"], ["--jobs", "“0”"]),
    (["check"], ["缺少参数", "文件或目录"]),
    (["check", "--no-such-option", "seeds"], ["没有选项 --no-such-option"]),
    (["check", "-o", "seeds", "seeds"], ["“seeds”是目录"]),
    (["check", "--config", "seeds", "seeds"], ["“seeds”是目录"]),
    (["check", "--format"], ["--format 需要一个值"]),
    (["chek", "seeds"], ["没有命令“chek”", "check"]),
    (["check", "--year", "20", "seeds"], ["--year", "1949 到 2199"]),
    (["rules", "explain"], ["缺少参数"]),
])
def test_usage_errors_are_one_chinese_line(args, words):
    proc = run_zhidang(*args)
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert err.count("\n") == 1 and err.startswith("zhidang: 错误："), err
    for word in words:
        assert word in err
    for english in ("Usage:", "Error:", "Try ", "Invalid value"):
        assert english not in err


def test_help_is_chinese():
    for args in (["--help"], ["check", "--help"], ["report", "-h"], ["rules", "--help"], []):
        proc = run_zhidang(*args)
        out = proc.stdout.decode()
        assert proc.returncode == 0, args
        assert out.startswith("用法：zhidang")
        for english in ("Usage:", "Options:", "Commands:", "Show this message", "Show the version"):
            assert english not in out


# -- names that reach a terminal ---------------------------------------------------


def test_control_characters_in_file_names_are_escaped(tmp_path):
    name = "a\x1b]0;pwned\x07\n::error file=x::forged\x9b2J.txt"
    path = tmp_path / name
    path.write_text("全年开展学习**次。\n", encoding="utf-8")
    for fmt in ("text", "github"):
        proc = run_zhidang("check", "--format", fmt, str(path))
        out, err = proc.stdout.decode(), proc.stderr.decode()
        for stream in (out, err):
            assert "\x1b" not in stream and "\x07" not in stream and "\x9b" not in stream
            assert not any(line.startswith("::error file=x::forged") for line in stream.splitlines())
        assert "\\x1b]0;pwned\\x07" in out
    data = json.loads(run_zhidang("check", "--format", "json", str(path)).stdout)
    assert data["files"][0]["path"].endswith(name)  # machine formats keep the real name


def test_unreadable_file_in_text_output_is_escaped(tmp_path):
    path = tmp_path / "b\x1b[31m.txt"
    path.write_bytes(b"")
    proc = run_zhidang("check", str(path))
    assert proc.returncode == 2
    assert "\x1b" not in proc.stdout.decode() + proc.stderr.decode()


# -- streamed reporters ------------------------------------------------------------


@pytest.mark.parametrize("which", [["000", "004"], [], ["003"]])
def test_streamed_json_is_byte_identical_to_the_whole_run(tmp_path, which):
    missing = str(tmp_path / "nope.txt")
    run = check_paths([str(SEED[s]) for s in which] + [missing])
    context = base.Context({}, None)
    streamed = base.render(reporter("json"), run, context)
    assert streamed == json.dumps(run.to_dict(), ensure_ascii=False, indent=2) + "\n"
    no_errors = check_paths([str(SEED[s]) for s in which]) if which else None
    if no_errors is not None:
        assert base.render(reporter("json"), no_errors, context) == \
            json.dumps(no_errors.to_dict(), ensure_ascii=False, indent=2) + "\n"


def test_settings_are_resolved_once_per_configuration(tmp_path):
    (tmp_path / ".zhidang.yaml").write_text("ignore: [placeholder]\nper-file-ignores:\n  'x*.txt': [residue]\n",
                                            encoding="utf-8")
    for name in ("a.txt", "b.txt", "x1.txt", "x2.txt"):
        (tmp_path / name).write_text("正文。\n", encoding="utf-8")
    plan = settings.resolve([str(tmp_path)], settings.Options())
    assert len(plan.items) == 4 and len(plan.settings) == 2  # shared by the files that agree
    a, x = plan.settings[plan.items[0][1]], plan.settings[plan.items[2][1]]
    assert a.ignore == {"placeholder"} and x.ignore == {"placeholder", "residue"}
