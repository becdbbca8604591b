# verdict: Time Limit Exceeded
# Correct, but compares every pair of items: O(n^2).
def ranking_disagreements(first, second):
    place = {item: index for index, item in enumerate(second)}
    seq = [place[item] for item in first]
    count = 0
    for i in range(len(seq)):
        here = seq[i]
        for j in range(i + 1, len(seq)):
            if here > seq[j]:
                count += 1
    return count
