# verdict: Wrong Answer
# One stroke per run of equal tiles: never lets a stroke lie under later ones.
def fewest_strokes(pattern):
    return sum(1 for i, c in enumerate(pattern) if i == 0 or c != pattern[i - 1])
