# verdict: Time Limit Exceeded
# Correct, but compares every pair of words (not only neighbours): O(len(words)^2).
import heapq


def glyph_order(words):
    letters = set("".join(words))
    later = {c: set() for c in letters}
    indeg = dict.fromkeys(letters, 0)
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            a, b = words[i], words[j]
            for x, y in zip(a, b):
                if x != y:
                    if y not in later[x]:
                        later[x].add(y)
                        indeg[y] += 1
                    break
            else:
                if len(a) > len(b):
                    return ""
    ready = [c for c in letters if indeg[c] == 0]
    heapq.heapify(ready)
    out = []
    while ready:
        c = heapq.heappop(ready)
        out.append(c)
        for d in later[c]:
            indeg[d] -= 1
            if indeg[d] == 0:
                heapq.heappush(ready, d)
    return "".join(out) if len(out) == len(letters) else ""
