# verdict: Wrong Answer
# Counts inside the merge, as for plain inversions, but merges by the steep-drop test
# instead of by value: the halves stop being sorted and later levels miscount.
def steep_drop_pairs(pnl: list[int], factor: int) -> int:
    def sort_count(a):
        if len(a) < 2:
            return a, 0
        mid = len(a) // 2
        left, c1 = sort_count(a[:mid])
        right, c2 = sort_count(a[mid:])
        count = c1 + c2
        out = []
        i = j = 0
        while i < len(left) and j < len(right):
            if left[i] <= factor * right[j]:
                out.append(left[i])
                i += 1
            else:
                count += len(left) - i
                out.append(right[j])
                j += 1
        out.extend(left[i:])
        out.extend(right[j:])
        return out, count

    return sort_count(list(pnl))[1]
