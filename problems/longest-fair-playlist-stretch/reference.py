def longest_fair_stretch(artists: list[str], cap: int) -> list[int]:
    counts = {}
    best_start, best_length = 0, 0
    left = 0
    for right, name in enumerate(artists):
        counts[name] = counts.get(name, 0) + 1
        while counts[name] > cap:
            counts[artists[left]] -= 1
            left += 1
        if right - left + 1 > best_length:
            best_start, best_length = left, right - left + 1
    return [best_start, best_length]
