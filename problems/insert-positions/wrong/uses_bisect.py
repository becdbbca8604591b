# verdict: Compilation Error
# Right answers, but the statement forbids the bisect module: the grader refuses it before
# running anything.
from bisect import bisect_left


def insert_positions(nums: list[int], queries: list[int]) -> list[int]:
    return [bisect_left(nums, q) for q in queries]
