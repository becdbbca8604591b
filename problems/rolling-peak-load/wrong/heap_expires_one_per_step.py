# verdict: Wrong Answer
# Lazy max-heap of (-load, index), but drops at most one expired top per step (if instead of
# while), so a second expired peak is reported.
import heapq
def rolling_peaks(loads, width):
    h, out = [], []
    for i, x in enumerate(loads):
        heapq.heappush(h, (-x, i))
        if h[0][1] <= i - width:
            heapq.heappop(h)
        if i >= width - 1:
            out.append(-h[0][0])
    return out
