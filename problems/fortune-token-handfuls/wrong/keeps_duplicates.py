# verdict: Wrong Answer
# Sorts and backtracks but never skips an equal value at the same depth, so a handful that
# can be made from different but equal tokens is listed several times.
def token_handfuls(tokens):
    items = sorted(tokens)
    out, chosen = [], []

    def extend(start):
        out.append(chosen.copy())
        for i in range(start, len(items)):
            chosen.append(items[i])
            extend(i + 1)
            chosen.pop()

    extend(0)
    return out
