import heapq


def cheapest_seats(price_lists: list[list[int]], count: int) -> list[list[int]]:
    # one heap entry per reseller: its cheapest unsold seat, keyed (price, reseller, position)
    heap = [(prices[0], r, 0) for r, prices in enumerate(price_lists) if prices]
    heapq.heapify(heap)
    chosen = []
    while heap and len(chosen) < count:
        _, r, p = heap[0]
        chosen.append([r, p])
        prices = price_lists[r]
        if p + 1 < len(prices):
            heapq.heapreplace(heap, (prices[p + 1], r, p + 1))
        else:
            heapq.heappop(heap)
    return chosen
