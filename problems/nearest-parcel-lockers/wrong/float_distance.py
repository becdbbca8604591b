# verdict: Wrong Answer
# Measures distance with math.dist in floating point: squared distances near 10**18 that
# differ by a few units become equal, and the tie rule then picks the wrong locker.
import heapq
import math


def nearest_lockers(lockers, home, k):
    return heapq.nsmallest(k, range(len(lockers)),
                           key=lambda i: math.dist(lockers[i], home))
