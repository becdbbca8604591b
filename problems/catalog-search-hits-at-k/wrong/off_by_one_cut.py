# verdict: Wrong Answer
# Takes k + 1 entries (a 1-based "up to rank k" turned into a slice to k + 1).
def precision_recall_at_k(ranked, relevant, k):
    precisions, recalls = [], []
    for answer, judged in zip(ranked, relevant):
        hits = len(set(judged) & set(answer[:k + 1]))
        precisions.append(hits / k)
        if judged:
            recalls.append(hits / len(judged))
    mean_recall = sum(recalls) / len(recalls) if recalls else float("nan")
    return sum(precisions) / len(precisions), mean_recall
