import heapq
from itertools import islice


def _seats(r, prices):
    for p, price in enumerate(prices):
        yield price, r, p


def cheapest_seats(price_lists, count):
    streams = [_seats(r, prices) for r, prices in enumerate(price_lists)]
    return [[r, p] for _, r, p in islice(heapq.merge(*streams), count)]
