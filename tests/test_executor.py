"""The per-source map on a Dask cluster gives the same site, byte for byte.

A `LocalCluster` of two workers (threads of this process, listening on loopback only)
stands in for a real cluster; the builder runs as a user runs it, in its own process,
with `--scheduler` pointing at that cluster.
"""

from __future__ import annotations

from pathlib import Path

import distributed
import pytest

from golden_tree import compare
from test_golden_site import build_case


@pytest.mark.slow
def test_build_on_a_dask_cluster_equals_the_local_build(tmp_path: Path) -> None:
    local = build_case("synth50", tmp_path / "local", "--no-cache")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=None,
    ) as cluster, distributed.Client(cluster) as client, distributed.get_task_stream(client) as stream:
        workers = set(cluster.scheduler_info["workers"])
        remote = build_case("synth50", tmp_path / "cluster", "--no-cache", "--scheduler", cluster.scheduler_address)
    ran = [t for t in stream.data if "annotate_chunk" in t["key"]]
    assert ran, "no annotation task ran on the cluster"
    assert len(workers) == 2 and {t["worker"] for t in ran} <= workers
    assert remote == local
    compare("synth50", remote, regen=False)
