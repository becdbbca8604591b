# verdict: Wrong Answer
# Jumps the start to just after the artist's cap-th previous song, but without max(): an
# older occurrence can move the start back over a song that already broke the cap.
def longest_fair_stretch(artists: list[str], cap: int) -> list[int]:
    seen = {}
    best_start, best_length = 0, 0
    left = 0
    for right, name in enumerate(artists):
        positions = seen.setdefault(name, [])
        positions.append(right)
        if len(positions) > cap:
            left = positions[len(positions) - cap - 1] + 1
        if right - left + 1 > best_length:
            best_start, best_length = left, right - left + 1
    return [best_start, best_length]
