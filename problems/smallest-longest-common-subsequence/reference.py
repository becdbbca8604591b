def smallest_lcs(first: str, second: str) -> str:
    n, m = len(first), len(second)
    # suffix[i][j]: length of a longest common subsequence of first[i:] and second[j:]
    suffix = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        here, below = suffix[i], suffix[i + 1]
        a = first[i]
        for j in range(m - 1, -1, -1):
            if a == second[j]:
                here[j] = below[j + 1] + 1
            else:
                x, y = below[j], here[j + 1]
                here[j] = x if x > y else y

    def next_positions(text: str) -> list[dict[str, int]]:
        # table[i][c]: first index >= i where c occurs in text
        table = [{} for _ in range(len(text) + 1)]
        for i in range(len(text) - 1, -1, -1):
            table[i] = dict(table[i + 1])
            table[i][text[i]] = i
        return table

    next_first, next_second = next_positions(first), next_positions(second)
    letters = sorted(set(first) & set(second))
    out = []
    i = j = 0
    remaining = suffix[0][0]
    while remaining:
        # the smallest letter whose earliest common occurrence still leaves a longest match
        for c in letters:
            p = next_first[i].get(c)
            q = next_second[j].get(c)
            if p is not None and q is not None and suffix[p][q] == remaining:
                out.append(c)
                i, j = p + 1, q + 1
                remaining -= 1
                break
    return "".join(out)
