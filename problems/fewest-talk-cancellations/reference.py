def fewest_cancellations(talks: list[list[int]]) -> int:
    kept = 0
    last_end = None
    # keep the talk that frees the hall first; a talk starting as the last kept one ends fits
    for start, end in sorted(talks, key=lambda talk: talk[1]):
        if last_end is None or start >= last_end:
            kept += 1
            last_end = end
    return len(talks) - kept
