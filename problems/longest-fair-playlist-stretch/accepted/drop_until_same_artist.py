def longest_fair_stretch(artists, cap):
    counts = {}
    best = [0, 0]
    left = 0
    for right, name in enumerate(artists):
        counts[name] = counts.get(name, 0) + 1
        if counts[name] > cap:
            # drop songs from the left up to and including the oldest song by `name`
            while True:
                dropped = artists[left]
                counts[dropped] -= 1
                left += 1
                if dropped == name:
                    break
        if right - left + 1 > best[1]:
            best = [left, right - left + 1]
    return best
