def trending(tags, k):
    s = sorted(tags)
    runs = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        runs.append((i - j, s[i]))
        i = j
    runs.sort()
    return [t for _, t in runs[:k]]
