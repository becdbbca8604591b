# verdict: Wrong Answer
# a module-level lru_cache on (i, j) that is never cleared between calls
import sys
from functools import lru_cache
_args = {}
@lru_cache(maxsize=None)
def _cost(i, j):
    s, t, ins, dele, rep = _args["a"]
    if i == 0:
        return j * ins
    if j == 0:
        return i * dele
    return min(_cost(i - 1, j) + dele, _cost(i, j - 1) + ins,
               _cost(i - 1, j - 1) + (0 if s[i - 1] == t[j - 1] else rep))
def min_edit_cost(source, target, insert_cost, delete_cost, replace_cost):
    _args["a"] = (source, target, insert_cost, delete_cost, replace_cost)
    # fill bottom-up through the cache to keep recursion shallow
    for i in range(len(source) + 1):
        for j in range(len(target) + 1):
            _cost(i, j)
    return _cost(len(source), len(target))
