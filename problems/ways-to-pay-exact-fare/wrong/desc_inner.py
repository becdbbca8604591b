# verdict: Wrong Answer
# the inner loop runs downward, so each coin is used at most once
def count_payments(coins, amount):
    ways = [0] * (amount + 1)
    ways[0] = 1
    for coin in set(coins):
        for s in range(amount, coin - 1, -1):
            ways[s] = (ways[s] + ways[s - coin]) % 1_000_000_007
    return ways[amount]
