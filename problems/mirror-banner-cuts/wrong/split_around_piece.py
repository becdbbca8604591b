# verdict: Wrong Answer
# Picks any palindromic piece in the middle and cuts both sides recursively: a way with k
# pieces is built once for each of its pieces, so ways are listed several times.
def mirror_cuts(banner):
    def ways(s):
        if not s:
            return [[]]
        found = []
        for i in range(len(s)):
            for j in range(i + 1, len(s) + 1):
                piece = s[i:j]
                if piece == piece[::-1]:
                    for left in ways(s[:i]):
                        for right in ways(s[j:]):
                            found.append(left + [piece] + right)
        return found

    return sorted(ways(banner))
