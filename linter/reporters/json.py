"""``--format json``: the contract of design.md, one object for the whole run."""

from __future__ import annotations

import json as _json


def render(run, rulebook, **_options) -> str:
    return _json.dumps(run.to_dict(), ensure_ascii=False, indent=2) + "\n"
