def merge_event_logs(logs: list[list[list[int]]]) -> list[list[int]]:
    # Merge the logs by timestamp; ties keep log order, then order within the log.
    raise NotImplementedError
