import random

from judge.authoring import Case, st, tree
from judge.structures import TreeNode


def _random_tree(rng: random.Random, values: list) -> TreeNode | None:
    """Attaches each value at a random free child slot: random shapes of modest height."""
    if not values:
        return None
    root = TreeNode(values[0])
    slots = [(root, "left"), (root, "right")]
    for value in values[1:]:
        i = rng.randrange(len(slots))
        slots[i], slots[-1] = slots[-1], slots[i]
        parent, side = slots.pop()
        node = TreeNode(value)
        setattr(parent, side, node)
        slots += [(node, "left"), (node, "right")]
    return root


def _chain(values: list, sides: str) -> TreeNode | None:
    """A path: the i-th node hangs on side sides[i % len(sides)] ('l'/'r') of the previous."""
    root = TreeNode(values[0])
    node = root
    for i, value in enumerate(values[1:]):
        child = TreeNode(value)
        setattr(node, "left" if sides[i % len(sides)] == "l" else "right", child)
        node = child
    return root


def _complete(values: list) -> TreeNode | None:
    return tree(values)


def _drawn_tree(values: list) -> TreeNode | None:
    """tree(values) after dropping the values left over once no node has a free slot."""
    slots, kept = 1, []
    for value in values:
        if slots == 0:
            break
        kept.append(value)
        slots += 1 if value is not None else -1
    return tree(kept)


_rng = random.Random(4242)

SAMPLES = [
    Case((tree([3, 9, 20, None, None, 15, 7]),), expected=[[3], [20, 9], [15, 7]]),
    Case((tree([1, 2, 3, 4, 5, 6, 7, None, 8, None, None, 9]),),
         expected=[[1], [3, 2], [4, 5, 6, 7], [9, 8]],
         note="depth 3 is read right to left: 9 (under 6) before 8 (under 4)"),
    Case((tree([]),), expected=[], note="an empty tree has no levels"),
]

HIDDEN = [
    Case((tree([42]),), note="single node"),
    Case((tree([-5, -5, -5, -5, None, None, -5]),), note="duplicates and negatives"),
    Case((tree([10**9, -10**9, 10**9, None, -10**9]),), note="extreme values"),
    Case((tree([1, None, 2, None, 3, 4]),), note="right spine with a late left child"),
    Case((_chain(list(range(5000)), "l"),), note="left chain, height 5000"),
    Case((_chain(list(range(5000, 0, -1)), "lr"),), note="zigzag chain, height 5000"),
    Case((_complete([_rng.randint(-10**9, 10**9) for _ in range(2**16 - 1)]),),
         note="complete tree, 65535 nodes"),
    Case((_random_tree(_rng, [_rng.randint(-50, 50) for _ in range(100_000)]),),
         note="largest, random shape"),
]


def generate(rng):
    values = [rng.randint(-100, 100) for _ in range(rng.randint(0, 3000))]
    return (_random_tree(rng, values),)


def arguments():
    value = st.one_of(st.none(), st.integers(-9, 9))
    return st.lists(value, max_size=40).map(lambda values: (_drawn_tree(values),))


def invariant(args, result):
    (root,) = args
    count, stack = 0, [root] if root else []
    while stack:
        node = stack.pop()
        count += 1
        stack += [child for child in (node.left, node.right) if child]
    if sum(len(level) for level in result) != count:
        return f"the levels hold {sum(map(len, result))} values but the tree has {count} nodes"
    if any(not level for level in result):
        return "a level is empty"
    return None
