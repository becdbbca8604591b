MOD = 1_000_000_007


def count_payments(coins: list[int], amount: int) -> int:
    ways = [0] * (amount + 1)  # ways[s]: payments of s with the denominations seen so far
    ways[0] = 1
    for coin in sorted(set(coins)):
        if coin > amount:
            continue
        # upward: ways[s - coin] already allows more copies of this same coin
        for s in range(coin, amount + 1):
            ways[s] = (ways[s] + ways[s - coin]) % MOD
    return ways[amount]
