# verdict: Wrong Answer
# Collects the letters from the comparisons only, so a letter that is never compared with
# another one is missing from the answer.
import heapq


def glyph_order(words):
    later = {}
    indeg = {}
    for a, b in zip(words, words[1:]):
        for x, y in zip(a, b):
            if x != y:
                later.setdefault(x, set())
                later.setdefault(y, set())
                indeg.setdefault(x, 0)
                indeg.setdefault(y, 0)
                if y not in later[x]:
                    later[x].add(y)
                    indeg[y] += 1
                break
        else:
            if len(a) > len(b):
                return ""
    ready = [c for c in indeg if indeg[c] == 0]
    heapq.heapify(ready)
    out = []
    while ready:
        c = heapq.heappop(ready)
        out.append(c)
        for d in later[c]:
            indeg[d] -= 1
            if indeg[d] == 0:
                heapq.heappush(ready, d)
    return "".join(out) if len(out) == len(indeg) else ""
