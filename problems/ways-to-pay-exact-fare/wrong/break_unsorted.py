# verdict: Wrong Answer
# stops at the first coin above the fare without sorting the coins
def count_payments(coins, amount):
    MOD = 1_000_000_007
    ways = [0] * (amount + 1)
    ways[0] = 1
    for coin in dict.fromkeys(coins):
        if coin > amount:
            break
        for s in range(coin, amount + 1):
            ways[s] = (ways[s] + ways[s - coin]) % MOD
    return ways[amount]
