"""Text reports in the encodings they arrive in: the same report gives the same
findings, at the same positions, whatever the encoding."""

import codecs
import json

import pytest
from click.testing import CliRunner

from conftest import SEED
from linter import sources
from linter.cli import cli
from linter.engine import check_source

#: name → how the file is written (BOM included where there is one).
ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-sig": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "gbk": lambda t: t.encode("gbk"),
    "gb18030": lambda t: t.encode("gb18030"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-le": lambda t: t.encode("utf-16-le"),
    "utf-16-be": lambda t: t.encode("utf-16-be"),
    "big5": lambda t: t.encode("big5"),
}
#: the codec each is detected as (BOM-less UTF-16 and GBK have no mark of their own)
DETECTED = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gbk": "gb18030", "gb18030": "gb18030",
            "utf-16-le-bom": "utf-16-le", "utf-16-be-bom": "utf-16-be",
            "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be", "big5": "big5"}


def representable(text: str, encoding: str) -> str:
    """The seed as it can be written in ``encoding``: Big5 holds traditional
    characters only, so the report is first converted (OpenCC s2tw, one
    character for one); a character the encoding still lacks (GBK has no
    U+00A0) becomes a space or □. Same length, so the same positions."""
    if encoding == "big5":
        import opencc

        converted = opencc.OpenCC("s2tw").convert(text)
        assert len(converted) == len(text)
        text = converted
    codec = "big5" if encoding == "big5" else "gbk" if encoding == "gbk" else "utf-8"
    return "".join(
        c if c.encode(codec, "ignore") else (" " if c.isspace() else "□") for c in text
    )


def outcome(result):
    data = result.to_dict()
    del data["path"]
    return data


@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("seed", list(SEED))
def test_every_seed_in_every_encoding_gives_the_same_findings(tmp_path, rulebook, seed, encoding):
    text = representable(SEED[seed].read_text(encoding="utf-8"), encoding)
    reference = tmp_path / "utf8.txt"
    reference.write_bytes(text.encode("utf-8"))
    encoded = tmp_path / f"{encoding}.txt"
    data = ENCODINGS[encoding](text)
    encoded.write_bytes(data)

    source = sources.load(encoded)
    assert source.encoding == DETECTED[encoding]
    assert source.text == text
    assert source.encode() == data  # what --fix would write back: the same bytes
    expected = check_source(sources.load(reference), rulebook)
    got = check_source(source, rulebook)
    assert outcome(got) == outcome(expected)
    assert got.findings or seed == "000"  # seed 000 is the clean report


def test_seed_positions_survive_gbk_with_crlf(tmp_path, rulebook):
    text = SEED["003"].read_text(encoding="utf-8").replace("\u00a0", " ")
    crlf = text.replace("\n", "\r\n")
    (tmp_path / "a.txt").write_bytes(crlf.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(crlf.encode("gbk"))
    a = check_source(sources.load(tmp_path / "a.txt"), rulebook)
    b = check_source(sources.load(tmp_path / "b.txt"), rulebook)
    assert outcome(a) == outcome(b)
    assert sources.load(tmp_path / "b.txt").encode() == crlf.encode("gbk")


@pytest.mark.parametrize("text", ["全面从严治党", "坚持", "一、政治建设\n全年开展**次。"])
def test_short_gbk_text_is_read_as_gbk(tmp_path, text):
    # A statistical detector alone reads these as Korean or Big5.
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode("gbk"))
    source = sources.load(path)
    assert (source.text, source.encoding) == (text, "gb18030")


def test_encoding_option_overrides_detection(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("一、政治建设\n全年开展**次。".encode("gbk"))
    runner = CliRunner()
    result = runner.invoke(cli, ["check", "-f", "json", "--encoding", "gbk", str(path)])
    found = json.loads(result.output)["files"][0]["findings"]
    assert [(f["line"], f["column"], f["excerpt"]) for f in found if f["rule"] == "placeholder"] == [
        (2, 5, "**")]
    # Forced to a wrong encoding: one clear line, exit 2.
    result = runner.invoke(cli, ["check", "--encoding", "utf-8", str(path)])
    assert result.exit_code == 2
    assert f"zhidang: 错误：{path}: 无法按 utf-8 解码（第 3 字节起）：请用 --encoding" in result.output
    result = runner.invoke(cli, ["check", "--encoding", "martian", str(path)])
    assert result.exit_code == 2 and "未知的编码“martian”" in result.output


def test_encoding_option_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    data = codecs.BOM_UTF16_BE + "全年开展**次".encode("utf-16-be")
    path.write_bytes(data)
    source = sources.load(path, encoding="utf-16-be")
    assert source.text == "全年开展**次" and source.encode() == data
