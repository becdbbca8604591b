# expect: Wrong Answer
# Tries the network: TCP to 127.0.0.1:80 and outside addresses, a DNS lookup, non-loopback
# interfaces. It returns the correct answer only if any of it worked (so a sandbox with a
# network shows up as Accepted); without a network it is Wrong Answer.
import socket

worked = []
for address in (("127.0.0.1", 80), ("1.1.1.1", 53), ("8.8.8.8", 53), ("172.17.0.1", 80),
                ("10.0.2.2", 80)):
    try:
        with socket.create_connection(address, timeout=1.5):
            worked.append(address)
    except OSError:
        pass
for host in ("example.com", "pypi.org"):
    try:
        socket.setdefaulttimeout(2)
        if socket.getaddrinfo(host, 443):
            worked.append(host)
    except OSError:
        pass
try:
    interfaces = [name for _, name in socket.if_nameindex() if name != "lo"]
except OSError:
    interfaces = []
if interfaces:
    worked.append(tuple(interfaces))


def _lower_bound(nums, target):
    low, high = 0, len(nums)
    while low < high:
        middle = (low + high) // 2
        if nums[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low


def insert_positions(nums, queries):
    if worked:
        print("network:", worked)
        return [_lower_bound(nums, q) for q in queries]
    return [-1] * (len(queries) + 1)
