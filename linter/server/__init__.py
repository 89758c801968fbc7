"""``zhidang server``: a language server for reports kept as Markdown or text.

Editors (VS Code, Neovim, Helix, Emacs, Zed …) start it and talk the
Language Server Protocol over standard input and output. It needs pygls,
an optional extra (``pip install "zhidang[server]"``); nothing else in
zhidang imports this package, so ``zhidang check`` starts as fast without it.

* :mod:`linter.server.positions` — characters ↔ LSP code units (UTF-16 …);
* :mod:`linter.server.analysis` — a document through ``check``'s pipeline,
  as diagnostics, fixes, outline and explanations (no pygls);
* :mod:`linter.server.protocol` — the pygls server: documents, debounce,
  the worker thread, requests.
"""

from __future__ import annotations

from linter.errors import UserError

INSTALL_HINT = 'zhidang server 需要 pygls，请先安装：pip install "zhidang[server]"'


def run(options, baseline: str | None = None, year: int | None = None) -> None:
    """Validate the command line, then serve until the client says exit.
    Raises :class:`UserError` (one line, exit 2) for a missing pygls or an
    invalid option, rulebook or baseline."""
    try:
        import pygls  # noqa: F401
        import lsprotocol  # noqa: F401
    except ImportError:
        raise UserError(INSTALL_HINT) from None
    from linter import settings

    # The command line and its rulebook are checked now; a configuration file
    # is checked per document, and an invalid one becomes a diagnostic.
    settings.Resolver(options.replace(config=None, no_config=True)).for_path("-")
    settings.Resolver(options)  # --config FILE: read (and its shape checked) now
    if baseline:
        from linter.baseline import Baseline

        Baseline.load(baseline)
    from linter.server.analysis import Session
    from linter.server.protocol import serve

    serve(Session(options, baseline=baseline, year=year))
