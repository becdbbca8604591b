def precision_recall_at_k(ranked, relevant, k):
    precision_sum = 0.0
    recall_sum = 0.0
    recall_count = 0
    for answer, judged in zip(ranked, relevant):
        wanted = set(judged)
        hits = len(wanted.intersection(answer[:k]))
        precision_sum += hits / k
        if wanted:
            recall_sum += hits / len(wanted)
            recall_count += 1
    mean_recall = recall_sum / recall_count if recall_count else float("nan")
    return precision_sum / len(ranked), mean_recall
