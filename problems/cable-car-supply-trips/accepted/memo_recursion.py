from functools import cache


def fewest_trips(crates: list[int], capacity: int) -> int:
    n = len(crates)

    @cache
    def finish(left: int) -> tuple[int, int]:
        # (trips, load of the last trip) for sending the crates in `left`, best first
        if left == 0:
            return (1, 0)
        best = (n + 2, 0)
        rest = left
        while rest:
            bit = rest & -rest
            rest ^= bit
            weight = crates[bit.bit_length() - 1]
            trips, load = finish(left ^ bit)
            if load + weight <= capacity:
                option = (trips, load + weight)
            else:
                option = (trips + 1, weight)
            if option < best:
                best = option
        return best

    return finish((1 << n) - 1)[0] if n else 0
