# verdict: Wrong Answer
# Scans resellers with <= so that, at equal price, the last reseller seen wins; also fast
# enough on small tests, but the first tie already gives it away.
def cheapest_seats(price_lists, count):
    heads = [0] * len(price_lists)
    chosen = []
    while len(chosen) < count:
        best = -1
        for r, prices in enumerate(price_lists):
            if heads[r] < len(prices):
                if best == -1 or prices[heads[r]] <= price_lists[best][heads[best]]:
                    best = r
        if best == -1:
            break
        chosen.append([best, heads[best]])
        heads[best] += 1
    return chosen
