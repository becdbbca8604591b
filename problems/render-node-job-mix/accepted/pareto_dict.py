# Keeps a dict from (cores used, memory used) to the best credits for that exact use,
# extended one job at a time; the answer is the best entry.
def best_job_mix(jobs, cores, memory):
    states = {(0, 0): 0}
    for c, m, v in jobs:
        for (a, b), credits in list(states.items()):
            key = (a + c, b + m)
            if key[0] <= cores and key[1] <= memory and states.get(key, -1) < credits + v:
                states[key] = credits + v
    return max(states.values())
