def is_complete_backup(data: str) -> bool:
    raise NotImplementedError
