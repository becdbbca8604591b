# verdict: Wrong Answer
# Handles arrivals one build at a time and starts builds right after each one joins the
# queue, so a build listed first grabs an idle agent before a shorter build arriving at the
# same moment has been queued.
import heapq


def assign_builds(agents, builds):
    n = len(builds)
    order = sorted(range(n), key=lambda i: builds[i][0])
    idle = list(range(agents))
    busy = []
    waiting = []
    result = [None] * n

    def start_all(t):
        while idle and waiting:
            duration, _, i = heapq.heappop(waiting)
            agent = heapq.heappop(idle)
            result[i] = [agent, t]
            heapq.heappush(busy, (t + duration, agent))

    def run_until(t):
        # let waiting builds take agents as they free up before time t
        while waiting and busy and busy[0][0] < t:
            moment = busy[0][0]
            while busy and busy[0][0] <= moment:
                heapq.heappush(idle, heapq.heappop(busy)[1])
            start_all(moment)
        while busy and busy[0][0] <= t:
            heapq.heappush(idle, heapq.heappop(busy)[1])

    for i in order:
        arrival, duration = builds[i]
        run_until(arrival)
        heapq.heappush(waiting, (duration, arrival, i))
        start_all(arrival)
    run_until(float("inf"))
    return result
