def smallest_after_strikeout(amount: str, k: int) -> str:
    # Build the answer digit by digit: the next digit is the smallest one within reach (one
    # that leaves enough digits after it), taking its earliest copy. Ten position lists with
    # pointers find it in O(10) per digit.
    n = len(amount)
    m = n - k
    positions: list[list[int]] = [[] for _ in range(10)]
    for i, ch in enumerate(amount):
        positions[ord(ch) - 48].append(i)
    pointers = [0] * 10
    chosen: list[str] = []
    start = 0
    for pos in range(m):
        last = n - m + pos
        for d in range(10):
            where = positions[d]
            p = pointers[d]
            while p < len(where) and where[p] < start:
                p += 1
            pointers[d] = p
            if p < len(where) and where[p] <= last:
                chosen.append(chr(48 + d))
                start = where[p] + 1
                break
    return "".join(chosen).lstrip("0") or "0"
