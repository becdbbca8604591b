def token_handfuls(tokens: list[int]) -> list[list[int]]:
    items = sorted(tokens)
    out: list[list[int]] = []
    chosen: list[int] = []

    def extend(start: int) -> None:
        out.append(chosen.copy())
        for i in range(start, len(items)):
            if i > start and items[i] == items[i - 1]:
                continue      # the same value again at this depth gives a handful seen already
            chosen.append(items[i])
            extend(i + 1)
            chosen.pop()

    extend(0)
    return out
