"""Rule types. Each is one small module with ``TYPE``, ``OPTIONS`` and ``check``.

``check(rule, doc, report)`` yields findings made with ``report(start, end,
**fields)`` (offsets into the document text; ``start`` None for a finding
about the whole file; ``fix=`` a :class:`~linter.results.Fix` over the same
span). A module's ``FIELDS`` are the extra ``{placeholders}`` its messages may
use, filled by the ``fields`` it passes to ``report``; an optional
``describe(rule)`` adds Markdown lines to the rule reference. The module
docstring is the rule type's documentation. A rulebook entry names its type
with ``type:``.
"""

from linter.checks import (archive_text, brackets, document_form, doubled_char, duty_mismatch, element, numbering,
                           pattern, problems_answered, rectification, responsibility_chain, shared_text,
                           substitution, template_text, thin_problems, totals, uniform_figures, year)

#: rule type name → module. ``element`` (``CHECKLIST = True``) is the type of a
#: rulebook's ``elements:``; the others are types for ``rules:``. A module's
#: ``FIXES`` says whether its findings may carry a fix.
TYPES = {module.TYPE: module for module in (element, pattern, substitution, numbering, uniform_figures,
                                            totals, brackets, doubled_char, year, template_text,
                                            shared_text, archive_text, thin_problems, rectification,
                                            problems_answered, responsibility_chain, document_form,
                                            duty_mismatch)}
