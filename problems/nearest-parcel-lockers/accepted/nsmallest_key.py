import heapq


def nearest_lockers(lockers, home, k):
    # heapq.nsmallest is stable: equal keys keep their order, so smaller indices win ties
    hx, hy = home
    return heapq.nsmallest(
        k, range(len(lockers)),
        key=lambda i: (lockers[i][0] - hx) ** 2 + (lockers[i][1] - hy) ** 2)
