# verdict: Wrong Answer
# Records a handful only after adding a token to it, so the empty handful is never listed.
def token_handfuls(tokens):
    items = sorted(tokens)
    out, chosen = [], []

    def extend(start):
        for i in range(start, len(items)):
            if i > start and items[i] == items[i - 1]:
                continue
            chosen.append(items[i])
            out.append(chosen.copy())
            extend(i + 1)
            chosen.pop()

    extend(0)
    return out
