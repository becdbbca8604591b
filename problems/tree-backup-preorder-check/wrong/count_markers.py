# verdict: Wrong Answer
# A tree of k nodes has k + 1 markers, so it compares the counts (and that the line ends with
# a marker), which ignores the order of the tokens.
def is_complete_backup(data: str) -> bool:
    if not data:
        return False
    tokens = data.split(",")
    markers = tokens.count("#")
    return markers == len(tokens) - markers + 1 and tokens[-1] == "#"
