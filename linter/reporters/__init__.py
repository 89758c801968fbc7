"""Output formats: one module each, with a streaming ``Reporter`` class
(see :mod:`linter.reporters.base`); ``statistics`` is ``--statistics``.

``zhidang report`` has its own writers (``html``, ``xlsx``), which read a
whole run."""

from importlib import import_module

#: ``--format`` name → module in this package (imported when chosen).
FORMATS = ("text", "json", "junit", "sarif", "github")


def reporter(name: str):
    """The reporter module for ``--format name`` (or ``statistics``)."""
    if name not in FORMATS and name != "statistics":
        raise KeyError(name)
    return import_module(f"linter.reporters.{name}")
