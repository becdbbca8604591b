import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(("52817", 2), expected="217",
         note="strike the 5 (a 2 follows it) and the 8 (a 1 follows it)"),
    Case(("30045", 1), expected="45", note="striking the 3 leaves `0045`, read as 45"),
    Case(("1279", 2), expected="12", note="the digits only rise, so the last two go"),
    Case(("7", 1), expected="0", note="nothing is left"),
]

_rng = random.Random(28202)
LIMIT = 200_000


def _digits(rng, n, alphabet="0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


HIDDEN = [
    Case(("5", 0), note="single digit, nothing struck"),
    Case(("0", 0), note="single zero"),
    Case(("0", 1), note="single zero struck"),
    Case(("9081726354", 0), note="k = 0 keeps everything"),
    Case(("00705", 0), note="k = 0 with leading zeros in the print"),
    Case(("0000", 0), note="only zeros, nothing struck"),
    Case(("0000", 2), note="only zeros"),
    Case(("987654", 6), note="k = n"),
    Case(("987654", 5), note="falling: keep the last digit"),
    Case(("123456", 3), note="rising: strike from the end"),
    Case(("1121", 1), note="equal digits must not be struck: the 2 goes, 111"),
    Case(("2212", 1), note="a tie before a drop: 212"),
    Case(("44434", 2), note="equal run before a drop"),
    Case(("55555", 2), note="all equal"),
    Case(("10200", 1), note="striking the 1 leaves 0200, read as 200"),
    Case(("100", 1), note="only zeros after the strike"),
    Case(("10001", 4), note="the leading zeros left over must be stripped"),
    Case(("9190", 2), note="strikes from the front, then the answer starts with 0"),
    Case(("3912", 1), note="a drop deep inside: 312"),
    Case(("4321", 2), note="falling run"),
    Case(("13579", 1), note="rising by two"),
    Case(("21", 1), note="two digits, strike the first"),
    Case(("12", 1), note="two digits, strike the last"),
    Case(("1" * LIMIT, LIMIT // 2), note="largest, all equal"),
    Case(("0123456789" * (LIMIT // 10), LIMIT // 2), note="largest, rising blocks"),
    Case(("9876543210" * (LIMIT // 10), LIMIT // 3), note="largest, falling blocks"),
    Case((_digits(_rng, LIMIT), LIMIT // 2), note="largest, random"),
    Case((_digits(_rng, LIMIT, "0001"), 1000), note="largest, mostly zeros"),
    Case((_digits(_rng, LIMIT, "89"), LIMIT - 7), note="largest, almost everything struck"),
    Case((_digits(_rng, LIMIT), LIMIT), note="largest, everything struck"),
    Case(("1" + "0" * (LIMIT - 1), 1), note="largest, all zeros after the strike"),
]


def generate(rng):
    n = rng.randint(1, 3000)
    alphabet = rng.choice(["0123456789", "01", "789", "0059"])
    amount = _digits(rng, n, alphabet)
    if rng.random() < 0.2:
        amount = "".join(sorted(amount))
    return amount, rng.randint(0, n)


def scale(rng, n):
    """All digits equal, half struck: rescanning from the start for each strike is n**2."""
    return "7" * n, n // 2


def arguments():
    amounts = st.text(alphabet=st.sampled_from("0123456789"), min_size=1, max_size=12) | \
        st.text(alphabet=st.sampled_from("012"), min_size=1, max_size=12)
    return amounts.flatmap(lambda amount: st.tuples(st.just(amount),
                                                    st.integers(0, len(amount))))


def invariant(args, result):
    amount, k = args
    if not isinstance(result, str):
        return f"expected a str, got {type(result).__name__}"
    if not result or not result.isdigit() or not result.isascii():
        return "the answer must be a non-empty string of digits"
    if result != "0" and result.startswith("0"):
        return "the answer has leading zeros"
    if len(result) > max(len(amount) - k, 1):
        return "the answer keeps more digits than are left after k strikes"
    return None
