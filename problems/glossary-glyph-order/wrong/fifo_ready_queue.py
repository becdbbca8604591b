# verdict: Wrong Answer
# Kahn's algorithm with a first-in first-out queue (seeded in alphabetical order): a valid
# order, but not always the alphabetically smallest one.
from collections import deque


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
        else:
            if len(a) > len(b):
                return ""
    ready = deque(sorted(c for c in letters if indeg[c] == 0))
    out = []
    while ready:
        c = ready.popleft()
        out.append(c)
        for d in sorted(later[c]):
            indeg[d] -= 1
            if indeg[d] == 0:
                ready.append(d)
    return "".join(out) if len(out) == len(letters) else ""
