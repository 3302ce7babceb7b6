"""Write the SPSS files of the bad-input cases *_spss_* (run from the repository root):

    pip install pyreadstat==1.3.7 pandas
    python3 tests/reference/make_spss_cases.py

Each is tests/fixtures/base's alpha-2024 responses.csv as SPSS, with value labels, a
user-missing code (99 "No answer") and, for row_spss_out_of_scale, Q12 of case 3 set to 11.
"""

from pathlib import Path

import pandas as pd
import pyreadstat

BASE = Path("tests/fixtures/base/data/surveys/alpha-2024/responses.csv")
LABELS = {
    "born_abroad": {1: "Yes", 2: "No", 99: "No answer"},
    "sex": {1: "Male", 2: "Female", 3: "Other", 99: "No answer"},
    "Q3": {1: "Agree strongly", 2: "Agree", 3: "Disagree", 4: "Disagree strongly", 99: "No answer"},
}


def write(case, df):
    out = Path("tests/bad") / case / "overlay/data/surveys/alpha-2024"
    out.mkdir(parents=True, exist_ok=True)
    pyreadstat.write_sav(
        df,
        out / "responses.sav",
        variable_value_labels=LABELS,
        missing_ranges={c: [99] for c in LABELS},
    )


df = pd.read_csv(BASE)
df["stratum"] = df["stratum"].astype(str)
write("manifest_spss_label_not_a_value_label", df)
bad = df.copy()
bad.loc[2, "Q12"] = 11
write("row_spss_out_of_scale", bad)
