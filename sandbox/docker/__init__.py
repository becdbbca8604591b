"""The docker sandbox: a backend (`backend`) opening one container per session (`session`),
talking to it over a socket channel (`channel`), labelling it with its owner (`owner`), and
removing it in the background after the verdict (`removal`)."""

from .backend import DockerBackend
from .owner import CONTAINER_LABEL, HOST_LABEL, LABEL, OWNER_LABEL, STARTED_LABEL, Owner
from .removal import flush_removals

__all__ = ["CONTAINER_LABEL", "HOST_LABEL", "LABEL", "OWNER_LABEL", "STARTED_LABEL",
           "DockerBackend", "Owner", "flush_removals"]
