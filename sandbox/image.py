"""The sandbox runtime image: its tag (a hash of the files it is built from) and its build."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

IMAGE_DIR = Path(__file__).with_name("image")
REPOSITORY = "judge-runtime"


def runtime_image_tag() -> str:
    """`judge-runtime:<hash>`: a change to the build script or the pinned packages is a new tag."""
    digest = hashlib.sha256()
    for name in ("build.sh", "runtime-requirements.txt"):
        digest.update((IMAGE_DIR / name).read_bytes())
    return f"{REPOSITORY}:{digest.hexdigest()[:12]}"


def build_runtime_image(work_dir: Path, tag: str | None = None) -> str:
    """Builds the image with debootstrap and `docker import` (needs root and Docker)."""
    tag = tag or runtime_image_tag()
    env = dict(os.environ, JUDGE_IMAGE_HOST_PYTHON=sys.executable)
    subprocess.run(["bash", str(IMAGE_DIR / "build.sh"), tag, str(work_dir)], check=True,
                   env=env)
    return tag
