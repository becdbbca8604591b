# verdict: Runtime Error
# Seeds the heap with every reseller's first seat, forgetting that a list may be empty.
import heapq


def cheapest_seats(price_lists, count):
    heap = [(prices[0], r, 0) for r, prices in enumerate(price_lists)]
    heapq.heapify(heap)
    chosen = []
    while heap and len(chosen) < count:
        _, r, p = heapq.heappop(heap)
        chosen.append([r, p])
        if p + 1 < len(price_lists[r]):
            heapq.heappush(heap, (price_lists[r][p + 1], r, p + 1))
    return chosen
