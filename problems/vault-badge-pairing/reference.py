def best_door(badges: list[int]) -> int:
    # Decide the answer's bits from the top: keep the prefix found so far and ask whether
    # some two badges' top bits XOR to it with one more 1 bit; a ^ b == want iff a ^ want == b.
    best = 0
    for bit in range(30, -1, -1):
        prefixes = {badge >> bit for badge in badges}
        want = (best << 1) | 1
        best = want if any((p ^ want) in prefixes for p in prefixes) else want - 1
    return best
