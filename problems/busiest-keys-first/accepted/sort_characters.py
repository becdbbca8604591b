from collections import Counter


def busiest_keys_first(keys: str) -> str:
    counts = Counter(keys)
    return "".join(sorted(keys, key=lambda key: (-counts[key], key)))
