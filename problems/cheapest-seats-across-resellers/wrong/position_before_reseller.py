# verdict: Wrong Answer
# Heap entries are (price, position, reseller): at equal price the seat with the smaller
# position wins, not the one of the smaller reseller.
import heapq


def cheapest_seats(price_lists, count):
    heap = [(prices[0], 0, r) for r, prices in enumerate(price_lists) if prices]
    heapq.heapify(heap)
    chosen = []
    while heap and len(chosen) < count:
        _, p, r = heapq.heappop(heap)
        chosen.append([r, p])
        if p + 1 < len(price_lists[r]):
            heapq.heappush(heap, (price_lists[r][p + 1], p + 1, r))
    return chosen
