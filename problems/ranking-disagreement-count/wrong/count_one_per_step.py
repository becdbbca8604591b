# verdict: Wrong Answer
# When an element of the right run overtakes, counts one inversion instead of one for every
# element left in the left run.
def ranking_disagreements(first, second):
    place = {item: index for index, item in enumerate(second)}
    seq = [place[item] for item in first]

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
                count += 1
        merged += left[i:] + right[j:]
        return merged, count

    return sort(seq)[1]
