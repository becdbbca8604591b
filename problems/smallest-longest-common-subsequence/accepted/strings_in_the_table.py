def smallest_lcs(first, second):
    n, m = len(first), len(second)
    below = [""] * (m + 1)
    for i in range(n - 1, -1, -1):
        here = [""] * (m + 1)
        a = first[i]
        for j in range(m - 1, -1, -1):
            if a == second[j]:
                here[j] = a + below[j + 1]
            else:
                x, y = below[j], here[j + 1]
                if len(x) != len(y):
                    here[j] = x if len(x) > len(y) else y
                else:
                    here[j] = x if x < y else y
        below = here
    return below[0] if n else ""
