# verdict: Time Limit Exceeded
# Correct, but counts every distinct hashtag with its own scan of the list: O(n * distinct).
def trending(tags, k):
    distinct = list(dict.fromkeys(tags))
    ranked = sorted(distinct, key=lambda tag: (-tags.count(tag), tag))
    return ranked[:k]
