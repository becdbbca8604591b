def fewest_insertions(motto):
    # the letters that need no partner form the longest palindromic subsequence, which is
    # the longest common subsequence of the motto and its reverse
    back = motto[::-1]
    n = len(motto)
    prev = [0] * (n + 1)
    for a in motto:
        cur = [0] * (n + 1)
        for j, b in enumerate(back, 1):
            if a == b:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = cur[j - 1] if cur[j - 1] > prev[j] else prev[j]
        prev = cur
    return n - prev[n]
