import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(("noon",), expected=[["n", "o", "o", "n"], ["n", "oo", "n"], ["noon"]],
         note="`noon` can stay whole; `oo` is a palindrome, `no` and `on` are not"),
    Case(("abaab",), expected=[["a", "b", "a", "a", "b"], ["a", "b", "aa", "b"],
                               ["a", "baab"], ["aba", "a", "b"]],
         note="`[\"a\", ...]` ways come before `[\"aba\", ...]`: the shorter first piece first"),
    Case(("xy",), expected=[["x", "y"]], note="only single letters"),
]

_rng = random.Random(16016)


def _random(alphabet: str, n: int) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


HIDDEN = [
    Case(("",), note="empty banner: one way with no pieces"),
    Case(("q",), note="a single panel"),
    Case(("zz",), note="two equal panels"),
    Case(("abc",), note="no piece longer than one letter"),
    Case(("racecar",), note="nested palindromes"),
    Case(("aaaaaaaaaaaaaaaa",), note="largest: sixteen equal letters, 2^15 ways"),
    Case(("abababababababab",), note="largest: alternating letters"),
    Case(("aabbaabbaabbaabb",), note="largest: pairs of letters"),
    Case(("abcdefghijklmnop",), note="largest: all letters different"),
    Case(("zyxwvutsrqponmlk",), note="letters near the end of the alphabet"),
    Case(("abcbaabcbaabcbaa",), note="overlapping long palindromes"),
    Case((_random("ab", 16),), note="random over two letters"),
]


def generate(rng):
    n = rng.randint(0, 16)
    alphabet = rng.choice(["a", "ab", "abc", "abcdefghijklmnopqrstuvwxyz"])
    return ("".join(rng.choice(alphabet) for _ in range(n)),)


def arguments():
    return st.tuples(st.text(st.sampled_from("abc"), max_size=9))


def invariant(args, result):
    (banner,) = args
    for way in result:
        if "".join(way) != banner:
            return f"the pieces {way} do not make up the banner"
        for piece in way:
            if not piece or piece != piece[::-1]:
                return f"piece {piece!r} is not a palindrome"
    ways = [list(way) for way in result]
    if any(a >= b for a, b in zip(ways, ways[1:], strict=False)):
        return "ways are repeated or not in lexicographic order"
    return None
