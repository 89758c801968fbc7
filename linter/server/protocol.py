"""``zhidang server``: the Language Server Protocol over stdio (pygls).

The event loop (pygls) keeps each open document's text, answers requests
from what the last check of the document's current version produced, and
never checks anything itself. Checks run in one daemon worker thread
(:class:`Worker`), one job at a time:

* a change waits :data:`DEBOUNCE` seconds for the next one (open, save and
  a configuration change check at once);
* a check queued for a document is *replaced* by a newer one for the same
  document; a check already running when the document changes finishes, and
  its result is dropped (a newer check follows it);
* the diagnostics are built and serialized in the worker
  (:mod:`linter.server.analysis`), so a 1 MB document's thousands of
  diagnostics cost the event loop one write.

Requests that need the current version's results (code actions, hover,
document symbols) wait for its check, starting it at once if a debounce is
pending.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import threading

from lsprotocol import types as lsp
from pygls.capabilities import get_capability
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, default_converter
from pygls.uris import to_fs_path

from linter import __version__
from linter.server import analysis as analysis_module
from linter.server.analysis import Session, kind_of
from linter.server.positions import Positions

#: Seconds a change waits for the next one before the document is checked.
DEBOUNCE = 0.3
#: Seconds a request waits for the check of the document's current version.
WAIT = 60.0
FIX_ALL_KIND = "source.fixAll.zhidang"
#: Files whose change means the settings may have changed.
WATCHED = ["**/.zhidang.yaml", "**/pyproject.toml", "**/*.yaml", "**/*.yml", "**/*.docx"]

_converter = default_converter()


class Worker:
    """One daemon thread running jobs in order. A job submitted under a
    ``key`` replaces a job with the same key that has not started yet (the
    older one's future is cancelled)."""

    def __init__(self):
        self._cond = threading.Condition()
        self._queue: list[list] = []  # [key, fn, args, loop, future]
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="zhidang-check", daemon=True)
        self._thread.start()

    def submit(self, key, fn, *args) -> asyncio.Future:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        with self._cond:
            for job in self._queue:
                if key is not None and job[0] == key:
                    job[4].cancel()
                    job[1:] = [fn, args, loop, future]
                    break
            else:
                self._queue.append([key, fn, args, loop, future])
            self._cond.notify()
        return future

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            for job in self._queue:
                job[3].call_soon_threadsafe(job[4].cancel)
            self._queue.clear()
            self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._stopped:
                    self._cond.wait()
                if self._stopped:
                    return
                _, fn, args, loop, future = self._queue.pop(0)
            if future.cancelled():
                continue
            try:
                result = fn(*args)
            except BaseException as exc:  # handed to the awaiting side
                loop.call_soon_threadsafe(_settle, future, None, exc)
            else:
                loop.call_soon_threadsafe(_settle, future, result, None)


def _settle(future: asyncio.Future, result, exc) -> None:
    if future.done():
        return
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(result)


class Doc:
    """An open document. ``revision`` counts every reason to check it again
    (an edit, a save, a configuration change); a check's result is kept
    only if the revision it checked is still the current one."""

    def __init__(self, uri: str, path: str, kind: str, text: str | None, version: int | None):
        self.uri, self.path, self.kind, self.text, self.version = uri, path, kind, text, version
        self.revision = 0
        self.timer: asyncio.TimerHandle | None = None
        self.analysis = None
        self.analysis_revision = -1
        self.waiters: list[asyncio.Future] = []
        self.fixed = None  # (revision, fix-all change) computed for that revision
        self.checking: int | None = None  # the revision last handed to the worker


class Protocol(LanguageServerProtocol):
    def send_serialized(self, body: str) -> None:
        """Send a message already serialized to JSON (in the worker)."""
        if self.writer is None:
            return
        data = body.encode("utf-8")
        header = b""
        if self._include_headers:
            header = (f"Content-Length: {len(data)}\r\n"
                      f"Content-Type: {self.CONTENT_TYPE}; charset={self.CHARSET}\r\n\r\n").encode("ascii")
        result = self.writer.write(header + data)
        if inspect.isawaitable(result):
            asyncio.ensure_future(result)


class ZhidangServer(LanguageServer):
    def __init__(self, session: Session):
        super().__init__("zhidang", __version__, protocol_cls=Protocol,
                         text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.session = session
        self.docs: dict[str, Doc] = {}
        self.worker = Worker()
        self.root = os.getcwd()
        self.document_changes = False
        self.hierarchical_symbols = False
        self.resolve_edits = False
        self.markdown = True

    # -- checking ---------------------------------------------------------------

    def schedule(self, doc: Doc, delay: float = 0.0) -> None:
        doc.revision += 1
        if doc.timer is not None:
            doc.timer.cancel()
            doc.timer = None
        if delay > 0:
            doc.timer = asyncio.get_running_loop().call_later(delay, self.start, doc)
        else:
            self.start(doc)

    def start(self, doc: Doc) -> None:
        if doc.timer is not None:
            doc.timer.cancel()
            doc.timer = None
        revision = doc.checking = doc.revision
        text = doc.text if doc.kind == "buffer" else None
        future = self.worker.submit(("check", doc.uri), self.session.analyze, doc.uri, doc.path, text, doc.version)
        future.add_done_callback(lambda f: self.finished(doc, revision, f))

    def finished(self, doc: Doc, revision: int, future: asyncio.Future) -> None:
        if future.cancelled():
            return  # replaced by a newer check of the same document
        current = self.docs.get(doc.uri) is doc
        exc = future.exception()
        if exc is not None:
            self.window_log_message(lsp.LogMessageParams(
                lsp.MessageType.Error, f"zhidang: 内部错误：{type(exc).__name__}: {exc}"))
            if current and revision == doc.revision:
                doc.checking = None  # the next request tries again
                self._wake(doc, None)
            return
        if not current or revision != doc.revision:
            return  # the document changed (or closed) meanwhile: a newer check follows
        result = future.result()
        doc.analysis, doc.analysis_revision = result, revision
        self.protocol.send_serialized(result.published)
        self._wake(doc, result)

    @staticmethod
    def _wake(doc: Doc, result) -> None:
        waiters, doc.waiters = doc.waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(result)

    async def analysis_of(self, uri: str):
        """``(doc, analysis)`` of an open document's current revision, or
        ``(doc or None, None)`` when it is not open or its check timed out."""
        doc = self.docs.get(uri)
        return doc, (None if doc is None else await self.current(doc))

    async def current(self, doc: Doc):
        """The analysis of the document's current revision (waiting for it)."""
        if doc.analysis is not None and doc.analysis_revision == doc.revision:
            return doc.analysis
        if doc.timer is not None or doc.checking != doc.revision:
            self.start(doc)  # a request is waiting: skip the rest of the debounce
        waiter = asyncio.get_running_loop().create_future()
        doc.waiters.append(waiter)
        try:
            return await asyncio.wait_for(waiter, WAIT)
        except asyncio.TimeoutError:
            return None

    def recheck_all(self) -> None:
        for doc in self.docs.values():
            self.schedule(doc)

    # -- documents --------------------------------------------------------------

    def path_of(self, uri: str, language: str | None) -> str | None:
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path is None:  # an unsaved buffer: checked as a file in the workspace root
            suffix = {"markdown": ".md", "plaintext": ".txt"}.get(language or "")
            return os.path.join(self.root, "未命名" + suffix) if suffix else None
        return path

    def edit(self, doc: Doc, version, edits: list[lsp.TextEdit]) -> lsp.WorkspaceEdit:
        """A WorkspaceEdit of ``doc``; versioned where the client allows, so
        an edit computed for an older version is refused, not misapplied."""
        if self.document_changes:
            return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(
                text_document=lsp.OptionalVersionedTextDocumentIdentifier(uri=doc.uri, version=version),
                edits=edits)])
        return lsp.WorkspaceEdit(changes={doc.uri: edits})

    def apply_changes(self, doc: Doc, changes) -> None:
        text = doc.text or ""
        for change in changes:
            if isinstance(change, lsp.TextDocumentContentChangePartial):
                positions = Positions(text, self.session.encoding)
                start = positions.to_offset(change.range.start.line, change.range.start.character)
                end = positions.to_offset(change.range.end.line, change.range.end.character)
                text = text[:start] + change.text + text[max(start, end):]
            else:
                text = change.text
        doc.text = text


def _encoding_name(value) -> str:
    return str(getattr(value, "value", value) or "utf-16")


def _range(start, end) -> lsp.Range:
    return lsp.Range(lsp.Position(*start), lsp.Position(*end))


def _position(position: lsp.Position) -> tuple[int, int]:
    return position.line, position.character


def build(session: Session) -> ZhidangServer:
    """The server with every feature registered."""
    server = ZhidangServer(session)

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: ZhidangServer, params: lsp.InitializeParams):
        caps = params.capabilities
        ls.session.encoding = _encoding_name(ls.workspace.position_encoding)
        ls.session.related = bool(get_capability(caps, "text_document.publish_diagnostics.related_information",
                                                 False))
        ls.document_changes = bool(get_capability(caps, "workspace.workspace_edit.document_changes", False))
        ls.hierarchical_symbols = bool(get_capability(
            caps, "text_document.document_symbol.hierarchical_document_symbol_support", False))
        resolve = get_capability(caps, "text_document.code_action.resolve_support", None)
        ls.resolve_edits = bool(resolve and "edit" in (resolve.properties or []))
        formats = get_capability(caps, "text_document.hover.content_format", None)
        ls.markdown = not formats or lsp.MarkupKind.Markdown in formats
        root = params.root_uri or (params.workspace_folders[0].uri if params.workspace_folders else None)
        if root and root.startswith("file:"):
            ls.root = to_fs_path(root) or ls.root
        elif params.root_path:
            ls.root = params.root_path

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: ZhidangServer, params: lsp.InitializedParams):
        if not get_capability(ls.client_capabilities,
                              "workspace.did_change_watched_files.dynamic_registration", False):
            return  # settings are still re-read: each check looks at the config files' times
        watchers = [lsp.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED]
        if ls.session.baseline_path:
            watchers.append(lsp.FileSystemWatcher(glob_pattern="**/" + os.path.basename(ls.session.baseline_path)))
        ls.client_register_capability(lsp.RegistrationParams([lsp.Registration(
            id="zhidang-config", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=lsp.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))]))

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: ZhidangServer, params: lsp.DidOpenTextDocumentParams):
        item = params.text_document
        path = ls.path_of(item.uri, item.language_id)
        kind = kind_of(path) if path else None
        if kind is None:
            return
        doc = Doc(item.uri, path, kind, item.text if kind == "buffer" else None, item.version)
        ls.docs[item.uri] = doc
        ls.schedule(doc)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: ZhidangServer, params: lsp.DidChangeTextDocumentParams):
        doc = ls.docs.get(params.text_document.uri)
        if doc is None or doc.kind != "buffer":
            return  # a .docx is checked as saved on disk
        ls.apply_changes(doc, params.content_changes)
        doc.version = params.text_document.version
        ls.schedule(doc, DEBOUNCE)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    def did_save(ls: ZhidangServer, params: lsp.DidSaveTextDocumentParams):
        doc = ls.docs.get(params.text_document.uri)
        if doc is not None:
            ls.schedule(doc)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: ZhidangServer, params: lsp.DidCloseTextDocumentParams):
        doc = ls.docs.pop(params.text_document.uri, None)
        if doc is None:
            return
        if doc.timer is not None:
            doc.timer.cancel()
        ls._wake(doc, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=doc.uri, diagnostics=[]))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: ZhidangServer, params: lsp.DidChangeWatchedFilesParams):
        settings_changed = False
        for change in params.changes:
            path = to_fs_path(change.uri) or ""
            if kind_of(path) == "docx":
                for doc in ls.docs.values():
                    if doc.kind == "docx" and os.path.normcase(doc.path) == os.path.normcase(path):
                        ls.schedule(doc)
            else:
                settings_changed = True
        if settings_changed:
            ls.session.invalidate()
            ls.recheck_all()

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL_KIND], resolve_provider=True))
    async def code_action(ls: ZhidangServer, params: lsp.CodeActionParams):
        doc = ls.docs.get(params.text_document.uri)
        if doc is None or doc.kind != "buffer":
            return None  # a .docx is read-only: no edits to offer, nothing to wait for
        result = await ls.current(doc)
        if result is None or not result.writable:
            return None
        only = params.context.only
        quick = only is None or any(lsp.CodeActionKind.QuickFix.startswith(k) for k in only)
        fix_all = only is None or any(FIX_ALL_KIND.startswith(k) for k in only)
        start, end = _position(params.range.start), _position(params.range.end)
        actions = []
        hits = [item for item in result.items if item.touches(start, end)] if quick else []
        for item in hits:
            if item.fix is not None:
                fix_start, fix_end, replacement = item.fix
                old = result.text[result.positions.to_offset(*fix_start):result.positions.to_offset(*fix_end)]
                actions.append(lsp.CodeAction(
                    title=f"改为“{replacement}”（{item.rule}：“{old}”）", kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=[_converter.structure(item.diagnostic, lsp.Diagnostic)], is_preferred=True,
                    edit=ls.edit(doc, result.version, [lsp.TextEdit(_range(fix_start, fix_end), replacement)])))
        seen = set()
        for item in hits:
            if item.rule in seen or item.rule in ("config", "file", "unused-suppression"):
                continue
            seen.add(item.rule)
            where, text = analysis_module.suppression_edit(result, item)
            title = (f"忽略 {item.rule}：在文件末尾加抑制注释" if item.whole_file
                     else f"忽略此处的 {item.rule}：在上一行加抑制注释")
            actions.append(lsp.CodeAction(
                title=title, kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[_converter.structure(item.diagnostic, lsp.Diagnostic)],
                edit=ls.edit(doc, result.version, [lsp.TextEdit(_range(where, where), text)])))
        # Fix-all: computed when chosen (codeAction/resolve); a client that cannot
        # resolve gets it computed now, but only when asked for or at a fixable place.
        asked = only is not None or any(item.fix is not None for item in hits)
        if fix_all and (ls.resolve_edits or asked) and any(item.fix is not None for item in result.items):
            action = lsp.CodeAction(title="修复本文件中所有可安全修复的问题（同 zhidang check --fix）",
                                    kind=FIX_ALL_KIND, data={"uri": doc.uri})
            if not ls.resolve_edits:
                action = await resolve_code_action(ls, action)
            if action.edit is not None or ls.resolve_edits:
                actions.append(action)
        return actions

    @server.feature(lsp.CODE_ACTION_RESOLVE)
    async def resolve_code_action(ls: ZhidangServer, action: lsp.CodeAction):
        data = action.data if isinstance(action.data, dict) else {}
        doc = ls.docs.get(data.get("uri", ""))
        if action.kind != FIX_ALL_KIND or doc is None or doc.kind != "buffer":
            return action
        text, version, revision = doc.text, doc.version, doc.revision
        if doc.fixed is not None and doc.fixed[0] == revision:
            change = doc.fixed[1]
        else:
            change = await ls.worker.submit(None, ls.session.fix_all, doc.path, text)
            doc.fixed = (revision, change)
        if change is not None:
            start, end, new = change
            action.edit = ls.edit(doc, version, [lsp.TextEdit(_range(start, end), new)])
        return action

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def hover(ls: ZhidangServer, params: lsp.HoverParams):
        doc, result = await ls.analysis_of(params.text_document.uri)
        if result is None:
            return None
        where = _position(params.position)
        parts, seen, span = [], set(), None
        for item in result.items:
            if item.touches(where, where) and item.rule not in seen:
                seen.add(item.rule)
                text = analysis_module.explain(result.rulebook, item.rule)
                if text:
                    parts.append(text)
                    span = span or (item.start, item.end)
        if not parts:
            return None
        value = "\n\n---\n\n".join(parts)
        kind = lsp.MarkupKind.Markdown if ls.markdown else lsp.MarkupKind.PlainText
        return lsp.Hover(contents=lsp.MarkupContent(kind=kind, value=value), range=_range(*span))

    @server.feature(lsp.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    async def document_symbol(ls: ZhidangServer, params: lsp.DocumentSymbolParams):
        doc, result = await ls.analysis_of(params.text_document.uri)
        if result is None:
            return None
        if ls.hierarchical_symbols:
            return _converter.structure(result.symbols, list[lsp.DocumentSymbol])
        flat = analysis_module.flat_symbols(result.symbols, doc.uri)
        return _converter.structure(flat, list[lsp.SymbolInformation])

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: ZhidangServer, params=None):
        ls.worker.stop()

    return server


def serve(session: Session) -> None:
    """Run the server on standard input and output until the client says exit
    (or closes standard input)."""
    logging.getLogger("pygls").setLevel(logging.ERROR)
    _stop_on_signals()
    build(session).start_io()


def _stop_on_signals() -> None:
    """SIGTERM and Ctrl-C end the process at once, with the command line's
    line and status.

    Raising in the main thread, as ``zhidang check`` does, would not do:
    asyncio swallows the exception inside a callback, and pygls's reader thread
    stays blocked on standard input, which exit waits for. A Python-level
    handler would not do either: the kernel may hand a process's signal to any
    thread, and when pygls's reader thread takes it, the handler is only noted
    for the main thread, which sleeps in the event loop's select with nothing
    to wake it (the server then ignored SIGTERM until its next message). So
    the signals are blocked here, before any thread exists, every thread
    started later inherits the block, and one thread waits for them."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        return  # an embedding application: leave its signals alone
    statuses = {signal.SIGTERM: ("已终止", 143), signal.SIGINT: ("已中断", 130)}

    def stop(signum) -> None:
        message, status = statuses[signum]
        try:
            os.write(2, f"zhidang: {message}\n".encode("utf-8"))
        finally:
            os._exit(status)

    if hasattr(signal, "pthread_sigmask") and hasattr(signal, "sigwait"):
        signal.pthread_sigmask(signal.SIG_BLOCK, set(statuses))

        def wait() -> None:
            stop(signal.sigwait(set(statuses)))

        threading.Thread(target=wait, name="zhidang-signals", daemon=True).start()
    else:  # Windows: no masks; its signals reach the main thread
        for signum in statuses:
            signal.signal(signum, lambda number, frame: stop(number))
