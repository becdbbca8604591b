import heapq


def assign_builds(agents: int, builds: list[list[int]]) -> list[list[int]]:
    n = len(builds)
    order = sorted(range(n), key=lambda i: builds[i][0])
    idle = list(range(agents))  # a sorted list is already a heap
    busy: list[tuple[int, int]] = []  # (time it becomes idle, agent)
    waiting: list[tuple[int, int, int]] = []  # (duration, arrival, index)
    result: list[list[int]] = [[]] * n
    nxt = 0  # next build of `order` still to arrive
    while nxt < n or waiting:
        if not waiting:
            t = builds[order[nxt]][0]
        elif nxt < n:
            t = min(busy[0][0], builds[order[nxt]][0])
        else:
            t = busy[0][0]  # builds wait only while every agent is busy
        while busy and busy[0][0] <= t:
            heapq.heappush(idle, heapq.heappop(busy)[1])
        while nxt < n and builds[order[nxt]][0] <= t:
            i = order[nxt]
            heapq.heappush(waiting, (builds[i][1], builds[i][0], i))
            nxt += 1
        while idle and waiting:
            duration, _, i = heapq.heappop(waiting)
            agent = heapq.heappop(idle)
            result[i] = [agent, t]
            heapq.heappush(busy, (t + duration, agent))
    return result
