def best_hop_score(rewards: list[int], reach: int) -> int:
    # Best total reward from checkpoint 0 to n - 1, hopping 1..reach checkpoints at a time.
    raise NotImplementedError
