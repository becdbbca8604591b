# verdict: Wrong Answer
# Binary-searches the length, testing only stretches of exactly that length. With descents a
# stretch of some length can reach the climb while every shorter or longer one misses, so the
# test is not monotone in the length and the search lands on the wrong one.
def shortest_net_climb(changes: list[int], climb: int) -> int:
    n = len(changes)

    def some_window_reaches(length: int) -> bool:
        total = sum(changes[:length])
        if total >= climb:
            return True
        for end in range(length, n):
            total += changes[end] - changes[end - length]
            if total >= climb:
                return True
        return False

    low, high, best = 1, n, -1
    while low <= high:
        middle = (low + high) // 2
        if some_window_reaches(middle):
            best = middle
            high = middle - 1
        else:
            low = middle + 1
    return best
