# verdict: Wrong Answer
# A shrinking window only works when every change is positive; with negatives and zeros it
# skips stretches.
def count_net_change_windows(changes: list[int], target: int) -> int:
    count = 0
    total = 0
    left = 0
    for right, change in enumerate(changes):
        total += change
        while left < right and total > target:
            total -= changes[left]
            left += 1
        if total == target:
            count += 1
    return count
