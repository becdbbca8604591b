# verdict: Wrong Answer
# Sorts by start and cancels one talk per clash with its neighbour, without remembering which
# talk stayed: a long talk can clash with several later ones and is counted again each time.
def fewest_cancellations(talks):
    ordered = sorted(talks)
    return sum(1 for a, b in zip(ordered, ordered[1:], strict=False) if b[0] < a[1])
