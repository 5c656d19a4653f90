"""Shared bits of the benchmarks: machine description and a careful timer."""

from __future__ import annotations

import os
import platform
import sys
import time
from typing import Callable


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), cpu)
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        f"{platform.platform()}; {cpu}; {os.cpu_count()} CPUs ({usable} usable); load average {load}; "
        f"Python {platform.python_version()} ({platform.python_implementation()}); regex {_version('regex')}"
    )


def _version(name: str) -> str:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # noqa: BLE001 - a description only
        return "?"


def best_of(run: Callable[[], object], repeat: int = 3, min_time: float = 0.0) -> tuple[float, float]:
    """The fastest of ``repeat`` runs (wall seconds, CPU seconds): the least disturbed by other load.

    Runs shorter than ``min_time`` are repeated more, so that tiny inputs are not all noise.
    """
    walls, cpus = [], []
    total = 0.0
    while len(walls) < repeat or total < min_time:
        cpu0, wall0 = time.process_time(), time.perf_counter()
        run()
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        walls.append(wall)
        cpus.append(cpu)
        total += wall
        if len(walls) > 1000:
            break
    return min(walls), min(cpus)


def say(*parts: object) -> None:
    print(*parts, flush=True)
    sys.stdout.flush()
