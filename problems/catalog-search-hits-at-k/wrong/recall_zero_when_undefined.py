# verdict: Wrong Answer
# Skips queries without relevant ids, but returns 0.0 instead of nan when none is left.
def precision_recall_at_k(ranked, relevant, k):
    precisions, recalls = [], []
    for answer, judged in zip(ranked, relevant):
        hits = len(set(judged) & set(answer[:k]))
        precisions.append(hits / k)
        if judged:
            recalls.append(hits / len(judged))
    mean_recall = sum(recalls) / len(recalls) if recalls else 0.0
    return sum(precisions) / len(precisions), mean_recall
