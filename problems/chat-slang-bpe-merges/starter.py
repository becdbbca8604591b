def bpe_merges(word_counts: dict[str, int], num_merges: int) -> list[tuple[str, str]]:
    # Split every word into characters plus the end marker "</w>", then repeat num_merges
    # times: count adjacent pairs weighted by word counts, merge the most frequent (ties: the
    # smallest pair), left to right. Return the merged pairs in order.
    raise NotImplementedError
