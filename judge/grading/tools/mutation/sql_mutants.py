"""Mutants of a SQL reference, made on its syntax tree by sqlglot, in the dialect of the engine
it is written for (labels are printed in SQLite's, so one edit of a query written once for
both engines has one id on both).

Operators: join types (`JOIN` <-> `LEFT JOIN`), comparisons flipped or loosened, `=` <-> `<>`,
`AND` <-> `OR` and one side of an `AND` dropped (a filter lost), `DISTINCT` dropped or added,
`COUNT(*)` <-> `COUNT(col)`, `COUNT(DISTINCT x)` -> `COUNT(x)`, NULL handling dropped
(`COALESCE(x, d)` -> `x`, `IS NULL` <-> `IS NOT NULL`), `UNION` <-> `UNION ALL`, `MIN` <->
`MAX`, `LAG` <-> `LEAD`, `RANK`/`DENSE_RANK`/`ROW_NUMBER` swapped, an ordering reversed,
integer literals off by one, a `WHERE` or `HAVING` removed, a `CASE`'s `ELSE` removed; and the
slips people make: a date difference by `julianday` taken by day of year or on the text, a real
division made integer (or an integer one real), a result column rounded.

Sites are found by their index in a fixed walk of the tree; each mutant is made on a copy.
"""

from collections.abc import Callable, Iterator

import sqlglot
from sqlglot import exp

from .mutant import Mutant, first_changed_line, mutant_diff, unique_ids

DIALECT = "sqlite"
Make = Callable[[exp.Expression], exp.Expression | None]
"""Given the site's node (in a copy of the tree), the node to put in its place (or None when
the change was made in place)."""

COMPARISONS: dict[type, tuple[type, ...]] = {
    exp.LT: (exp.LTE, exp.GTE),
    exp.LTE: (exp.LT, exp.GT),
    exp.GT: (exp.GTE, exp.LTE),
    exp.GTE: (exp.GT, exp.LT),
    exp.EQ: (exp.NEQ,),
    exp.NEQ: (exp.EQ,),
}
SWAPS: dict[type, tuple[type, ...]] = {
    exp.Min: (exp.Max,),
    exp.Max: (exp.Min,),
    exp.Lag: (exp.Lead,),
    exp.Lead: (exp.Lag,),
    exp.Rank: (exp.DenseRank, exp.RowNumber),
    exp.DenseRank: (exp.Rank, exp.RowNumber),
    exp.RowNumber: (exp.Rank, exp.DenseRank),
}


def _text(node: exp.Expression) -> str:
    return node.sql(dialect=DIALECT)


def _same_args(new: type) -> Make:
    return lambda node: new(**node.args)


def _set(key: str, value: object) -> Make:
    def change(node: exp.Expression) -> None:
        node.set(key, value)
    return change


def _sites(node: exp.Expression) -> Iterator[tuple[str, Make]]:
    for new in COMPARISONS.get(type(node), ()) + SWAPS.get(type(node), ()):
        yield f"{type(node).__name__} -> {new.__name__}: `{_text(node)}`", _same_args(new)
    if isinstance(node, exp.Join) and node.args.get("kind", "").upper() != "CROSS":
        side = (node.args.get("side") or "").upper()
        if side == "LEFT":
            yield "LEFT JOIN -> JOIN", _set("side", None)
        elif not side:
            yield "JOIN -> LEFT JOIN", _set("side", "LEFT")
    elif isinstance(node, exp.And):
        yield f"AND -> OR: `{_text(node)}`", _same_args(exp.Or)
        yield f"dropped `AND {_text(node.right)}`", lambda target: target.left.copy()
        yield f"dropped `{_text(node.left)} AND`", lambda target: target.right.copy()
    elif isinstance(node, exp.Or):
        yield f"OR -> AND: `{_text(node)}`", _same_args(exp.And)
    elif isinstance(node, exp.Select):
        if node.args.get("distinct"):
            yield "dropped DISTINCT", _set("distinct", None)
        elif node.args.get("group") is None:
            yield "added DISTINCT", _set("distinct", exp.Distinct())
        for key in ("where", "having"):
            if node.args.get(key) is not None:
                yield f"removed {key.upper()} `{_text(node.args[key].this)}`", _set(key, None)
    elif isinstance(node, exp.Count):
        yield from _count_sites(node)
    elif isinstance(node, (exp.Coalesce,)):
        yield f"dropped the NULL default: `{_text(node)}`", lambda target: target.this.copy()
    elif isinstance(node, exp.Is):
        yield f"`IS` -> `IS NOT`: `{_text(node)}`", lambda target: exp.Not(this=target.copy())
    elif isinstance(node, exp.Not) and isinstance(node.this, exp.Is):
        yield f"`IS NOT` -> `IS`: `{_text(node)}`", lambda target: target.this.copy()
    elif isinstance(node, exp.Union):
        yield ("UNION -> UNION ALL" if node.args.get("distinct") else "UNION ALL -> UNION",
               _set("distinct", not node.args.get("distinct")))
    elif isinstance(node, exp.Ordered):
        yield (f"reversed the order of `{_text(node.this)}`",
               _set("desc", not node.args.get("desc")))
    elif isinstance(node, exp.Literal) and not node.is_string and node.this.isdigit():
        value = int(node.this)
        yield f"`{value}` -> `{value + 1}`", lambda target: exp.Literal.number(value + 1)
        if value > 0:
            yield f"`{value}` -> `{value - 1}`", lambda target: exp.Literal.number(value - 1)
    elif isinstance(node, exp.Case) and node.args.get("default") is not None:
        yield f"removed `ELSE {_text(node.args['default'])}`", _set("default", None)
    yield from _slip_sites(node)


REAL_TYPES = {exp.DataType.Type.DOUBLE, exp.DataType.Type.FLOAT}
ROUNDED_DECIMALS = 2


def _function_name(node: exp.Expression) -> str:
    return node.name.lower() if isinstance(node, exp.Anonymous) else ""


def _is_real_cast(node: exp.Expression) -> bool:
    return isinstance(node, exp.Cast) and node.to.this in REAL_TYPES


def _is_real_division(node: exp.Div) -> bool:
    """A division that keeps its fraction (an integer one rounds to itself)."""
    return any(_is_real_cast(operand) or (isinstance(operand, exp.Literal) and "." in operand.this)
               or (isinstance(operand, exp.Mul) and _is_real_division_factor(operand))
               for operand in (node.this, node.expression))


def _is_real_division_factor(node: exp.Mul) -> bool:
    return isinstance(node.expression, exp.Literal) and "." in node.expression.this


def _day_of_year(day: exp.Expression) -> exp.Expression:
    return sqlglot.parse_one(f"CAST(strftime('%j', {_text(day)}) AS INTEGER)", read=DIALECT)


def _slip_sites(node: exp.Expression) -> Iterator[tuple[str, Make]]:
    if (isinstance(node, exp.Sub) and _function_name(node.this) == "julianday"
            and _function_name(node.expression) == "julianday"):
        later, earlier = node.this.expressions[0], node.expression.expressions[0]
        yield (f"date difference by day of year: `{_text(node)}`",
               lambda target: exp.Sub(this=_day_of_year(later), expression=_day_of_year(earlier)))
        yield (f"date difference on the text: `{_text(node)}`",
               lambda target: exp.Sub(this=later.copy(), expression=earlier.copy()))
    elif isinstance(node, exp.Div):
        for side in ("this", "expression"):
            operand = node.args[side]
            if _is_real_cast(operand):
                yield (f"integer division: dropped `{_text(operand)}`",
                       lambda target, side=side: target.set(side, target.args[side].this.copy()))
            elif isinstance(operand, exp.Mul) and _is_real_division_factor(operand):
                yield (f"integer division: dropped `* {operand.expression.this}`",
                       lambda target, side=side: target.set(side, target.args[side].this.copy()))
        if not any(_is_real_cast(node.args[side]) for side in ("this", "expression")) and not \
                node.find(exp.Literal, bfs=False) and not node.find(exp.Cast, bfs=False):
            yield (f"real division: `{_text(node)}`",
                   lambda target: target.set("this", exp.Cast(this=target.this.copy(),
                                                             to=exp.DataType.build("REAL"))))
    elif (isinstance(node, exp.Alias) and isinstance(node.parent, exp.Select)
          and node.arg_key == "expressions"
          and (node.this.find(exp.Avg) is not None or any(
              _is_real_division(div) for div in node.this.find_all(exp.Div)))):
        yield (f"rounded to {ROUNDED_DECIMALS} decimals: `{node.alias}`",
               lambda target: target.set("this", exp.Round(
                   this=target.this.copy(), decimals=exp.Literal.number(ROUNDED_DECIMALS))))


def _count_sites(node: exp.Count) -> Iterator[tuple[str, Make]]:
    argument = node.this
    if isinstance(argument, exp.Star):
        select = node.find_ancestor(exp.Select)
        columns = []
        for column in select.find_all(exp.Column) if select is not None else ():
            if column.find_ancestor(exp.Select) is select and _text(column) not in columns:
                columns.append(_text(column))
        for name in columns[:3]:
            yield (f"COUNT(*) -> COUNT({name})",
                   lambda target, name=name: exp.Count(this=sqlglot.parse_one(name,
                                                                              read=DIALECT)))
    elif isinstance(argument, exp.Distinct):
        yield (f"COUNT(DISTINCT ...) -> COUNT(...): `{_text(node)}`",
               lambda target: exp.Count(this=target.this.expressions[0].copy()))
    elif argument is not None:
        yield f"COUNT({_text(argument)}) -> COUNT(*)", lambda target: exp.Count(this=exp.Star())


def _nodes(tree: exp.Expression) -> list[exp.Expression]:
    return list(tree.walk())


def sql_mutants(source: str, dialect: str = DIALECT) -> tuple[str, list[Mutant]]:
    """The reference as sqlglot prints it in `dialect` (what the mutants are compared with),
    and its mutants, each different from it and from every other."""
    tree = sqlglot.parse_one(source, read=dialect)
    original = tree.sql(dialect=dialect, pretty=True)
    seen = {original}
    found = [(index, ordinal, label)
             for index, node in enumerate(_nodes(tree))
             for ordinal, (label, _make) in enumerate(_sites(node))]
    mutants = []
    for index, ordinal, label in found:
        mutated = tree.copy()
        target = _nodes(mutated)[index]
        _label, make = list(_sites(target))[ordinal]
        replacement = make(target)
        if replacement is not None:
            if target is mutated:
                mutated = replacement
            else:
                target.replace(replacement)
        code = mutated.sql(dialect=dialect, pretty=True)
        if code in seen:
            continue
        seen.add(code)
        mutants.append(Mutant(id=f"L{first_changed_line(original, code)} {label}", code=code,
                              diff=mutant_diff(original, code)))
    return original, unique_ids(mutants)
