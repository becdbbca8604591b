# verdict: Time Limit Exceeded
# Right turns, but makes k non-negative by adding 4 in a loop and then really turns the
# picture k times: about 10**9 turns for the huge k.
def turn_panel(panel, k):
    while k < 0:
        k += 4
    for _ in range(k):
        panel = [list(row) for row in zip(*panel[::-1])]
    return panel
