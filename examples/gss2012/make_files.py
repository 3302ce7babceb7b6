"""Convert the GSS 2012 extract (CSV, CC0) into the SPSS and Stata files of this example.

    pip install pyreadstat==1.3.7 pandas
    python3 examples/gss2012/make_files.py ../shared/realdata/gss/GSS2012_poliscidata_subset.csv

Source: cran/poliscidata @ b9e71fb8 : data/gss.rda (CC0), the General Social Survey 2012
(NORC), 1,974 respondents. Columns kept: the ones the example uses. What the conversion does
(no value is changed):

- Text answers become numeric codes with value labels, as the GSS codes them (sex 1 = Male,
  2 = Female; born and racdif1-4 1 = YES, 2 = NO; region 1 = NEW ENGLAND ... 9 = PACIFIC).
- An empty answer in a labelled column becomes code 99 "No answer" in the SPSS file, declared
  an SPSS user-missing value, and a system-missing value (.) in the Stata file. Numeric
  columns keep empty cells as system-missing in both.
- `responses.csv` is the same table with the codes (empty for a missing answer), so the three
  files hold the same data.

Written with pyreadstat 1.3.7 (ReadStat); `cohesion` reads them with polars-readstat-rs.
"""

import sys
from pathlib import Path

import pandas as pd
import pyreadstat

OUT = Path(__file__).resolve().parent / "data" / "surveys" / "gss-2012"

LABELLED = {
    "sex": ["Male", "Female"],
    "race": ["White", "Black", "Other"],
    "born": ["YES", "NO"],
    "region": [
        "NEW ENGLAND", "MIDDLE ATLANTIC", "E. NOR. CENTRAL", "W. NOR. CENTRAL", "SOUTH ATLANTIC",
        "E. SOU. CENTRAL", "W. SOU. CENTRAL", "MOUNTAIN", "PACIFIC",
    ],
    "racdif1": ["YES", "NO"],
    "racdif2": ["YES", "NO"],
    "racdif3": ["YES", "NO"],
    "racdif4": ["YES", "NO"],
    "natrace": ["Too little", "About right", "Too much"],
    "affrmact": ["STRONGLY SUPPORT PREF", "SUPPORT PREF", "OPPOSE PREF", "STRONGLY OPPOSE PREF"],
}
NO_ANSWER = 99

VARIABLE_LABELS = {
    "id": "Respondent id number",
    "age": "Age of respondent",
    "sex": "Respondent's sex",
    "race": "Race of respondent",
    "born": "Was respondent born in this country",
    "region": "Region of interview",
    "wtss": "Weight variable",
    "social_trust": "Social trust index (can trust, fair, helpful), 0-3",
    "racdif1": "Differences due to discrimination",
    "racdif2": "Differences due to inborn disability",
    "racdif3": "Differences due to lack of education",
    "racdif4": "Differences due to lack of will",
    "closeblk": "How close feel to blacks, 1-9",
    "closewht": "How close feel to whites, 1-9",
    "natrace": "Improving the conditions of blacks",
    "affrmact": "Favor preference in hiring blacks",
}


def main(src):
    raw = pd.read_csv(src)
    df = raw[list(VARIABLE_LABELS)].copy()
    for col, labels in LABELLED.items():
        codes = {label: i + 1 for i, label in enumerate(labels)}
        unknown = set(df[col].dropna()) - set(codes)
        if unknown:
            sys.exit(f"{col}: values without a code: {sorted(unknown)}")
        df[col] = df[col].map(codes)  # empty stays NaN
    df["id"] = df["id"].astype("int64")
    OUT.mkdir(parents=True, exist_ok=True)

    # CSV: codes, empty for a missing answer.
    csv = df.copy()
    for col in LABELLED:
        csv[col] = csv[col].astype("Int64")
    csv.to_csv(OUT / "responses.csv", index=False)

    value_labels = {col: {i + 1: label for i, label in enumerate(labels)} for col, labels in LABELLED.items()}

    # SPSS: an empty labelled answer is code 99 "No answer", a user-missing value.
    sav = df.copy()
    for col in LABELLED:
        sav[col] = sav[col].fillna(NO_ANSWER)
    sav_labels = {col: {**v, NO_ANSWER: "No answer"} for col, v in value_labels.items()}
    pyreadstat.write_sav(
        sav,
        OUT / "responses.sav",
        column_labels=VARIABLE_LABELS,
        variable_value_labels=sav_labels,
        missing_ranges={col: [NO_ANSWER] for col in LABELLED},
    )
    # Stata: system-missing for a missing answer.
    pyreadstat.write_dta(
        df,
        OUT / "responses.dta",
        column_labels=VARIABLE_LABELS,
        variable_value_labels=value_labels,
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/realdata/gss/GSS2012_poliscidata_subset.csv")
