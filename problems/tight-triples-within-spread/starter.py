def count_tight_triples(latencies: list[int], spread: int) -> int:
    # Number of index triples i < j < k whose max minus min is at most spread.
    raise NotImplementedError
