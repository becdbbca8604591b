"""Any valid zigzag is accepted. The reference's answer only supplies the multiset of
heights: the submission must hold the same values with the same multiplicities and satisfy
h[0] < h[1] > h[2] < ... strictly."""

from collections import Counter

from judge.grading.checkers.outcome import Outcome


def check(expected, actual, *, policy):
    if not isinstance(actual, list | tuple) or not all(
            isinstance(x, int) and not isinstance(x, bool) for x in actual):
        return Outcome.reject("return a list of ints")
    if len(actual) != len(expected):
        return Outcome.reject(f"expected {len(expected)} heights, got {len(actual)}")
    wanted, got = Counter(expected), Counter(actual)
    if wanted != got:
        short = wanted - got
        value = next(iter(short)) if short else next(iter(got - wanted))
        return Outcome.reject(f"the answer is not a rearrangement of heights: it has the wrong "
                              f"number of copies of {value}")
    for i in range(len(actual) - 1):
        left, right = actual[i], actual[i + 1]
        if i % 2 == 0 and not left < right:
            return Outcome.reject(f"position {i} is even, so h[{i}] < h[{i + 1}] is needed, "
                                  f"but got {left} and {right}")
        if i % 2 == 1 and not left > right:
            return Outcome.reject(f"position {i} is odd, so h[{i}] > h[{i + 1}] is needed, "
                                  f"but got {left} and {right}")
    return Outcome.accept()
