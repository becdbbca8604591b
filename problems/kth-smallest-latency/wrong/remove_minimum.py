# verdict: Time Limit Exceeded
# Correct, but removes the minimum k - 1 times: O(n * k).
def kth_smallest(latencies, k):
    values = list(latencies)
    for _ in range(k - 1):
        values.remove(min(values))
    return min(values)
