def bounded_selections(weights: list[int], low: int, high: int) -> list[list[int]]:
    items = sorted(weights)
    out: list[list[int]] = []
    chosen: list[int] = []

    def extend(start: int, total: int) -> None:
        # chosen is emitted before any of its extensions, and extensions are tried with
        # increasing next value: that is exactly lexicographic order
        for i in range(start, len(items)):
            value = items[i]
            if i > start and value == items[i - 1]:
                continue          # the same value at the same depth: a duplicate selection
            if total + value > high:
                break             # sorted and positive: every later item is too heavy too
            chosen.append(value)
            if total + value >= low:
                out.append(chosen.copy())
            extend(i + 1, total + value)
            chosen.pop()

    extend(0, 0)
    return out
