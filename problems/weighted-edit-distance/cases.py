import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(("kayak", "yak", 2, 3, 4), expected=6, note="delete the leading 'k' and 'a': 3 + 3"),
    Case(("abc", "xyz", 1, 1, 5), expected=6,
         note="three replacements would cost 15; delete all and insert all costs 6"),
    Case(("cart", "chart", 1, 1, 1), expected=1, note="insert 'h'"),
]

_rng = random.Random(4004)


def _word(n: int, letters: str) -> str:
    return "".join(_rng.choice(letters) for _ in range(n))


_base = _word(1000, "abcdefghijklmnopqrstuvwxyz")
_near = list(_base)
for _ in range(60):
    _near[_rng.randrange(1000)] = _rng.choice("xyz")
_near = "".join(_near)

HIDDEN = [
    Case(("", "", 3, 4, 5), note="both empty"),
    Case(("", "abc", 3, 4, 5), note="empty source"),
    Case(("abc", "", 3, 4, 5), note="empty target"),
    Case(("q", "q", 9, 9, 9), note="single equal characters"),
    Case(("q", "r", 9, 9, 9), note="single different characters"),
    Case(("q", "r", 2, 3, 9), note="replacement dearer than delete + insert"),
    Case(("abcab", "abcab", 1, 1, 1), note="equal strings with duplicate letters"),
    Case(("aaaa", "aa", 1, 7, 1), note="costly deletions"),
    Case(("aa", "aaaa", 7, 1, 1), note="costly insertions"),
    Case(("abcdef", "azcdxf", 5, 5, 0), note="free replacements"),
    Case(("abc", "defgh", 0, 0, 1000), note="free insertions and deletions"),
    Case(("abab", "baba", 1000, 1000, 1000), note="maximal costs"),
    Case(("sitting", "kitten", 1, 2, 3), note="asymmetric costs"),
    Case((_word(14, "ab"), _word(14, "cd"), 2, 2, 3), note="14 against 14: millions of paths"),
    Case((_base, _near, 4, 3, 2), note="largest, nearly equal"),
    Case((_word(1000, "ab"), _word(1000, "ab"), 3, 5, 7), note="largest, two letters"),
    Case((_word(1000, "abc"), _word(400, "abc"), 1000, 1, 1000), note="largest, long source"),
    Case(("a" * 1000, "b" * 1000, 1, 1, 3), note="largest, nothing in common"),
]


def generate(rng):
    letters = rng.choice(["ab", "abc", "abcdefghijklmnopqrstuvwxyz"])
    source = "".join(rng.choice(letters) for _ in range(rng.randint(0, 150)))
    target = "".join(rng.choice(letters) for _ in range(rng.randint(0, 150)))
    return source, target, rng.randint(0, 20), rng.randint(0, 20), rng.randint(0, 40)


def arguments():
    text = st.text(alphabet="abc", max_size=7)
    cost = st.integers(0, 9)
    return st.tuples(text, text, cost, cost, st.integers(0, 20))


def invariant(args, result):
    source, target, insert_cost, delete_cost, replace_cost = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    ceiling = len(source) * delete_cost + len(target) * insert_cost
    if not 0 <= result <= ceiling:
        return f"deleting everything and inserting the target costs {ceiling}; got {result}"
    return None


def scale(rng, n):
    """Two random strings of length n (up to 1000) over four letters."""
    source = "".join(rng.choice("abcd") for _ in range(n))
    target = "".join(rng.choice("abcd") for _ in range(n))
    return source, target, 3, 5, 7
