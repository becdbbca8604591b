# verdict: Time Limit Exceeded
# Right order, but recounts the whole log for every character it sorts: O(n^2).
def busiest_keys_first(keys: str) -> str:
    return "".join(sorted(keys, key=lambda key: (-keys.count(key), key)))
