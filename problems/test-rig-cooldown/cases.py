import random
import string

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((["scan", "scan", "scan", "burn", "burn", "cut"], 2), expected=7,
         note="scan burn cut scan burn (idle) scan"),
    Case((["etch", "bake", "wash", "etch", "bake", "wash", "dry"], 1), expected=7,
         note="other jobs fill every gap: no idle minute"),
    Case((["x", "x", "y", "y"], 3), expected=6, note="two types share the top count: x y _ _ x y"),
]

LIMIT = 100_000
BIG = 10**9
_rng = random.Random(2809)


def _names(count: int) -> list[str]:
    """`count` different types: a, b, ..., z, aa, ab, ..."""
    names = []
    width = 1
    while len(names) < count:
        for i in range(26 ** width):
            if len(names) == count:
                break
            digits, name = i, ""
            for _ in range(width):
                digits, letter = divmod(digits, 26)
                name = string.ascii_lowercase[letter] + name
            names.append(name)
        width += 1
    return names


def _jobs(rng: random.Random, counts: list[int]) -> list[str]:
    jobs = [name for name, count in zip(_names(len(counts)), counts) for _ in range(count)]
    rng.shuffle(jobs)
    return jobs


HIDDEN = [
    Case(([], 5), note="no jobs"),
    Case(([], 0), note="no jobs, no cooldown"),
    Case((["probe"], BIG), note="one job, the longest cooldown"),
    Case((["probe", "probe"], BIG), note="two jobs of one type, the longest cooldown"),
    Case((["a", "a", "a", "a"], 0), note="no cooldown"),
    Case((["a", "a", "a", "a"], 1), note="one type, cooldown 1"),
    Case((["a", "b", "c", "d", "e"], 7), note="all types different"),
    Case((["a", "a", "a", "b", "c"], 1), note="other jobs fill the gaps exactly"),
    Case((["a", "a", "a", "b", "c", "d"], 1), note="one job more than the gaps hold"),
    Case((["a", "a", "a", "b", "b", "c"], 3), note="one type on top, a second close behind"),
    Case((["a", "b", "a", "b", "a", "b", "c"], 2), note="two types tied on top, one more job"),
    Case((["a", "b", "c"] * 3, 4), note="three types tied on top"),
    Case((["a", "b", "c"] * 3 + ["d", "e"], 1), note="tied on top and no idle minute"),
    Case((["a", "a", "b", "b", "c", "c", "d"], 2), note="ties fill the rounds exactly"),
    Case((["ab", "a", "b", "ab", "ba", "ab"], 2), note="types that share letters are different"),
    Case((["aaaaaaaaaa"] * 5 + ["zzzzzzzzzz"] * 5, 0), note="the longest type names"),
    Case((["z"] * 3 + list("abcdefgh"), 4), note="exactly enough other jobs to fill the gaps"),
    Case((["z"] * 3 + list("abcdefghi"), 4), note="one job more than the gaps hold"),
    Case((["z"] * 3 + list("abcdefg"), 4), note="one job fewer than the gaps hold"),
    Case((["only"] * LIMIT, BIG), note="largest, one type, the longest cooldown"),
    Case((_names(LIMIT), BIG), note="largest, every job a different type"),
    Case((_jobs(_rng, [2] * (LIMIT // 2)), BIG), note="largest, many types tied at two jobs"),
    Case((_jobs(_rng, [3846] * 20 + [3845] * 6), 25),
         note="largest, 26 types, the rounds are filled exactly"),
    Case((_jobs(_rng, [5000] * 10 + [1] * 50000), 19),
         note="largest, ten tied types, fillers overflow the rounds by ten"),
    Case((_jobs(_rng, [5000] * 10 + [1] * 50000), 29),
         note="largest, ten tied types, rounds with idle minutes"),
    Case((_jobs(_rng, [_rng.randint(1, 400) for _ in range(500)])[:LIMIT], 300),
         note="largest, random counts"),
]


def generate(rng):
    kinds = rng.randint(1, 40)
    counts = [rng.randint(1, rng.choice([2, 5, 50])) for _ in range(kinds)]
    return _jobs(rng, counts), rng.choice([0, 1, 2, 5, 30, rng.randint(0, BIG)])


def scale(rng, n):
    """n jobs of two types and a cooldown of n: a minute-by-minute shift grows like n^2."""
    jobs = ["hot"] * (n // 2) + ["cold"] * (n - n // 2)
    rng.shuffle(jobs)
    return jobs, n


def arguments():
    return st.tuples(st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=12),
                     st.integers(0, 5))


def invariant(args, result):
    jobs, cooldown = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {result!r}"
    if result < len(jobs):
        return f"{len(jobs)} jobs need at least {len(jobs)} minutes, got {result}"
    return None
