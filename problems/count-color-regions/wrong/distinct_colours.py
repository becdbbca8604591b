# verdict: Wrong Answer
# Counts the distinct colours, as if every colour formed one region.
def count_regions(grid):
    return len({value for row in grid for value in row})
