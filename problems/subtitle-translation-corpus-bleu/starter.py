def corpus_bleu(candidates: list[list[str]], references: list[list[list[str]]]) -> float:
    # Pool clipped n-gram counts (n = 1..4) over all sentences, take the geometric mean of the
    # four precisions, and multiply by the brevity penalty (closest reference length, ties to
    # the shorter). Return 0.0 when some precision is 0.
    raise NotImplementedError
