"""Any valid three-way partition is accepted. This checker makes sure the answer holds the
same values as the reference's (with multiplicities); invariant() in cases.py, which runs
once this accepts, checks the block order against the pivot."""

from collections import Counter

from judge.grading.checkers.outcome import Outcome


def check(expected, actual, *, policy):
    if not isinstance(actual, list | tuple) or not all(
            isinstance(x, int) and not isinstance(x, bool) for x in actual):
        return Outcome.reject("return a list of ints")
    if len(actual) != len(expected):
        return Outcome.reject(f"expected {len(expected)} values, got {len(actual)}")
    missing = Counter(expected) - Counter(actual)
    if missing:
        value = next(iter(missing))
        return Outcome.reject(f"the answer is not a rearrangement of nums: it has too few "
                              f"copies of {value}")
    return Outcome.accept()
