import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(("cabd", "acbd"), expected="abd", note='"abd" and "cbd" are both longest'),
    Case(("dcab", "bacd"), expected="a", note="no two letters appear in the same order"),
    Case(("xyz", "abc"), expected="", note="no common letter"),
]

_rng = random.Random(1213)


def _word(n: int, letters: str) -> str:
    return "".join(_rng.choice(letters) for _ in range(n))


_story = _word(1000, "abcdefghijklmnopqrstuvwxyz")
_copy_one = "".join(c for c in _story if _rng.random() < 0.8)
_copy_two = "".join(c for c in _story if _rng.random() < 0.8)

HIDDEN = [
    Case(("", ""), note="both empty"),
    Case(("", "abc"), note="empty first"),
    Case(("abc", ""), note="empty second"),
    Case(("q", "q"), note="single equal letters"),
    Case(("q", "p"), note="single different letters"),
    Case(("aaaa", "aa"), note="repeated letter"),
    Case(("ba", "ab"), note="two longest of length 1: a beats b"),
    Case(("bca", "cab"), note='"ca" is the only longest; a shorter "a" loses'),
    Case(("cab", "cba"), note="taking the smallest letter first can shorten the answer"),
    Case(("bacbca", "cbabca"), note="many longest candidates"),
    Case(("abcde", "abcde"), note="equal strings"),
    Case(("zyxwv", "vwxyz"), note="reversed"),
    Case((_word(22, "ab"), _word(22, "cd") + "a"), note="22 letters: millions of branches"),
    Case((_copy_one, _copy_two), note="largest, two damaged copies of one log"),
    Case((_word(1000, "ab"), _word(1000, "ab")), note="largest, two letters"),
    Case((_word(1000, "abcdefghijklmnopqrstuvwxyz"), _word(1000, "abcdefghijklmnopqrstuvwxyz")),
         note="largest, random"),
    Case(("z" * 1000, "a" * 999 + "z"), note="largest, one common letter"),
]


def generate(rng):
    letters = rng.choice(["ab", "abc", "abcdefghij"])
    first = "".join(rng.choice(letters) for _ in range(rng.randint(0, 120)))
    second = "".join(rng.choice(letters) for _ in range(rng.randint(0, 120)))
    return first, second


def arguments():
    text = st.text(alphabet="abc", max_size=8)
    return st.tuples(text, text)


def _is_subsequence(word: str, text: str) -> bool:
    letters = iter(text)
    return all(c in letters for c in word)


def invariant(args, result):
    first, second = args
    if not isinstance(result, str):
        return f"expected a str, got {type(result).__name__}"
    for name, text in (("first", first), ("second", second)):
        if not _is_subsequence(result, text):
            return f"{result!r} is not a subsequence of {name}"
    return None


def scale(rng, n):
    """Two random strings of length n (up to 1000) over four letters."""
    return ("".join(rng.choice("abcd") for _ in range(n)),
            "".join(rng.choice("abcd") for _ in range(n)))
