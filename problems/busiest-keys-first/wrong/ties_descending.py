# verdict: Wrong Answer
# Sorts by (count, code) and reverses the whole list: the tie rule comes out reversed too.
def busiest_keys_first(keys: str) -> str:
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    order = sorted(counts, key=lambda key: (counts[key], key), reverse=True)
    return "".join(key * counts[key] for key in order)
