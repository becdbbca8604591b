# verdict: Wrong Answer
# Ignores the timetable: boards a boat the moment it arrives, as if boats left on demand.
import heapq


def earliest_arrivals(n, lines, start, t0):
    out = [[] for _ in range(n)]
    for u, v, _first, _every, crossing in lines:
        out[u].append((v, crossing))
    best = [-1] * n
    best[start] = t0
    heap = [(t0, start)]
    done = [False] * n
    while heap:
        now, port = heapq.heappop(heap)
        if done[port]:
            continue
        done[port] = True
        for nxt, crossing in out[port]:
            if best[nxt] == -1 or now + crossing < best[nxt]:
                best[nxt] = now + crossing
                heapq.heappush(heap, (now + crossing, nxt))
    return best
