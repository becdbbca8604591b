from collections import Counter


def busiest_keys_first(keys: str) -> str:
    counts = Counter(keys)
    order = sorted(counts, key=lambda key: (-counts[key], ord(key)))
    return "".join(key * counts[key] for key in order)
