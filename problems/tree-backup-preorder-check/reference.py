def is_complete_backup(data: str) -> bool:
    # One open child slot for the root. Every token fills a slot; a value opens two more.
    # The empty string needs no guard: "".split(",") is [""], read as a value, which leaves
    # two slots open.
    open_slots = 1
    for token in data.split(","):
        if open_slots == 0:
            return False  # the tree was already complete: this token is extra
        open_slots -= 1
        if token != "#":
            open_slots += 2
    return open_slots == 0
