# verdict: Wrong Answer
# Gives a query without relevant ids a recall of 0 and averages recall over all queries.
def precision_recall_at_k(ranked, relevant, k):
    precisions, recalls = [], []
    for answer, judged in zip(ranked, relevant):
        hits = len(set(judged) & set(answer[:k]))
        precisions.append(hits / k)
        recalls.append(hits / len(judged) if judged else 0.0)
    return sum(precisions) / len(precisions), sum(recalls) / len(recalls)
