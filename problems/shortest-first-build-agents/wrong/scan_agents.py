# verdict: Time Limit Exceeded
# Shortest-first queue on a heap, but the agents are an array of "busy until" times: each
# start scans from agent 0 for an idle one and each step scans all agents for the next
# release, O(agents) per build.
import heapq


def assign_builds(agents, builds):
    n = len(builds)
    order = sorted(range(n), key=lambda i: builds[i][0])
    free_at = [0] * agents
    waiting = []
    result = [None] * n
    nxt = 0
    t = 0
    while nxt < n or waiting:
        if waiting:
            t = min(f for f in free_at if f > t)
            if nxt < n:
                t = min(t, builds[order[nxt]][0])
        else:
            t = builds[order[nxt]][0]
        while nxt < n and builds[order[nxt]][0] <= t:
            i = order[nxt]
            heapq.heappush(waiting, (builds[i][1], builds[i][0], i))
            nxt += 1
        while waiting:
            agent = next((a for a in range(agents) if free_at[a] <= t), None)
            if agent is None:
                break
            duration, _, i = heapq.heappop(waiting)
            result[i] = [agent, t]
            free_at[agent] = t + duration
    return result
