# verdict: Wrong Answer
# Removes repeated ids before taking the top k, so a repeat no longer pushes later entries out.
def precision_recall_at_k(ranked, relevant, k):
    precisions, recalls = [], []
    for answer, judged in zip(ranked, relevant):
        top = list(dict.fromkeys(answer))[:k]
        hits = len(set(judged) & set(top))
        precisions.append(hits / k)
        if judged:
            recalls.append(hits / len(judged))
    mean_recall = sum(recalls) / len(recalls) if recalls else float("nan")
    return sum(precisions) / len(precisions), mean_recall
