from collections import defaultdict, deque


def longest_fair_stretch(artists, cap):
    recent = defaultdict(deque)  # the last cap + 1 positions of each artist
    best_start = best_length = 0
    left = 0
    for right, name in enumerate(artists):
        positions = recent[name]
        positions.append(right)
        if len(positions) > cap:
            left = max(left, positions.popleft() + 1)
        if right + 1 - left > best_length:
            best_start, best_length = left, right + 1 - left
    return [best_start, best_length]
