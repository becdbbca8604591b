import heapq


def assign_builds(agents, builds):
    # one heap of events: (time, 0, agent) for a release, (time, 1, index) for an arrival, so
    # that at equal times every release and arrival is read before anything starts
    events = [(arrival, 1, i) for i, (arrival, _) in enumerate(builds)]
    heapq.heapify(events)
    idle = list(range(agents))
    waiting = []
    result = [None] * len(builds)
    while events:
        t = events[0][0]
        while events and events[0][0] == t:
            _, kind, x = heapq.heappop(events)
            if kind == 0:
                heapq.heappush(idle, x)
            else:
                heapq.heappush(waiting, (builds[x][1], builds[x][0], x))
        while idle and waiting:
            duration, _, i = heapq.heappop(waiting)
            agent = heapq.heappop(idle)
            result[i] = [agent, t]
            heapq.heappush(events, (t + duration, 0, agent))
    return result
