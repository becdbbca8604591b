"""Accepts any cycle: this checker compares only whether a cycle exists. The cycle itself is
validated against the edges by invariant() in cases.py, which runs once this accepts."""

from judge.grading.checkers.outcome import Outcome


def check(expected, actual, *, policy):
    if not isinstance(actual, list | tuple) or not all(
            isinstance(x, int) and not isinstance(x, bool) for x in actual):
        return Outcome.reject("return a list of task numbers")
    if not expected and actual:
        return Outcome.reject("the graph has no cycle, so the answer is []")
    if expected and not actual:
        return Outcome.reject(f"the graph has a cycle (for example {list(expected)[:20]}), "
                              "but [] was returned")
    return Outcome.accept()
