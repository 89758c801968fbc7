"""``zhidang server``: the real server driven over stdio by pygls's LanguageClient.

Each end-to-end test starts ``python -m linter server`` as a subprocess,
initializes it, and ends with shutdown and exit (the process must exit 0).
Expected findings come from ``zhidang check --format json`` and ``--fix``,
converted to LSP positions here independently of the server's own code.
"""

import asyncio
import json
import os
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import cli

from conftest import ROOT, SEED, run_zhidang

lsp = pytest.importorskip("lsprotocol.types")
from pygls.lsp.client import LanguageClient  # noqa: E402

TIMEOUT = 60


# --------------------------------------------------------------------------- helpers


def units(text: str, encoding: str) -> int:
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-16":
        return len(text.encode("utf-16-le")) // 2
    return len(text.encode("utf-8"))


def lsp_position(text: str, line: int, column: int, encoding="utf-16"):
    """1-based line/column in characters → LSP (line, character)."""
    lines = text.split("\n")
    return line - 1, units(lines[line - 1][:column - 1], encoding)


def offset_of(text: str, line: int, character: int, encoding="utf-16") -> int:
    """LSP (line, character) → offset into ``text``."""
    lines = text.split("\n")
    offset = sum(len(x) + 1 for x in lines[:line])
    count = 0
    for i, char in enumerate(lines[line]):
        if count >= character:
            return offset + i
        count += units(char, encoding)
    return offset + len(lines[line])


def apply_edits(text: str, edits, encoding="utf-16") -> str:
    spans = [(offset_of(text, e.range.start.line, e.range.start.character, encoding),
              offset_of(text, e.range.end.line, e.range.end.character, encoding), e.new_text) for e in edits]
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def edits_of(action, uri):
    edit = action.edit
    if edit.document_changes:
        (change,) = edit.document_changes
        assert change.text_document.uri == uri
        return list(change.edits)
    return list(edit.changes[uri])


def expected_diagnostics(finding_list, text: str, encoding="utf-16"):
    """What `check --format json` says, as (code, severity, message, range) per place."""
    severities = {"error": 1, "warning": 2, "info": 3}
    first_line_end = units(text.split("\n")[0].removesuffix("\r"), encoding)
    out = []
    for f in finding_list:
        places = f.get("occurrences") or ([f] if f["line"] is not None else [None])
        for place in places:
            if place is None:
                rng = ((0, 0), (0, first_line_end))
            else:
                rng = (lsp_position(text, place["line"], place["column"], encoding),
                       lsp_position(text, place["end_line"], place["end_column"], encoding))
            out.append((f["rule"], severities[f["severity"]], f["message"], rng))
    return sorted(out)


def got_diagnostics(params):
    return sorted((d.code, int(d.severity), d.message,
                   ((d.range.start.line, d.range.start.character), (d.range.end.line, d.range.end.character)))
                  for d in params.diagnostics)


def check_json(*args):
    result = CliRunner().invoke(cli, ["check", "-f", "json", *map(str, args)])
    assert result.exit_code in (0, 1), result.output
    return {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}


def uri_of(path) -> str:
    return Path(path).resolve().as_uri()


class Client:
    """A started, initialized server and what it published."""

    def __init__(self, client: LanguageClient, result):
        self.lc = client
        self.capabilities = result.capabilities
        self.published: dict[str, list] = {}  # uri → every publishDiagnostics, in order
        self.changed = asyncio.Condition()
        self.versions: dict[str, int] = {}

    @property
    def encoding(self) -> str:
        return str(getattr(self.capabilities.position_encoding, "value", self.capabilities.position_encoding))

    def open(self, path, text=None, language="plaintext", version=1) -> str:
        uri = uri_of(path) if not str(path).startswith(("file:", "untitled:")) else str(path)
        if text is None:
            text = Path(path).read_text(encoding="utf-8")
        self.versions[uri] = version
        self.lc.text_document_did_open(lsp.DidOpenTextDocumentParams(
            lsp.TextDocumentItem(uri, language, version, text)))
        return uri

    def change(self, uri, start, end, new_text) -> int:
        """One incremental change; returns the new version."""
        self.versions[uri] += 1
        self.lc.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            [lsp.TextDocumentContentChangePartial(range=lsp.Range(lsp.Position(*start), lsp.Position(*end)),
                                                  text=new_text)]))
        return self.versions[uri]

    def replace_all(self, uri, text) -> int:
        self.versions[uri] += 1
        self.lc.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            [lsp.TextDocumentContentChangeWholeDocument(text=text)]))
        return self.versions[uri]

    async def diagnostics(self, uri, version=None, after=0):
        """The first publication for ``uri`` (of ``version``) past the first ``after``."""
        def ready():
            return [p for p in self.published.get(uri, [])[after:] if version is None or p.version == version]

        async with self.changed:
            await asyncio.wait_for(self.changed.wait_for(ready), TIMEOUT)
        return ready()[0]

    async def code_actions(self, uri, rng, only=None):
        return await self.lc.text_document_code_action_async(lsp.CodeActionParams(
            lsp.TextDocumentIdentifier(uri), lsp.Range(lsp.Position(*rng[0]), lsp.Position(*rng[1])),
            lsp.CodeActionContext(diagnostics=[], only=only)))


def capabilities(encodings=None, resolve=False, watch=False):
    return lsp.ClientCapabilities(
        general=lsp.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        text_document=lsp.TextDocumentClientCapabilities(
            publish_diagnostics=lsp.PublishDiagnosticsClientCapabilities(related_information=True),
            document_symbol=lsp.DocumentSymbolClientCapabilities(hierarchical_document_symbol_support=True),
            code_action=lsp.CodeActionClientCapabilities(
                resolve_support=lsp.ClientCodeActionResolveOptions(properties=["edit"]) if resolve else None),
            hover=lsp.HoverClientCapabilities(content_format=[lsp.MarkupKind.Markdown])),
        workspace=lsp.WorkspaceClientCapabilities(
            workspace_edit=lsp.WorkspaceEditClientCapabilities(document_changes=True),
            did_change_watched_files=lsp.DidChangeWatchedFilesClientCapabilities(dynamic_registration=watch)),
    )


class Server:
    """A real ``zhidang server`` process and a LanguageClient talking to it,
    on an event loop of their own (a thread), so that several tests can
    share one server. :meth:`close` shuts it down and checks it exited 0."""

    def __init__(self, *args, caps=None, cwd=None):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.lc = LanguageClient("zhidang-tests", "1")
        self.client = None
        try:
            self._call(self._start(args, caps, cwd))
        except BaseException:
            self._stop_loop()
            raise

    def _call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(TIMEOUT * 3)

    async def _start(self, args, caps, cwd):
        lc = self.lc

        @lc.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        async def published(params):
            self.client.published.setdefault(params.uri, []).append(params)
            async with self.client.changed:
                self.client.changed.notify_all()

        @lc.feature(lsp.CLIENT_REGISTER_CAPABILITY)
        def register(params):
            return None

        env = dict(os.environ, PYTHONPATH=str(ROOT))
        await lc.start_io(sys.executable, "-m", "linter", "server", *map(str, args), env=env, cwd=cwd or ROOT)
        result = await asyncio.wait_for(lc.initialize_async(lsp.InitializeParams(
            capabilities=caps or capabilities(), root_uri=uri_of(cwd or ROOT))), TIMEOUT)
        self.client = Client(lc, result)
        lc.initialized(lsp.InitializedParams())

    def run(self, body):
        """``await body(client)`` on the server's loop."""
        return self._call(body(self.client))

    def close(self) -> None:
        async def finish():
            try:
                await asyncio.wait_for(self.lc.shutdown_async(None), TIMEOUT)
                self.lc.exit(None)
                return await asyncio.wait_for(self.lc._server.wait(), TIMEOUT)
            finally:
                if self.lc._server.returncode is None:
                    self.lc._server.kill()
                await self.lc.stop()

        try:
            assert self._call(finish()) == 0
        finally:
            self._stop_loop()

    def _stop_loop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(TIMEOUT)
        self.loop.close()


def serve(body, *args, caps=None, cwd=None):
    """Run ``await body(client)`` against a fresh server started with ``args``,
    then shut it down (it must exit 0)."""
    server = Server(*args, caps=caps, cwd=cwd)
    try:
        server.run(body)
    finally:
        server.close()


@pytest.fixture(scope="module")
def shared():
    """One server (default options, UTF-16) for the tests that need nothing special."""
    server = Server()
    yield server
    server.close()


# --------------------------------------------------------------------------- without pygls


def test_check_start_up_does_not_import_pygls():
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "linter", "check", str(SEED["000"])],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode in (0, 1), done.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line]
    assert "linter.cli" in imported
    assert not [m for m in imported if m.split(".")[0] in ("pygls", "lsprotocol", "cattrs")
                or m.startswith("linter.server")]


def test_server_without_pygls_says_how_to_install():
    import subprocess

    code = "import sys; sys.modules['pygls'] = None; from linter.cli import main; main()"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code, "server"], capture_output=True, text=True, env=env,
                          cwd=ROOT, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        'zhidang: 错误：zhidang server 需要 pygls，请先安装：pip install "zhidang[server]"']


def test_invalid_options_stop_the_server_at_once():
    done = run_zhidang("server", "--select", "no-such-rule")
    assert done.returncode == 2
    assert "no-such-rule" in done.stderr.decode() and done.stdout == b""


def test_sigterm_stops_the_server_at_once():
    import signal
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "linter", "server"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    try:
        body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                           "params": {"capabilities": {}}}).encode()
        process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        process.stdin.flush()
        assert process.stdout.readline().startswith(b"Content-Length:")  # it is serving
        tasks = Path(f"/proc/{process.pid}/task")
        if tasks.is_dir():
            # The kernel hands a process's signal to any thread that does not block
            # it; had pygls's reader thread taken it, the Python handler would wait
            # for the main thread, asleep in select (once seen in CI: a 60 s hang).
            # So every thread blocks both but one, which waits for them (sigwait
            # unblocks what it waits for while it waits).
            wanted = (1 << (signal.SIGTERM - 1)) | (1 << (signal.SIGINT - 1))
            takers = []
            for task in tasks.iterdir():
                status = (task / "status").read_text()
                blocked = int(next(line.split()[1] for line in status.splitlines()
                                   if line.startswith("SigBlk:")), 16)
                if blocked & wanted != wanted:
                    takers.append(task.name)
            assert len(takers) == 1, f"threads that can take SIGTERM: {takers}"
        process.send_signal(signal.SIGTERM)
        assert process.wait(TIMEOUT) == 143  # stdin still open: nothing waits for it
        assert process.stderr.read().decode() == "zhidang: 已终止\n"
    finally:
        if process.poll() is None:
            process.kill()


# --------------------------------------------------------------------------- positions (no server)


def test_positions_round_trip_in_every_encoding():
    from linter.server.positions import Positions

    text = "标题\r\n𠮷a𠮷甲\nb"
    for encoding in ("utf-8", "utf-16", "utf-32"):
        positions = Positions(text, encoding)
        for offset in range(len(text) + 1):
            line, character = positions.from_offset(offset)
            before = text[:offset].split("\n")[-1]
            assert character == units(before, encoding)
            assert positions.to_offset(line, character) == offset
        assert positions.line_end(0) == units("标题", encoding) and positions.line_end(1) == units("𠮷a𠮷甲", encoding)
    # half of a surrogate pair: the start of the character
    assert Positions(text, "utf-16").to_offset(1, 1) == 4


def test_changed_range_is_the_smallest_single_edit():
    from linter.server.analysis import changed_range
    from linter.server.positions import Positions

    old = "一、政治建设\n全年,开展**次;好。\n"
    new = "一、政治建设\n全年，开展**次；好。\n"
    start, end, text = changed_range(old, new, Positions(old))
    assert (start, end, text) == ((1, 2), (1, 9), "，开展**次；")


def test_worker_replaces_a_queued_check_of_the_same_document():
    from linter.server.protocol import Worker

    async def main():
        worker = Worker()
        gate = threading.Event()
        ran = []
        blocking = worker.submit(None, gate.wait, 5)
        first = worker.submit("doc", ran.append, 1)
        second = worker.submit("doc", ran.append, 2)
        other = worker.submit("other", ran.append, 3)
        gate.set()
        await asyncio.wait_for(asyncio.gather(blocking, second, other), 5)
        worker.stop()
        return first.cancelled(), ran

    assert asyncio.run(main()) == (True, [2, 3])


# --------------------------------------------------------------------------- diagnostics


def test_seeds_give_the_findings_of_check_json_and_follow_changes(tmp_path, shared):
    expected = check_json(*SEED.values())

    async def body(client):
        for path in SEED.values():
            text = path.read_text(encoding="utf-8")
            uri = client.open(path)
            params = await client.diagnostics(uri, version=1)
            assert got_diagnostics(params) == expected_diagnostics(expected[path.name]["findings"], text)
        # seed 000 changes: its one slip (a half-width comma) is corrected, a placeholder typed
        path = SEED["000"]
        text = path.read_text(encoding="utf-8")
        uri = uri_of(path)
        (finding,) = [f for f in expected[path.name]["findings"] if f["rule"] == "halfwidth-punctuation"]
        line = finding["line"] - 1
        start = lsp_position(text, finding["line"], finding["column"])
        end = lsp_position(text, finding["end_line"], finding["end_column"])
        client.change(uri, start, end, "，")
        version = client.change(uri, (line, 0), (line, 0), "全年开展**次。")
        params = await client.diagnostics(uri, version=version)
        assert [p.version for p in client.published[uri]] == [1, version]  # the two changes checked once
        lines = text.split("\n")
        column = finding["column"] - 1
        lines[line] = "全年开展**次。" + lines[line][:column] + "，" + lines[line][column + 1:]
        changed = tmp_path / path.name
        changed.write_text("\n".join(lines), encoding="utf-8")
        findings = check_json(changed)[path.name]["findings"]
        rules = [f["rule"] for f in findings]
        assert "placeholder" in rules and "halfwidth-punctuation" not in rules
        assert got_diagnostics(params) == expected_diagnostics(findings, "\n".join(lines))
        # closing clears them
        seen = len(client.published[uri])
        client.lc.text_document_did_close(lsp.DidCloseTextDocumentParams(lsp.TextDocumentIdentifier(uri)))
        params = await client.diagnostics(uri, after=seen)
        assert not params.diagnostics

    shared.run(body)


@pytest.mark.parametrize("offered, encoding, character", [
    (None, "utf-16", 8),  # the protocol's default
    (["utf-32", "utf-16"], "utf-32", 6),  # the client's first choice wins
    (["utf-8", "utf-16", "utf-32"], "utf-8", 20),  # as Neovim offers them
], ids=["utf-16", "utf-32", "utf-8"])
def test_non_bmp_characters_before_a_finding(tmp_path, shared, offered, encoding, character):
    # 𠮷 (U+20BB7) is 2 UTF-16 code units, 1 UTF-32 unit, 4 UTF-8 bytes: the
    # placeholder ** after two of them and “全年开展” is at 2×2+4, 2+4 or 2×4+12.
    text = "一、政治建设\n𠮷𠮷全年开展**次。\n"
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    expected = check_json(path)["draft.md"]["findings"]
    assert [(f["line"], f["column"]) for f in expected if f["rule"] == "placeholder"] == [(2, 7)]

    async def body(client):
        assert client.encoding == encoding
        uri = client.open(path, language="markdown")
        params = await client.diagnostics(uri)
        assert got_diagnostics(params) == expected_diagnostics(expected, text, encoding)
        (placeholder,) = [d for d in params.diagnostics if d.code == "placeholder"]
        assert (placeholder.range.start.line, placeholder.range.start.character) == (1, character)
        # an edit after the 𠮷s, in the same units: “全年” → “今年”
        version = client.change(uri, (1, character - units("全年开展", encoding)),
                                (1, character - units("开展", encoding)), "今年")
        params = await client.diagnostics(uri, version=version)
        (placeholder,) = [d for d in params.diagnostics if d.code == "placeholder"]
        assert placeholder.range.start.character == character
        hover = await client.lc.text_document_hover_async(lsp.HoverParams(
            lsp.TextDocumentIdentifier(uri), lsp.Position(1, character + 1)))
        assert hover.contents.value.startswith("**placeholder**")

    if offered is None:
        shared.run(body)
    else:
        serve(body, caps=capabilities(offered))


# --------------------------------------------------------------------------- code actions


@pytest.mark.parametrize("resolve", [False, True], ids=["eager", "resolved"])
def test_fix_all_makes_the_edit_of_check_fix(tmp_path, resolve, shared):
    original = SEED["002"].read_text(encoding="utf-8")
    fixed_copy = tmp_path / "fixed.txt"
    fixed_copy.write_text(original, encoding="utf-8")
    done = CliRunner().invoke(cli, ["check", "--fix", str(fixed_copy)])
    assert done.exit_code in (0, 1), done.output
    fixed = fixed_copy.read_text(encoding="utf-8")
    assert fixed != original
    draft = tmp_path / "draft.txt"
    draft.write_text(original, encoding="utf-8")

    async def body(client):
        uri = client.open(draft)
        await client.diagnostics(uri)
        actions = await client.code_actions(uri, ((0, 0), (0, 0)), only=[lsp.CodeActionKind.SourceFixAll])
        (action,) = actions
        assert action.kind == "source.fixAll.zhidang"
        if resolve:
            assert action.edit is None
            action = await client.lc.code_action_resolve_async(action)
        edits = edits_of(action, uri)
        assert len(edits) == 1
        assert apply_edits(original, edits) == fixed
        version = client.replace_all(uri, fixed)
        params = await client.diagnostics(uri, version=version)
        assert all(not a.edit for a in await client.code_actions(
            uri, ((0, 0), (0, 0)), only=[lsp.CodeActionKind.SourceFixAll]) or [])
        assert params.diagnostics

    if resolve:
        serve(body, caps=capabilities(resolve=True))
    else:
        shared.run(body)


def test_quick_fix_and_suppression_comment(tmp_path, shared):
    text = "一、政治建设\n全年开展警示教育12次,覆盖党员**人。\n"
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")

    async def body(client):
        uri = client.open(path, language="markdown")
        params = await client.diagnostics(uri)
        by_rule = {d.code: d for d in params.diagnostics}
        comma = by_rule["halfwidth-punctuation"]
        actions = await client.code_actions(uri, ((comma.range.start.line, comma.range.start.character),) * 2)
        titles = [a.title for a in actions]
        assert titles[0] == "改为“，”（halfwidth-punctuation：“,”）"
        assert actions[0].is_preferred and actions[0].diagnostics[0].code == "halfwidth-punctuation"
        fixed = apply_edits(text, edits_of(actions[0], uri))
        assert fixed == text.replace(",", "，")
        assert "忽略此处的 halfwidth-punctuation：在上一行加抑制注释" in titles
        # the placeholder is not fixable; suppress it
        placeholder = by_rule["placeholder"]
        actions = await client.code_actions(uri, ((placeholder.range.start.line, placeholder.range.start.character),
                                                  (placeholder.range.end.line, placeholder.range.end.character)))
        (suppress,) = [a for a in actions if a.title == "忽略此处的 placeholder：在上一行加抑制注释"]
        assert not any(a.title.startswith("改为") and "placeholder" in a.title for a in actions)
        suppressed = apply_edits(text, edits_of(suppress, uri))
        assert suppressed.split("\n")[1] == "<!-- zhidang-disable-next-line placeholder -->"
        # a missing checklist element: a directive at the end of the file
        missing = by_rule["missing-next-steps"]
        assert (missing.range.start.line, missing.range.start.character) == (0, 0)
        actions = await client.code_actions(uri, ((0, 1), (0, 1)))
        (whole,) = [a for a in actions if a.title == "忽略 missing-next-steps：在文件末尾加抑制注释"]
        suppressed = apply_edits(text, edits_of(suppress, uri) + edits_of(whole, uri))
        assert suppressed.endswith("\n<!-- zhidang-disable missing-next-steps -->\n")
        version = client.replace_all(uri, suppressed)
        codes = [d.code for d in (await client.diagnostics(uri, version=version)).diagnostics]
        assert "placeholder" not in codes and "missing-next-steps" not in codes
        assert "unused-suppression" not in codes and "halfwidth-punctuation" in codes
        # the server's result is what check says of the same text
        path.write_text(suppressed, encoding="utf-8")
        assert sorted(codes) == sorted(f["rule"] for f in check_json(path)["draft.md"]["findings"])

    shared.run(body)


# --------------------------------------------------------------------------- hover, outline


def test_hover_explains_the_rule_and_symbols_outline_the_checklist(tmp_path, shared):
    text = ("2024年度全面从严治党主体责任落实情况报告\n一、政治建设\n坚持学习，全年开展警示教育**次。\n"
            "二、思想建设\n深入开展主题教育。\n")
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    explained = CliRunner().invoke(cli, ["rules", "explain", "placeholder"]).output

    async def body(client):
        uri = client.open(path, language="markdown")
        params = await client.diagnostics(uri)
        (placeholder,) = [d for d in params.diagnostics if d.code == "placeholder"]
        hover = await client.lc.text_document_hover_async(lsp.HoverParams(
            lsp.TextDocumentIdentifier(uri), placeholder.range.start))
        value = hover.contents.value
        assert hover.contents.kind == lsp.MarkupKind.Markdown
        assert value.startswith("**placeholder**（error，类型 pattern）")
        for line in explained.splitlines()[2:]:  # description, message, every example
            line = line.strip().lstrip("✗✔ ").strip()
            if line and not line.endswith("示例："):
                assert line in value, line
        assert hover.range == placeholder.range
        nothing = await client.lc.text_document_hover_async(lsp.HoverParams(
            lsp.TextDocumentIdentifier(uri), lsp.Position(4, 1)))
        assert nothing is None

        symbols = await client.lc.text_document_document_symbol_async(
            lsp.DocumentSymbolParams(lsp.TextDocumentIdentifier(uri)))
        (title,) = symbols
        assert title.name == "2024年度全面从严治党主体责任落实情况报告"
        assert title.detail.startswith("检查清单缺：组织建设、作风建设")
        assert [(s.name, s.detail, s.range.start.line, s.range.end.line) for s in title.children] == [
            ("一、政治建设", "✔ 政治建设", 1, 3), ("二、思想建设", "✔ 思想建设", 3, 5)]

    shared.run(body)


# --------------------------------------------------------------------------- configuration


def test_project_configuration_and_baseline_apply_and_are_reread(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    text = "一、政治建设\n全年开展警示教育**次,覆盖党员。\n"
    draft = project / "draft.md"
    draft.write_text(text, encoding="utf-8")
    config = project / ".zhidang.yaml"
    config.write_text("ignore: [halfwidth-punctuation]\n", encoding="utf-8")
    expected = sorted(f["rule"] for f in check_json(draft)["draft.md"]["findings"])
    assert "halfwidth-punctuation" not in expected and "placeholder" in expected
    baseline = tmp_path / "baseline.json"
    done = CliRunner().invoke(cli, ["check", "--write-baseline", str(baseline), "--select", "placeholder",
                                    str(draft)])
    assert done.exit_code == 0, done.output

    async def body(client):
        uri = client.open(draft, language="markdown")
        codes = sorted(d.code for d in (await client.diagnostics(uri)).diagnostics)
        assert codes == [c for c in expected if c != "placeholder"]  # the baseline accepts the placeholder
        # the configuration changes: reported to the server as a watched file
        config.write_text("ignore: [missing-ideological]\n", encoding="utf-8")
        seen = len(client.published[uri])
        client.lc.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
            [lsp.FileEvent(uri=uri_of(config), type=lsp.FileChangeType.Changed)]))
        codes = [d.code for d in (await client.diagnostics(uri, after=seen)).diagnostics]
        assert "halfwidth-punctuation" in codes and "missing-ideological" not in codes
        # an invalid configuration is a diagnostic, not a crash; a save re-reads it
        # (clients that do not watch files)
        time.sleep(0.01)
        config.write_text("ignore: [no-such-rule]\n", encoding="utf-8")
        seen = len(client.published[uri])
        client.lc.text_document_did_save(lsp.DidSaveTextDocumentParams(lsp.TextDocumentIdentifier(uri)))
        (problem,) = (await client.diagnostics(uri, after=seen)).diagnostics
        assert problem.code == "config" and "no-such-rule" in problem.message
        assert problem.message.startswith("配置无效：") and ".zhidang.yaml:1" in problem.message

    serve(body, "--baseline", baseline, caps=capabilities(watch=True), cwd=tmp_path)


# --------------------------------------------------------------------------- .docx, groups


def test_docx_is_checked_read_only_from_disk(tmp_path, shared):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for paragraph in ["2024年度全面从严治党主体责任落实情况报告", "一、政治建设", "全年开展警示教育**次,覆盖全体党员。"]:
        document.add_paragraph(paragraph)
    path = tmp_path / "报告.docx"
    document.save(path)
    expected = check_json(path)["报告.docx"]["findings"]

    async def body(client):
        uri = client.open(path, text="", language="plaintext")  # what an editor shows of a zip: ignored
        params = await client.diagnostics(uri)
        got = sorted((d.code, d.range.start.line, d.range.start.character, d.message) for d in params.diagnostics)
        want = sorted((f["rule"], (f["line"] or 1) - 1, (f["column"] or 1) - 1,
                       f["message"] + (f"（{f['location']}）" if f.get("location") else ""))
                      for f in expected)
        assert got == want
        assert ("placeholder", 2, 8, "占位符“**”未替换为具体内容（第3段）") in got
        assert await client.code_actions(uri, ((2, 0), (2, 20))) is None

    shared.run(body)


def test_grouped_findings_one_diagnostic_per_place(tmp_path):
    book = tmp_path / "book.yaml"
    book.write_text(textwrap.dedent(r"""
        extends: qmcz-annual-report
        rules:
          - id: comma-group
            type: substitution
            view: text
            severity: warning
            message: 半角逗号“{match}”
            description: 中文之间的半角逗号。
            group: {min: 2, message: "全文有 {count} 处半角逗号"}
            substitutions:
              - {find: '(?<=[^\x00-\x7f]),(?=[^\x00-\x7f])', replace: '，', safe: true, example: '甲,乙'}
            examples: {fail: ['甲,乙'], pass: ['甲，乙']}
        """), encoding="utf-8")
    text = "一、政治建设\n甲,乙,丙。\n丁,戊。\n"
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    (finding,) = [f for f in check_json("--rulebook", book, "--select", "comma-group", path)["draft.txt"]["findings"]]
    assert len(finding["occurrences"]) == 3

    async def body(client):
        uri = client.open(path)
        params = await client.diagnostics(uri)
        assert got_diagnostics(params) == expected_diagnostics([finding], text)
        for diagnostic in params.diagnostics:
            assert diagnostic.message == "全文有 3 处半角逗号"
            assert len(diagnostic.related_information) == 2
            assert diagnostic.range not in [r.location.range for r in diagnostic.related_information]
        last = params.diagnostics[-1]
        actions = await client.code_actions(uri, ((last.range.start.line, last.range.start.character),) * 2)
        assert apply_edits(text, edits_of(actions[0], uri)) == "一、政治建设\n甲,乙,丙。\n丁，戊。\n"

    serve(body, "--rulebook", book, "--select", "comma-group")


# --------------------------------------------------------------------------- large documents


@pytest.mark.slow
def test_large_document_stays_responsive_and_newer_changes_win(tmp_path):
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in SEED.values())
    big = (seeds + "\n") * 16  # ~1 MB of UTF-8
    assert len(big.encode("utf-8")) > 1_000_000
    big_path = tmp_path / "big.txt"
    big_path.write_text(big, encoding="utf-8")
    small_path = tmp_path / "small.md"
    small_path.write_text("一、政治建设\n全年开展警示教育**次。\n", encoding="utf-8")
    timings = {}

    async def body(client):
        small = client.open(small_path, language="markdown")
        (placeholder,) = [d for d in (await client.diagnostics(small)).diagnostics if d.code == "placeholder"]
        uri = client.open(big_path)
        first = await client.diagnostics(uri, version=1)
        assert len(first.diagnostics) > 5000
        # a change, then while it is being checked another one: only the newest is published
        v2 = client.change(uri, (0, 0), (0, 0), "全年开展**次。\n")
        await asyncio.sleep(0.5)  # past the debounce: v2 is being checked
        started = time.perf_counter()
        hover = await client.lc.text_document_hover_async(lsp.HoverParams(
            lsp.TextDocumentIdentifier(small), placeholder.range.start))
        timings["hover while checking"] = time.perf_counter() - started
        assert "placeholder" in hover.contents.value
        v3 = client.change(uri, (0, 0), (0, 0), "XX")
        started = time.perf_counter()
        latest = await client.diagnostics(uri, version=v3)
        timings["change to diagnostics"] = time.perf_counter() - started
        assert [p.version for p in client.published[uri]] == [1, v3]  # v2's result was dropped
        assert v2 < v3 and len(latest.diagnostics) > len(first.diagnostics)

    serve(body)
    print(timings)
    assert timings["hover while checking"] < 1.0
