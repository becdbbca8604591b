"""Whose sandbox a container is: labels naming the process that started it (and the container
that process runs in), so that whatever a process leaves behind when it dies is removed by the
next to look, and a process stopping removes all of its own."""

from dataclasses import dataclass

LABEL = "mle-judge.sandbox"
OWNER_LABEL = "mle-judge.owner"
"""The pid of the process that started the container, to tell whose it is."""
HOST_LABEL = "mle-judge.host"
"""Where that pid means something: the host name and the PID namespace (`pid_space()`)."""
CONTAINER_LABEL = "mle-judge.container"
"""The container that process runs in, if any: the engine can say whether it still runs."""
STARTED_LABEL = "mle-judge.container-started"
"""When that container started: restarted, it is a new owner (its old processes are gone)."""


@dataclass(frozen=True)
class Owner:
    """Whose sandboxes a backend starts: a process, named by its pid where that pid means
    something (`space`), and the container it runs in, if any, with the moment that
    container started."""

    pid: int
    space: str
    container: str | None = None
    started: str | None = None

    def labels(self) -> dict[str, str]:
        labels = {LABEL: "1", OWNER_LABEL: str(self.pid), HOST_LABEL: self.space}
        if self.container is not None:
            labels |= {CONTAINER_LABEL: self.container, STARTED_LABEL: self.started or ""}
        return labels

    def filters(self) -> list[str]:
        """The label filters that list this owner's sandboxes (and no one else's)."""
        return [LABEL, f"{OWNER_LABEL}={self.pid}", f"{HOST_LABEL}={self.space}"]
