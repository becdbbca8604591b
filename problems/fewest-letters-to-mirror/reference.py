def fewest_insertions(motto: str) -> int:
    n = len(motto)
    # after handling start i, need[j] = fewest insertions that make motto[i..j] a palindrome
    # (both ends included); an empty or one-letter stretch needs none
    need = [0] * n
    for i in reversed(range(n)):
        left = motto[i]
        inner = 0            # need[j - 1] for the stretch starting at i + 1, before overwrite
        for j in range(i + 1, n):
            outer = need[j]  # stretch i + 1 .. j
            if motto[j] == left:
                need[j] = inner
            else:
                need[j] = 1 + min(outer, need[j - 1])
            inner = outer
    return need[n - 1] if n else 0
