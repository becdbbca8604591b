# Keeps a label per fragment and the member list of every group; a match relabels the
# smaller group into the larger (each fragment moves O(log n) times).
def skeleton_counts(n, matches):
    label = list(range(n + 1))
    members = [[i] for i in range(n + 1)]
    groups = n
    out = []
    for a, b in matches:
        la, lb = label[a], label[b]
        if la != lb:
            if len(members[la]) < len(members[lb]):
                la, lb = lb, la
            for x in members[lb]:
                label[x] = la
            members[la].extend(members[lb])
            members[lb] = []
            groups -= 1
        out.append(groups)
    return out
