# expect: Runtime Error, Memory Limit Exceeded, Time Limit Exceeded
# Lifts the recursion limit and recurses without end: the C stack or the memory gives out.
import sys

sys.setrecursionlimit(10**9)


def _down(n):
    return _down(n + 1) + 1


def insert_positions(nums, queries):
    return [_down(q) for q in queries]
