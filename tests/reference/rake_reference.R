# Reference numbers for pipeline/stats/calibrate.rs (raking to population margins and the SE
# of a mean on the raked design). Produced with R 4.2.2 Patched (2022-11-10 r83330), survey
# 4.1-1 (Debian r-cran-survey 4.1-1-1). Rerun: Rscript rake_reference.R (in tests/reference/);
# it rewrites api_clus1_rake.csv and api_strat_rake.csv.
suppressMessages(library(survey))
options(survey.lonely.psu = "adjust")
f <- function(...) cat(sprintf("%.17g", c(...)), "\n")
data(api)
code <- function(x) as.integer(factor(x)) - 1L
ctl <- list(maxit = 100, epsilon = 1e-9)
# Number of sweeps R's rake() makes: with verbose = TRUE it prints the starting table and one
# table per sweep; count the printed tables (lines starting with the row variable).
sweeps <- function(expr_fun, rowvar) {
  out <- capture.output(suppressWarnings(expr_fun()))
  sum(grepl(paste0("^", rowvar, "( |$)"), out)) - 1
}

cat("## apiclus1 raked on stype and sch.wide, population margins from apipop\n")
dclus1 <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus1)
pop.types <- data.frame(stype = c("E", "H", "M"), Freq = as.vector(table(apipop$stype)))
pop.schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = as.vector(table(apipop$sch.wide)))
cat("# population margins: stype E, H, M; sch.wide No, Yes\n"); f(pop.types$Freq); f(pop.schwide$Freq)
rclus1 <- rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide), control = ctl)
write.csv(data.frame(dnum = apiclus1$dnum, pw = sprintf("%.17g", apiclus1$pw), api00 = apiclus1$api00,
                     stype = code(apiclus1$stype), sch_wide = as.integer(apiclus1$sch.wide == "Yes"),
                     acs_k3 = apiclus1$acs.k3, raked = sprintf("%.17g", weights(rclus1))),
          "api_clus1_rake.csv", row.names = FALSE, quote = FALSE, na = "NA")
cat("# sweeps until max |change| of the stype x sch.wide table < 1e-9 * sum(pw)\n")
f(sweeps(function() rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide),
                         control = list(maxit = 100, epsilon = 1e-9, verbose = TRUE)), "stype"))
cat("# svytable(~stype + sch.wide, rclus1) (E No, H No, M No, E Yes, H Yes, M Yes)\n"); f(svytable(~stype + sch.wide, rclus1))
m <- svymean(~api00, rclus1, deff = "replace")
cat("# svymean(~api00, rclus1, deff = 'replace'): mean, SE, deff\n"); f(coef(m), SE(m), deff(m))
m <- svymean(~api00, dclus1); cat("# before raking: svymean(~api00, dclus1): mean, SE\n"); f(coef(m), SE(m))
b <- svyby(~api00, ~stype, rclus1, svymean)
cat("# svyby(~api00, ~stype, rclus1, svymean): means E, H, M then SEs\n"); f(coef(b)); f(SE(b))
m <- svymean(~acs.k3, rclus1, na.rm = TRUE)
cat("# svymean(~acs.k3, rclus1, na.rm = TRUE): mean, SE (39 missing)\n"); f(coef(m), SE(m))
cat("# maxit = 2: warning message\n")
r2 <- withCallingHandlers(rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide),
                               control = list(maxit = 2, epsilon = 1e-9)),
                          warning = function(w) { cat("#  ", conditionMessage(w)); invokeRestart("muffleWarning") })

cat("## apistrat (strata = stype) raked on sch.wide and awards\n")
dstrat <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = apistrat)
pop.awards <- data.frame(awards = c("No", "Yes"), Freq = as.vector(table(apipop$awards)))
cat("# awards No, Yes\n"); f(pop.awards$Freq)
rstrat <- rake(dstrat, list(~sch.wide, ~awards), list(pop.schwide, pop.awards), control = ctl)
write.csv(data.frame(stype = code(apistrat$stype), pw = sprintf("%.17g", apistrat$pw), api00 = apistrat$api00,
                     sch_wide = as.integer(apistrat$sch.wide == "Yes"), awards = as.integer(apistrat$awards == "Yes"),
                     raked = sprintf("%.17g", weights(rstrat))),
          "api_strat_rake.csv", row.names = FALSE, quote = FALSE)
cat("# sweeps\n")
f(sweeps(function() rake(dstrat, list(~sch.wide, ~awards), list(pop.schwide, pop.awards),
                         control = list(maxit = 100, epsilon = 1e-9, verbose = TRUE)), "sch.wide"))
cat("# svytable(~sch.wide + awards, rstrat)\n"); f(svytable(~sch.wide + awards, rstrat))
m <- svymean(~api00, rstrat, deff = "replace")
cat("# svymean(~api00, rstrat, deff = 'replace'): mean, SE, deff\n"); f(coef(m), SE(m), deff(m))

cat("## a margin category with no respondents: R's error\n")
pop.types4 <- data.frame(stype = factor(c("E", "H", "M", "X")), Freq = c(4421, 755, 1018, 10))
tryCatch(rake(dclus1, list(~stype, ~sch.wide), list(pop.types4, pop.schwide), control = ctl),
         error = function(e) cat("#  ", conditionMessage(e), "\n"))

cat("## one margin by hand: y = (1, 3, 2), g = (a, a, b), weights 1, counts a 10, b 30\n")
d <- data.frame(g = factor(c("a", "a", "b")), y = c(1, 3, 2))
ds <- suppressWarnings(svydesign(ids = ~1, data = d))
r <- rake(ds, list(~g), list(data.frame(g = c("a", "b"), Freq = c(10, 30))), control = ctl)
cat("# weights(r); sweeps; svymean(~y, r): mean, SE\n"); f(weights(r))
f(sweeps(function() rake(ds, list(~g), list(data.frame(g = c("a", "b"), Freq = c(10, 30))),
                         control = list(maxit = 100, epsilon = 1e-9, verbose = TRUE)), "g"))
m <- svymean(~y, r); f(coef(m), SE(m))
