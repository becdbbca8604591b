# verdict: Time Limit Exceeded
# Correct, but tries every pair: about 5 * 10**9 XORs for 10**5 badges.
def best_door(badges: list[int]) -> int:
    best = 0
    n = len(badges)
    for i in range(n):
        a = badges[i]
        for j in range(i + 1, n):
            if a ^ badges[j] > best:
                best = a ^ badges[j]
    return best
