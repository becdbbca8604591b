import random
import string

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(("aaabbb",), expected=2, note="one stroke per block"),
    Case(("aba",), expected=2, note="paint aaa, then b in the middle"),
    Case(("abcabc",), expected=5, note="one long stroke of a helps"),
    Case(("",), expected=0, note="nothing to paint"),
]


def _random(rng, n, colours):
    return "".join(rng.choice(colours) for _ in range(n))


def _runs(rng, n, colours):
    """A pattern of runs of random lengths (1-6 tiles)."""
    out = []
    while len(out) < n:
        out.extend(rng.choice(colours) * rng.randint(1, 6))
    return "".join(out[:n])


_rng = random.Random(61206)

HIDDEN = [
    Case(("q",), note="one tile"),
    Case(("zzzz",), note="one colour"),
    Case(("ab",), note="two colours"),
    Case(("abab",), note="alternating, 3"),
    Case(("abcb",), note="b covers c's neighbours: 3"),
    Case(("abcdcba",), note="nested palindrome: 4"),
    Case(("abacaba",), note="a under everything"),
    Case(("aabbaabb",), note="runs collapse: like abab"),
    Case(("abcba" * 3,), note="repeated palindromes"),
    Case(("abcdefghijklmnopqrstuvwxyz",), note="every colour once"),
    Case(("abcdefghijklmnopqrstuvwxyz"[::-1] + "abcdefghijklmnopqrstuvwxyz",), note="V shape"),
    Case(("a" * 300,), note="largest, one colour"),
    Case(("ab" * 150,), note="largest, alternating"),
    Case(("abc" * 100,), note="largest, a cycle of three"),
    Case((("abcdefghij" * 15) + ("jihgfedcba" * 15),), note="largest, nested mirror"),
    Case((_random(_rng, 300, "ab"),), note="largest, two colours"),
    Case((_random(_rng, 300, "abcd"),), note="largest, four colours"),
    Case((_random(_rng, 300, string.ascii_lowercase),), note="largest, every colour"),
    Case((_runs(_rng, 300, "abc"),), note="largest, runs of three colours"),
]


def generate(rng):
    colours = string.ascii_lowercase[: rng.randint(1, 6)]
    return (_random(rng, rng.randint(0, 40), colours),)


def arguments():
    return st.tuples(st.text(alphabet="abc", max_size=9))


def invariant(args, result):
    (pattern,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    runs = sum(1 for i, c in enumerate(pattern) if i == 0 or c != pattern[i - 1])
    if not len(set(pattern)) <= result <= runs:
        return (f"{result} strokes: a pattern with {len(set(pattern))} colours in {runs} runs "
                f"needs at least {len(set(pattern))} and at most {runs}")
    return None


def scale(rng, n):
    """n tiles (up to 300) of four colours, no two neighbours equal."""
    out = [rng.choice("abcd")]
    while len(out) < n:
        out.append(rng.choice([c for c in "abcd" if c != out[-1]]))
    return ("".join(out[:n]),)
