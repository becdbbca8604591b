# No heap: the alphabet has at most 26 letters, so scanning for the smallest letter with
# nothing left before it at each step costs at most 26 * 26 checks.
def glyph_order(words):
    letters = sorted(set("".join(words)))
    before = {c: set() for c in letters}
    for a, b in zip(words, words[1:]):
        i = 0
        while i < len(a) and i < len(b) and a[i] == b[i]:
            i += 1
        if i < len(a) and i < len(b):
            before[b[i]].add(a[i])
        elif len(a) > len(b):
            return ""
    placed = set()
    out = []
    while len(out) < len(letters):
        pick = next((c for c in letters if c not in placed and before[c] <= placed), None)
        if pick is None:
            return ""
        placed.add(pick)
        out.append(pick)
    return "".join(out)
