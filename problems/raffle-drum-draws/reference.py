class RaffleDrum:
    """The array `items` of the statement, plus `where`, a dict from each code in the drum
    to its position in `items`. A removal fills the hole with the last element, so only
    that element's position changes."""

    def __init__(self) -> None:
        self.items: list[int] = []
        self.where: dict[int, int] = {}

    def insert(self, code: int) -> bool:
        if code in self.where:
            return False
        self.where[code] = len(self.items)
        self.items.append(code)
        return True

    def remove(self, code: int) -> bool:
        i = self.where.pop(code, None)
        if i is None:
            return False
        last = self.items.pop()
        if last != code:
            self.items[i] = last
            self.where[last] = i
        return True

    def pick(self, token: int) -> int | None:
        if not self.items:
            return None
        return self.items[token % len(self.items)]
