# verdict: Wrong Answer
# a module-level lru_cache keyed on (kind index, remaining fare), never cleared
from functools import lru_cache
_kinds = []
@lru_cache(maxsize=None)
def _ways(i, rest):
    if rest == 0:
        return 1
    if i == len(_kinds) or rest < 0:
        return 0
    return (_ways(i, rest - _kinds[i]) + _ways(i + 1, rest)) % 1_000_000_007
def count_payments(coins, amount):
    _kinds[:] = sorted(set(coins))
    return _ways(0, amount)
