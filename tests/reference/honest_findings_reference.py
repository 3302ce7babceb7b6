"""Reference numbers for pipeline/stats/trend.rs (theil_sen) and correlation.rs
(spearman_bonett_wright).

Produced with Python 3.11.7, numpy 2.4.6, scipy 1.17.1 (PyPI). Rerun:
python3 honest_findings_reference.py. Values printed with repr() (17 significant digits).
"""
import numpy as np
import scipy
import scipy.stats as st

print("numpy", np.__version__, "scipy", scipy.__version__)

print("## trend.rs: scipy.stats.theilslopes(y, x, alpha=...) -> slope, low_slope, high_slope")
series = {
    "irregular": ([2015.2, 2016.9, 2017.1, 2019.6, 2019.6, 2021.3, 2024.8],
                  [52.1, 53.4, 51.9, 55.0, 54.2, 56.3, 55.1]),
    "ties_xy": ([1, 2, 2, 3, 4, 4, 4, 5, 6, 7, 8],
                [3, 5, 5, 2, 7, 7, 7, 9, 4, 10, 10]),
    "five_waves": ([2012.5, 2014.75, 2016.5, 2019.25, 2023.0],
                   [61.0, 59.5, 62.25, 63.0, 64.5]),
    "falling20": ([2000 + 0.37 * i + 0.05 * (i % 3) for i in range(20)],
                  [80 - 0.8 * i + ((i * 7) % 5) - 2 for i in range(20)]),
    "constant_y": ([1, 2, 3, 4, 5, 6], [4, 4, 4, 4, 4, 4]),
}
for name, (x, y) in series.items():
    for conf in (0.95, 0.90):
        r = st.theilslopes(y, x, alpha=conf)
        print(f"{name} conf={conf}:", repr(float(r.slope)), repr(float(r.low_slope)), repr(float(r.high_slope)))

print("## correlation.rs: Spearman rho with the Bonett-Wright (2000) Fisher-z interval")
print("# hand computation of the published formula: tanh(atanh(rho) -/+ z*sqrt((1 + rho^2/2)/(n - 3))),")
print("# z = scipy.stats.norm.ppf(0.975); rho from scipy.stats.spearmanr")
X = [3., 5., 1., 4., 4., 2., 6., 5., 7., 3., 8., 6.]
Y = [2.1, 3.3, 1.0, 2.8, 3.5, 1.9, 3.1, 3.3, 4.6, 2.0, 4.4, 2.9]
cases = {"X_Y": (X, Y), "n4": ([1, 2, 3, 4], [1, 3, 2, 4]),
         "neg9": ([1, 2, 3, 4, 5, 6, 7, 8, 9], [9.5, 7.1, 8.2, 6.0, 4.4, 5.1, 2.2, 3.3, 1.0])}
z = st.norm.ppf(0.975)
for name, (x, y) in cases.items():
    rho = st.spearmanr(x, y).statistic
    n = len(x)
    se = np.sqrt((1 + rho ** 2 / 2) / (n - 3))
    print(f"{name}: rho", repr(float(rho)), "lo", repr(float(np.tanh(np.arctanh(rho) - z * se))),
          "hi", repr(float(np.tanh(np.arctanh(rho) + z * se))))
