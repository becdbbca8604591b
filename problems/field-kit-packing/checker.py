"""Any optimal set is accepted: the value must be the optimum; `invariant` in cases.py then
checks that the chosen indices really form a set of that value within the capacity."""

from judge.grading.checkers.outcome import Outcome


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def check(expected, actual, *, policy):
    if not isinstance(actual, (list, tuple)) or len(actual) != 2:
        return Outcome.reject("return a pair (best, chosen)")
    best, chosen = actual
    if not _is_int(best):
        return Outcome.reject(f"best must be an int, got {type(best).__name__}")
    if not isinstance(chosen, (list, tuple)) or not all(_is_int(i) for i in chosen):
        return Outcome.reject("chosen must be a list of int indices")
    if best != expected[0]:
        return Outcome.reject(f"best value {best} is not the optimum {expected[0]}")
    return Outcome.accept()
