class SettingHistory:
    def __init__(self) -> None:
        pass

    def set(self, key: str, value: str, timestamp: int) -> None:
        # Record that key took value at time timestamp.
        raise NotImplementedError

    def get(self, key: str, timestamp: int) -> str | None:
        # Return the value of the latest change of key at or before timestamp, or None.
        raise NotImplementedError
