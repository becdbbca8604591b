"""Mutants of a Python reference: the small slips a person makes, one per mutant.

Operators: comparisons flipped or loosened, arithmetic swapped, integer constants and slice
bounds off by one, `and`/`or` swapped, `not` dropped, booleans flipped, a statement or an
`else` branch removed, a comprehension's filter removed, `break`/`continue` swapped, and
tie-breaks reversed (`min`/`max`, `bisect_left`/`bisect_right`, `argmin`/`argmax`, a sort
key's element negated, `keep="first"`/`"last"`), and the slips of `slip_mutants`. Annotations
and docstrings are never mutated.

Each site is found by its index in a fixed walk of the tree, so a mutant is made on a fresh
copy without keeping references into it.
"""

import ast
import copy
from collections.abc import Callable, Iterator

from .mutant import Mutant, mutant_diff, unique_ids
from .slip_mutants import slip_sites

Change = Callable[[ast.AST], None]
"""Mutates the node at a site (on a copy of the tree) in place."""

COMPARISONS: dict[type, tuple[type, ...]] = {
    ast.Lt: (ast.LtE, ast.GtE),
    ast.LtE: (ast.Lt, ast.Gt),
    ast.Gt: (ast.GtE, ast.LtE),
    ast.GtE: (ast.Gt, ast.Lt),
    ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,),
    ast.In: (ast.NotIn,),
    ast.NotIn: (ast.In,),
    ast.Is: (ast.IsNot,),
    ast.IsNot: (ast.Is,),
}
ARITHMETIC: dict[type, tuple[type, ...]] = {
    ast.Add: (ast.Sub,),
    ast.Sub: (ast.Add,),
    ast.Mult: (ast.Div,),
    ast.Div: (ast.Mult, ast.FloorDiv),
    ast.FloorDiv: (ast.Div,),
    ast.Pow: (ast.Mult,),
}
SYMBOLS = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Pow: "**",
}
OPPOSITE_NAMES = {
    "min": "max", "max": "min",
    "bisect_left": "bisect_right", "bisect_right": "bisect_left",
    "argmin": "argmax", "argmax": "argmin",
    "idxmin": "idxmax", "idxmax": "idxmin",
    "nlargest": "nsmallest", "nsmallest": "nlargest",
    "floor": "ceil", "ceil": "floor",
}
OPPOSITE_STRINGS = {"first": "last", "last": "first"}
UNMUTATED_FIELDS = {"annotation", "returns", "type_comment", "decorator_list"}
KEPT_STATEMENTS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import,
                   ast.ImportFrom, ast.Return, ast.Pass, ast.Global, ast.Nonlocal)


def _walk(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node that may be mutated, in a fixed order (annotations and docstrings left
    out)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        children = []
        for field, value in ast.iter_fields(node):
            if field in UNMUTATED_FIELDS:
                continue
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, ast.AST) and not _is_docstring(child):
                    children.append(child)
        stack.extend(reversed(children))


def _is_docstring(node: ast.AST) -> bool:
    return (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str))


def _set(field: str, value: object) -> Change:
    return lambda node: setattr(node, field, value)


def _compare_sites(node: ast.Compare) -> Iterator[tuple[str, Change]]:
    for position, op in enumerate(node.ops):
        for new in COMPARISONS.get(type(op), ()):
            def change(target: ast.AST, position: int = position, new: type = new) -> None:
                target.ops[position] = new()
            yield f"`{SYMBOLS[type(op)]}` -> `{SYMBOLS[new]}`", change


def _arithmetic_sites(node: ast.BinOp | ast.AugAssign) -> Iterator[tuple[str, Change]]:
    for new in ARITHMETIC.get(type(node.op), ()):
        yield f"`{SYMBOLS[type(node.op)]}` -> `{SYMBOLS[new]}`", _set("op", new())


def _constant_sites(node: ast.Constant) -> Iterator[tuple[str, Change]]:
    value = node.value
    if isinstance(value, bool):
        yield f"`{value}` -> `{not value}`", _set("value", not value)
    elif isinstance(value, int):
        yield f"`{value}` -> `{value + 1}`", _set("value", value + 1)
        yield f"`{value}` -> `{value - 1}`", _set("value", value - 1)
    elif isinstance(value, str) and value in OPPOSITE_STRINGS:
        yield f"`{value!r}` -> `{OPPOSITE_STRINGS[value]!r}`", _set("value",
                                                                  OPPOSITE_STRINGS[value])


def _off_by_one(expr: ast.expr, delta: int) -> ast.expr:
    return ast.BinOp(left=copy.deepcopy(expr), op=ast.Add() if delta > 0 else ast.Sub(),
                     right=ast.Constant(1))


def _slice_sites(node: ast.Slice) -> Iterator[tuple[str, Change]]:
    for field in ("lower", "upper"):
        bound = getattr(node, field)
        if bound is None or isinstance(bound, ast.Constant):
            continue  # a constant bound is moved by the constant operator
        text = ast.unparse(bound)
        for delta in (1, -1):
            yield (f"slice {field} bound `{text}` -> `{text} {'+' if delta > 0 else '-'} 1`",
                   lambda target, field=field, delta=delta: setattr(
                       target, field, _off_by_one(getattr(target, field), delta)))


def _body_sites(node: ast.AST) -> Iterator[tuple[str, Change, ast.AST]]:
    """A statement removed (made `pass`), an `else` branch removed."""
    for field in ("body", "orelse", "finalbody"):
        statements = getattr(node, field, None)
        if not isinstance(statements, list):
            continue
        for position, statement in enumerate(statements):
            if isinstance(statement, KEPT_STATEMENTS) or _is_docstring(statement):
                continue
            first_line = ast.unparse(statement).splitlines()[0]
            yield (f"removed `{first_line}`",
                   lambda target, field=field, position=position: getattr(
                       target, field).__setitem__(position, ast.Pass()),
                   statement)
    if isinstance(node, ast.If) and len(node.orelse) > 1:  # one statement: removed above
        yield "removed the `else` branch", _set("orelse", []), node


def _name_sites(node: ast.AST) -> Iterator[tuple[str, Change]]:
    if isinstance(node, ast.Name) and node.id in OPPOSITE_NAMES:
        yield f"`{node.id}` -> `{OPPOSITE_NAMES[node.id]}`", _set("id", OPPOSITE_NAMES[node.id])
    elif isinstance(node, ast.Attribute) and node.attr in OPPOSITE_NAMES:
        yield (f"`.{node.attr}` -> `.{OPPOSITE_NAMES[node.attr]}`",
               _set("attr", OPPOSITE_NAMES[node.attr]))


def _sort_key_sites(node: ast.keyword) -> Iterator[tuple[str, Change]]:
    """`key=lambda r: (a, b)`: one element negated (a tie-break reversed)."""
    if node.arg != "key" or not isinstance(node.value, ast.Lambda):
        return
    body = node.value.body
    if not isinstance(body, ast.Tuple):
        return
    for position, element in enumerate(body.elts):
        if isinstance(element, ast.UnaryOp) and isinstance(element.op, ast.USub):
            continue  # dropping the minus is the unary operator's mutant
        text = ast.unparse(element)

        def change(target: ast.AST, position: int = position) -> None:
            elements = target.value.body.elts
            elements[position] = ast.UnaryOp(op=ast.USub(), operand=elements[position])
        yield f"sort key `{text}` -> `-{text}`", change


def _other_sites(node: ast.AST) -> Iterator[tuple[str, Change]]:
    if isinstance(node, ast.BoolOp):
        new = ast.Or if isinstance(node.op, ast.And) else ast.And
        yield (f"`{'and' if new is ast.Or else 'or'}` -> `{'or' if new is ast.Or else 'and'}`",
               _set("op", new()))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
        yield f"dropped `{'not' if isinstance(node.op, ast.Not) else '-'}`", _unwrap
    elif isinstance(node, ast.comprehension):
        for position, condition in enumerate(node.ifs):
            yield (f"removed the filter `if {ast.unparse(condition)}`",
                   lambda target, position=position: target.ifs.pop(position))
    elif isinstance(node, ast.Break):
        yield "`break` -> `continue`", _replace_with(ast.Continue)
    elif isinstance(node, ast.Continue):
        yield "`continue` -> `break`", _replace_with(ast.Break)


def _unwrap(node: ast.AST) -> None:
    """`not x` -> `x` in place: the node takes its operand's class and fields."""
    operand = node.operand
    node.__class__ = operand.__class__
    node.__dict__.clear()
    node.__dict__.update(operand.__dict__)


def _replace_with(kind: type) -> Change:
    def change(node: ast.AST) -> None:
        node.__class__ = kind
    return change


def _sites(node: ast.AST) -> Iterator[tuple[str, Change, ast.AST]]:
    if isinstance(node, ast.Compare):
        yield from ((label, change, node) for label, change in _compare_sites(node))
    elif isinstance(node, (ast.BinOp, ast.AugAssign)):
        yield from ((label, change, node) for label, change in _arithmetic_sites(node))
    elif isinstance(node, ast.Constant):
        yield from ((label, change, node) for label, change in _constant_sites(node))
    elif isinstance(node, ast.Slice):
        yield from ((label, change, node) for label, change in _slice_sites(node))
    elif isinstance(node, ast.keyword):
        yield from ((label, change, node.value) for label, change in _sort_key_sites(node))
    yield from ((label, change, node) for label, change in _name_sites(node))
    yield from ((label, change, node) for label, change in _other_sites(node))
    yield from _body_sites(node)
    yield from slip_sites(node)


def python_mutants(source: str) -> tuple[str, list[Mutant]]:
    """The reference as the mutants are written (comments dropped), and its mutants, each
    different from it and from every other."""
    tree = ast.parse(source)
    original = ast.unparse(tree)
    seen = {original}
    found = [(index, ordinal, label, where)
             for index, node in enumerate(_walk(tree))
             for ordinal, (label, _change, where) in enumerate(_sites(node))]
    mutants = []
    for index, ordinal, label, where in found:
        mutated = copy.deepcopy(tree)
        target = next(node for position, node in enumerate(_walk(mutated)) if position == index)
        _label, change, _where = list(_sites(target))[ordinal]
        change(target)
        ast.fix_missing_locations(mutated)
        code = ast.unparse(mutated)
        if code in seen:
            continue
        seen.add(code)
        line = getattr(where, "lineno", 0)
        column = getattr(where, "col_offset", 0)
        mutants.append(Mutant(id=f"{line}:{column + 1} {label}", code=code,
                              diff=mutant_diff(original, code)))
    return original, unique_ids(mutants)
