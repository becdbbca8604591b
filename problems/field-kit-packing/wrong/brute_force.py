# verdict: Time Limit Exceeded
# Tries packing or skipping every piece by plain recursion: 2**n calls.
def pack_kit(weights: list[int], values: list[int], capacity: int) -> tuple[int, list[int]]:
    n = len(weights)

    def search(i: int, room: int) -> tuple[int, list[int]]:
        if i == n:
            return 0, []
        skip = search(i + 1, room)
        if weights[i] <= room:
            value, rest = search(i + 1, room - weights[i])
            if value + values[i] > skip[0]:
                return value + values[i], [i] + rest
        return skip

    return search(0, capacity)
