def busiest_keys_first(keys: str) -> str:
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    buckets: list[list[str]] = [[] for _ in range(len(keys) + 1)]
    for key, count in counts.items():
        buckets[count].append(key)
    parts = []
    for count in range(len(keys), 0, -1):
        for key in sorted(buckets[count]):
            parts.append(key * count)
    return "".join(parts)
