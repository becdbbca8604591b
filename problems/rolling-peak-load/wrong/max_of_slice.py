# verdict: Time Limit Exceeded
# Correct, but rescans each window: O(n * width).
def rolling_peaks(loads: list[int], width: int) -> list[int]:
    return [max(loads[i:i + width]) for i in range(len(loads) - width + 1)]
