def count_within_budget(fares: list[list[int]], budgets: list[int]) -> list[int]:
    rows = len(fares)
    cols = len(fares[0]) if rows else 0
    answers = []
    for budget in budgets:
        # staircase from the bottom-left corner: in row r, the fares <= budget are a prefix
        # whose length never shrinks as r goes up
        count, r, c = 0, rows - 1, 0
        while r >= 0 and c < cols:
            if fares[r][c] <= budget:
                c += 1
            else:
                count += c
                r -= 1
        count += (r + 1) * c
        answers.append(count)
    return answers
