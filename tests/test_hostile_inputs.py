"""Inputs that must not hurt: special files, huge files, zip bombs, and files
--fix must not replace.

The CLI cases run zhidang as a real subprocess with a time limit and an
address-space limit, so a regression fails the test instead of hanging it or
eating the machine's memory.
"""

import contextlib
import io
import os
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib

import pytest

from conftest import ROOT, SEED
from linter import sources
from linter.errors import SourceError
from linter import files
from linter.sources import docx as docx_reader

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and sockets are POSIX")

#: Address space a checking process may use: far above what it needs (~300 MB
#: with lxml loaded), far below what the defects took (2–16 GB).
MEMORY = 1 << 30
FIXABLE = "全年开展学习,取得成效。\n"  # a half-width comma: --fix makes it "，"
FIXED = "全年开展学习，取得成效。\n"


#: Runs zhidang under an address-space limit and writes its peak RSS (KB on
#: Linux) to the file descriptor given as the first argument.
#: A launcher in between, because a child forked (or vforked) by the test
#: process counts the test process's resident pages — hundreds of MB late in a
#: suite — in its peak until it execs; zhidang, forked by the small launcher,
#: starts from the launcher's few MB.
_LAUNCHER = (
    "import os, resource, subprocess, sys\n"
    "resource.setrlimit(resource.RLIMIT_AS, ({0}, {0}))\n"
    "child = subprocess.Popen([sys.executable, '-m', 'linter', *sys.argv[2:]])\n"
    "_, status, usage = os.wait4(child.pid, 0)\n"
    "os.write(int(sys.argv[1]), str(usage.ru_maxrss).encode())\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
).format(MEMORY)


def zhidang(*args, input_bytes=b"", timeout=10):
    """Run zhidang with a time limit and ``MEMORY`` of address space:
    ``(CompletedProcess with text stdout/stderr, peak RSS in MB)``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    if not hasattr(os, "wait4"):
        command = [sys.executable, "-m", "linter", *args]
        proc = subprocess.run(command, cwd=ROOT, env=env, input=input_bytes, capture_output=True,
                              timeout=timeout)
        return subprocess.CompletedProcess(command, proc.returncode, proc.stdout.decode(),
                                           proc.stderr.decode()), 0.0
    with tempfile.TemporaryFile() as stdin, tempfile.TemporaryFile() as stdout, \
            tempfile.TemporaryFile() as stderr:
        stdin.write(input_bytes)
        stdin.seek(0)
        peak_read, peak_write = os.pipe()
        command = [sys.executable, "-c", _LAUNCHER, str(peak_write), *args]
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdin=stdin, stdout=stdout, stderr=stderr,
                                pass_fds=(peak_write,), start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            pytest.fail(f"zhidang {' '.join(args)} still running after {timeout} s")
        finally:
            os.close(peak_write)
        with os.fdopen(peak_read, "rb") as peak:
            peak_kb = int(peak.read() or 0)
        stdout.seek(0)
        stderr.seek(0)
        rss = peak_kb / (1 << 20 if sys.platform == "darwin" else 1 << 10)
        return subprocess.CompletedProcess(command, proc.returncode, stdout.read().decode(),
                                           stderr.read().decode()), rss


@contextlib.contextmanager
def deadline(seconds=5):
    """Fail, instead of hanging the suite, when a blocking open or read (a
    FIFO) does not return in time: SIGALRM interrupts it."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise TimeoutError(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def one_line(proc, cause):
    """Exit 2 and exactly one line on stderr, naming the file and ``cause``."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert proc.stderr.splitlines() == [proc.stderr.strip()], proc.stderr
    assert proc.stderr.startswith("zhidang: 错误："), proc.stderr
    assert cause in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


# -- one run over every hostile file: the CLI must answer each with one line ----------------


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """One ``zhidang check`` over a link to /dev/zero, a FIFO, a 312 MB sparse
    text, an under-stated .docx bomb and a folder holding a FIFO among reports
    (one process: start-up dominates the cost of each case)."""
    if os.name != "posix":
        pytest.skip("FIFOs, devices and wait4 are POSIX")
    d = tmp_path_factory.mktemp("hostile")
    paths = {"zero": d / "r.txt", "fifo": d / "f.txt", "big": d / "big.txt",
             "bomb": d / "炸弹.docx", "folder": d / "folder"}
    paths["zero"].symlink_to("/dev/zero")
    os.mkfifo(paths["fifo"])
    with open(paths["big"], "wb") as handle:
        handle.truncate(312 * 1024 * 1024)  # sparse: costs nothing
    understated_bomb(paths["bomb"])
    folder = paths["folder"]
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED["000"].read_bytes())
    os.mkfifo(folder / "b.txt")
    start = time.monotonic()
    proc, rss = zhidang("check", *map(str, paths.values()))
    return paths, proc, rss, time.monotonic() - start


def error_line(hostile, key):
    paths, proc, _, _ = hostile
    assert "Traceback" not in proc.stdout + proc.stderr
    found = [line for line in proc.stderr.splitlines() if f"{paths[key]}: " in line]
    assert len(found) == 1, proc.stderr
    assert found[0].startswith(f"zhidang: 错误：{paths[key]}: ")
    return found[0].split(f"{paths[key]}: ", 1)[1]


def test_hostile_run_ends_fast_small_and_with_status_2(hostile):
    paths, proc, rss, seconds = hostile
    assert proc.returncode == 2
    assert seconds < 20 and rss < 250, (seconds, rss)  # a hang or /dev/zero read whole: far beyond both
    lines = proc.stderr.splitlines()
    assert len(lines) == 5  # one line per bad file, and the count of special files skipped in the folder
    assert lines[-1] == "zhidang: 已跳过 1 个不是普通文件的路径（如管道、设备文件）"
    assert f"{paths['folder'] / 'a.txt'} 检查清单" in proc.stdout  # the rest was still checked


def test_symlink_to_dev_zero_is_refused_at_once(hostile):
    assert error_line(hostile, "zero") == "不是普通文件，而是字符设备（链接到 /dev/zero）"


def test_fifo_named_as_a_report_does_not_hang(hostile):
    assert error_line(hostile, "fifo") == "不是普通文件，而是命名管道（FIFO）"


def test_oversized_text_is_refused_without_reading_it(hostile):
    assert error_line(hostile, "big") == "文件过大（312 MB，上限 64 MB），可用 --max-size 调高"


def test_docx_bomb_that_understates_its_size_stays_small(hostile):
    """~1 MB that inflates to 1 GiB while its header says 1000 bytes: the
    stream stops where the header says and the checksum fails (the peak RSS
    is checked by the run's test)."""
    assert hostile[0]["bomb"].stat().st_size < 2 << 20
    assert error_line(hostile, "bomb") == (
        "Word 文档已损坏或是压缩炸弹：word/document.xml 解压出的内容与文件头记录的大小或校验值不符")


def test_fifo_in_a_walked_folder_is_skipped(hostile):
    paths, proc, _, _ = hostile
    assert f"{paths['folder'] / 'a.txt'} 检查清单" in proc.stdout
    assert "b.txt" not in proc.stdout + proc.stderr


# -- only regular files are read ------------------------------------------------------


@posix_only
def test_walk_hands_special_files_to_the_caller(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED["000"].read_bytes())
    os.mkfifo(tmp_path / "b.txt")
    os.mkfifo(tmp_path / "notes.fifo")  # not a report's suffix: not counted
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # broken: still an error
    skipped = []
    found = list(sources.iter_paths([tmp_path], skipped))
    assert [(os.path.basename(p), e) for p, e in found] == [("a.txt", None), ("gone.txt", None)]
    assert skipped == [str(tmp_path / "b.txt")]
    with pytest.raises(SourceError, match="文件不存在"):
        sources.load(tmp_path / "gone.txt")
    assert [p for p, _ in sources.iter_paths([tmp_path])] == [str(tmp_path / n) for n in ("a.txt", "gone.txt")]


@posix_only
def test_a_folder_holding_only_special_files_has_nothing_to_check(tmp_path):
    os.mkfifo(tmp_path / "only.txt")
    skipped = []
    [(path, error)] = list(sources.iter_paths([tmp_path], skipped))
    assert error.message.startswith("目录中没有可检查的报告文件")
    assert skipped == [str(tmp_path / "only.txt")]


@posix_only
def test_socket_is_refused_and_skipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a short name: AF_UNIX paths are limited to ~100 bytes
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind("s.txt")
        with pytest.raises(SourceError) as info:
            sources.load("s.txt")
        assert str(info.value) == "s.txt: 不是普通文件，而是套接字"
        skipped = []
        [(path, error)] = list(sources.iter_paths(["."], skipped))
        assert path == "." and error.message.startswith("目录中没有可检查的报告文件")
        assert skipped == [os.path.join(".", "s.txt")]
    finally:
        server.close()


@posix_only
def test_config_file_that_is_a_fifo_is_refused(tmp_path):
    from pathlib import Path

    from linter import config
    from linter.errors import UserError

    fifo = tmp_path / "c.yaml"
    os.mkfifo(fifo)
    with deadline(), pytest.raises(UserError, match="不是普通文件，而是命名管道（FIFO），不能作为配置文件读取"):
        config.load(Path(fifo))


def test_a_swap_to_a_fifo_after_the_check_is_caught_when_opened(tmp_path, monkeypatch):
    """The stat said regular; the opened file is a FIFO: refused, not read."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    real_stat = os.stat
    regular = real_stat(__file__)
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: regular if os.fspath(p) == str(fifo)
                        else real_stat(p, *a, **k))
    with deadline(), pytest.raises(SourceError, match="不是普通文件，而是命名管道"):
        sources.load(fifo)


# -- the size limit -------------------------------------------------------------


def test_default_limit_allows_50_mb_documents():
    assert 50 * 1000 * 1000 < files.MAX_BYTES <= 64 * 1024 * 1024


def test_max_bytes_raises_or_lowers_the_limit(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("全面从严治党" * 100, encoding="utf-8")  # 1800 bytes
    with pytest.raises(SourceError) as info:
        sources.load(path, max_bytes=1000)
    assert info.value.message == "文件过大（1800 字节，上限 1000 字节），可用 --max-size 调高"
    assert sources.load(path, max_bytes=1800).text.startswith("全面从严治党")
    with pytest.raises(SourceError, match="文件过大"):
        sources.load_bytes(path.read_bytes(), "a.txt", max_bytes=1799)


def test_a_file_larger_than_it_says_is_read_no_further_than_the_limit(tmp_path, monkeypatch):
    """st_size lies for /proc files and growing files: the limit holds anyway."""
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 5000)
    real_fstat = os.fstat

    def lying_fstat(fd):
        info = list(real_fstat(fd))
        info[stat.ST_SIZE] = 0
        return os.stat_result(info)

    reads = []
    real_read = os.read
    monkeypatch.setattr(os, "fstat", lying_fstat)
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    with pytest.raises(SourceError) as info:
        files.read_bytes(path, "a.txt", error=SourceError, max_bytes=1000)
    assert info.value.message == "文件过大（超过 1000 字节 的上限）"
    assert sum(reads) <= 1001


@pytest.mark.skipif(not os.path.exists("/proc/self/maps"), reason="no /proc")
def test_proc_file_with_size_zero_is_limited():
    assert os.stat("/proc/self/maps").st_size == 0
    with pytest.raises(SourceError, match="超过 100 字节 的上限"):
        files.read_bytes("/proc/self/maps", error=SourceError, max_bytes=100)


def test_stdin_over_the_limit_is_refused():
    data = b"a" * (files.MAX_BYTES + 1)
    proc, _ = zhidang("check", "-", input_bytes=data)
    one_line(proc, "-: 标准输入过大（超过 64 MB 的上限），可用 --max-size 调高")


def test_stdin_is_read_no_further_than_the_limit(monkeypatch):
    class Endless:
        """A stream that never ends (``yes | zhidang check -``)."""
        given = 0

        def read(self, n=-1):
            assert n >= 0, "read everything from an endless stream"
            self.given += n
            return b"a" * n

    endless = Endless()
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": endless})())
    with pytest.raises(SourceError) as info:
        sources.load_stdin("x.txt", max_bytes=1000)
    assert str(info.value) == "x.txt: 标准输入过大（超过 1000 字节 的上限），可用 --max-size 调高"
    assert endless.given == 1001


# -- .docx: inflate in a stream, count real bytes ---------------------------------------------


def understated_bomb(path, inflated=1 << 30, declared=1000):
    """A .docx whose word/document.xml inflates to ``inflated`` bytes (of spaces)
    while its headers say ``declared``: written as a stored member holding a raw
    deflate stream, then the method and the uncompressed size are patched in
    the local header (offsets 8 and 22) and the central directory (10 and 24).
    1 MiB of spaces deflates, with a full flush, to the same ~1 KB every time,
    so 1 GiB is that block repeated: ~1 MB, built at once."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflate.compress(b" " * (1 << 20)) + deflate.flush(zlib.Z_FULL_FLUSH)
    stream = block * (inflated >> 20) + deflate.flush(zlib.Z_FINISH)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", stream)
    data = bytearray(buf.getvalue())
    name = b"word/document.xml"
    local = data.rfind(b"PK\x03\x04", 0, data.find(name))
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    for at, method, size in ((local, 8, 22), (central, 10, 24)):
        data[at + method:at + method + 2] = zipfile.ZIP_DEFLATED.to_bytes(2, "little")
        data[at + size:at + size + 4] = declared.to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def _zip(members, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_inflating_stops_at_the_limit_whatever_the_header_says():
    """The count of real bytes, not the header, stops the inflation."""
    package = docx_reader._Package(_zip({"a.xml": b"x" * 5000}), "d.docx")
    with pytest.raises(SourceError) as info:
        package._inflate(package.members["a.xml"], 1000)
    assert info.value.message == ("Word 文档已损坏或是压缩炸弹：a.xml 解压后超过 1000 字节，"
                                  "而文件头声明只有 5000 字节")


def test_all_parts_together_are_limited_and_a_part_read_twice_counts_once():
    data = _zip({name: b"x" * 900 for name in ("a.xml", "b.xml", "c.xml")})
    package = docx_reader._Package(data, "d.docx", max_part=1000)
    assert len(package.blob("a.xml")) == len(package.blob("b.xml")) == 900
    assert len(package.blob("a.xml")) == 900  # again: no more of the budget
    with pytest.raises(SourceError) as info:
        package.blob("c.xml")
    assert info.value.message.startswith("拒绝读取：各部分解压后合计超过 2000 字节 的上限（c.xml")


def test_compression_word_never_uses_is_refused():
    """bzip2 and LZMA inflate each chunk whole in zipfile: no bound."""
    package = docx_reader._Package(_zip({"word/document.xml": b"<x/>"}, zipfile.ZIP_BZIP2), "d.docx")
    with pytest.raises(SourceError, match="使用了 Word 不用的压缩方式（12），拒绝解压"):
        package.blob("word/document.xml")


def test_part_limit_follows_max_bytes(tmp_path):
    from wordfiles import new_document, save

    doc = new_document()
    doc.add_paragraph("一、坚持政治统领" * 20000)  # ~500 KB of XML, ~40 KB zipped
    path = save(doc, tmp_path / "a.docx")
    assert os.path.getsize(path) < 200_000
    with pytest.raises(SourceError, match="拒绝读取：word/document.xml 解压后有 .*可用 --max-size 调高"):
        sources.load(path, max_bytes=200_000)
    assert "坚持政治统领" in sources.load(path).text


# -- --fix respects the file system ----------------------------------------------------


@pytest.fixture(scope="module")
def fixed(tmp_path_factory):
    """One ``zhidang check --fix`` over a read-only file, a file in a read-only
    folder, a hard-linked file and a symlink to a 0640 file (given away to
    another owner when running as root)."""
    d = tmp_path_factory.mktemp("fix")
    paths = {"ro": d / "ro.txt", "locked": d / "locked" / "a.txt", "linked": d / "a.txt",
             "link": d / "link.txt", "real": d / "real.txt"}
    for key in ("ro", "locked", "linked", "real"):
        paths[key].parent.mkdir(exist_ok=True)
        paths[key].write_text(FIXABLE, encoding="utf-8")
    paths["ro"].chmod(0o444)
    os.link(paths["linked"], d / "b.txt")
    paths["real"].chmod(0o640)
    paths["link"].symlink_to(paths["real"])
    owner = None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        owner = (4242, 4343)
        os.chown(paths["real"], *owner)
    before = {key: os.stat(path) for key, path in paths.items()}
    paths["locked"].parent.chmod(0o555)
    try:
        proc, _ = zhidang("check", "--fix", *(str(paths[k]) for k in ("ro", "locked", "linked", "link")))
    finally:
        paths["locked"].parent.chmod(0o755)
    return paths, proc, before, owner


def refused(fixed, key, cause):
    paths, proc, before, _ = fixed
    assert f"zhidang: 错误：{paths[key]}: {cause}" in proc.stderr.splitlines(), proc.stderr
    assert paths[key].read_text(encoding="utf-8") == FIXABLE
    now = os.stat(paths[key])
    assert (now.st_ino, now.st_mode, now.st_nlink) == (before[key].st_ino, before[key].st_mode,
                                                       before[key].st_nlink)


def test_fix_run_reports_the_refusals_with_status_2(fixed):
    paths, proc, _, _ = fixed
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len([line for line in proc.stderr.splitlines() if "错误" in line]) == 3, proc.stderr


def test_read_only_file_is_not_replaced(fixed):
    refused(fixed, "ro", "文件是只读的，未修改（如需修改，请先去掉只读属性）")


def test_file_in_a_read_only_folder_is_not_replaced(fixed):
    refused(fixed, "locked", "所在文件夹不可写，无法安全写回，未修改")
    assert os.listdir(fixed[0]["locked"].parent) == ["a.txt"]  # no temporary left


def test_hard_linked_file_keeps_its_links(fixed):
    refused(fixed, "linked", "文件有 2 个硬链接，写回会断开链接，未修改（可用 --diff 查看修改后手动改正）")
    other = fixed[0]["linked"].with_name("b.txt")
    assert os.path.samefile(fixed[0]["linked"], other)


def test_fix_keeps_permissions_owner_and_symlink(fixed):
    paths, proc, before, owner = fixed
    real, link = paths["real"], paths["link"]
    assert f"{link}：已自动修复 1 处" in proc.stderr
    assert real.read_text(encoding="utf-8") == FIXED
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    if owner:
        assert (real.stat().st_uid, real.stat().st_gid) == owner
    assert sorted(p.name for p in real.parent.iterdir()) == [
        "a.txt", "b.txt", "link.txt", "locked", "real.txt", "ro.txt"]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX owners")
def test_owner_or_group_that_cannot_be_kept_is_refused(tmp_path, monkeypatch):
    """As a non-root user, a file of another owner, or of a group this user is
    not in, would change hands if replaced."""
    path = tmp_path / "a.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    if os.geteuid() == 0:
        os.chown(path, 4242, 4343)
    info = path.stat()
    monkeypatch.setattr(os, "geteuid", lambda: info.st_uid + 1)
    with pytest.raises(SourceError, match="文件属于其他用户，写回会改变文件的所有者，未修改$"):
        files.check_rewritable(path, error=SourceError)
    monkeypatch.setattr(os, "geteuid", lambda: info.st_uid)
    monkeypatch.setattr(os, "getegid", lambda: info.st_gid + 1)
    monkeypatch.setattr(os, "getgroups", lambda: [])
    with pytest.raises(SourceError, match="文件所属的组不是当前用户的组，写回会改变它，未修改$"):
        files.check_rewritable(path, error=SourceError)
    monkeypatch.setattr(os, "getgroups", lambda: [info.st_gid])
    files.check_rewritable(path, error=SourceError)  # a member of the group: fine


def test_file_this_user_may_not_write_is_read_only(tmp_path, monkeypatch):
    """Mode 0644 but not ours to write (os.access): refused like 0444."""
    path = tmp_path / "a.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    monkeypatch.setattr(os, "access", lambda p, mode, **k: os.path.isdir(p))
    with pytest.raises(SourceError, match="文件是只读的，未修改"):
        files.check_rewritable(path, error=SourceError)
