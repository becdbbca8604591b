# Walks each top k once, counting a relevant id only the first time it appears.
import math


def precision_recall_at_k(ranked, relevant, k):
    precisions = []
    recalls = []
    for answer, judged in zip(ranked, relevant):
        wanted = set(judged)
        seen = set()
        hits = 0
        for item in answer[:k]:
            if item in wanted and item not in seen:
                hits += 1
            seen.add(item)
        precisions.append(hits / k)
        if wanted:
            recalls.append(hits / len(wanted))
    return math.fsum(precisions) / len(precisions), (
        math.fsum(recalls) / len(recalls) if recalls else float("nan"))
