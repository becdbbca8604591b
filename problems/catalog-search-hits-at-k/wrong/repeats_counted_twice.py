# verdict: Wrong Answer
# Counts every relevant entry of the top k, so a relevant id returned twice is two hits.
def precision_recall_at_k(ranked, relevant, k):
    precisions, recalls = [], []
    for answer, judged in zip(ranked, relevant):
        wanted = set(judged)
        hits = sum(1 for item in answer[:k] if item in wanted)
        precisions.append(hits / k)
        if wanted:
            recalls.append(hits / len(wanted))
    mean_recall = sum(recalls) / len(recalls) if recalls else float("nan")
    return sum(precisions) / len(precisions), mean_recall
