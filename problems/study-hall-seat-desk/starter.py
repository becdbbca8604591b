class SeatDesk:
    def __init__(self, n: int) -> None:
        self.n = n

    def reserve(self) -> int:
        # Take and return the lowest-numbered free seat, or -1 if all are taken.
        raise NotImplementedError

    def release(self, seat: int) -> bool:
        # Free a taken seat in 1..n and return True; otherwise return False.
        raise NotImplementedError
