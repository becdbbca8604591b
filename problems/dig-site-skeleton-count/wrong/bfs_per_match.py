# verdict: Time Limit Exceeded
# Correct, but after every match counts the groups again with a BFS over all matches so far:
# O(len(matches) * (n + len(matches))).
from collections import deque


def skeleton_counts(n, matches):
    adjacency = [[] for _ in range(n + 1)]
    out = []
    for a, b in matches:
        adjacency[a].append(b)
        adjacency[b].append(a)
        seen = [False] * (n + 1)
        groups = 0
        for start in range(1, n + 1):
            if seen[start]:
                continue
            groups += 1
            seen[start] = True
            queue = deque([start])
            while queue:
                node = queue.popleft()
                for other in adjacency[node]:
                    if not seen[other]:
                        seen[other] = True
                        queue.append(other)
        out.append(groups)
    return out
