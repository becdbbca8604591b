# Reads the tokens from the end: a marker is a finished subtree, a value needs two of them.
def is_complete_backup(data: str) -> bool:
    if not data:
        return False
    finished = 0
    for token in reversed(data.split(",")):
        if token == "#":
            finished += 1
        elif finished < 2:
            return False
        else:
            finished -= 1
    return finished == 1
