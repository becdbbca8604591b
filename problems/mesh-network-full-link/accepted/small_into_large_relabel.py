def full_link_minute(n, links):
    # each mast carries a group label; a merge relabels the smaller group's members only
    if n == 1:
        return 0
    label = list(range(n))
    members = [[m] for m in range(n)]
    groups = n
    for minute, a, b in sorted(links):
        la, lb = label[a], label[b]
        if la == lb:
            continue
        if len(members[la]) < len(members[lb]):
            la, lb = lb, la
        for m in members[lb]:
            label[m] = la
        members[la].extend(members[lb])
        members[lb] = []
        groups -= 1
        if groups == 1:
            return minute
    return -1
