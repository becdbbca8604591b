# verdict: Time Limit Exceeded
# Keeps each value's last position and evicts the value whose last position is smallest,
# found with min() over the whole dict: O(k) per eviction, O(n * k) overall.
def longest_k_distinct(nums, k):
    if k == 0:
        return 0
    last = {}; left = 0; best = 0
    for i, x in enumerate(nums):
        last[x] = i
        if len(last) > k:
            v = min(last, key=last.get)
            left = last.pop(v) + 1
        best = max(best, i - left + 1)
    return best
