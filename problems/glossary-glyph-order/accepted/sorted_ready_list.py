# Different tie handling: repeatedly take the smallest letter that has no unplaced
# predecessor, found with a sorted list of candidates kept up to date by bisect.insort.
import bisect


def glyph_order(words):
    letters = set("".join(words))
    succ = {c: set() for c in letters}
    indeg = dict.fromkeys(letters, 0)
    for a, b in zip(words, words[1:]):
        diff = next(((x, y) for x, y in zip(a, b) if x != y), None)
        if diff is None:
            if len(a) > len(b):
                return ""
            continue
        x, y = diff
        if y not in succ[x]:
            succ[x].add(y)
            indeg[y] += 1
    ready = sorted(c for c in letters if indeg[c] == 0)
    out = []
    while ready:
        c = ready.pop(0)
        out.append(c)
        for d in succ[c]:
            indeg[d] -= 1
            if indeg[d] == 0:
                bisect.insort(ready, d)
    return "".join(out) if len(out) == len(letters) else ""
