"""Rules a statement states, enforced by the trusted grader before any code runs.

`[rules] forbidden_imports` in problem.toml names modules a submission may not use (the
statement asks for the algorithm itself). The check reads the submission's syntax here, in
the judge: `import m`, `from m import x`, `from m.sub import x`, and `__import__("m")` or
`importlib.import_module("m")` with the name written out. A name assembled at run time is not
seen; the rule is a teaching constraint, not a security boundary (the sandbox is that).
"""

import ast
from dataclasses import dataclass

from ..results.feedback import RULE_PREFIX


@dataclass(frozen=True)
class Violation:
    module: str
    line: int
    text: str

    def message(self) -> str:
        return (f"{RULE_PREFIX} the {self.module} module (line {self.line}: "
                f"{self.text}): the statement asks you to write it yourself")


def _root(name: str) -> str:
    return name.split(".")[0]


def forbidden_import(code: str, forbidden: tuple[str, ...]) -> Violation | None:
    """The first use of a forbidden module in `code`, or None (also when `code` does not
    parse: the sandbox reports the syntax error)."""
    if not forbidden:
        return None
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    lines = code.splitlines()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names = [node.module]
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Name) and node.func.id == "__import__")
                   or (isinstance(node.func, ast.Attribute)
                       and node.func.attr == "import_module"))):
            names = [node.args[0].value]
        for name in names:
            if _root(name) in forbidden:
                line = getattr(node, "lineno", 0)
                text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
                return Violation(_root(name), line, text[:200])
    return None
