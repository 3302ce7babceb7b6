# Provenance: the cohesion project's benchmark peer (issue #12), written by the project team
# and distributed under the repository's licence (MIT OR Apache-2.0). Run by
# `cohesion bench --compare-pandas` (embedded in the binary); unmodified except this note.
"""Generate the network-barometer benchmark project (SPEC §7 scale) in contract format.

usage: gen_big.py OUT_DIR [CITIES] [WAVES] [RESPONDENTS]
Defaults 160 × 40 × 1000 with the 10 contract bank items: 64 M item responses.
"""
import os
import sys
from datetime import date, timedelta

import numpy as np
import pandas as pd

OUT = sys.argv[1]
C = int(sys.argv[2]) if len(sys.argv) > 2 else 160
W = int(sys.argv[3]) if len(sys.argv) > 3 else 40
R = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
rng = np.random.default_rng(2026)
ITEMS = [("trust_people", [0, 10]), ("trust_neighbours", [1, 5]), ("trust_institutions", [1, 5]),
         ("belonging", [1, 4]), ("get_along", [1, 5]), ("diversity_advantage", [1, 5]),
         ("contact_diverse", [0, 1]), ("discrimination_experienced", [0, 1]), ("safety_night", [1, 4]),
         ("civic_participation", [0, 1])]
os.makedirs(f"{OUT}/data/surveys", exist_ok=True)
os.makedirs(f"{OUT}/indicators", exist_ok=True)
cities = [f"City{i:03d}" for i in range(C)]
pd.DataFrame({"city": cities, "country": "XX", "population": rng.integers(50_000, 2_000_000, C),
              "foreign_born_share": np.round(rng.uniform(0.03, 0.4, C), 3)}).to_csv(
    f"{OUT}/data/cities.csv", index=False)
for ci, city in enumerate(cities):
    d = date(2010, 1, 15)
    for wi in range(W):
        wid = f"{city.lower()}-b{wi:02d}"
        folder = f"{OUT}/data/surveys/{wid}"
        os.makedirs(folder, exist_ok=True)
        df = pd.DataFrame({"resp_id": np.arange(R), "wgt": np.round(rng.gamma(5, 0.2, R), 4),
                           "stratum": rng.integers(1, 5, R)})
        df["psu"] = df.stratum * 100 + rng.integers(0, 10, R)
        df["born_abroad"] = rng.choice([1, 2], R, p=[0.3, 0.7])
        lat = rng.normal(0.5 + 0.002 * wi, 0.2, R)
        for j, (item, (lo, hi)) in enumerate(ITEMS):
            x = np.clip(np.round(lo + (hi - lo) * (lat + rng.normal(0, 0.2, R))), lo, hi).astype(int)
            x[rng.random(R) < 0.03] = 99
            df[f"q{j}"] = x
        df.to_csv(f"{folder}/r.csv", index=False)
        end = d + timedelta(days=30)
        items = "\n".join(f'{it} = {{ column = "q{j}", scale = [{lo}, {hi}] }}' for j, (it, (lo, hi)) in enumerate(ITEMS))
        with open(f"{folder}/survey.toml", "w") as f:
            f.write(f'''id = "{wid}"
kind = "barometer"
city = "{city}"
wave = "B{wi:02d}"
fieldwork_start = {d.isoformat()}
fieldwork_end = {end.isoformat()}
file = "r.csv"
respondent_id = "resp_id"
weight = "wgt"
strata = "stratum"
psu = "psu"
mode = "online"
missing_codes = [99]

[groups]
migrant_background = {{ column = "born_abroad", map = {{ "1" = "yes", "2" = "no" }} }}

[items]
{items}
''')
        d = d + timedelta(days=91)
with open(f"{OUT}/indicators/bench.toml", "w") as f:
    f.write('id = "bench"\ntitle = { en = "Benchmark", fr = "Banc d\'essai" }\n')
    for item, (lo, hi) in ITEMS:
        stat = "share_agree"
        f.write(f'\n[[indicator]]\nid = "{item}_share"\ntitle = {{ en = "{item}", fr = "{item}" }}\n'
                f'source = "barometer"\nitems = ["{item}"]\nstatistic = "{stat}"\npolarity = "higher_is_better"\n')
with open(f"{OUT}/cohesion.toml", "w") as f:
    f.write('[project]\nname = "Benchmark"\nlanguages = ["en"]\n\n[inputs]\nsurveys = "data/surveys"\n'
            'cities = "data/cities.csv"\n\n[indicators]\nsets = ["indicators/bench.toml"]\n\n'
            '[analysis]\nalpha = 0.05\nmin_n = 30\nseed = 1\n')
print(f"{C} cities x {W} waves x {R} respondents x {len(ITEMS)} items = {C*W*R*len(ITEMS):,} item responses")
