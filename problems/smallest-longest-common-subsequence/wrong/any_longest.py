# verdict: Wrong Answer
# The textbook LCS walk from the front: the right length, but on ties it just skips a letter
# of first, so it returns some longest subsequence, not the alphabetically first one.
def smallest_lcs(first: str, second: str) -> str:
    n, m = len(first), len(second)
    suffix = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if first[i] == second[j]:
                suffix[i][j] = suffix[i + 1][j + 1] + 1
            else:
                suffix[i][j] = max(suffix[i + 1][j], suffix[i][j + 1])
    out, i, j = [], 0, 0
    while i < n and j < m:
        if first[i] == second[j]:
            out.append(first[i])
            i, j = i + 1, j + 1
        elif suffix[i + 1][j] >= suffix[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)
