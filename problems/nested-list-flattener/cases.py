import random

from judge.grading.authoring import Case, ops, st


def _count(nested: list) -> int:
    total, stack = 0, [nested]
    while stack:
        for item in stack.pop():
            if isinstance(item, list):
                stack.append(item)
            else:
                total += 1
    return total


def _drain(nested: list, checks: bool = True) -> tuple:
    calls = []
    for _ in range(_count(nested)):
        if checks:
            calls.append(("has_next",))
        calls.append(("next",))
    calls.append(("has_next",))
    return ops(("NestedFlattener", nested), *calls)


def _random_nested(rng: random.Random, size: int, depth: int, span: int) -> list:
    """About `size` integers spread over random sublists (some empty), at most `depth` deep."""
    root: list = []
    open_lists = [(root, 1)]
    for _ in range(size):
        target, level = open_lists[-1]
        r = rng.random()
        if r < 0.15 and level < depth:
            child: list = []
            target.append(child)
            open_lists.append((child, level + 1))
        elif r < 0.25 and len(open_lists) > 1:
            open_lists.pop()
        elif r < 0.28:
            target.append([])
        target = open_lists[-1][0]
        target.append(rng.randint(-span, span))
    return root


def _deep(levels: int, value: int) -> list:
    nested: list = [value]
    for i in range(levels - 1):
        nested = [i, nested, []] if i % 2 else [nested]
    return nested


def scale(rng, n):
    return _drain(_random_nested(rng, n, 20, 10**9))


_rng = random.Random(4711)

SAMPLES = [
    Case(ops(("NestedFlattener", [1, [2, [3]], 4]), ("next",), ("next",), ("has_next",),
             ("next",), ("next",), ("has_next",)),
         expected=[None, 1, 2, True, 3, 4, False]),
    Case(ops(("NestedFlattener", [[], [[]], [5], [[], []]]), ("has_next",), ("next",),
             ("has_next",)),
         expected=[None, True, 5, False],
         note="the empty lists after 5 hold no integer, so has_next is False"),
]

HIDDEN = [
    Case(_drain([]), note="empty outer list"),
    Case(_drain([[], [[[]]], []]), note="only empty lists"),
    Case(_drain([0]), note="a single integer"),
    Case(_drain([[-1, -2], [[-3]], -4, [[[[-5]]]]]), note="negative values"),
    Case(_drain([10**9, [-10**9, [10**9]]]), note="extremes"),
    Case(_drain([7, 7, [7, [7]], 7]), note="repeated values"),
    Case(_drain(_deep(50, 99)), note="nested 50 deep"),
    Case(_drain(_random_nested(_rng, 500, 8, 9), checks=False), note="next without has_next"),
    Case(_drain(list(range(-20_000, 20_000))), note="largest, flat"),
    Case(_drain(_random_nested(_rng, 40_000, 30, 10**9)), note="largest, nested"),
]


def generate(rng):
    return _drain(_random_nested(rng, rng.randint(0, 2000), rng.randint(1, 12), 1000))


_nested = st.recursive(st.integers(-20, 20), lambda inner: st.lists(inner, max_size=4),
                       max_leaves=25)


def arguments():
    return st.lists(_nested, max_size=6).map(_drain)


def invariant(args, result):
    if result[-1] is not False:
        return "has_next must be False once every integer has been returned"
    return None
