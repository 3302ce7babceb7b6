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

cat("## survey.rs: design degrees of freedom, degf() of the design restricted to the respondents\n")
data(api)
code <- function(x) as.integer(factor(x)) - 1L
# Exports for the tests (stype coded 0 = E, 1 = H, 2 = M; NA kept as NA).
write.csv(data.frame(dnum = apiclus2$dnum, pw = sprintf("%.17g", apiclus2$pw), stype = code(apiclus2$stype),
                     acs_k3 = apiclus2$acs.k3, enroll = apiclus2$enroll),
          "api_clus2_df.csv", row.names = FALSE, quote = FALSE, na = "NA")
write.csv(data.frame(stype = code(apistrat$stype), pw = sprintf("%.17g", apistrat$pw),
                     sch_wide = as.integer(apistrat$sch.wide == "Yes"), acs_k3 = apistrat$acs.k3),
          "api_strat_df.csv", row.names = FALSE, quote = FALSE, na = "NA")
dclus1 <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus1)
dclus2 <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus2)
dstrat <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = apistrat)
cat("# apiclus1: degf(dclus1); degf(subset(dclus1, stype == 'E' / 'H' / 'M'))\n")
f(degf(dclus1), degf(subset(dclus1, stype == "E")), degf(subset(dclus1, stype == "H")), degf(subset(dclus1, stype == "M")))
cat("# apiclus2: degf(dclus2); subset(stype=='E' & !is.na(acs.k3)); subset(stype=='H' & !is.na(enroll)); subset(!is.na(acs.k3))\n")
f(degf(dclus2), degf(subset(dclus2, stype == "E" & !is.na(acs.k3))), degf(subset(dclus2, stype == "H" & !is.na(enroll))),
  degf(subset(dclus2, !is.na(acs.k3))))
cat("# apistrat: degf(dstrat); subset(sch.wide=='Yes' & !is.na(acs.k3)); subset(sch.wide=='No' & !is.na(acs.k3)); subset(stype=='H')\n")
f(degf(dstrat), degf(subset(dstrat, sch.wide == "Yes" & !is.na(acs.k3))), degf(subset(dstrat, sch.wide == "No" & !is.na(acs.k3))),
  degf(subset(dstrat, stype == "H")))
hw <- data.frame(
  strat = c(1,1,1,1,1,1,1, 2,2,2,2,2,2,2,2, 3,3,3, 4,4,4),
  psu   = c(1,1,2,2,3,3,3, 1,1,2,2,3,4,4,4, 1,1,1, 1,2,2),
  w     = c(1.2,0.8,1.5,1.1,0.9,2.0,1.3, 0.7,1.4,1.0,1.6,0.5,1.1,0.9,1.8, 2.2,1.7,0.6, 1.0,1.3,0.4),
  y     = c(3,4,NA,2,5,4,1, 2,NA,3,5,4,4,1,2, 5,NA,3, 1,2,5),
  g     = c(1,0,1,1,0,1,0, 0,1,1,0,1,0,1,1, 1,0,0, 1,1,0))
hd <- svydesign(ids = ~psu, strata = ~strat, weights = ~w, data = hw, nest = TRUE)
cat("# hw (survey_reference.R): degf(subset(hd, !is.na(y))); g == 1 & !is.na(y); g == 0 & !is.na(y); strat == 3 (one PSU)\n")
f(degf(subset(hd, !is.na(y))), degf(subset(hd, g == 1 & !is.na(y))), degf(subset(hd, g == 0 & !is.na(y))),
  degf(subset(hd, strat == 3)))
cat("# hw without design columns: degf(subset(svydesign(ids=~1, weights=~w, data=hw), g == 1 & !is.na(y)))\n")
f(degf(subset(svydesign(ids = ~1, weights = ~w, data = hw), g == 1 & !is.na(y))))

cat("## intervals.rs: qbeta (checks beta_quantile)\n")
pr <- list(c(0.3, 30.1), c(1.3, 29.8), c(12.7, 33.5), c(2000.5, 3000.8), c(0.02, 3), c(1.02, 2),
           c(49.9, 1.4), c(50.9, 0.4), c(20000.3, 80000.1))
for (a in pr) { cat("# qbeta(c(0.025, 0.975),", a[1], ",", a[2], ")\n"); f(qbeta(c(0.025, 0.975), a[1], a[2])) }

cat("## intervals.rs: Korn-Graubard\n")
cat("# binom.test(42, 100)$conf.int; binom.test(0, 30)$conf.int; binom.test(30, 30)$conf.int\n")
f(binom.test(42, 100)$conf.int); f(binom.test(0, 30)$conf.int); f(binom.test(30, 30)$conf.int)
kg_show <- function(des) {
  m <- svymean(~I(api00 > 700), des)
  p <- coef(m)[2]; se <- SE(m)[2]          # the TRUE column
  ci <- confint(svyciprop(~I(api00 > 700), des, method = "beta"))
  neff <- p * (1 - p) / se^2 * (qt(0.025, nrow(des) - 1) / qt(0.025, degf(des)))^2
  cat("#   p, se, nrow, degf, n.eff adjusted, ci_low, ci_high\n")
  f(p, se, nrow(des), degf(des), neff, ci)
}
cat("# svyciprop(~I(api00 > 700), dclus1, method = 'beta'), dclus1 without fpc\n"); kg_show(dclus1)
for (s in c("E", "H", "M")) {
  cat("# same on subset(dclus1, stype ==", s, ")\n"); kg_show(subset(dclus1, stype == s))
}
cat("# svyby(~I(api00 > 700), ~stype, dclus1, svyciprop, method = 'beta', vartype = 'ci')\n")
b <- svyby(~I(api00 > 700), ~stype, dclus1, svyciprop, method = "beta", vartype = "ci")
f(b$ci_l); f(b$ci_u)
cat("# deff of the domains (n* <= n where deff >= 1): svyby(..., svymean, deff = 'replace')\n")
print(svyby(~I(api00 > 700), ~stype, dclus1, svymean, deff = "replace"))

cat("## intervals.rs: t interval, equivalence (TOST), FCR-adjusted interval, MDC with df\n")
cat("# confint(svymean(~api00, dclus1), df = degf(dclus1))\n")
m <- svymean(~api00, dclus1); f(coef(m), SE(m), confint(m, df = degf(dclus1)))
cat("# 90% level: confint(svymean(~api00, dclus1), level = 0.9, df = degf(dclus1))\n")
f(confint(m, level = 0.9, df = degf(dclus1)))
tost <- function(diff, se, df, margin) {
  ci <- diff + c(-1, 1) * qt(0.95, df) * se
  p <- max(pt((diff - margin) / se, df), pt((diff + margin) / se, df, lower.tail = FALSE))
  cat("#   TOST diff =", diff, "se =", se, "df =", df, "margin =", margin, ": 90% CI, TOST p, equivalent\n")
  f(ci, p); cat("#  ", ci[1] > -margin && ci[2] < margin, p < 0.05, "\n")
}
tost(1.2, 0.9, 20, 3); tost(-0.8, 1.1, 7, 3); tost(2.1, 0.6, 14, 3); tost(0, 1.8, 30, 3); tost(-2.5, 0.2, 5, 3)
cat("# FCR (Benjamini & Yekutieli 2005): level 1 - max(r,1)*alpha/m; diff +- qt(1 - max(r,1)*alpha/(2m), df)*se\n")
fcr <- function(diff, se, df, alpha, m, r) {
  k <- max(r, 1); q <- qt(1 - k * alpha / (2 * m), df)
  cat("#   diff =", diff, "se =", se, "df =", df, "alpha =", alpha, "m =", m, "r =", r, ": level, quantile, low, high\n")
  f(1 - k * alpha / m, q, diff - q * se, diff + q * se)
}
fcr(4.2, 1.5, 25, 0.05, 8, 3); fcr(-1.0, 2.0, 12, 0.05, 12, 0); fcr(0.7, 0.3, 1000, 0.1, 1, 1)
cat("# MDC: (qt(0.975, df) + qt(0.8, df)) * sqrt(1.5^2 + 2^2) for df = 12, 60; alpha 0.1, power 0.9, df 12\n")
f((qt(0.975, 12) + qt(0.8, 12)) * sqrt(1.5^2 + 2^2), (qt(0.975, 60) + qt(0.8, 60)) * sqrt(1.5^2 + 2^2),
  (qt(0.95, 12) + qt(0.9, 12)) * sqrt(0.4^2 + 0.7^2))
cat("# detectable slope 2.8 * se / sqrt(sum((t - mean(t))^2)), se = 1.7\n")
tt <- c(2015.2, 2016.9, 2017.1, 2019.6, 2021.3, 2024.8)
f(2.8 * 1.7 / sqrt(sum((tt - mean(tt))^2)))
