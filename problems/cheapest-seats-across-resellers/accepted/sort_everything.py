def cheapest_seats(price_lists, count):
    # every seat as (price, reseller, position): a plain sort gives the required order
    seats = [(price, r, p) for r, prices in enumerate(price_lists)
             for p, price in enumerate(prices)]
    seats.sort()
    return [[r, p] for _, r, p in seats[:count]]
