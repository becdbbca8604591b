def full_link_minute(n: int, links: list[list[int]]) -> int:
    raise NotImplementedError
