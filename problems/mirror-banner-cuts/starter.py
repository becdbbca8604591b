def mirror_cuts(banner: str) -> list[list[str]]:
    # Return every cut of banner into palindromic pieces, in lexicographic order.
    raise NotImplementedError
