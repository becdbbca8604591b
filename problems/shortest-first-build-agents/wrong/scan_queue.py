# verdict: Time Limit Exceeded
# Agents on heaps, but the waiting builds are a plain list: each start takes min() of it and
# removes that entry, O(waiting) per build.
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
            waiting.append((builds[i][1], builds[i][0], i))
            nxt += 1
        while idle and waiting:
            best = min(waiting)
            waiting.remove(best)
            duration, _, i = best
            agent = heapq.heappop(idle)
            result[i] = [agent, t]
            heapq.heappush(busy, (t + duration, agent))
    return result
