# verdict: Wrong Answer
# Divides precision by the length of the (cut) list instead of by k, so a short list of hits
# scores 1.
def precision_recall_at_k(ranked, relevant, k):
    precisions, recalls = [], []
    for answer, judged in zip(ranked, relevant):
        top = answer[:k]
        hits = len(set(judged) & set(top))
        precisions.append(hits / len(top) if top else 0.0)
        if judged:
            recalls.append(hits / len(judged))
    mean_recall = sum(recalls) / len(recalls) if recalls else float("nan")
    return sum(precisions) / len(precisions), mean_recall
