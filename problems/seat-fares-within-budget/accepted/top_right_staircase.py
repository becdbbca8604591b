def count_within_budget(fares, budgets):
    # From the top-right corner: an affordable fare means its whole row prefix is affordable.
    rows = len(fares)
    cols = len(fares[0]) if rows else 0
    answers = []
    for budget in budgets:
        count, r, c = 0, 0, cols - 1
        while r < rows and c >= 0:
            if fares[r][c] <= budget:
                count += c + 1
                r += 1
            else:
                c -= 1
        answers.append(count)
    return answers
