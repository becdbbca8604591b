# verdict: Time Limit Exceeded
# Correct: each minute runs the ready type with the most jobs left, or idles; but a shift
# can last about 10**14 minutes.
import heapq
from collections import Counter


def shortest_shift(jobs, cooldown):
    ready = [(-count, name) for name, count in Counter(jobs).items()]
    heapq.heapify(ready)
    cooling = []  # (minute ready again, -count, name)
    minute = 0
    while ready or cooling:
        while cooling and cooling[0][0] <= minute:
            _, neg, name = heapq.heappop(cooling)
            heapq.heappush(ready, (neg, name))
        if ready:
            neg, name = heapq.heappop(ready)
            if neg + 1 < 0:
                heapq.heappush(cooling, (minute + cooldown + 1, neg + 1, name))
        minute += 1
    return minute
