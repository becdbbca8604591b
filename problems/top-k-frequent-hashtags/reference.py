def trending(tags: list[str], k: int) -> list[str]:
    counts: dict[str, int] = {}
    for tag in tags:
        counts[tag] = counts.get(tag, 0) + 1
    # bucket i holds the hashtags used exactly i times
    buckets: list[list[str]] = [[] for _ in range(len(tags) + 1)]
    for tag, count in counts.items():
        buckets[count].append(tag)
    out: list[str] = []
    for count in range(len(tags), 0, -1):
        if len(out) >= k:
            break
        if buckets[count]:
            # only the ties inside one bucket need ordering
            out.extend(sorted(buckets[count]))
    return out[:k]
