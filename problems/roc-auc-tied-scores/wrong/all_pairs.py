# verdict: Time Limit Exceeded
# Correct, but compares every positive with every negative in Python: O(P * N).
def roc_auc(labels, scores):
    pos = [s for s, y in zip(scores.tolist(), labels.tolist(), strict=True) if y == 1]
    neg = [s for s, y in zip(scores.tolist(), labels.tolist(), strict=True) if y == 0]
    if not pos or not neg:
        return float("nan")
    total = 0.0
    for p in pos:
        for q in neg:
            if p > q:
                total += 1.0
            elif p == q:
                total += 0.5
    return total / (len(pos) * len(neg))
