# verdict: Runtime Error
# Starts the staircase at the top-right corner without checking that the table has a row:
# IndexError on [].
def count_within_budget(fares, budgets):
    rows, cols = len(fares), len(fares[0])
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
