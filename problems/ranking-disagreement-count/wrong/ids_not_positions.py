# verdict: Wrong Answer
# Counts the inversions of the ids in `first` by value, as if `second` were always sorted
# by id, instead of comparing with the order given by `second`.
def ranking_disagreements(first, second):
    def sort(values):
        if len(values) <= 1:
            return values, 0
        mid = len(values) // 2
        left, a = sort(values[:mid])
        right, b = sort(values[mid:])
        merged, count, i, j = [], a + b, 0, 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                merged.append(left[i])
                i += 1
            else:
                merged.append(right[j])
                j += 1
                count += len(left) - i
        merged += left[i:] + right[j:]
        return merged, count

    return sort(list(first))[1]
