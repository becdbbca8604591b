# verdict: Wrong Answer
# Merges the bare prices with heapq.merge and then looks up who sells each price, taking
# the first reseller with a seat left at that price starting from the last one used: ties
# between resellers come out in the wrong order after the first.
import heapq


def cheapest_seats(price_lists, count):
    merged = list(heapq.merge(*price_lists))[:count]
    heads = [0] * len(price_lists)
    chosen = []
    last = 0
    for price in merged:
        r = last
        while not (heads[r] < len(price_lists[r]) and price_lists[r][heads[r]] == price):
            r = (r + 1) % len(price_lists)
        chosen.append([r, heads[r]])
        heads[r] += 1
        last = r
    return chosen
