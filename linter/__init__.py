"""zhidang: a linter and compliance checklist for 全面从严治党 reports.

The pipeline, one module (or package) per step::

    sources  →  normalize  →  outline  →  checks  →  reporters
    (load)      (matching     (Lark      (rule      (text, json…)
                 view)         grammar)   types)
"""

__version__ = "0.1.0"
