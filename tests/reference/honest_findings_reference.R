# Reference numbers for pipeline/stats/{tdist,survey,intervals}.rs (t quantiles and p-values,
# design degrees of freedom, Korn–Graubard shares, t intervals, equivalence, FCR-adjusted
# intervals, minimum detectable change with design df).
# Produced with R 4.2.2 Patched (2022-11-10 r83330), survey 4.1-1 (Debian r-cran-survey 4.1-1-1).
# Rerun: Rscript honest_findings_reference.R
suppressMessages(library(survey))
options(survey.lonely.psu = "adjust")
f <- function(...) cat(sprintf("%.17g", c(...)), "\n")

cat("## tdist.rs: t quantiles\n")
dfs <- c(1, 2, 5, 8, 30, 1000, 1e6, 1e7)
for (d in dfs) { cat("# qt(c(0.975, 0.95, 0.8, 0.999999, 0.025, 1e-12), df =", d, ")\n")
  f(qt(c(0.975, 0.95, 0.8, 0.999999, 0.025, 1e-12), d)) }
cat("# qt(0.5 + 1e-9, df) for the same df\n"); f(qt(0.5 + 1e-9, dfs))
p <- 0.5 + 1e-9
cat("# p - 0.5; closed forms tan(pi*(p-0.5)) (df 1), (2p-1)/sqrt(2p(1-p)) (df 2); qt(p, 1:2)\n")
f(p - 0.5, tan(pi * (p - 0.5)), (2 * p - 1) / sqrt(2 * p * (1 - p)), qt(p, c(1, 2)))
cat("## tdist.rs: two-sided p 2*pt(-abs(t), df), t = 0.3, 1.5, 2.1, 4, 12, 40\n")
for (d in dfs) { cat("# df =", d, "\n"); f(2 * pt(-abs(c(0.3, 1.5, 2.1, 4, 12, 40)), d)) }
for (d in c(3000, 1e4, 1e5, 4e5)) { cat("# df =", d, "(t = 0.3 .. 12)\n"); f(2 * pt(-abs(c(0.3, 1.5, 2.1, 4, 12)), d)) }
cat("# pt(2.1, 8); pt(-2.1, 8); pt(2.1, 8, lower.tail = FALSE)\n")
f(pt(2.1, 8), pt(-2.1, 8), pt(2.1, 8, lower.tail = FALSE))
cat("# lbeta(a, 0.5) for a = 100, 150, 1000, 1e4 (checks the series in ln_beta_half)\n")
f(lbeta(c(100, 150, 1000, 1e4), 0.5))
