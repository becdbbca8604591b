# verdict: Wrong Answer
# Takes the minimum of the cell above and the cell to the left only, forgetting the
# diagonal: a hole just up-left of a corner goes unnoticed.
def largest_square_plot(land: list[str]) -> list[int]:
    if not land or not land[0]:
        return [0, -1, -1]
    cols = len(land[0])
    best = [0, -1, -1]
    above = [0] * (cols + 1)
    for r, row in enumerate(land):
        here = [0] * (cols + 1)
        for c in range(1, cols + 1):
            if row[c - 1] == "1":
                here[c] = min(above[c], here[c - 1]) + 1
                if here[c] > best[0]:
                    best = [here[c], r - here[c] + 1, c - here[c]]
        above = here
    return best
