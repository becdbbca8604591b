# verdict: Runtime Error
# Pops exactly count times, assuming there are always enough seats.
import heapq


def cheapest_seats(price_lists, count):
    heap = [(prices[0], r, 0) for r, prices in enumerate(price_lists) if prices]
    heapq.heapify(heap)
    chosen = []
    for _ in range(count):
        _, r, p = heapq.heappop(heap)
        chosen.append([r, p])
        if p + 1 < len(price_lists[r]):
            heapq.heappush(heap, (price_lists[r][p + 1], r, p + 1))
    return chosen
