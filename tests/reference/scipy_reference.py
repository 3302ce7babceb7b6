"""Reference numbers for pipeline/stats/{trend,nonparam,correlation,reliability,intervals}.rs.

Produced with Python 3.11, numpy 2.4.6, scipy 1.17.1, statsmodels 0.15.0, pymannkendall 1.4.3,
pingouin 0.7.0 (all from PyPI). Rerun: python3 scipy_reference.py  (from this folder).
Values are printed with repr() (17 significant digits).
"""
import os

import numpy as np
import pandas as pd
import pingouin as pg
import pymannkendall as mk
import scipy.stats as st
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.power import NormalIndPower

here = os.path.dirname(os.path.abspath(__file__))

print("## trend.rs")
bogra = pd.read_csv(os.path.join(here, "mk_rainfall_bogra.csv"), comment="#")["bogra"].to_numpy()
print("mk.original_test(bogra):", mk.original_test(bogra))
t = np.arange(len(bogra)); ok = ~np.isnan(bogra)
print("theilslopes(bogra[ok], t[ok]).slope:", st.theilslopes(bogra[ok], t[ok]).slope)
print("theilslopes(bogra[ok]).slope (positions 0..n-1):", st.theilslopes(bogra[ok]).slope)
ties = [3, 5, 5, 2, 7, 7, 7, 9, 4, 10]
print("mk.original_test(ties):", mk.original_test(ties))
print("mk.original_test([5,4,4,3,1]):", mk.original_test([5, 4, 4, 3, 1]))
print("mk.original_test([2,2,2,2,2]):", mk.original_test([2, 2, 2, 2, 2]))
tt = [2015.2, 2016.9, 2017.1, 2019.6, 2019.6, 2021.3, 2024.8]
xx = [52.1, 53.4, 51.9, 55.0, 54.2, 56.3, 55.1]
print("theilslopes(xx, tt).slope:", st.theilslopes(xx, tt).slope)

print("## nonparam.rs: scipy.stats.wilcoxon(d) defaults")
cases = {
    "exact10": [1.5, -0.3, 2.7, 3.1, -1.2, 0.8, 4.4, 2.2, -0.6, 1.9],
    "exact20": [0.7, -1.9, 2.4, 3.3, -0.2, 1.1, 4.8, 2.9, -0.5, 1.6,
                5.2, -2.6, 0.9, 3.7, 6.1, -1.4, 2.05, 4.1, 0.35, 1.3],
    "perm9": [1, 2, 2, -1, 3, 0, 4, -2, 3],
    "normal20": [1, 2, 2, -1, 3, 0, 4, -2, 3, 1, 0, 2, 5, -1, 2, 3, 0, 1, -3, 4],
    "normal60": [((i * 37) % 61 - 20) + 0.01 * i for i in range(60)],
}
for k, d in cases.items():
    r = st.wilcoxon(d)
    print(k, "wilcoxon:", r.statistic, r.pvalue)
    r = st.wilcoxon(d, method="asymptotic")
    print(k, "  asymptotic z:", r.zstatistic, "p:", r.pvalue)

print("rankdata:", st.rankdata([3, 1, 4, 1, 5, 9, 2, 6, 5]))
print("## mcnemar(table, exact=True)")
for b, c in [(3, 11), (15, 25), (5, 5), (0, 0), (0, 7), (40, 61)]:
    r = mcnemar([[10, b], [c, 10]], exact=True)
    print(b, c, r.statistic, r.pvalue)

print("## kruskal")
g1 = [2.9, 3.0, 2.5, 2.6, 3.2, 3.0]
g2 = [3.8, 2.7, 4.0, 2.4, 3.0]
g3 = [2.8, 3.4, 3.7, 2.2, 2.0, 3.0, 4.1]
print("kruskal(g1,g2,g3):", st.kruskal(g1, g2, g3))
print("kruskal([1,1,1],[2,2,2],[2,2]):", st.kruskal([1, 1, 1], [2, 2, 2], [2, 2]))

print("## correlation.rs")
x = [3, 5, 1, 4, 4, 2, 6, 5, 7, 3, 8, 6]
y = [2.1, 3.3, 1.0, 2.8, 3.5, 1.9, 3.1, 3.3, 4.6, 2.0, 4.4, 2.9]
r = st.spearmanr(x, y)
print("spearmanr:", r.statistic, r.pvalue)
z = np.arctanh(r.statistic); se = 1 / np.sqrt(len(x) - 3); q = st.norm.ppf(0.975)
print("fisher ci:", np.tanh(z - q * se), np.tanh(z + q * se))
print("pearsonr:", st.pearsonr(x, y).statistic)
print("spearmanr n=4:", st.spearmanr([1, 2, 3, 4], [1, 3, 2, 4]))
print("spearmanr n=3:", st.spearmanr([1, 2, 3], [1, 3, 2]))
print("spearmanr perfect:", st.spearmanr([1, 2, 3, 4, 5], [2, 4, 8, 16, 32]))

print("## reliability.rs: pingouin.cronbach_alpha on R datasets::attitude (30x7)")
att = pd.read_csv(os.path.join(here, "attitude.csv"))
print("alpha:", pg.cronbach_alpha(att))
items = att.to_numpy(dtype=float)
tot = items.sum(axis=1)
print("item-rest (numpy):", [np.corrcoef(items[:, k], tot - items[:, k])[0, 1] for k in range(7)])
miss = att.copy().astype(float)
miss.iloc[2, 1] = np.nan; miss.iloc[7, 4] = np.nan; miss.iloc[20, 0] = np.nan
print("alpha with 3 NaN, nan_policy='listwise':", pg.cronbach_alpha(miss, nan_policy="listwise"))
print("  (pingouin 0.7.0 default is nan_policy='pairwise':", pg.cronbach_alpha(miss), ")")

print("## intervals.rs: NormalIndPower effect size, n1=100, alpha=.05, power=.8")
print(NormalIndPower().solve_power(nobs1=100, alpha=0.05, power=0.8, ratio=1))
