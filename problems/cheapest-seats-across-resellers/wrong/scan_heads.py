# verdict: Time Limit Exceeded
# Correct, but picks each seat by scanning the cheapest remaining seat of every reseller:
# O(count * resellers), 10**9 comparisons for 5000 resellers and 2 * 10**5 seats.
def cheapest_seats(price_lists, count):
    heads = [0] * len(price_lists)
    chosen = []
    while len(chosen) < count:
        best = -1
        for r, prices in enumerate(price_lists):
            if heads[r] < len(prices):
                if best == -1 or prices[heads[r]] < price_lists[best][heads[best]]:
                    best = r
        if best == -1:
            break
        chosen.append([best, heads[best]])
        heads[best] += 1
    return chosen
