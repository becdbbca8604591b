def assign_builds(agents: int, builds: list[list[int]]) -> list[list[int]]:
    # Return [agent, start] for every build, in input order.
    raise NotImplementedError
