import heapq
from collections import Counter


def yard_silhouette(stacks):
    # one event at a time: at the same x, starts before ends, taller starts first and
    # shorter ends first, so the height changes at most once per x
    events = sorted([(left, -h) for left, _, h in stacks] + [(r, h) for _, r, h in stacks])
    heap, gone, out = [0], Counter(), []
    for x, h in events:
        if h < 0:
            heapq.heappush(heap, h)
        else:
            gone[-h] += 1
        while gone[heap[0]]:
            gone[heap[0]] -= 1
            heapq.heappop(heap)
        if not out or out[-1][1] != -heap[0]:
            out.append([x, -heap[0]])
    return out
