# verdict: Wrong Answer
# Only checks that the slots balance at the end, never that the tree was already complete
# before a token came: "#,1,#" balances but the tree ended after "#".
def is_complete_backup(data: str) -> bool:
    if not data:
        return False
    slots = 1
    for token in data.split(","):
        slots += -1 if token == "#" else 1
    return slots == 0
