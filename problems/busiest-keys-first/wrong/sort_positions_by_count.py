# verdict: Wrong Answer
# Sorts the characters themselves by count only: the sort is stable, so two tied keys stay
# interleaved as in the log instead of forming two groups.
from collections import Counter


def busiest_keys_first(keys: str) -> str:
    counts = Counter(keys)
    return "".join(sorted(keys, key=lambda key: -counts[key]))
