# verdict: Wrong Answer
# Removes repeats with a set of frozensets, which forgets how many times a value was taken:
# [2] and [2, 2] collapse into one handful.
def token_handfuls(tokens):
    n = len(tokens)
    seen = set()
    for mask in range(1 << n):
        seen.add(frozenset(tokens[i] for i in range(n) if mask >> i & 1))
    return [sorted(handful) for handful in seen]
