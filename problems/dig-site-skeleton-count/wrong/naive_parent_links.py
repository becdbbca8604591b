# verdict: Time Limit Exceeded
# Correct, but links root to root without union by size and without path compression:
# matching fragment 1 with 2, 3, 4, ... builds one long path that every find walks.
def skeleton_counts(n, matches):
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    groups = n
    out = []
    for a, b in matches:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
        out.append(groups)
    return out
