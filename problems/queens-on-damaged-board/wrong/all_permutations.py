# verdict: Time Limit Exceeded
# Correct, but checks all n! column orders, one queen per row, without pruning.
from itertools import permutations


def count_queen_placements(n, broken):
    damaged = {(r, c) for r, c in broken}
    count = 0
    for columns in permutations(range(n)):
        if any((r, c) in damaged for r, c in enumerate(columns)):
            continue
        if len({r - c for r, c in enumerate(columns)}) == n and \
                len({r + c for r, c in enumerate(columns)}) == n:
            count += 1
    return count
