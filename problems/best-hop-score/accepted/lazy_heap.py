import heapq
def best_hop_score(rewards, reach):
    n = len(rewards)
    best = [0] * n
    best[0] = rewards[0]
    h = [(-best[0], 0)]
    for i in range(1, n):
        while h[0][1] < i - reach:
            heapq.heappop(h)
        best[i] = -h[0][0] + rewards[i]
        heapq.heappush(h, (-best[i], i))
    return best[-1]
