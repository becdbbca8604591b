# verdict: Time Limit Exceeded
# Correct, but compares each reading with up to max_gap later ones: O(n^2) when max_gap is
# large and no pair exists.
def has_close_pair(readings: list[int], max_gap: int, tolerance: int) -> bool:
    n = len(readings)
    for i in range(n):
        value = readings[i]
        for j in range(i + 1, min(n, i + max_gap + 1)):
            if abs(readings[j] - value) <= tolerance:
                return True
    return False
