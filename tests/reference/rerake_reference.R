# Reference numbers for raking every replicate of a raked wave (R `rake()` on a replicate
# design): pipeline/stats/calibrate.rs `rerake_matches_r_rake_on_a_jk1_design`. Produced with
# R 4.2.2 Patched (2022-11-10 r83330), survey 4.1-1 (Debian r-cran-survey 4.1-1-1).
# Rerun: Rscript rerake_reference.R (in tests/reference/). The JK1 weights are those of
# rep_jk1_clus1.csv, the raked full-sample weights those of api_clus1_rake.csv.
suppressMessages(library(survey))
f <- function(...) cat(sprintf("%.17g", c(...)), "\n")
data(api)
ctl <- list(maxit = 100, epsilon = 1e-9)
dclus1 <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus1)
pop.types <- data.frame(stype = c("E", "H", "M"), Freq = as.vector(table(apipop$stype)))
pop.schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = as.vector(table(apipop$sch.wide)))
cat("# population margins: stype E, H, M; sch.wide No, Yes\n"); f(pop.types$Freq); f(pop.schwide$Freq)
jk1 <- as.svrepdesign(dclus1, type = "JK1")
rj <- rake(jk1, list(~stype, ~sch.wide), list(pop.types, pop.schwide), control = ctl)
cat("# svymean(~api00, rake(jk1, ...)): mean, SE (every replicate raked)\n")
m <- svymean(~api00, rj); f(coef(m), SE(m))
cat("# svymean(~api00, jk1) before raking: mean, SE\n")
m <- svymean(~api00, jk1); f(coef(m), SE(m))
cat("# linearised on the raked design: svymean(~api00, rake(dclus1, ...)): SE\n")
m <- svymean(~api00, rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide), control = ctl)); f(SE(m))
cat("# raked replicate 2, rows 1-3; replicate 1 row 1 (its PSU deleted: 0)\n")
f(weights(rj, "analysis")[1:3, 2]); f(weights(rj, "analysis")[1, 1])
