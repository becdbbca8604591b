# verdict: Wrong Answer
# Divides recall by min(k, number of relevant ids), as if k hits were the most possible.
def precision_recall_at_k(ranked, relevant, k):
    precisions, recalls = [], []
    for answer, judged in zip(ranked, relevant):
        hits = len(set(judged) & set(answer[:k]))
        precisions.append(hits / k)
        if judged:
            recalls.append(hits / min(k, len(judged)))
    mean_recall = sum(recalls) / len(recalls) if recalls else float("nan")
    return sum(precisions) / len(precisions), mean_recall
