# verdict: Wrong Answer
# Treats the table as one sorted list read row after row and binary-searches it. Rows and
# columns are sorted, but row r's last fare can exceed row r + 1's first one.
def count_within_budget(fares, budgets):
    flat = [value for row in fares for value in row]
    answers = []
    for budget in budgets:
        low, high = 0, len(flat)
        while low < high:
            middle = (low + high) // 2
            if flat[middle] <= budget:
                low = middle + 1
            else:
                high = middle
        answers.append(low)
    return answers
