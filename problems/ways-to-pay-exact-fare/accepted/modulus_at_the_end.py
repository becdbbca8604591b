def count_payments(coins, amount):
    ways = [0] * (amount + 1)
    ways[0] = 1
    for coin in set(coins):
        for s in range(coin, amount + 1):
            ways[s] += ways[s - coin]
    return ways[amount] % 1_000_000_007
