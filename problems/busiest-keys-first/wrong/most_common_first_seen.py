# verdict: Wrong Answer
# Counter.most_common keeps tied keys in the order they were first seen, not by code.
from collections import Counter


def busiest_keys_first(keys: str) -> str:
    return "".join(key * count for key, count in Counter(keys).most_common())
