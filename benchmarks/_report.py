"""What the benchmark scripts share: the peak memory of a process and a plain-text table."""
from __future__ import annotations

import resource
import sys


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def print_table(header: list[str], cells: list[list[str]], left: int = 0) -> None:
    """Columns padded to their widest cell: the first `left` aligned left, the others right."""
    widths = [max(len(line[i]) for line in [header, *cells]) for i in range(len(header))]
    for line in [header, *cells]:
        print("  ".join(cell.ljust(width) if i < left else cell.rjust(width)
                        for i, (cell, width) in enumerate(zip(line, widths))).rstrip())
