"""Plain record classes without ``@dataclass``'s start-up cost.

``@dataclass`` writes the source of ``__init__``, ``__repr__`` and ``__eq__``
and compiles it when the module is imported: ~1 ms per class, on every run,
and a warm one-report check imported 17 of them (~15 ms of ~200). The records
on that path write their ``__init__`` by hand and take ``__repr__``,
``__eq__`` and :meth:`Record.replace` from :class:`Record`, which reads the
field names from ``_FIELDS``.
"""

from __future__ import annotations


class Record:
    """``__eq__`` (same class, equal fields), ``__repr__`` and
    :meth:`replace` over the names in ``_FIELDS``. Like a dataclass with
    ``eq=True``, a record is unhashable unless its class says otherwise."""

    __slots__ = ()
    _FIELDS: tuple[str, ...] = ()
    #: the fields ``==`` compares and ``repr`` shows, when not all of them
    _COMPARE: tuple[str, ...] | None = None
    _REPR: tuple[str, ...] | None = None

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self._FIELDS)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = self._COMPARE or self._FIELDS
        return all(getattr(self, name) == getattr(other, name) for name in names)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._REPR or self._FIELDS)
        return f"{type(self).__name__}({fields})"

    def replace(self, **changes):
        """A copy with ``changes`` (``dataclasses.replace``)."""
        unknown = set(changes) - set(self._FIELDS)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)[0]!r}")
        values = {name: getattr(self, name) for name in self._FIELDS}  # (every field is an __init__ argument)
        values.update(changes)
        return type(self)(**values)
