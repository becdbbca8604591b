"""Mutants of a Python reference made of the slips people make, beside the operators'
classic ones (`python_mutants`): what a candidate writes that looks right and is not.

- tolerances: an epsilon removed or scaled by 1000, an absolute tolerance made relative;
- guards: `spread == 0` made `abs(spread) < 1e-08`, a tolerance guard made exact, `isclose`
  made `==`;
- library calls with near semantics: `total_seconds()` <-> `seconds`, `ddof`, `log` and its
  bases, `stdev`/`pstdev`, an unstable sort `kind`, `rank(method=)`, `merge(how=)`,
  `groupby` sorting its groups, `Counter.most_common` ties, rounding made truncation
  (`round(x)` -> `int(x)`, `.round().astype(int)` -> `.astype(int)`);
- a keyword argument that shapes the result dropped (`kind`, `method`, `how`, `dtype`, `key`,
  ...);
- the operands of a non-commutative operation swapped, two same-typed arguments swapped;
- a returned float or frame rounded to 4 decimals;
- `while` made `if`; a copy dropped (`.copy()`, `copy.deepcopy(x)`, `x[:]`, `list(x)`);
  rows of a grid aliased (`[[0] * m for _ in range(n)]` -> `[[0] * m] * n`).
"""

import ast
import copy
from collections.abc import Callable, Iterator

Change = Callable[[ast.AST], None]
Site = tuple[str, Change, ast.AST]

TOLERANCE = 1e-3
"""A float constant this small (and not zero) is taken for an epsilon or a tolerance."""
LOOSE_GUARD = 1e-08
"""The threshold of a guard written loosely (numpy's `isclose` absolute tolerance)."""
SPREAD_WORDS = ("std", "var", "sd", "sigma", "spread", "denom", "norm", "scale", "range")
"""A name that holds a spread: its guard against zero is a float guard."""
NEAR_CALLS = {
    "log": ("log10",), "log10": ("log",), "log2": ("log",), "log1p": ("log",),
    "stdev": ("pstdev",), "pstdev": ("stdev",), "variance": ("pvariance",),
    "pvariance": ("variance",),
}
KIND_SWAPS = {"stable": "quicksort", "mergesort": "quicksort", "quicksort": "stable",
              "heapsort": "stable"}
RANK_METHODS = ("average", "min", "max", "first", "dense")
HOW_SWAPS = {"inner": ("left", "outer"), "left": ("inner", "outer"), "right": ("inner",),
             "outer": ("inner", "left")}
SHAPING_KEYWORDS = {"kind", "method", "how", "dtype", "key", "reverse", "ddof", "keepdims",
                    "ascending", "na_position", "dropna", "sort", "keep", "ignore_index"}
COMMUTATIVE_CALLS = {"min", "max", "hypot", "gcd", "lcm", "maximum", "minimum", "add",
                     "multiply", "isclose", "allclose", "array_equal", "logical_and",
                     "logical_or", "union", "intersection", "fmax", "fmin"}
NON_COMMUTATIVE = (ast.Sub, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.MatMult)
ROUNDED_RETURNS = {"float": "call", "np.float64": "call", "pd.DataFrame": "method",
                   "pd.Series": "method", "DataFrame": "method", "Series": "method"}


def _name(func: ast.expr) -> str | None:
    """`f` of `f(...)`, `mod.f(...)` or `x.f(...)`."""
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _become(node: ast.AST, new: ast.AST) -> None:
    """Replaces `node` in its parent (on the copy) by `new`: the node takes its class and
    fields."""
    new = copy.deepcopy(new)
    node.__class__ = new.__class__
    node.__dict__.clear()
    node.__dict__.update(new.__dict__)


def _replaced_by(make: Callable[[ast.AST], ast.AST]) -> Change:
    return lambda node: _become(node, make(node))


def _call(name: str, *args: ast.expr, **keywords: ast.expr) -> ast.Call:
    func: ast.expr = ast.Name(name)
    if "." in name:
        module, attr = name.rsplit(".", 1)
        func = ast.Attribute(ast.Name(module), attr)
    return ast.Call(func, list(args), [ast.keyword(k, v) for k, v in keywords.items()])


def _method(receiver: ast.expr, name: str, *args: ast.expr) -> ast.Call:
    return ast.Call(ast.Attribute(receiver, name), list(args), [])


def _small_float(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, float)
            and 0 < abs(node.value) < TOLERANCE)


def _is_abs(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and _name(node.func) in {"abs", "fabs"}
            and len(node.args) == 1)


def _float_sites(node: ast.Constant) -> Iterator[Site]:
    if _small_float(node):
        yield f"epsilon `{node.value!r}` removed", _replaced_by(lambda n: ast.Constant(0.0)), node
        scaled = float(f"{node.value * 1000:.3g}")
        yield (f"epsilon `{node.value!r}` -> `{scaled!r}`",
               _replaced_by(lambda n: ast.Constant(scaled)), node)


def _guard_sites(node: ast.Compare) -> Iterator[Site]:
    if len(node.ops) != 1:
        return
    left, op, right = node.left, node.ops[0], node.comparators[0]
    text = ast.unparse(left)
    if (isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(right, ast.Constant)
            and type(right.value) in (int, float) and right.value == 0
            and (isinstance(right.value, float)
                 or any(word in text.lower() for word in SPREAD_WORDS))):
        loose = ast.Lt() if isinstance(op, ast.Eq) else ast.GtE()
        yield (f"guard `{ast.unparse(node)}` -> `abs({text}) "
               f"{'<' if isinstance(op, ast.Eq) else '>='} {LOOSE_GUARD!r}`",
               _replaced_by(lambda n: ast.Compare(_call("abs", n.left), [loose],
                                                  [ast.Constant(LOOSE_GUARD)])), node)
    if isinstance(op, (ast.Lt, ast.LtE)) and _is_abs(left) and _small_float(right):
        inner = left.args[0]
        yield (f"guard `{ast.unparse(node)}` -> `{ast.unparse(inner)} == 0`",
               _replaced_by(lambda n: ast.Compare(n.left.args[0], [ast.Eq()],
                                                  [ast.Constant(0)])), node)
        if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Sub) \
                and not isinstance(inner.right, ast.Constant):  # relative to 1.0 is the same
            yield (f"tolerance `{ast.unparse(right)}` made relative to "
                   f"`{ast.unparse(inner.right)}`",
                   _replaced_by(lambda n: ast.Compare(n.left, n.ops, [ast.BinOp(
                       n.comparators[0], ast.Mult(), _call("abs", n.left.args[0].right))])),
                   node)


def _near_call_sites(node: ast.Call) -> Iterator[Site]:
    name = _name(node.func)
    for new in NEAR_CALLS.get(name, ()):
        field = "id" if isinstance(node.func, ast.Name) else "attr"

        def change(target: ast.AST, new: str = new, field: str = field) -> None:
            setattr(target.func, field, new)
        yield f"`{name}` -> `{new}`", change, node
    receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
    if name == "total_seconds" and receiver is not None and not node.args:
        yield ("`.total_seconds()` -> `.seconds`",
               _replaced_by(lambda n: ast.Attribute(n.func.value, "seconds")), node)
    if name in {"var", "std", "nanvar", "nanstd"}:
        yield from _ddof_sites(node)
    if name == "rank":
        yield from _keyword_value_sites(node, "method", {
            value: tuple(other for other in RANK_METHODS if other != value)
            for value in RANK_METHODS})
    if name in {"merge", "join"}:
        # `str.join` has no `how`: only a merge's missing `how` is filled in
        yield from _keyword_value_sites(node, "how", HOW_SWAPS,
                                        absent="left" if name == "merge" else None)
    if name in {"argsort", "sort", "sort_values", "sort_index"}:
        yield from _keyword_value_sites(node, "kind", {k: (v,) for k, v in KIND_SWAPS.items()})
    if name == "groupby" and receiver is not None:
        if not any(k.arg == "sort" for k in node.keywords):
            yield ("`groupby` with `sort=False`",
                   lambda target: target.keywords.append(ast.keyword("sort",
                                                                     ast.Constant(False))), node)
    if name == "most_common" and receiver is not None and len(node.args) <= 1:
        yield ("`most_common` ties broken by key, not first seen",
               _replaced_by(_ties_by_key), node)
    yield from _rounding_call_sites(node, name, receiver)


def _ties_by_key(node: ast.Call) -> ast.expr:
    item = ast.Name("item")
    key = ast.Lambda(ast.arguments([], [ast.arg("item")], None, [], [], None, []),
                     ast.Tuple([ast.UnaryOp(ast.USub(), ast.Subscript(item, ast.Constant(1))),
                                ast.Subscript(item, ast.Constant(0))]))
    ordered = _call("sorted", _method(node.func.value, "items"), key=key)
    if not node.args:
        return ordered
    return ast.Subscript(ordered, ast.Slice(upper=node.args[0]))


def _rounding_call_sites(node: ast.Call, name: str | None,
                         receiver: ast.expr | None) -> Iterator[Site]:
    """Rounding made truncation: `round(x)` -> `int(x)`, `int(round(x))` -> `int(x)`,
    `x.round().astype(int)` -> `x.astype(int)`."""
    if (isinstance(node.func, ast.Name) and name == "round" and len(node.args) == 1
            and not node.keywords):
        yield "`round(...)` -> `int(...)`", lambda target: setattr(target.func, "id",
                                                                   "int"), node
    if (isinstance(node.func, ast.Name) and name == "int" and len(node.args) == 1
            and isinstance(node.args[0], ast.Call) and _name(node.args[0].func) == "round"
            and len(node.args[0].args) == 1):
        yield "`int(round(...))` -> `int(...)`", lambda target: target.args.__setitem__(
            0, target.args[0].args[0]), node
    if name == "astype" and isinstance(receiver, ast.Call) \
            and _name(receiver.func) in {"round", "rint", "around"}:
        function = receiver.func
        method = isinstance(function, ast.Attribute) and not (
            isinstance(function.value, ast.Name) and function.value.id in {"np", "numpy"})
        if not method and not receiver.args:
            return

        def unrounded(call: ast.Call) -> ast.expr:  # `x.round()` -> x, `np.round(x)` -> x
            return call.func.value if method else call.args[0]

        def change(target: ast.AST) -> None:
            target.func.value = unrounded(target.func.value)
        yield "rounding before `.astype(...)` dropped (truncates)", change, node


def _ddof_sites(node: ast.Call) -> Iterator[Site]:
    for position, keyword in enumerate(node.keywords):
        if keyword.arg == "ddof" and isinstance(keyword.value, ast.Constant) \
                and keyword.value.value in (0, 1):
            new = 1 - keyword.value.value

            def change(target: ast.AST, position: int = position, new: int = new) -> None:
                target.keywords[position].value = ast.Constant(new)
            yield f"`ddof={keyword.value.value}` -> `ddof={new}`", change, node
            return
    yield ("added `ddof=1`",
           lambda target: target.keywords.append(ast.keyword("ddof", ast.Constant(1))), node)


def _keyword_value_sites(node: ast.Call, keyword: str, swaps: dict[str, tuple[str, ...]],
                         absent: str | None = None) -> Iterator[Site]:
    for position, given in enumerate(node.keywords):
        if given.arg == keyword:
            value = given.value.value if isinstance(given.value, ast.Constant) else None
            for new in swaps.get(value, ()):
                def change(target: ast.AST, position: int = position, new: str = new) -> None:
                    target.keywords[position].value = ast.Constant(new)
                yield f"`{keyword}={value!r}` -> `{keyword}={new!r}`", change, node
            return
    if absent is not None:
        yield (f"added `{keyword}={absent!r}`",
               lambda target: target.keywords.append(ast.keyword(keyword,
                                                                 ast.Constant(absent))), node)


def _keyword_drop_sites(node: ast.Call) -> Iterator[Site]:
    for position, keyword in enumerate(node.keywords):
        if keyword.arg in SHAPING_KEYWORDS:
            yield (f"dropped `{keyword.arg}={ast.unparse(keyword.value)}`",
                   lambda target, position=position: target.keywords.pop(position), node)


def _argument_swap_sites(node: ast.Call) -> Iterator[Site]:
    if _name(node.func) in COMMUTATIVE_CALLS:
        return
    args = node.args
    for position in range(len(args) - 1):
        first, second = args[position], args[position + 1]
        if (type(first) is not type(second) or isinstance(first, ast.Starred)
                or ast.unparse(first) == ast.unparse(second)
                or (isinstance(first, ast.Constant)
                    and type(first.value) is not type(second.value))):
            continue

        def change(target: ast.AST, position: int = position) -> None:
            target.args[position], target.args[position + 1] = (target.args[position + 1],
                                                                target.args[position])
        yield (f"swapped arguments `{ast.unparse(first)}` and `{ast.unparse(second)}`",
               change, node)


def _loop_jumps(loop: ast.While) -> bool:
    """Whether a `break` or `continue` belongs to this loop (an `if` could not hold it)."""
    stack = list(loop.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Break, ast.Continue)):
            return True
        if not isinstance(node, (ast.For, ast.AsyncFor, ast.While, ast.FunctionDef,
                                 ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(node))
    return False


def _swap_operands(node: ast.AST) -> None:
    node.left, node.right = node.right, node.left


def _copy_sites(node: ast.AST) -> Iterator[Site]:
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name == "copy" and isinstance(node.func, ast.Attribute) and not node.args \
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "copy"):
            yield "dropped `.copy()`", _replaced_by(lambda n: n.func.value), node
        elif (name in {"copy", "deepcopy"} and isinstance(node.func, ast.Attribute)
              and isinstance(node.func.value, ast.Name) and node.func.value.id == "copy"
              and len(node.args) == 1):
            yield f"dropped `copy.{name}`", _replaced_by(lambda n: n.args[0]), node
        elif (name == "list" and isinstance(node.func, ast.Name) and len(node.args) == 1
              and isinstance(node.args[0], (ast.Name, ast.Attribute))):
            yield "dropped the copy `list(...)`", _replaced_by(lambda n: n.args[0]), node
    elif (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice)
          and node.slice.lower is node.slice.upper is node.slice.step is None
          and isinstance(node.ctx, ast.Load)):
        yield "dropped the copy `[:]`", _replaced_by(lambda n: n.value), node


def _aliasing_sites(node: ast.ListComp) -> Iterator[Site]:
    if len(node.generators) != 1:
        return
    generator = node.generators[0]
    iterated = generator.iter
    if (generator.ifs or not isinstance(generator.target, ast.Name)
            or not isinstance(iterated, ast.Call) or _name(iterated.func) != "range"
            or len(iterated.args) != 1):
        return
    used = {n.id for n in ast.walk(node.elt) if isinstance(n, ast.Name)}
    mutable = (ast.List, ast.ListComp, ast.Dict, ast.DictComp, ast.Set, ast.SetComp)
    is_mutable = isinstance(node.elt, mutable) or (
        isinstance(node.elt, ast.BinOp) and isinstance(node.elt.op, ast.Mult)
        and isinstance(node.elt.left, ast.List))
    if is_mutable and generator.target.id not in used:
        yield (f"rows aliased: `[{ast.unparse(node.elt)}] * {ast.unparse(iterated.args[0])}`",
               _replaced_by(lambda n: ast.BinOp(ast.List([n.elt]), ast.Mult(),
                                                n.generators[0].iter.args[0])), node)


def _returns(function: ast.FunctionDef) -> list[ast.Return]:
    """The function's own `return value` statements (not those of nested functions), in a
    fixed order."""
    found, stack = [], list(reversed(function.body))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(node, ast.Return) and node.value is not None:
            found.append(node)
        stack.extend(reversed(list(ast.iter_child_nodes(node))))
    return found


def _is_constant(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) or (
        isinstance(node, ast.Call) and _name(node.func) == "float"
        and all(isinstance(arg, ast.Constant) for arg in node.args))


def _rounded_return_sites(node: ast.FunctionDef) -> Iterator[Site]:
    style = ROUNDED_RETURNS.get(ast.unparse(node.returns)) if node.returns else None
    if style is None:
        return
    for position, returned in enumerate(_returns(node)):
        if _is_constant(returned.value):
            continue  # a constant rounds to itself

        def change(target: ast.AST, position: int = position) -> None:
            statement = _returns(target)[position]
            value = statement.value
            statement.value = (_call("round", value, ast.Constant(4)) if style == "call"
                               else _method(value, "round", ast.Constant(4)))
        yield f"return value rounded to 4 decimals: `{ast.unparse(returned)}`", change, returned


def slip_sites(node: ast.AST) -> Iterator[Site]:
    """The slips that can be made at `node`: a label, the change (made on the node at the
    same place in a copy), and the node whose place names the mutant."""
    if isinstance(node, ast.Constant):
        yield from _float_sites(node)
    elif isinstance(node, ast.Compare):
        yield from _guard_sites(node)
    elif isinstance(node, ast.Call):
        if _name(node.func) == "isclose" and len(node.args) == 2 and not node.keywords:
            yield (f"`{ast.unparse(node)}` -> `==`",
                   _replaced_by(lambda n: ast.Compare(n.args[0], [ast.Eq()], [n.args[1]])),
                   node)
        yield from _near_call_sites(node)
        yield from _keyword_drop_sites(node)
        yield from _argument_swap_sites(node)
    elif isinstance(node, ast.Attribute) and node.attr == "seconds" \
            and isinstance(node.ctx, ast.Load):
        yield ("`.seconds` -> `.total_seconds()`",
               _replaced_by(lambda n: _method(n.value, "total_seconds")), node)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, NON_COMMUTATIVE) \
            and ast.unparse(node.left) != ast.unparse(node.right):
        yield (f"swapped the operands of `{ast.unparse(node)}`",
               _swap_operands, node)
    elif isinstance(node, ast.While) and not node.orelse and not _loop_jumps(node):
        yield "`while` -> `if`", lambda target: setattr(target, "__class__", ast.If), node
    elif isinstance(node, ast.ListComp):
        yield from _aliasing_sites(node)
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        yield from _rounded_return_sites(node)
    yield from _copy_sites(node)
