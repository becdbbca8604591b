import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(("banana",), expected="aaannb",
         note="a three times, n twice, b once"),
    Case(("zyx zz",), expected="zzz xy",
         note="space, x and y each occur once: they follow in code order (space is 32)"),
    Case(("bBaA",), expected="ABab", note="all counts equal: upper case codes come first"),
]

N = 200_000
_rng = random.Random(2829)
_PRINTABLE = "".join(chr(code) for code in range(32, 127))


def _text(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _skewed(rng: random.Random, n: int) -> str:
    weights = [rng.randint(1, 50) for _ in _PRINTABLE]
    return "".join(rng.choices(_PRINTABLE, weights=weights, k=n))


HIDDEN = [
    Case(("",), note="empty log"),
    Case(("q",), note="a single key"),
    Case(("    ",), note="only spaces"),
    Case(("~ ",), note="the extreme codes 126 and 32, tied"),
    Case(("dcba",), note="all counts equal, given in descending code order"),
    Case(("abab",), note="two tied keys that alternate: groups must be contiguous"),
    Case(("baba",), note="the tied key with the larger code appears first in the log"),
    Case(("cabbacc",), note="c wins, a and b tie"),
    Case(("zzyyxxw",), note="three tied pairs given in descending order, then a single"),
    Case(("aAaA bB",), note="case matters: a and A tie, B and b tie, space alone"),
    Case(("1a1a1a",), note="digits before letters when tied"),
    Case(("mississippi",), note="i and s tie at 4, p 2, m 1"),
    Case(("e" * 5 + "d" * 4 + "c" * 3 + "b" * 2 + "a",), note="already ordered by count"),
    Case(("a" + "b" * 2 + "c" * 3 + "d" * 4 + "e" * 5,), note="counts ascending in the log"),
    Case((_text(_rng, N, _PRINTABLE),), note="largest, every printable character, near ties"),
    Case((_skewed(_rng, N),), note="largest, skewed counts"),
    Case(("".join(_PRINTABLE[::-1][i % 95] for i in range(95 * 2000)),),
         note="largest, all 95 characters tied at 2000, codes descending in the log"),
    Case(("z" * N,), note="largest, one key"),
    Case((_text(_rng, N, "ab"),), note="largest, two keys"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    alphabet = rng.choice(["ab", "abcAB ", "0123456789", _PRINTABLE])
    return (_text(rng, n, alphabet),)


def arguments():
    return st.tuples(st.text(alphabet="abcAB 1~", max_size=14))


def invariant(args, result):
    (keys,) = args
    if not isinstance(result, str):
        return f"expected a str, got {type(result).__name__}"
    if sorted(result) != sorted(keys):
        return "the answer does not hold exactly the characters of keys"
    return None


def scale(rng, n):
    return (_text(rng, n, _PRINTABLE),)
