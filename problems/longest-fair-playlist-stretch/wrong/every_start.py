# verdict: Time Limit Exceeded
# Correct, but extends a stretch from every start: O(n^2) when the cap is generous.
def longest_fair_stretch(artists: list[str], cap: int) -> list[int]:
    best_start, best_length = 0, 0
    for start in range(len(artists)):
        counts = {}
        end = start
        while end < len(artists):
            name = artists[end]
            counts[name] = counts.get(name, 0) + 1
            if counts[name] > cap:
                break
            end += 1
        if end - start > best_length:
            best_start, best_length = start, end - start
    return [best_start, best_length]
