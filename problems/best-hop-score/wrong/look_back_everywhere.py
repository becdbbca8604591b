# verdict: Time Limit Exceeded
# Correct dynamic programme, but scans all `reach` earlier stops each time: O(n * reach).
def best_hop_score(rewards: list[int], reach: int) -> int:
    n = len(rewards)
    best = [0] * n
    best[0] = rewards[0]
    for i in range(1, n):
        top = best[i - 1]
        for j in range(max(0, i - reach), i - 1):
            if best[j] > top:
                top = best[j]
        best[i] = top + rewards[i]
    return best[-1]
