"""The event model, the merge into one ordered event table, the pipeline, the CLI and the Python API."""
from timeline.api import Timeline, build

__all__ = ["Timeline", "build"]
