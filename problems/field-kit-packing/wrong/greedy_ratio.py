# verdict: Wrong Answer
# Packs pieces by value per gram, best first, while they fit: fast but not optimal.
def pack_kit(weights: list[int], values: list[int], capacity: int) -> tuple[int, list[int]]:
    order = sorted(range(len(weights)),
                   key=lambda i: -values[i] / weights[i] if weights[i] else float("-inf"))
    room, total, chosen = capacity, 0, []
    for i in order:
        if weights[i] <= room:
            room -= weights[i]
            total += values[i]
            chosen.append(i)
    return total, sorted(chosen)
