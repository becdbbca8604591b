import random
import string

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(("abca",), expected=1,
         note="add `b` between `c` and the last `a` (`abcba`), or `c` after the first `a` "
              "(`acbca`): one letter in the middle is enough"),
    Case(("race",), expected=3, note="`race` + `car` gives `racecar`"),
    Case(("level",), expected=0, note="already a palindrome"),
]

_rng = random.Random(20002)


def _random(alphabet: str, n: int) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


def _near_palindrome(n: int) -> str:
    half = _random("abcd", n // 2)
    text = list(half + half[::-1])
    for _ in range(3):
        text[_rng.randrange(len(text))] = _rng.choice("abcd")
    return "".join(text)


HIDDEN = [
    Case(("",), note="empty motto"),
    Case(("q",), note="a single letter"),
    Case(("ab",), note="two different letters"),
    Case(("zz",), note="two equal letters"),
    Case(("abc",), note="three different letters"),
    Case(("aab",), note="a palindromic prefix: pad the end"),
    Case(("baa",), note="a palindromic suffix: pad the front"),
    Case(("abcda",), note="ends match, the middle needs padding"),
    Case(("abcbda",), note="best fix is in the middle, neither end"),
    Case(("zzazz",), note="already a palindrome"),
    Case(("abcc",), note="padding the end that makes the next pair match is not always best"),
    Case(("abacabadabacabae",), note="one stray letter at the end of a long palindrome"),
    Case(("xabcbay",), note="a long palindrome inside, different letters at both ends"),
    Case(("abcdefghijklmnopqrstuvwxyz",), note="all letters different: n - 1"),
    Case(("a" * 2000,), note="largest: one letter repeated"),
    Case(("ab" * 1000,), note="largest: alternating letters"),
    Case((string.ascii_lowercase * 76 + "abcd",), note="largest: the alphabet over and over"),
    Case((_random(string.ascii_lowercase, 2000),), note="largest: random letters"),
    Case((_random("ab", 2000),), note="largest: random over two letters"),
    Case((_near_palindrome(2000),), note="largest: a palindrome with three letters changed"),
    Case((_random("xyz", 1999),), note="odd length"),
]


def generate(rng):
    n = rng.choice([rng.randint(0, 30), rng.randint(500, 2000)])
    alphabet = rng.choice(["ab", "abc", string.ascii_lowercase])
    return ("".join(rng.choice(alphabet) for _ in range(n)),)


def arguments():
    return st.tuples(st.text(st.sampled_from("abc"), max_size=12))


def invariant(args, result):
    (motto,) = args
    if not 0 <= result <= max(len(motto) - 1, 0):
        return f"{result} is outside 0 .. len(motto) - 1"
    return None


def scale(rng, n):
    """A motto of n random letters."""
    return ("".join(rng.choice(string.ascii_lowercase) for _ in range(n)),)
