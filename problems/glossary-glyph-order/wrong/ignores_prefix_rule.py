# verdict: Wrong Answer
# Builds the order from the first differences only and never notices a word listed before
# its own proper prefix.
import heapq


def glyph_order(words):
    letters = set("".join(words))
    later = {c: set() for c in letters}
    indeg = dict.fromkeys(letters, 0)
    for a, b in zip(words, words[1:]):
        for x, y in zip(a, b):
            if x != y:
                if y not in later[x]:
                    later[x].add(y)
                    indeg[y] += 1
                break
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
