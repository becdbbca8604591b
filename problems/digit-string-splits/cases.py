import random

from judge.grading.authoring import Case, st

MOD = 1_000_000_007

SAMPLES = [
    Case(("11011", 200), expected=5,
         note="1|10|1|1, 1|10|11, 1|101|1, 110|1|1 and 110|11; no piece can start at the 0, "
              "and 1011 is over 200"),
    Case(("9100", 50), expected=0, note="every split leaves a piece that starts with 0"),
    Case(("", 7), expected=1, note="the empty string splits one way, into no pieces"),
]

LIMIT = 100_000


def _digits(rng: random.Random, n: int, zero_share: float) -> str:
    return "".join("0" if rng.random() < zero_share else str(rng.randint(1, 9))
                   for _ in range(n))


_rng = random.Random(1729)

HIDDEN = [
    Case(("0", 5), note="a lone zero"),
    Case(("7", 5), note="a single digit above the limit"),
    Case(("7", 7), note="a single digit equal to the limit"),
    Case(("1111", 1), note="limit 1: only single ones"),
    Case(("9", 10), note="9 is below 10 even though '9' > '10' as text"),
    Case(("99999", 10), note="only single digits fit"),
    Case(("1000000000", 10**9), note="the largest piece"),
    Case(("1000000001", 10**9), note="just over the largest limit"),
    Case(("10203", 1000), note="zeros inside pieces"),
    Case(("3007", 10**9), note="two zeros in a row"),
    Case(("1" * 64, 99), note="sixty-four ones"),
    Case(("1" * LIMIT, 10**9), note="largest, all ones: the count wraps many times"),
    Case((_digits(_rng, LIMIT, 0.1), 10**9), note="largest, random digits"),
    Case((_digits(_rng, LIMIT, 0.02), 26), note="largest, small limit"),
    Case(("9" * LIMIT, 8), note="largest, nothing fits"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    limit = rng.choice([rng.randint(1, 30), rng.randint(1, 10**4), rng.randint(1, 10**9)])
    return _digits(rng, n, rng.choice([0.0, 0.1, 0.4])), limit


def arguments():
    return st.tuples(st.text(alphabet="0123", max_size=14),
                     st.one_of(st.integers(1, 40), st.integers(1, 5000)))


def scale(rng, n):
    return _digits(rng, n, 0.1), 10**9


def invariant(args, result):
    digits, _ = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if not 0 <= result < MOD:
        return "the count must be reduced modulo 1_000_000_007"
    if digits.startswith("0") and result != 0:
        return "the first piece would start with 0, so no split is valid"
    return None
