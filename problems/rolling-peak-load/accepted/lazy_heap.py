import heapq
def rolling_peaks(loads, width):
    h, out = [], []
    for i, x in enumerate(loads):
        heapq.heappush(h, (-x, i))
        while h[0][1] <= i - width:
            heapq.heappop(h)
        if i >= width - 1:
            out.append(-h[0][0])
    return out
