def ranking_disagreements(first: list[int], second: list[int]) -> int:
    place = {item: index for index, item in enumerate(second)}
    # positions in `second`, read in the order of `first`: a discordant pair is exactly an
    # inversion of this sequence
    seq = [place[item] for item in first]
    n = len(seq)
    buffer = [0] * n
    inversions = 0
    width = 1
    # bottom-up merge sort, counting for every element taken from the right run how many
    # elements of the left run are still waiting (all of them are larger)
    while width < n:
        for lo in range(0, n - width, 2 * width):
            mid, hi = lo + width, min(lo + 2 * width, n)
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if seq[i] <= seq[j]:
                    buffer[k] = seq[i]
                    i += 1
                else:
                    buffer[k] = seq[j]
                    j += 1
                    inversions += mid - i
                k += 1
            buffer[k:k + mid - i] = seq[i:mid]
            k += mid - i
            buffer[k:k + hi - j] = seq[j:hi]
            seq[lo:hi] = buffer[lo:hi]
        width *= 2
    return inversions
