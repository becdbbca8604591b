def count_in_range(times: list[int], queries: list[list[int]]) -> list[int]:
    n = len(times)

    def first_at_least(target: int) -> int:
        low, high = 0, n
        while low < high:
            middle = (low + high) // 2
            if times[middle] < target:
                low = middle + 1
            else:
                high = middle
        return low

    def first_above(target: int) -> int:
        low, high = 0, n
        while low < high:
            middle = (low + high) // 2
            if times[middle] <= target:
                low = middle + 1
            else:
                high = middle
        return low

    answers = []
    for lo, hi in queries:
        if lo > hi:
            answers.append(0)
        else:
            answers.append(first_above(hi) - first_at_least(lo))
    return answers
