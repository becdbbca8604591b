import heapq
def kth_smallest(latencies, k):
    return heapq.nsmallest(k, latencies)[-1]
