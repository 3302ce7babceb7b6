# Reference numbers for pipeline/stats/survey.rs.
# Produced with R 4.2.2 Patched (2022-11-10 r83330), survey 4.1-1 (Debian r-cran-survey 4.1-1-1).
# Rerun: Rscript survey_reference.R   (needs api_*.csv from api_export.R for the same columns)
suppressMessages(library(survey))
options(survey.lonely.psu = "adjust", digits = 15)
f <- function(...) cat(sprintf("%.15g", c(...)), "\n")
# svyby(deff='replace') stores DEff in its last column (deff() on it fails in 4.1-1)
show <- function(m) f(coef(m), SE(m), deff(m))
data(api)

cat("# apistrat: svydesign(ids=~1, strata=~stype, weights=~pw); svymean(~api00, deff='replace')\n")
dstrat <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = apistrat)
show(svymean(~api00, dstrat, deff = "replace"))
cat("#   deff=TRUE (without-replacement SRS, N = sum(w)):\n")
f(deff(svymean(~api00, dstrat, deff = TRUE)))
cat("# apistrat svyby(~api00, ~sch.wide, svymean, deff='replace'): No, Yes\n")
b <- svyby(~api00, ~sch.wide, dstrat, svymean, deff = "replace")
f(coef(b)); f(SE(b)); f(b[[ncol(b)]])  # last column = DEff

cat("# apiclus1: svydesign(ids=~dnum, weights=~pw); svymean(~api00, deff='replace')\n")
dclus1 <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus1)
show(svymean(~api00, dclus1, deff = "replace"))
cat("# apiclus1 svyby(~api00, ~stype, svymean, deff='replace'): E, H, M\n")
b <- svyby(~api00, ~stype, dclus1, svymean, deff = "replace")
f(coef(b)); f(SE(b)); f(b[[ncol(b)]])  # last column = DEff

cat("# apiclus2 first stage only: svydesign(ids=~dnum, weights=~pw); svymean(~api00)\n")
dclus2 <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus2)
show(svymean(~api00, dclus2, deff = "replace"))

cat("# hand-written stratified cluster design with NAs, lonely PSU (stratum 3), domain g\n")
hw <- data.frame(
  strat = c(1,1,1,1,1,1,1, 2,2,2,2,2,2,2,2, 3,3,3, 4,4,4),
  psu   = c(1,1,2,2,3,3,3, 1,1,2,2,3,4,4,4, 1,1,1, 1,2,2),
  w     = c(1.2,0.8,1.5,1.1,0.9,2.0,1.3, 0.7,1.4,1.0,1.6,0.5,1.1,0.9,1.8, 2.2,1.7,0.6, 1.0,1.3,0.4),
  y     = c(3,4,NA,2,5,4,1, 2,NA,3,5,4,4,1,2, 5,NA,3, 1,2,5),
  g     = c(1,0,1,1,0,1,0, 0,1,1,0,1,0,1,1, 1,0,0, 1,1,0))
hd <- svydesign(ids = ~psu, strata = ~strat, weights = ~w, data = hw, nest = TRUE)
cat("# svymean(~y, hd, na.rm=TRUE, deff='replace')\n")
show(svymean(~y, hd, na.rm = TRUE, deff = "replace"))
cat("# svyby(~y, ~g, hd, svymean, na.rm=TRUE, deff='replace'): g=0, g=1\n")
b <- svyby(~y, ~g, hd, svymean, na.rm = TRUE, deff = "replace")
f(coef(b)); f(SE(b)); f(b[[ncol(b)]])  # last column = DEff
cat("# same with options(survey.lonely.psu='remove'): overall mean SE, then by g SE\n")
options(survey.lonely.psu = "remove")
f(SE(svymean(~y, hd, na.rm = TRUE)))
f(SE(svyby(~y, ~g, hd, svymean, na.rm = TRUE)))
options(survey.lonely.psu = "adjust")

cat("# no design columns: svydesign(ids=~1, weights=~w) on the same rows, y complete cases\n")
cc <- hw[!is.na(hw$y), ]
d0 <- svydesign(ids = ~1, weights = ~w, data = cc)
show(svymean(~y, d0, deff = "replace"))
n <- nrow(cc); yb <- sum(cc$w * cc$y) / sum(cc$w)
cat("#   closed form n/(n-1) sum w^2 (y-yb)^2 / (sum w)^2 -> se\n")
f(sqrt(n / (n - 1) * sum(cc$w^2 * (cc$y - yb)^2) / sum(cc$w)^2))
cat("#   Kish n_eff\n"); f(sum(cc$w)^2 / sum(cc$w^2))

cat("# 0/1 variable all zeros / all ones in hd\n")
hw$z0 <- 0; hw$z1 <- 1
hd <- svydesign(ids = ~psu, strata = ~strat, weights = ~w, data = hw, nest = TRUE)
f(coef(svymean(~z0, hd)), SE(svymean(~z0, hd)), coef(svymean(~z1, hd)), SE(svymean(~z1, hd)))

cat("# no design columns, all 21 rows (3 NA): missing respondents stay in the design\n")
show(svymean(~y, svydesign(ids = ~1, weights = ~w, data = hw), na.rm = TRUE, deff = "replace"))

# ---- domain differences (joint linearisation), for stats::survey::domain_difference ----
b <- svyby(~api00, ~sch.wide, svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = apistrat),
           svymean, covmat = TRUE)
c1 <- svycontrast(b, c(-1, 1))
b <- svyby(~api00, ~stype, svydesign(ids = ~dnum, weights = ~pw, data = apiclus1), svymean, covmat = TRUE)
c2 <- svycontrast(b, c(1, -1, 0))
cat(sprintf("strat Yes-No %.12f se %.12f\nclus1 E-H %.12f se %.12f\n", coef(c1), SE(c1), coef(c2), SE(c2)))
