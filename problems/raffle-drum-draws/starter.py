class RaffleDrum:
    def __init__(self) -> None:
        self.items: list[int] = []

    def insert(self, code: int) -> bool:
        # Append code if it is new; return whether it was added.
        raise NotImplementedError

    def remove(self, code: int) -> bool:
        # Move the last item into code's slot and shrink; return whether code was present.
        raise NotImplementedError

    def pick(self, token: int) -> int | None:
        # Return items[token % len(items)], or None if the drum is empty.
        raise NotImplementedError
