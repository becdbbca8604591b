# verdict: Wrong Answer
# Greedily hops to the best-paying checkpoint in reach, which can strand the robot on a
# route that pays more now and much less later.
def best_hop_score(rewards: list[int], reach: int) -> int:
    n = len(rewards)
    position = 0
    score = rewards[0]
    while position < n - 1:
        if position + reach >= n - 1:
            positives = sum(r for r in rewards[position + 1:n - 1] if r > 0)
            return score + positives + rewards[-1]
        options = range(position + 1, position + reach + 1)
        position = max(options, key=lambda i: (rewards[i], -i))
        score += rewards[position]
    return score
