def cheapest_seats(price_lists: list[list[int]], count: int) -> list[list[int]]:
    # Return the count cheapest seats as [reseller, position] pairs, cheapest first.
    raise NotImplementedError
