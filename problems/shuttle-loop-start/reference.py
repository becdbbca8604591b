def first_start_stop(charge: list[int], drain: list[int]) -> int:
    start = 0
    battery = 0  # kWh left when driving from `start` up to the current stop
    total = 0    # surplus of the whole loop
    for i in range(len(charge)):
        gain = charge[i] - drain[i]
        total += gain
        battery += gain
        if battery < 0:
            # no stop from `start` to i can begin the loop: each would run out here
            start = i + 1
            battery = 0
    return start if total >= 0 else -1
