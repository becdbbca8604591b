def tray_words(board: list[str], words: list[str]) -> list[str]:
    # Return, in sorted order and without repeats, every word that can be traced.
    raise NotImplementedError
