import heapq
from collections import deque


def dispatch_jobs(gpus, jobs):
    # simulates time: releases and arrivals in one event loop, with an explicit FIFO of
    # waiting jobs served whenever GPUs free up
    arrivals = deque(sorted(range(len(jobs)), key=lambda i: jobs[i][0]))
    idle = list(range(gpus))
    running = []
    waiting = deque()
    out = [None] * len(jobs)
    while arrivals or waiting:
        if waiting:
            now = running[0][0]
        else:
            now = jobs[arrivals[0]][0]
        while running and running[0][0] <= now:
            heapq.heappush(idle, heapq.heappop(running)[1])
        while waiting and idle:
            i = waiting.popleft()
            gpu = heapq.heappop(idle)
            heapq.heappush(running, (now + jobs[i][1], gpu))
            out[i] = [gpu, now]
        while not waiting and arrivals and jobs[arrivals[0]][0] <= now:
            i = arrivals.popleft()
            if idle:
                gpu = heapq.heappop(idle)
                heapq.heappush(running, (now + jobs[i][1], gpu))
                out[i] = [gpu, now]
            else:
                waiting.append(i)
    return out
