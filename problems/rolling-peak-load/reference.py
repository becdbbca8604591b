from collections import deque


def rolling_peaks(loads: list[int], width: int) -> list[int]:
    window: deque[int] = deque()  # indices; their loads strictly decrease front to back
    peaks = []
    for i, load in enumerate(loads):
        while window and loads[window[-1]] <= load:
            window.pop()
        window.append(i)
        if window[0] <= i - width:
            window.popleft()
        if i >= width - 1:
            peaks.append(loads[window[0]])
    return peaks
