def busiest_keys_first(keys: str) -> str:
    # Group equal characters; most frequent first; equal counts by ascending character code.
    raise NotImplementedError
