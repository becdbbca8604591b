# verdict: Wrong Answer
# Walks every subset in the order the tokens were given and removes repeats with a set of
# tuples, but never sorts: [5, -3] comes out as [5, -3], and [2, 1] and [1, 2] are both kept.
def token_handfuls(tokens):
    n = len(tokens)
    seen = set()
    out = []
    for mask in range(1 << n):
        handful = tuple(tokens[i] for i in range(n) if mask >> i & 1)
        if handful not in seen:
            seen.add(handful)
            out.append(list(handful))
    return out
