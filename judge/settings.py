"""All settings in one place: environment variables with the JUDGE_ prefix."""

from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JUDGE_", extra="ignore")

    problems_dir: Path = REPO_ROOT / "problems"
    sandbox: Literal["auto", "docker", "local"] = "auto"
    docker_image: str | None = None
    """The runtime image's tag; by default the hash of the files it is built from."""
    build_dir: Path = REPO_ROOT / ".build"


def get_settings() -> Settings:
    return Settings()
