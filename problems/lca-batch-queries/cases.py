import random

from judge.grading.authoring import Case, chain_tree, random_tree, st, tree
from judge.grading.authoring import TreeNode


def _values(root: TreeNode | None) -> list:
    out, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        out.append(node.val)
        stack += [child for child in (node.left, node.right) if child]
    return out


def _two_arms(rng: random.Random, arm: int, bush: int, ids: list) -> tuple:
    """A root with a left arm and a right arm of `arm` nodes each, a random bush of `bush`
    nodes at the end of each arm. Returns the root and the ids of the two bushes."""
    it = iter(ids)
    root = TreeNode(next(it))
    ends = []
    for side in ("left", "right"):
        node = root
        for _ in range(arm):
            child = TreeNode(next(it))
            setattr(node, side, child)
            node = child
        below = random_tree(rng, [next(it) for _ in range(bush)])
        node.left = below
        ends.append(_values(below))
    return root, ends


def _deep_case(rng: random.Random, n: int, q: int) -> tuple:
    arm = max(1, min(2500, n // 12))
    bush = max(1, (n - 1 - 2 * arm) // 2)
    ids = rng.sample(range(-10**9, 10**9 + 1), 1 + 2 * arm + 2 * bush)
    root, (left, right) = _two_arms(rng, arm, bush, ids)
    queries = [[rng.choice(left), rng.choice(right)] for _ in range(q - q // 10)]
    everything = ids
    queries += [[rng.choice(everything), rng.choice(everything)] for _ in range(q // 10)]
    rng.shuffle(queries)
    return root, queries


def scale(rng, n):
    return _deep_case(rng, n, n)


def _random_case(rng: random.Random, n: int, q: int, span: int) -> tuple:
    ids = rng.sample(range(-span, span + 1), n)
    return random_tree(rng, ids), [[rng.choice(ids), rng.choice(ids)] for _ in range(q)]


_rng = random.Random(31337)
_chain5000 = chain_tree(list(range(5000)), "lr")

SAMPLES = [
    Case((tree([3, 5, 1, 6, 2, 0, 8, None, None, 7, 4]), [[5, 1], [6, 4], [5, 4], [8, 8]]),
         expected=[3, 5, 5, 8], note="5 is an ancestor of 4, so it is the answer"),
    Case((tree([10, -3, 20, 7]), [[7, 20], [-3, 7]]), expected=[10, -3]),
]

HIDDEN = [
    Case((tree([42]), [[42, 42]]), note="single node"),
    Case((tree([1, 2, 3, 4, 5, 6, 7]), [[4, 7], [7, 4], [2, 2], [5, 1], [6, 7]]),
         note="reversed pairs and self pairs"),
    Case((tree([10**9, -10**9, 0, None, 5]), [[5, 0], [-10**9, 5]]), note="extreme ids"),
    Case((tree([5, 3, 8, 1, 4, 7, 9]), [[7, 9], [1, 4], [1, 9]]),
         note="ids laid out like a search tree... and it is one, this once"),
    Case((tree([1, 9, 2, None, 8, None, 3]), [[8, 3], [9, 8]]), note="not a search tree"),
    Case((_chain5000, [[4999, 0], [2500, 4999], [4998, 4999], [1, 1]]),
         note="zigzag chain, height 5000"),
    Case(_random_case(_rng, 2000, 2000, 10**9), note="random shape"),
    Case(_random_case(_rng, 50_000, 50_000, 10**9), note="largest, random shape"),
    Case(_deep_case(_rng, 30_000, 50_000), note="deep: two arms of 2500 nodes"),
]


def _long_arms(rng: random.Random, arm: int, bush: int, q: int) -> tuple:
    """Two arms of `arm` nodes under the root, every query pairs the two bushes: climbing
    parent links costs about `arm` steps per query."""
    ids = rng.sample(range(-10**9, 10**9 + 1), 1 + 2 * arm + 2 * bush)
    root, (left, right) = _two_arms(rng, arm, bush, ids)
    return root, [[rng.choice(left), rng.choice(right)] for _ in range(q)]


HIDDEN.append(Case(_long_arms(_rng, 24_950, 40, 50_000),
                   note="deepest: two arms of 24950 nodes, every query crosses the root"))


def _ancestor_pairs(rng: random.Random, arm: int, bush: int, q: int) -> tuple:
    """The same two-armed tree, but every query pairs a node of the left bush with the root
    or a node near the top of the left arm (in either order): the answer is that ancestor,
    and bringing the deeper node up one level at a time costs about `arm` steps per query."""
    ids = rng.sample(range(-10**9, 10**9 + 1), 1 + 2 * arm + 2 * bush)
    root, (left, _) = _two_arms(rng, arm, bush, ids)
    high = ids[:50]  # the root, then the first 49 nodes of the left arm
    queries = []
    for _ in range(q):
        pair = [rng.choice(left), rng.choice(high)]
        queries.append(pair if rng.random() < 0.5 else pair[::-1])
    return root, queries


HIDDEN.append(Case(_ancestor_pairs(_rng, 24_950, 40, 50_000),
                   note="deepest: every query pairs a deep node with one of its top ancestors"))


def generate(rng):
    return _random_case(rng, rng.randint(1, 1500), rng.randint(1, 300), 10**6)


@st.composite
def _drawn(draw):
    ids = draw(st.lists(st.integers(-30, 30), unique=True, min_size=1, max_size=25))
    shape = draw(st.randoms(use_true_random=False))
    root = random_tree(shape, ids)
    pair = st.lists(st.sampled_from(ids), min_size=2, max_size=2)
    return root, draw(st.lists(pair, min_size=1, max_size=8))


def arguments():
    return _drawn()


def invariant(args, result):
    _, queries = args
    if len(result) != len(queries):
        return f"expected {len(queries)} answers, got {len(result)}"
    return None
