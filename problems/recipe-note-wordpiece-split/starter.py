def wordpiece_split(text: str, vocab: list[str], max_chars: int) -> list[str]:
    # Split on whitespace; a word longer than max_chars is "[UNK]"; otherwise take the
    # longest vocabulary prefix, then the longest "##" continuation, and so on; a word that
    # cannot be finished becomes a single "[UNK]".
    raise NotImplementedError
