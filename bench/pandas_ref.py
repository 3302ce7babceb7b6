# Provenance: the cohesion project's benchmark peer (issue #12), written by the project team
# and distributed under the repository's licence (MIT OR Apache-2.0). Run by
# `cohesion bench --compare-pandas` (embedded in the binary); unmodified except this note.
"""Peer baseline for the performance bar: what a competent analyst writes in pandas to get the
same design-based share estimates (Taylor linearisation with strata/PSU, domains on the full
design) for every item × city × wave × {all, migrant yes, migrant no}.

usage: pandas_ref.py PROJECT_DIR [OUT_PARQUET]
"""
import glob
import os
import sys
import time
import tomllib

import numpy as np
import pandas as pd

t0 = time.time()
proj = sys.argv[1]
frames = []
specs = None
for mf in sorted(glob.glob(f"{proj}/data/surveys/*/survey.toml")):
    m = tomllib.load(open(mf, "rb"))
    df = pd.read_csv(os.path.join(os.path.dirname(mf), m["file"]))
    df["city"] = m["city"]
    df["wave"] = m["wave"]
    specs = m["items"]
    miss = m.get("missing_codes", [])
    for item, sp in specs.items():
        x = df[sp["column"]].astype(float)
        x[x.isin(miss)] = np.nan
        lo, hi = sp["scale"]
        df[item] = np.where(x.isna(), np.nan, (x > (lo + hi) / 2) * 100.0)
    df["mig"] = df["born_abroad"].map({1: "yes", 2: "no"})
    frames.append(df[["city", "wave", "wgt", "stratum", "psu", "mig"] + list(specs)])
data = pd.concat(frames, ignore_index=True)
t_read = time.time() - t0
out = []
keys = ["city", "wave"]
for item in specs:
    for dom in ["all", "yes", "no"]:
        d = (data["mig"] == dom) if dom != "all" else pd.Series(True, index=data.index)
        d = d & data[item].notna()
        wd = data["wgt"].where(d, 0.0)
        y = data[item].fillna(0.0)
        g = pd.DataFrame({"city": data.city, "wave": data.wave, "wd": wd, "wy": wd * y,
                          "n": d.astype(int), "w2": wd ** 2})
        agg = g.groupby(keys, sort=False).agg(sw=("wd", "sum"), swy=("wy", "sum"), n=("n", "sum"),
                                              sw2=("w2", "sum"))
        agg["est"] = agg.swy / agg.sw
        est = agg["est"].reindex(pd.MultiIndex.from_frame(data[keys])).values
        sw = agg["sw"].reindex(pd.MultiIndex.from_frame(data[keys])).values
        z = np.where(d, wd * (y - est) / sw, 0.0)
        t = pd.DataFrame({"city": data.city, "wave": data.wave, "stratum": data.stratum, "psu": data.psu, "z": z})
        tot = t.groupby(["city", "wave", "stratum", "psu"], sort=False).z.sum().reset_index()
        s = tot.groupby(["city", "wave", "stratum"], sort=False).z.agg(["count", "var"]).reset_index()
        s["v"] = np.where(s["count"] > 1, s["var"] * (s["count"] - 1) * s["count"] / (s["count"] - 1), 0.0)
        v = s.groupby(["city", "wave"], sort=False).v.sum()
        agg["se"] = np.sqrt(v.reindex(agg.index).values)
        agg["indicator"] = item
        agg["group"] = dom
        out.append(agg.reset_index())
res = pd.concat(out, ignore_index=True)
if len(sys.argv) > 2:
    res.to_parquet(sys.argv[2])
print(f"pandas reference: {len(res)} estimates; read {t_read:.1f} s, total {time.time() - t0:.1f} s")
