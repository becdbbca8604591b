def _merge(a, b):
    # merge two silhouettes (lists of [x, h] key points) like two sorted lists
    out, i, j, ha, hb = [], 0, 0, 0, 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and a[i][0] < b[j][0]):
            x, ha = a[i]
            i += 1
        elif i == len(a) or b[j][0] < a[i][0]:
            x, hb = b[j]
            j += 1
        else:
            x, ha, hb = a[i][0], a[i][1], b[j][1]
            i += 1
            j += 1
        h = max(ha, hb)
        if out and out[-1][0] == x:
            out[-1][1] = h
            if len(out) > 1 and out[-2][1] == h:
                out.pop()
        elif not out or out[-1][1] != h:
            out.append([x, h])
    return out


def yard_silhouette(stacks):
    def solve(lo, hi):
        if hi - lo == 0:
            return []
        if hi - lo == 1:
            left, right, h = stacks[lo]
            return [[left, h], [right, 0]]
        mid = (lo + hi) // 2
        return _merge(solve(lo, mid), solve(mid, hi))
    return solve(0, len(stacks))
