# verdict: Wrong Answer
# Greedy: repeatedly takes the smallest letter that still occurs in both remainders, without
# checking that a longest subsequence remains possible.
def smallest_lcs(first: str, second: str) -> str:
    out, i, j = [], 0, 0
    while True:
        common = set(first[i:]) & set(second[j:])
        if not common:
            return "".join(out)
        c = min(common)
        out.append(c)
        i = first.index(c, i) + 1
        j = second.index(c, j) + 1
