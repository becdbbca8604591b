# verdict: Time Limit Exceeded
# Correct, but extends a running sum from every start hour: O(n^2).
def count_net_change_windows(changes: list[int], target: int) -> int:
    count = 0
    n = len(changes)
    for start in range(n):
        total = 0
        for end in range(start, n):
            total += changes[end]
            if total == target:
                count += 1
    return count
