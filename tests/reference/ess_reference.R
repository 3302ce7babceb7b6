# Reference numbers for tests/realdata.rs (ESS extract, one wave per country).
# R 4.2.2, survey 4.1-1 (Debian r-cran-survey). Run from the repo root:
#   Rscript tests/reference/ess_reference.R ../shared/realdata/ess/ESS_r8r9_NO_GB_RU_cohesion_extract.csv
library(survey)
options(survey.lonely.psu = "adjust", digits = 15)
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
for (cn in c("GB", "NO", "RU")) {
  x <- d[d$cntry == cn, ]
  x$trust_agree <- as.numeric(x$ppltrst > 5)          # midpoint rule on [0, 10]
  x$safe <- as.numeric(x$aesfdrk %in% c(1, 2))         # agree = [1, 2] (local codes)
  x$mig <- ifelse(x$brncntr == 2, "yes", ifelse(x$brncntr == 1, "no", NA))
  des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~pspwght, data = x, nest = TRUE)
  m <- svymean(~ppltrst, des, na.rm = TRUE)
  s <- svymean(~trust_agree, subset(des, !is.na(ppltrst)), na.rm = TRUE)
  f <- svymean(~safe, subset(des, !is.na(aesfdrk)), na.rm = TRUE)
  b <- svyby(~ppltrst, ~mig, des, svymean, na.rm = TRUE)
  cat(sprintf("%s mean ppltrst %.12f se %.12f\n", cn, coef(m), SE(m)))
  cat(sprintf("%s share ppltrst>5 %.12f se %.12f\n", cn, 100 * coef(s), 100 * SE(s)))
  cat(sprintf("%s share safe %.12f se %.12f\n", cn, 100 * coef(f), 100 * SE(f)))
  for (g in rownames(b)) cat(sprintf("%s mig=%s mean ppltrst %.12f se %.12f\n", cn, g, b[g, "ppltrst"], b[g, "se"]))
}

# Gap (tests/realdata.rs): migrant background yes − no on the full design, joint linearisation.
for (cn in c("GB", "NO", "RU")) {
  x <- d[d$cntry == cn, ]
  x$mig <- ifelse(x$brncntr == 2, "yes", ifelse(x$brncntr == 1, "no", NA))
  des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~pspwght, data = x, nest = TRUE)
  # subset() keeps the full design (respondents outside stay as zero-weight PSU members).
  b <- svyby(~ppltrst, ~mig, subset(des, !is.na(mig) & !is.na(ppltrst)), svymean, covmat = TRUE)
  g <- svycontrast(b, c(-1, 1))   # rows are no, yes
  cat(sprintf("%s gap yes-no ppltrst %.12f se %.12f\n", cn, coef(g), SE(g)))
}
