# verdict: Wrong Answer
# Subtracts the longest palindromic SUBSTRING (contiguous) instead of the longest palindromic
# subsequence, so letters that could pair up across a gap are padded too.
def fewest_insertions(motto):
    n = len(motto)
    best = 0
    for centre in range(2 * n - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < n and motto[lo] == motto[hi]:
            lo -= 1
            hi += 1
        best = max(best, hi - lo - 1)
    return n - best
