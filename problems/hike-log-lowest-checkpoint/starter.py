class HikeLog:
    def __init__(self) -> None:
        pass

    def push(self, elevation: int) -> None:
        # Log a checkpoint on top of the others.
        raise NotImplementedError

    def pop(self) -> int | None:
        # Remove and return the newest elevation, or None if the log is empty.
        raise NotImplementedError

    def top(self) -> int | None:
        # Return the newest elevation, or None if the log is empty.
        raise NotImplementedError

    def minimum(self) -> int | None:
        # Return the lowest elevation logged, or None if the log is empty.
        raise NotImplementedError
