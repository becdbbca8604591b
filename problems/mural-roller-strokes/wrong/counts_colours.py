# verdict: Wrong Answer
# One stroke per colour, as if each colour could be painted in one go.
def fewest_strokes(pattern):
    return len(set(pattern))
