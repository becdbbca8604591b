# verdict: Wrong Answer
# Keeps idle agents in a FIFO in the order they freed up, so the agent idle longest takes
# the next build instead of the one with the smallest number.
import heapq
from collections import deque


def assign_builds(agents, builds):
    n = len(builds)
    order = sorted(range(n), key=lambda i: builds[i][0])
    idle = deque(range(agents))
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
            idle.append(heapq.heappop(busy)[1])
        while nxt < n and builds[order[nxt]][0] <= t:
            i = order[nxt]
            heapq.heappush(waiting, (builds[i][1], builds[i][0], i))
            nxt += 1
        while idle and waiting:
            duration, _, i = heapq.heappop(waiting)
            agent = idle.popleft()
            result[i] = [agent, t]
            heapq.heappush(busy, (t + duration, agent))
    return result
