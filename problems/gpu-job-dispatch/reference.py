import heapq


def dispatch_jobs(gpus: int, jobs: list[list[int]]) -> list[list[int]]:
    # sorted() is stable, so jobs submitted together keep their input order
    order = sorted(range(len(jobs)), key=lambda i: jobs[i][0])
    idle = list(range(gpus))  # GPU numbers; an ascending list is already a heap
    running = []  # (idle again at, gpu)
    out = [None] * len(jobs)
    for i in order:
        submit, duration = jobs[i]
        # a GPU whose job ends exactly at submit is idle again
        while running and running[0][0] <= submit:
            heapq.heappush(idle, heapq.heappop(running)[1])
        if idle:
            gpu = heapq.heappop(idle)
            begin = submit
        else:
            begin, gpu = heapq.heappop(running)
        heapq.heappush(running, (begin + duration, gpu))
        out[i] = [gpu, begin]
    return out
