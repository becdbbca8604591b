# verdict: Wrong Answer
# Lays one long stroke in the first tile's colour and one stroke per other run on top,
# so colours other than the first never share a stroke.
def fewest_strokes(pattern):
    if not pattern:
        return 0
    strokes = 1
    for i in range(1, len(pattern)):
        if pattern[i] != pattern[i - 1] and pattern[i] != pattern[0]:
            strokes += 1
    return strokes
