# verdict: Wrong Answer
# Orders the waiting queue by (duration, index): among equal durations the smaller index
# wins even when it arrived later.
import heapq


def assign_builds(agents, builds):
    n = len(builds)
    order = sorted(range(n), key=lambda i: builds[i][0])
    idle = list(range(agents))
    busy = []
    waiting = []
    result = [None] * n
    nxt = 0
    while nxt < n or waiting:
        if not waiting:
            t = builds[order[nxt]][0]
        elif nxt < n:
            t = min(busy[0][0], builds[order[nxt]][0])
        else:
            t = busy[0][0]
        while busy and busy[0][0] <= t:
            heapq.heappush(idle, heapq.heappop(busy)[1])
        while nxt < n and builds[order[nxt]][0] <= t:
            i = order[nxt]
            heapq.heappush(waiting, (builds[i][1], i))
            nxt += 1
        while idle and waiting:
            duration, i = heapq.heappop(waiting)
            agent = heapq.heappop(idle)
            result[i] = [agent, t]
            heapq.heappush(busy, (t + duration, agent))
    return result
