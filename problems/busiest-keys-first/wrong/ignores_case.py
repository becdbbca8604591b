# verdict: Wrong Answer
# Counts keys case-insensitively (the statement says case matters), so "a" and "A" pool
# their counts.
from collections import Counter


def busiest_keys_first(keys: str) -> str:
    counts = Counter(keys.lower())
    return "".join(sorted(keys, key=lambda key: (-counts[key.lower()], key)))
