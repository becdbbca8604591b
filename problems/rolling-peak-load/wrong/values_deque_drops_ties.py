# verdict: Wrong Answer
# Keeps loads (not indices) in the deque and pops equal loads from the back, then removes
# the front whenever it equals the load leaving the window: a tied peak that is still
# inside the window is thrown away.
from collections import deque


def rolling_peaks(loads: list[int], width: int) -> list[int]:
    window: deque[int] = deque()
    peaks = []
    for i, load in enumerate(loads):
        while window and window[-1] <= load:
            window.pop()
        window.append(load)
        if i >= width and window and window[0] == loads[i - width]:
            window.popleft()
        if i >= width - 1:
            peaks.append(window[0])
    return peaks
