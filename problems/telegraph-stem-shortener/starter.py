def shorten_message(stems: list[str], message: str) -> str:
    # Replace every word by the shortest stem it starts with (or keep it if none fits).
    raise NotImplementedError
