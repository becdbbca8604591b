import random

from judge.grading.authoring import Case, TreeNode, chain_tree, random_tree, st, tree


def _backup(root: TreeNode | None) -> str:
    tokens, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is None:
            tokens.append("#")
        else:
            tokens.append(str(node.val))
            stack += [node.right, node.left]
    return ",".join(tokens)


def _values(rng: random.Random, n: int, low: int = -10**9, high: int = 10**9) -> list[int]:
    return [rng.randint(low, high) for _ in range(n)]


_rng = random.Random(20261206)

SAMPLES = [
    Case(("4,-1,#,#,#",), expected=True, note="root `4`, left leaf `-1`, no right child"),
    Case(("4,-1,#,#",), expected=False, note="the root's right slot is never filled"),
    Case(("#,#",), expected=False, note="`#` alone is the whole (empty) tree; the second `#` is extra"),
    Case(("",), expected=False, note="an empty line is not a backup, not even of the empty tree"),
]

_DEEP = 499_999  # a right path of this many nodes: 999999 tokens, 1999997 characters
_deep_right = _backup(chain_tree([_rng.randint(0, 9) for _ in range(_DEEP)], "r"))
_deep_left = _backup(chain_tree([_rng.randint(0, 9) for _ in range(_DEEP)], "l"))
_bushy = _backup(random_tree(_rng, _values(_rng, 150_000)))


def scale(rng, n):
    return (_backup(chain_tree([rng.randint(0, 9) for _ in range(n)], "rl")),)


HIDDEN = [
    Case(("#",), note="the empty tree"),
    Case(("0",), note="a lone value: both child slots open"),
    Case(("7,#",), note="one slot still open"),
    Case(("#,5",), note="a value after the empty tree"),
    Case(("0,#,#",), note="single node 0"),
    Case(("-5,#,#",), note="a negative value"),
    Case(("-1000000000,#,1000000000,#,#",), note="extreme values"),
    Case(("12,#,#",), note="a value of two digits is one token"),
    Case(("10,#,#,#",), note="one node and one marker too many"),
    Case(("#,1,#",), note="extra tokens that would balance the count: the tree ended after `#`"),
    Case(("1,#,#,2,#,#",), note="two complete trees glued together"),
    Case(("3,#,#,#,#",), note="several extra markers"),
    Case(("8,#,-8,#,#,8",), note="extra value after a complete tree"),
    Case(("9,2,#,#,#,2,#,#",), note="as many markers as values + 1, in the wrong order"),
    Case(("6,-6,-7,#,#,0,#,#,5,#,#",), note="a valid tree of five nodes"),
    Case(("6,-6,-7,#,#,0,#,#,5,#",), note="the last marker missing"),
    Case(("1,1,1,1,#,#,#,#,#",), note="a left path of four"),
    Case(("1,#,1,#,1,#,1,#,#",), note="a right path of four"),
    Case((_deep_right,), note="right path of 499999 nodes, 1999997 characters"),
    Case((_deep_right[:-2],), note="the deep path with the last marker cut off"),
    Case((_deep_left,), note="left path of 499999 nodes"),
    Case((_deep_left + ",#",), note="the deep left path with one extra marker"),
    Case((_bushy,), note="random shape, 150000 nodes"),
    Case((_bushy + ",5",), note="random shape with a value glued on"),
    Case((_bushy.replace(",#,", ",", 1),), note="random shape with one marker lost early"),
]


def _corrupt(rng: random.Random, line: str) -> str:
    tokens = line.split(",")
    choice = rng.randrange(4)
    if choice == 0:
        tokens.append(rng.choice(["#", str(rng.randint(-99, 99))]))
    elif choice == 1 and len(tokens) > 1:
        del tokens[rng.randrange(len(tokens))]
    elif choice == 2:
        i = rng.randrange(len(tokens))
        tokens[i] = "#" if tokens[i] != "#" else str(rng.randint(-99, 99))
    else:
        rng.shuffle(tokens)
    return ",".join(tokens)


def generate(rng):
    line = _backup(random_tree(rng, _values(rng, rng.randint(0, 3000), -1000, 1000)))
    return (line if rng.random() < 0.5 else _corrupt(rng, line),)


def arguments():
    token = st.one_of(st.just("#"), st.integers(-30, 30).map(str))
    random_tokens = st.lists(token, max_size=12).map(",".join)
    valid = st.lists(st.one_of(st.none(), st.integers(-30, 30)), max_size=15).map(
        lambda values: _backup(tree(values)))
    glued = st.tuples(valid, st.lists(token, min_size=1, max_size=3)).map(
        lambda pair: ",".join([pair[0], *pair[1]]))
    cut = valid.map(lambda line: line.rsplit(",", 1)[0])
    return st.one_of(random_tokens, valid, glued, cut).map(lambda line: (line,))
