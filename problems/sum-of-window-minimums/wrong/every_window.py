# verdict: Time Limit Exceeded
# Correct, but extends a running minimum from every start: O(n^2).
def sum_window_minimums(throughput: list[int]) -> int:
    total = 0
    n = len(throughput)
    for i in range(n):
        smallest = throughput[i]
        for j in range(i, n):
            if throughput[j] < smallest:
                smallest = throughput[j]
            total += smallest
    return total
