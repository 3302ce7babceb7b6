"""Read the store back with DuckDB and pandas/pyarrow, unchanged (called by tests/readback.rs).

usage: python3 tests/readback.py OUT_DIR
Checks: the hive-partitioned responses read with the partition keys decoded (Genève), row
counts equal run.json, the footer provenance is visible to pyarrow, and estimates read in
pandas with the contract columns.
"""
import json
import sys

import duckdb
import pandas as pd
import pyarrow.parquet as pq

out = sys.argv[1]
run = json.load(open(f"{out}/run.json"))
want_rows = next(t["rows"] for t in run["tables"] if t["table"] == "responses")

con = duckdb.connect()
n = con.execute(
    f"select count(*) from read_parquet('{out}/store/responses/**/*.parquet', hive_partitioning = true)"
).fetchone()[0]
assert n == want_rows, (n, want_rows)
cities = {r[0] for r in con.execute(
    f"select distinct city from read_parquet('{out}/store/responses/**/*.parquet', hive_partitioning = true)"
).fetchall()}
assert "Genève" in cities, cities

df = pd.read_parquet(f"{out}/store/responses")
assert len(df) == want_rows and set(df["kind"].astype(str)) == {"survey", "barometer"}

est = pd.read_parquet(f"{out}/store/estimates/part-0.parquet")
for c in ["set_id", "indicator_id", "city", "kind", "wave", "date", "group_dim", "group_value", "n",
          "n_eff", "estimate", "se", "ci_low", "ci_high", "deff", "suppressed"]:
    assert c in est.columns, c
meta = pq.ParquetFile(f"{out}/store/estimates/part-0.parquet").metadata.metadata
assert meta[b"cohesion.run_id"].decode() == run["run_id"], meta
print(f"readback ok: {n} responses, {len(est)} estimates, {len(cities)} cities")
