import random
import string

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(("abacdcd",), expected=[3, 4], note="a's batch is aba, then c and d share cdcd"),
    Case(("qrsq",), expected=[4], note="q's pictures at both ends keep the roll whole"),
    Case(("xyyz",), expected=[1, 2, 1], note="every client alone: as many batches as clients"),
]

LIMIT = 100_000
_rng = random.Random(2810)


def _blocks(rng: random.Random, count: int, groups: int) -> str:
    """Letters dealt into `groups` disjoint sets; each set fills one stretch of the roll, so
    the roll splits into at least `groups` batches."""
    letters = list(string.ascii_lowercase)
    rng.shuffle(letters)
    sets = [letters[i::groups] for i in range(groups)]
    cuts = sorted(rng.sample(range(1, count), groups - 1)) if groups > 1 else []
    bounds = [0] + cuts + [count]
    return "".join(rng.choice(sets[g]) for g in range(groups)
                   for _ in range(bounds[g + 1] - bounds[g]))


def _random_roll(rng: random.Random, count: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(count))


HIDDEN = [
    Case(("",), note="an empty roll"),
    Case(("m",), note="one picture"),
    Case(("aaaa",), note="one client"),
    Case(("abcdefghijklmnopqrstuvwxyz",), note="every client once"),
    Case(("abba",), note="nested"),
    Case(("abcabc",), note="interleaved clients"),
    Case(("aabbcc",), note="runs of one client each"),
    Case(("abcb",), note="a single picture, then a batch"),
    Case(("abcab",), note="b ends inside a's batch, which goes on"),
    Case(("abcbda",), note="the batch stretches to the last a"),
    Case(("abacbd",), note="a's batch is stretched by b"),
    Case(("zyxxyzw",), note="the first batch closes at the last z"),
    Case(("baab" + "cddc" + "e",), note="three batches, the last one picture"),
    Case(("a" + "bcdefghijklmnopqrstuvwxyz" * 3 + "a",), note="the ends share a client"),
    Case(("a" * LIMIT,), note="largest, one client"),
    Case(("a" + _random_roll(_rng, LIMIT - 2, "bcdefghijk") + "a",),
         note="largest, one batch held together by its ends"),
    Case(("".join(sorted(_random_roll(_rng, LIMIT, string.ascii_lowercase))),),
         note="largest, sorted: one batch per client"),
    Case((_blocks(_rng, LIMIT, 13),), note="largest, thirteen groups of clients"),
    Case((_random_roll(_rng, LIMIT, string.ascii_lowercase),), note="largest, random"),
]


def generate(rng):
    count = rng.randint(1, 3000)
    if count >= 26 and rng.random() < 0.6:
        return (_blocks(rng, count, rng.randint(1, 26)),)
    alphabet = string.ascii_lowercase[:rng.randint(1, 26)]
    return (_random_roll(rng, count, alphabet),)


def scale(rng, n):
    """One batch held together by its first and last picture: re-checking every cut grows
    like n^2."""
    return ("a" + _random_roll(rng, max(0, n - 2), "bcdefghijk") + "a",)


def arguments():
    return st.tuples(st.text(alphabet="abcde", max_size=14))


def invariant(args, result):
    (shots,) = args
    if not isinstance(result, list) or not all(isinstance(x, int) and not isinstance(x, bool)
                                               for x in result):
        return f"expected a list of ints, got {result!r}"
    if any(x <= 0 for x in result):
        return f"every batch holds at least one picture, got {result}"
    if sum(result) != len(shots):
        return f"the batch sizes add up to {sum(result)}, not {len(shots)}"
    return None
