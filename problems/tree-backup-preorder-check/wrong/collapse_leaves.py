# verdict: Time Limit Exceeded
# Right answers: collapses every "value,#,#" into "#" until nothing changes. Each pass is a scan
# of the whole line and removes one level, so a deep path costs O(n * depth).
import re

LEAF = re.compile(r"-?\d+,#,#")


def is_complete_backup(data: str) -> bool:
    while True:
        shorter = LEAF.sub("#", data)
        if shorter == data:
            return data == "#"
        data = shorter
