import heapq


def glyph_order(words: list[str]) -> str:
    letters = set()
    for word in words:
        letters.update(word)
    later: dict[str, set[str]] = {c: set() for c in letters}
    earlier_count = dict.fromkeys(letters, 0)
    for first, second in zip(words, words[1:]):
        for x, y in zip(first, second):
            if x != y:
                if y not in later[x]:
                    later[x].add(y)
                    earlier_count[y] += 1
                break
        else:
            if len(first) > len(second):
                return ""
    ready = [c for c in letters if earlier_count[c] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        c = heapq.heappop(ready)
        order.append(c)
        for d in later[c]:
            earlier_count[d] -= 1
            if earlier_count[d] == 0:
                heapq.heappush(ready, d)
    if len(order) < len(letters):
        return ""
    return "".join(order)
