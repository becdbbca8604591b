# verdict: Time Limit Exceeded
# Correct, but checks each skill separately: a fresh search of everything the skill needs,
# looking for a way back to the skill itself. O(n * (n + len(needs))).
def all_unlockable(n, needs):
    need = [[] for _ in range(n)]
    for a, b in needs:
        need[a].append(b)
    for s in range(n):
        seen = [False] * n
        stack = list(need[s])
        while stack:
            b = stack.pop()
            if b == s:
                return False
            if not seen[b]:
                seen[b] = True
                stack.extend(need[b])
    return True
