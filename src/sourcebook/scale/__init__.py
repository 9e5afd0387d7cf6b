"""The distributed runner: ``build_dask`` runs a build on a Dask cluster (``sourcebook build
--engine dask``). Needs the ``scale`` extra (dask[distributed], warcio); see docs/scale.md."""

from __future__ import annotations

from .dask_engine import build_dask, plan_partitions

__all__ = ["build_dask", "plan_partitions"]
