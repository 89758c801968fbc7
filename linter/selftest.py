"""Run the pass/fail examples that every element and rule of a rulebook carries.

A ``fail`` example must make the rule report (an element: be missing); a
``pass`` example must not (an element: be found). Used by ``zhidang rules
test`` and by the test suite.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

try:  # the parser of re's own syntax (Python 3.11+; sre_parse before)
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _parser

from linter.checks import element as element_type
from linter.checks.options import PatternTimeout, UserPattern
from linter.engine import build_document
from linter.sources.base import Source


@dataclass
class ExampleOutcome:
    rule: str
    kind: str  # "pass" or "fail" (an example), "danger" (a pattern: text is the pattern)
    text: str
    ok: bool
    detail: str = ""


def _document(text: str):
    return build_document(Source(path="<example>", text=text))


def run_rule_example(rulebook, rule, kind: str, text: str) -> ExampleOutcome:
    try:
        return _run_rule_example(rulebook, rule, kind, text)
    except PatternTimeout as exc:
        return ExampleOutcome(rule.id, kind, text, False, f"{exc}，没有完成")


def _run_rule_example(rulebook, rule, kind: str, text: str) -> ExampleOutcome:
    doc = _document(text)
    if rule.type == element_type.TYPE:
        status, _ = element_type.evaluate(rulebook.elements, doc, rulebook.segmenter)[rule.id]
        flagged = status == element_type.MISSING
        detail = f"检查要素状态为 {status}"
    else:
        batch_example = getattr(rule.module, "run_example", None)  # cross-document rule types
        if batch_example is not None:
            hits = batch_example(rulebook, rule, text)
        else:
            hits = list(rule.module.check(rule, doc, lambda s, e, message=None, fix=None, **_: (s, e)))
        flagged = bool(hits)
        detail = "报告了 " + "、".join("全文" if s is None else f"“{text[s:e]}”" for s, e in hits) if hits else "没有报告"
    ok = flagged if kind == "fail" else not flagged
    return ExampleOutcome(rule.id, kind, text, ok, detail)


def run_examples(rulebook) -> list[ExampleOutcome]:
    """The outcome of every example, then (kind ``danger``) of every pattern
    of the rulebook that is not built in (see :func:`pattern_outcomes`)."""
    outcomes = []
    for rule in [*rulebook.elements, *rulebook.rules]:
        for text in rule.examples.failing:
            outcomes.append(run_rule_example(rulebook, rule, "fail", text))
        for text in rule.examples.passing:
            outcomes.append(run_rule_example(rulebook, rule, "pass", text))
    outcomes.extend(pattern_outcomes(rulebook))
    return outcomes


# -- dangerous patterns ---------------------------------------------------------
#
# A pattern from a user's rulebook runs with a time limit (checks/options.py),
# but one that backtracks catastrophically should be caught before that, by
# ``zhidang rules test``. Each such pattern is run (by the regex module, as in
# a check) on inputs made from its own structure: for every repeated part,
# what precedes it, then the part's text pumped (``(a+)+$`` → a…a), then an
# ending that makes the match fail; and a run of each of its characters.
# A pattern is dangerous when one of these inputs, at most 4 096 characters
# long, takes more than DANGER_SECONDS (a linear pattern takes well under a
# millisecond): ``(a|a)+$`` at 33 characters, ``(a+)+$`` at 1 025. A pattern
# that is merely quadratic on a pathological line (``领导.*讲话`` on 领导领导…)
# passes: the time limit of a check covers it. (The built-in patterns are not
# tested here: scripts/bench.py --only pathological measures them.)

#: Time one pumped input may take before the pattern is called dangerous.
DANGER_SECONDS = 0.25
_SIZES = (32, 1024, 4096)
_ENDINGS = ("", "!", "\n", "\x00")


def pattern_outcomes(rulebook) -> list[ExampleOutcome]:
    """One ``danger`` outcome per pattern of the rulebook that is not built
    in: ok when no pumped input makes it backtrack out of proportion."""
    outcomes = []
    owners = [(rule.id, rule.options) for rule in [*rulebook.elements, *rulebook.rules]]
    if rulebook.detect is not None:
        owners.append(("detect", rulebook.detect))
    for rule_id, options in owners:
        for pattern in _user_patterns(options):
            problem = danger(pattern)
            detail = problem or "没有发现灾难性回溯"
            outcomes.append(ExampleOutcome(rule_id, "danger", pattern.pattern, problem is None, detail))
    return outcomes


def _user_patterns(value, seen=None):
    """The :class:`UserPattern` objects inside a rule's options, once each."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, UserPattern):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _user_patterns(item, seen)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _user_patterns(item, seen)
    elif hasattr(value, "__dict__") or hasattr(value, "__slots__"):
        for name in [*getattr(value, "__dict__", {}), *getattr(type(value), "__slots__", ())]:
            yield from _user_patterns(getattr(value, name, None), seen)


def danger(pattern: UserPattern) -> str | None:
    """Why ``pattern`` is dangerous (Chinese), or None."""
    compiled = pattern._compiled
    for family in _attacks(pattern.pattern):
        for size in _SIZES:
            text = family(size)
            # over the limit twice: not a hiccup of a busy machine
            if _time(compiled, text) is None and _time(compiled, text) is None:
                return (f"运行时间失控（可能是灾难性回溯）：在 {len(text)} 个字符的输入 {_shown(text)} 上"
                        f"超过 {DANGER_SECONDS:g} 秒")
    return None


def _time(compiled, text: str) -> float | None:
    """Seconds to find every match in ``text`` (None: over DANGER_SECONDS)."""
    started = time.perf_counter()
    try:
        for _ in compiled.finditer(text, timeout=DANGER_SECONDS):
            pass
    except TimeoutError:
        return None
    return time.perf_counter() - started


def _shown(text: str) -> str:
    head = text[:12]
    return repr(head + ("…" + text[-2:] if len(text) > 14 else text[12:]))


def _attacks(source: str, endings=_ENDINGS):
    """Functions ``size → input`` built from the pattern ``source``."""
    try:
        tree = _parser.parse(source, re.MULTILINE)
    except Exception:  # a pattern only the regex module reads: its characters only
        tree = None
    pumps: list[tuple[str, str]] = []  # (what precedes a repeated part, the part's text)
    chars: list[str] = []
    if tree is not None:
        _walk(list(tree), "", pumps, chars)
    chars.extend(c for c in source if c not in chars and not c.isspace())
    seen = set()
    families = []
    for prefix, pump in pumps + [("", c) for c in chars]:
        if not pump:
            continue
        for ending in endings:
            key = (prefix, pump, ending)
            if key in seen:
                continue
            seen.add(key)
            families.append(lambda size, p=prefix, u=pump, e=ending: p + u * max(1, size // len(u)) + e)
    return families


_REPEATS = tuple(op for op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, getattr(_parser, "POSSESSIVE_REPEAT", None))
                 if op is not None)


def _walk(items, before: str, pumps: list, chars: list) -> None:
    """Collect (prefix, pumped text) for every repeat in ``items`` (a parsed
    sequence) whose count may exceed one, and the characters it uses."""
    for op, av in items:
        if op in _REPEATS:
            low, high, body = av
            if high is _parser.MAXREPEAT or high > 1:
                for variant in _variants(list(body)):
                    pumps.append((before, variant))
            _walk(list(body), before, pumps, chars)
        elif op is _parser.SUBPATTERN:
            _walk(list(av[-1]), before, pumps, chars)
        elif op is _parser.BRANCH:
            for branch in av[1]:
                _walk(list(branch), before, pumps, chars)
        elif op is getattr(_parser, "ATOMIC_GROUP", None):
            _walk(list(av), before, pumps, chars)
        elif op is _parser.LITERAL and chr(av) not in chars:
            chars.append(chr(av))
        before += _sample([(op, av)])


def _variants(items) -> list[str]:
    """Texts a parsed sequence matches: one per branch of a top alternation."""
    if len(items) == 1 and items[0][0] is _parser.SUBPATTERN:
        return _variants(list(items[0][1][-1]))
    if len(items) == 1 and items[0][0] is _parser.BRANCH:
        return [_sample(list(branch)) for branch in items[0][1][1]]
    return [_sample(items)]


_CATEGORY = {"DIGIT": "1", "NOT_DIGIT": "a", "WORD": "a", "NOT_WORD": "!", "SPACE": " ", "NOT_SPACE": "a"}
_POOL = "a1 中!X。,\n"


def _sample(items) -> str:
    """One text a parsed sequence matches (lookarounds and anchors aside)."""
    out = []
    for op, av in items:
        if op is _parser.LITERAL:
            out.append(chr(av))
        elif op is _parser.NOT_LITERAL:
            out.append(next(c for c in _POOL if ord(c) != av))
        elif op is _parser.ANY:
            out.append("a")
        elif op is _parser.IN:
            out.append(_member(av))
        elif op in _REPEATS:
            low, high, body = av
            out.append(_sample(list(body)) * max(low, 1 if high else 0))
        elif op is _parser.SUBPATTERN:
            out.append(_sample(list(av[-1])))
        elif op is _parser.BRANCH:
            out.append(_sample(list(av[1][0])))
        elif op is getattr(_parser, "ATOMIC_GROUP", None):
            out.append(_sample(list(av)))
    return "".join(out)


def _member(items) -> str:
    """A character of a parsed character class."""
    negated = bool(items) and items[0][0] is _parser.NEGATE
    if not negated:
        op, av = items[0]
        if op is _parser.LITERAL:
            return chr(av)
        if op is _parser.RANGE:
            return chr(av[0])
        if op is _parser.CATEGORY:
            return _CATEGORY.get(str(av).rsplit("_", 2)[-1] if "NOT" not in str(av) else
                                 "NOT_" + str(av).rsplit("_", 1)[-1], "a")
        return "a"
    for candidate in _POOL:
        try:
            if re.fullmatch(_class_source(items), candidate):
                return candidate
        except re.error:
            break
    return "a"


def _class_source(items) -> str:
    """The text of a negated class (its literals and ranges), to test characters."""
    parts = []
    for op, av in items[1:]:
        if op is _parser.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _parser.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _parser.CATEGORY:
            parts.append({"DIGIT": r"\d", "WORD": r"\w", "SPACE": r"\s"}.get(str(av).rsplit("_", 1)[-1], ""))
    return "[^" + "".join(parts) + "]"
