import heapq


def trimmed_total(ratings: list[int], trim: int) -> int:
    if trim == 0:
        return sum(ratings)
    low = heapq.nsmallest(trim, ratings)
    high = heapq.nlargest(trim, ratings)
    return sum(ratings) - sum(low) - sum(high)
