# verdict: Wrong Answer
# One heap of (idle at, gpu): takes the GPU that became idle first, not the idle GPU with the
# smallest number.
import heapq


def dispatch_jobs(gpus, jobs):
    heap = [(0, g) for g in range(gpus)]
    out = [None] * len(jobs)
    for i in sorted(range(len(jobs)), key=lambda i: jobs[i][0]):
        submit, duration = jobs[i]
        free_at, gpu = heapq.heappop(heap)
        begin = max(submit, free_at)
        heapq.heappush(heap, (begin + duration, gpu))
        out[i] = [gpu, begin]
    return out
