# verdict: Wrong Answer
# Assumes boats have been running since minute 0 (at every multiple of `every` shifted by
# first % every), so it boards boats that leave before the first one.
import heapq


def earliest_arrivals(n, lines, start, t0):
    out = [[] for _ in range(n)]
    for u, v, first, every, crossing in lines:
        out[u].append((v, first, every, crossing))
    best = [-1] * n
    best[start] = t0
    heap = [(t0, start)]
    done = [False] * n
    while heap:
        now, port = heapq.heappop(heap)
        if done[port]:
            continue
        done[port] = True
        for nxt, first, every, crossing in out[port]:
            leave = now + (first - now) % every
            if best[nxt] == -1 or leave + crossing < best[nxt]:
                best[nxt] = leave + crossing
                heapq.heappush(heap, (leave + crossing, nxt))
    return best
