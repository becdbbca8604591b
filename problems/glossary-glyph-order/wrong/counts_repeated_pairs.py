# verdict: Wrong Answer
# Keeps the "comes later" letters in a set, but counts a repeated comparison twice in the
# in-degree: a letter ordered by two pairs of words is never released.
import heapq


def glyph_order(words):
    letters = set("".join(words))
    later = {c: set() for c in letters}
    indeg = dict.fromkeys(letters, 0)
    for a, b in zip(words, words[1:]):
        for x, y in zip(a, b):
            if x != y:
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
