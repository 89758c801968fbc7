"""The cache folder (linter/cache.py): nothing in it can run code, a damaged
entry is rebuilt, it stays bounded; and what it keeps — the analysed outline
grammar as JSON, rulebook trees with line numbers, the word list — comes back
exactly as built."""

import hashlib
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from linter import __version__, cache, lexicon, outline, yamlfile
from linter.rulebook import builtin_dir, merge
from linter.errors import RulebookError
from tests.conftest import ROOT, SEED

SEED_000 = str(SEED["000"])
BUILTIN = {name: builtin_dir() / f"{name}.yaml" for name in ("qmcz-annual-report", "common")}


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh XDG_CACHE_HOME for this test: the cache folder is home / "zhidang"."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("ZHIDANG_NO_CACHE", raising=False)
    return tmp_path / "xdg"


def run_check(cache_home, *args, no_cache=False):
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1", XDG_CACHE_HOME=str(cache_home))
    env.pop("ZHIDANG_NO_CACHE", None)
    if no_cache:
        env["ZHIDANG_NO_CACHE"] = "1"
    return subprocess.run([sys.executable, "-m", "linter", "check", *args], cwd=ROOT, env=env,
                          capture_output=True)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """`zhidang check` of seed 000 without any cache."""
    result = run_check(tmp_path_factory.mktemp("unused"), SEED_000, no_cache=True)
    assert result.returncode in (0, 1) and result.stdout and not result.stderr
    return result


def headers(folder: Path) -> dict:
    """Entry name → key, for every entry in ``folder``; each must be a regular
    file whose header names it and gives its payload's length. (Not the bytes:
    Lark's tables come out numbered differently from one build to the next.)"""
    found = {}
    for path in sorted(folder.iterdir()):
        assert path.is_file() and not path.is_symlink(), path
        head, _, payload = path.read_bytes().partition(b"\n")
        magic, version, name, key, length = head.decode().split(" ")
        assert (magic, version, name, int(length)) == ("zhidang-cache", str(cache.FORMAT), path.name,
                                                      len(payload))
        found[name] = key
    return found


def rulebook_entries():
    return {name: cache.entry_name("rulebook", str(path.resolve())) for name, path in BUILTIN.items()}


def all_entry_names():
    """The entries a check of seed 000 writes (it segments a heading: the boundary memo; it
    looks for its title: the front-matter vocabulary; it knows the text needs no conversion to
    simplified characters: the digests of OpenCC's dictionaries the guard was read from; it finds
    the parts of a qmcz report: its checklist's term tables)."""
    from linter import rulebook, segment
    from linter.checks import element

    return [*rulebook_entries().values(), outline.FRONT_MATTER_KIND + ".json", "t2s-guard.json",
            lexicon.WORDS_ENTRY, "regex.json",
            segment.memo_entry(rulebook.load().dictionary),
            element.tables_entry(rulebook.load("qmcz-annual-report").elements)]


def legacy_names():
    """Where zhidang 0.1.0 before this change kept its pickles."""
    names = []
    for path in BUILTIN.values():
        content = path.read_text(encoding="utf-8")
        digest = hashlib.sha1((__version__ + "\0" + content).encode()).hexdigest()[:24]
        names.append(f"rulebook-{digest}.pickle")
    import lark

    names.append(f"outline-lark{lark.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.cache")
    names.append("outline-grammar.json")  # the analysed grammar, before the parser was generated
    return names


class _Planted:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):  # unpickling this opens (so creates) the marker file
        return open, (self.marker, "w")


# --- nothing read back runs code ------------------------------------------------------------


@pytest.mark.parametrize("plant", ["pickle", "forged-json"])
def test_a_planted_entry_is_neither_run_nor_used(tmp_path, reference, plant):
    """Before: the rulebook tree and Lark's grammar cache were pickles, so a
    file planted there ran code on the next `zhidang check`."""
    folder = tmp_path / "xdg" / "zhidang"
    folder.mkdir(parents=True, mode=0o700)
    marker = tmp_path / "marker"
    evil = pickle.dumps(_Planted(str(marker)))
    for name in all_entry_names() + legacy_names():
        if plant == "pickle":
            data = (b"x\n" + evil) if name.endswith(".cache") else evil  # Lark's cache: a hash line first
        else:  # well-formed entries of another key: a rulebook without rules, garbage otherwise
            data = cache._header(name, "0" * 64, 0)
            if name.startswith("rulebook"):
                tree = yamlfile.new_map()
                tree["rules"], tree.lines["rules"] = yamlfile.Seq(), 1
                tree["rules"].lines = []
                payload = yamlfile.to_json(tree)
                data = cache._header(name, "0" * 64, len(payload)) + payload
        (folder / name).write_bytes(data)
    result = run_check(tmp_path / "xdg", SEED_000)
    assert not marker.exists()
    assert (result.returncode, result.stdout, result.stderr) == (
        reference.returncode, reference.stdout, reference.stderr)
    assert sorted(headers(folder)) == sorted(all_entry_names())  # rebuilt; the old pickles deleted


def test_empty_entries_are_rebuilt(tmp_path, reference):
    """Before: an empty word list broke every run (内部错误：ValueError: cannot
    mmap an empty file) until deleted."""
    home = tmp_path / "xdg"
    assert run_check(home, SEED_000).stdout == reference.stdout
    folder = home / "zhidang"
    built = headers(folder)
    assert sorted(built) == sorted(all_entry_names())
    for name in built:
        (folder / name).write_bytes(b"")
    result = run_check(home, SEED_000)
    assert (result.returncode, result.stdout, result.stderr) == (
        reference.returncode, reference.stdout, reference.stderr)
    assert headers(folder) == built


def _damage(path: Path, how: str, outside: Path):
    data = path.read_bytes()
    path.unlink()
    if how == "empty":
        path.write_bytes(b"")
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "payload-cut":  # header intact, payload shortened
        path.write_bytes(data[:-3])
    elif how == "garbage":
        path.write_bytes(bytes(range(256)) * 4)
    elif how == "bad-payload":  # header intact, payload not what it claims
        head = data.partition(b"\n")[0].rsplit(b" ", 1)[0]
        path.write_bytes(head + b" 9\n[[[[1,2}")
    elif how == "older-format":
        path.write_bytes(data.replace(f"zhidang-cache {cache.FORMAT} ".encode(), b"zhidang-cache 0 ", 1))
    elif how == "folder":
        path.mkdir()
    elif how == "symlink":  # to an intact copy outside: never read through, never written through
        outside.write_bytes(data)
        path.symlink_to(outside)
    else:
        raise AssertionError(how)


@pytest.mark.parametrize("how", ["empty", "truncated", "payload-cut", "garbage", "bad-payload", "older-format",
                                 "folder", "symlink"])
def test_damaged_entries_are_ignored_and_rebuilt(home, tmp_path, how):
    dictionary = tmp_path / "dict.txt"  # small: jieba's takes ~0.3 s to sort
    dictionary.write_text("工作 9 n\n作风 5 n\n", encoding="utf-8")
    fresh_tree = merge.parse(BUILTIN["common"].read_text(encoding="utf-8"), "common")

    def use_all():
        tree = merge.load_tree(BUILTIN["common"])
        assert _same_tree(tree, fresh_tree)
        words = lexicon.Lexicon(str(dictionary))
        assert "工作" in words and "作风" in words and "工作作" not in words and words._map is not None

    use_all()
    folder = home / "zhidang"
    built = headers(folder)
    outside = tmp_path / "outside"
    for name in built:
        _damage(folder / name, how, outside)
        before = outside.read_bytes() if how == "symlink" else None
        use_all()
        assert headers(folder) == built, name
        if how == "symlink":
            assert outside.read_bytes() == before


# --- who may write the folder ---------------------------------------------------------------


def _forge_common(folder: Path) -> str:
    """A well-formed entry, with the right key, for the built-in common.yaml
    whose tree has a changed title; returns that title."""
    text = BUILTIN["common"].read_text(encoding="utf-8")
    tree = merge.parse(text, "common")
    tree["title"] = "伪造的标题"
    payload = yamlfile.to_json(tree)
    key = cache.digest(str(cache.FORMAT), __version__, "rulebook", text)
    name = rulebook_entries()["common"]
    (folder / name).write_bytes(cache._header(name, key, len(payload)) + payload)
    return tree["title"]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX owners and modes")
@pytest.mark.parametrize("mode", [0o777, 0o770, 0o702, 0o700])
def test_a_folder_others_can_write_is_not_used(home, mode):
    folder = home / "zhidang"
    folder.mkdir(parents=True)
    forged = _forge_common(folder)
    folder.chmod(mode)
    assert (cache.cache_dir() is None) == (mode != 0o700)
    title = merge.load_tree(BUILTIN["common"])["title"]
    # The limit the module docstring states: an entry forged with the right key is used.
    assert (title == forged) == (mode == 0o700)
    if mode != 0o700:
        assert sorted(os.listdir(folder)) == [rulebook_entries()["common"]]  # nothing written either


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_files_and_folders_of_another_user_are_not_used(home):
    folder = home / "zhidang"
    folder.mkdir(parents=True, mode=0o700)
    forged = _forge_common(folder)
    entry = folder / rulebook_entries()["common"]
    os.chown(entry, 65534, 65534)
    assert merge.load_tree(BUILTIN["common"])["title"] != forged
    assert entry.stat().st_uid == os.geteuid()  # replaced by our own entry
    _forge_common(folder)
    os.chown(folder, 65534, 65534)
    assert cache.cache_dir() is None
    assert merge.load_tree(BUILTIN["common"])["title"] != forged


def test_the_folder_is_private(home):
    assert cache.cache_dir() == str(home / "zhidang")
    assert (home / "zhidang").stat().st_mode & 0o777 == 0o700
    (home / "zhidang").chmod(0o755)  # as zhidang 0.1.0 made it
    assert cache.cache_dir() is not None
    assert (home / "zhidang").stat().st_mode & 0o777 == 0o700


def test_a_file_where_the_folder_should_be_turns_caching_off(home):
    home.mkdir()
    (home / "zhidang").write_text("not a folder")
    assert cache.cache_dir() is None
    assert merge.load_tree(BUILTIN["common"])["id"] == "common"


def test_no_cache_environment_variable(home, monkeypatch):
    monkeypatch.setenv("ZHIDANG_NO_CACHE", "1")
    calls = []
    for _ in range(2):
        assert cache.memo("thing", None, "content", lambda: calls.append(1) or 7, cache.dumps, cache.loads) == 7
    assert calls == [1, 1] and not home.exists()
    monkeypatch.delenv("ZHIDANG_NO_CACHE")
    for _ in range(2):
        assert cache.memo("thing", None, "content", lambda: calls.append(1) or 7, cache.dumps, cache.loads) == 7
    assert calls == [1, 1, 1] and os.listdir(home / "zhidang") == ["thing.json"]


# --- bounded --------------------------------------------------------------------------------


def test_one_entry_per_rulebook_whatever_its_contents(home, tmp_path):
    book = tmp_path / "book.yaml"
    for version in range(20):
        book.write_text(f"id: mine\ntitle: 第{version}版\nrules: []\n", encoding="utf-8")
        assert merge.load_tree(book)["title"] == f"第{version}版"  # never a stale tree
        assert merge.load_tree(book)["title"] == f"第{version}版"  # from the cache
    assert os.listdir(home / "zhidang") == [cache.entry_name("rulebook", str(book.resolve()))]


def test_one_word_list(home, tmp_path):
    dictionary = tmp_path / "dict.txt"
    for version in range(3):
        dictionary.write_text(f"甲{version} 3 n\n乙 2 n\n", encoding="utf-8")
        os.utime(dictionary, ns=(version * 10**9, version * 10**9))
        words = lexicon.Lexicon(str(dictionary))
        assert f"甲{version}" in words and "乙" in words and "甲9" not in words
    assert os.listdir(home / "zhidang") == [lexicon.WORDS_ENTRY]


def test_size_and_count_bounds_prune_the_oldest(home, monkeypatch):
    monkeypatch.setattr(cache, "MAX_BYTES", 10_000)
    monkeypatch.setattr(cache, "MAX_ENTRIES", 5)
    folder = home / "zhidang"
    for number in range(30):
        size = 1_500 if number % 3 else 4_000
        assert cache.store(f"thing-{number:02}.json", "k", b"x" * size)
        for path in folder.iterdir():  # ages by number: no two alike, whatever the clock's resolution
            age = int(path.stem.split("-")[1])
            os.utime(path, ns=(age * 10**9, age * 10**9))
        names = sorted(os.listdir(folder))
        assert sum((folder / n).stat().st_size for n in names) <= 10_000 and len(names) <= 5
        assert names[-1] == f"thing-{number:02}.json"
        assert names == [f"thing-{n:02}.json" for n in range(number - len(names) + 1, number + 1)]


@pytest.mark.parametrize("read", ["load", "open_mapped"])
def test_an_entry_read_back_is_recent_again(home, monkeypatch, read):
    """Pruning is least recently used: before, the word list (a second to
    rebuild) went once 256 newer rulebook entries existed, used or not."""
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    folder = home / "zhidang"
    assert cache.store("words.txt", "k", b"a\nb\n")
    day = 86400
    os.utime(folder / "words.txt", (0, 0))  # written long ago
    for number in range(6):
        assert cache.store(f"thing-{number}.json", "k", b"x")
        os.utime(folder / f"thing-{number}.json", (day * 2, day * 2))  # newer than the list
        if read == "load":
            assert cache.load("words.txt", "k") == b"a\nb\n"
        else:
            mapped, offset = cache.open_mapped("words.txt", "k")
            assert mapped[offset:] == b"a\nb\n"
            mapped.close()
        assert "words.txt" in os.listdir(folder), number
    touched = (folder / "words.txt").stat().st_mtime
    cache.load("words.txt", "k")  # touched at most once a day: no write on every read
    assert (folder / "words.txt").stat().st_mtime == touched
    assert cache.load("words.txt", "other key") is None
    os.utime(folder / "words.txt", (0, 0))
    cache.load("words.txt", "other key")  # not its entry: not touched
    assert (folder / "words.txt").stat().st_mtime == 0


def test_writing_removes_older_zhidang_files(home):
    folder = home / "zhidang"
    folder.mkdir(parents=True, mode=0o700)
    old = legacy_names() + ["words-5071852-1796281666472683116.txt"]
    for name in old + [".words-jieba.txt.zhidang-1.tmp", ".thing.json.zhidang-2.tmp", "unrelated.json"]:
        (folder / name).write_bytes(b"old")
    os.utime(folder / ".words-jieba.txt.zhidang-1.tmp", (0, 0))  # a write that died long ago
    assert cache.store("thing.json", "k", b"new")
    assert sorted(os.listdir(folder)) == [".thing.json.zhidang-2.tmp", "thing.json", "unrelated.json"]


# --- what comes back is what was built ------------------------------------------------------


def _same_tree(a, b) -> bool:
    a, b = (x.resolve() if isinstance(x, merge.Detached) else x for x in (a, b))
    if type(a) is not type(b):
        return False
    if isinstance(a, yamlfile.Map):
        return (a.line, a.lines, list(a)) == (b.line, b.lines, list(b)) and all(_same_tree(a[k], b[k]) for k in a)
    if isinstance(a, yamlfile.Seq):
        return (a.line, a.lines, len(a)) == (b.line, b.lines, len(b)) and all(map(_same_tree, a, b))
    return a == b


@pytest.mark.parametrize("name", sorted(p.stem for p in builtin_dir().glob("*.yaml")))
def test_rulebook_trees_round_trip_with_their_lines(name):
    tree = merge.parse((builtin_dir() / f"{name}.yaml").read_text(encoding="utf-8"), name)
    assert _same_tree(yamlfile.from_json(yamlfile.to_json(tree)), tree)


def test_tree_json_keeps_every_scalar_and_aliases_as_copies():
    text = ("a: &x [1, 2.5, true, null, 文字, '', {k: v}]\nb: *x\nc: {'': 0, '\\x01': -1}\n"
            "d: .inf\ne: 12345678901234567890\n")
    tree = yamlfile.parse(text, "t.yaml")
    back = yamlfile.from_json(yamlfile.to_json(tree))
    assert _same_tree(back, tree)
    assert back["a"] is not back["b"] and back["b"].lines == tree["a"].lines


def test_tree_lines_are_read_when_first_asked_for():
    # the lines of every key and item are one text in the entry, made numbers on first use: a check reads
    # the lines of ~20 of the ~460 nodes of the default rulebook's trees (start-up: -2.8 M instructions)
    tree = yamlfile.parse("a:\n  - x\n  - y\nb: {k: v}\n", "t.yaml")
    back = yamlfile.from_json(yamlfile.to_json(tree))
    assert "lines" not in back.__dict__ and "lines" not in back["a"].__dict__
    assert back["a"].lines == [2, 3] and back.lines == {"a": 1, "b": 4} and back["b"].lines == {"k": 4}
    back["a"].lines = [7, 8]  # (set: a plain attribute from then on)
    assert back["a"].lines == [7, 8]


def test_damaged_tree_lines_read_as_line_0():
    payload = yamlfile.to_json(yamlfile.parse("a:\n  - x\n  - y\n", "t.yaml"))
    damaged = yamlfile.from_json(payload.replace(b'"2,3"', b'"2,x"'))
    assert damaged["a"].lines == [0, 0] and damaged.lines == {"a": 1}
    shorter = yamlfile.from_json(payload.replace(b'"2,3"', b'"2"'))
    assert shorter["a"].lines == [2, 0]


@pytest.mark.parametrize("text", [
    "a: 2024-01-01\n",          # a date
    "a: !!set {x, y}\n",        # a set
    "a: !!binary aGk=\n",       # bytes
    "? 1.5\n: c\n",               # a key that is neither a string nor an integer
    "1: one\n'1': two\n",          # keys 1 and '1': the same in JSON
    "\"\\0\": x\n",             # the key the JSON form reserves
])
def test_trees_json_cannot_keep_exactly_are_not_cached(text, home):
    tree = yamlfile.parse(text, "t.yaml")
    with pytest.raises((ValueError, TypeError)):
        yamlfile.to_json(tree)
    calls = []
    for _ in range(2):  # memo builds each time and stores nothing
        assert cache.memo("rulebook", "t", text, lambda: calls.append(1) or tree,
                          yamlfile.to_json, yamlfile.from_json) is tree
    assert calls == [1, 1] and os.listdir(home / "zhidang") == []


def test_alias_bombs_are_refused_quickly():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    tree = yamlfile.parse("\n".join(lines) + "\n", "bomb.yaml")  # 10^9 leaves once expanded
    with pytest.raises(ValueError):
        yamlfile.to_json(tree)


def test_tagged_json_gives_back_the_same_types():
    value = {"t": (1, (2, "x"), []), "i": {3: "a", -1: (True, None)}, "f": [1.5, 2**70, False, ""]}
    back = cache.loads(cache.dumps(value))
    assert _strictly_equal(back, value)
    for bad in ({1: 2, "a": 3}, {True: 1}, {"!t": 1}, {1.5: 2}, b"x", {1, 2}):
        with pytest.raises((ValueError, TypeError)):
            cache.dumps(bad)


def _strictly_equal(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_strictly_equal(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(map(_strictly_equal, a, b))
    return a == b


def test_a_list_as_a_yaml_key_is_a_clear_error():
    """Before: TypeError (unhashable type: 'Seq') out of the loader — an internal error."""
    from linter.errors import RulebookError

    with pytest.raises(RulebookError, match="键不能是列表或映射") as caught:
        merge.parse("a: 1\n? [a, b]\n: c\n", "t.yaml")
    assert caught.value.line == 2


def test_integer_keys_round_trip():
    """Weight tables (`heading: {10: [terms], 8: [terms]}`) keep their integer keys and lines."""
    text = "heading:\n  10: [政治建设]\n  8: [政治引领, 政治方向]\nname: x\n"
    tree = yamlfile.parse(text, "t.yaml")
    back = yamlfile.from_json(yamlfile.to_json(tree))
    assert _same_tree(back, tree)
    assert list(back["heading"]) == [10, 8] and back["heading"].lines == {10: 2, 8: 3}


def test_the_lexicons_memory_of_lookups_is_bounded(home, tmp_path, monkeypatch):
    """A batch of thousands of reports looks up ever new words: the memo forgets, answers stay right."""
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("工作 9 n\n作风 5 n\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "SEEN_MAX", 10)
    words = lexicon.Lexicon(str(dictionary))
    assert words._map is not None  # the mapped word list, where lookups are remembered
    for i in range(100):
        assert f"词{i}" not in words
        assert len(words._seen) <= 10
    assert "工作" in words and "作风" in words and "工作作" not in words


def test_entries_read_at_start_up_keep_text_in_the_basic_plane():
    """compact_json writes emoji (residue patterns hold them) as JSON escapes,
    so a payload decodes into two bytes a character, not four; the value read
    back is the same."""
    import json

    value = {"👍 点赞": ["💡 温馨提示", "普通文字", "\U0001fa70"], "n": [1, 2.5, None, True]}
    payload = cache.compact_json(value)
    text = payload.decode("utf-8")
    assert max(text) <= "\uffff" and "普通文字" in text  # (the rest stays as it is: not ASCII escapes)
    assert json.loads(payload) == value
    assert cache.loads(cache.dumps(value)) == value
    assert cache.compact_json({"a": "b"}) == b'{"a":"b"}'


def test_a_rulebooks_examples_are_kept_apart_and_read_only_when_asked_for(home):
    """The rulebook tree's cache entry keeps each entry's examples on a second
    line: a check never decodes them; ``rules test`` (Rule.examples) does, and
    reads what the YAML says."""
    from linter.rulebook import load_path

    fresh = merge.parse(BUILTIN["common"].read_text(encoding="utf-8"), "common")
    merge.load_tree(BUILTIN["common"])  # builds the entry
    tree = merge.load_tree(BUILTIN["common"])  # read from it
    detached = [rule["examples"] for rule in tree["rules"]]
    assert detached and all(isinstance(d, merge.Detached) for d in detached)
    assert all(d._tail._tree is None for d in detached)
    assert _same_tree(tree, fresh)  # (resolving each)
    book = load_path(BUILTIN["common"])
    rule = next(r for r in book.rules if r.id == "placeholder")
    assert "_read" in rule.examples.__dict__  # not read yet
    yaml_rule = next(r for r in fresh["rules"] if r["id"] == "placeholder")
    assert rule.examples.failing == list(yaml_rule["examples"]["fail"])
    assert rule.examples.passing == list(yaml_rule["examples"]["pass"])


def test_a_user_rulebooks_empty_examples_are_reported_from_the_cache_too(home, tmp_path):
    from linter.errors import RulebookError
    from linter.rulebook import load_path

    book = tmp_path / "mine.yaml"
    book.write_text("extends: common\nid: mine\ntitle: 我的\nrules:\n  - id: my-rule\n    type: pattern\n"
                    "    severity: warning\n    description: 示例\n    message: 不要写“{match}”\n    patterns: [甲乙]\n    examples:\n", encoding="utf-8")
    for _ in range(2):  # parsed, then from the cache entry
        with pytest.raises(RulebookError, match="缺少 examples"):
            load_path(str(book))


def test_examples_read_later_pickle_and_copy_as_read(home):
    """A spawned worker gets the rulebook pickled: examples not yet read are read first."""
    import copy
    import pickle

    from linter.rulebook import load_path

    merge.load_tree(BUILTIN["common"])  # builds the cache entry
    book = load_path(BUILTIN["common"])
    rule = next(r for r in book.rules if r.id == "placeholder")
    assert "_read" in rule.examples.__dict__
    again = pickle.loads(pickle.dumps(rule.examples))
    assert again == rule.examples and again.failing and copy.copy(rule.examples) == rule.examples


def test_a_rulebook_entry_is_keyed_by_the_files_bytes(home, tmp_path):
    """The key read from a rulebook's bytes is the key its text gave (entries written before stay
    valid), and bytes that are not UTF-8 are refused whether or not an entry exists for the path."""
    text = BUILTIN["common"].read_text(encoding="utf-8")
    assert cache.digest("rulebook", text) == cache.digest("rulebook", text.encode("utf-8"))
    path = tmp_path / "book.yaml"
    book = "id: mini\ntitle: 小规则库\nrules: []\n"
    path.write_text(book, encoding="utf-8")
    assert merge.load_tree(path)["title"] == "小规则库"
    assert any(name.startswith("rulebook-") for name in os.listdir(home / "zhidang"))
    assert merge.load_tree(path)["title"] == "小规则库"  # (from the entry)
    path.write_bytes(book.encode("gbk"))
    with pytest.raises(RulebookError, match="UTF-8"):
        merge.load_tree(path)


# --- entries found by their files' stamps ----------------------------------------------------


def _counting_memo(path: Path):
    """memo_files of the text at ``path`` (its upper case), and how often it read and built."""
    counts = {"read": 0, "build": 0}

    def read():
        counts["read"] += 1
        return path.read_bytes()

    def build(raw):
        counts["build"] += 1
        return raw.decode().upper()

    value = cache.memo_files("test-stamp", str(path), (str(path),), read, build, str.encode, bytes.decode)
    return value, counts


def test_a_stable_file_is_found_by_its_stamp_without_reading_it(home, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "STABLE_SECONDS", -60.0)  # (every file counts as long unchanged)
    path = tmp_path / "book.yaml"
    path.write_text("rules: []", encoding="utf-8")
    assert _counting_memo(path) == ("RULES: []", {"read": 1, "build": 1})
    assert _counting_memo(path) == ("RULES: []", {"read": 0, "build": 0})
    path.write_text("rules: [1]", encoding="utf-8")  # changed: another stamp
    assert _counting_memo(path) == ("RULES: [1]", {"read": 1, "build": 1})
    stat = path.stat()
    path.write_text("rules: [2]", encoding="utf-8")  # the same size, its modification time put back:
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the change time still moved
    assert _counting_memo(path) == ("RULES: [2]", {"read": 1, "build": 1})
    assert _counting_memo(path) == ("RULES: [2]", {"read": 0, "build": 0})


def test_a_file_changed_just_now_is_read_and_keyed_by_its_content(home, tmp_path, monkeypatch):
    """A change within the same tick of the file system's clock would keep
    the stamp: a file changed within STABLE_SECONDS is read every time (built
    once), and found by its stamp once it is stable."""
    path = tmp_path / "book.yaml"
    path.write_text("rules: []", encoding="utf-8")
    assert cache.stamp([str(path)]) is None
    assert _counting_memo(path) == ("RULES: []", {"read": 1, "build": 1})
    assert _counting_memo(path) == ("RULES: []", {"read": 1, "build": 0})
    monkeypatch.setattr(cache, "STABLE_SECONDS", -60.0)
    assert _counting_memo(path) == ("RULES: []", {"read": 1, "build": 0})  # (now kept by its stamp)
    assert _counting_memo(path) == ("RULES: []", {"read": 0, "build": 0})


def test_a_missing_file_is_read_and_its_error_raised(home, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "STABLE_SECONDS", -60.0)
    path = tmp_path / "book.yaml"
    path.write_text("rules: []", encoding="utf-8")
    assert _counting_memo(path)[0] == "RULES: []"
    path.unlink()
    assert cache.stamp([str(path)]) is None
    with pytest.raises(FileNotFoundError):
        _counting_memo(path)


def test_an_edited_rulebook_is_read_again_at_once(tmp_path):
    """A user's rulebook changed between two runs in the same second: the
    second run checks with the new one."""
    home = tmp_path / "xdg"
    book = tmp_path / "book.yaml"
    book.write_text("extends: qmcz-annual-report\nid: mine\ntitle: 本单位\n", encoding="utf-8")
    first = run_check(home, "--rulebook", str(book), SEED_000)
    book.write_text("extends: qmcz-annual-report\nid: mine\ntitle: 本单位\ndisable: [thin-problems]\n",
                    encoding="utf-8")
    second = run_check(home, "--rulebook", str(book), SEED_000)
    assert b" thin-problems " in first.stdout and b" thin-problems " not in second.stdout
    assert first.stdout.replace(second.stdout, b"") != first.stdout or len(second.stdout) < len(first.stdout)
