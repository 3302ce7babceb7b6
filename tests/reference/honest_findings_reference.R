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
