# verdict: Wrong Answer
# Shrinks too far: on an overflow it restarts after the artist's most recent song, which is
# right only for cap 1 (with cap 2 it should drop only the artist's oldest song in the window).
def longest_fair_stretch(artists: list[str], cap: int) -> list[int]:
    counts, last = {}, {}
    best_start, best_length = 0, 0
    left = 0
    for right, name in enumerate(artists):
        counts[name] = counts.get(name, 0) + 1
        if counts[name] > cap:
            new_left = last.get(name, right) + 1
            for i in range(left, new_left):
                counts[artists[i]] -= 1
            left = new_left
        last[name] = right
        if right - left + 1 > best_length:
            best_start, best_length = left, right - left + 1
    return [best_start, best_length]
