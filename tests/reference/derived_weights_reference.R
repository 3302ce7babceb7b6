# Reference numbers for derived weights (manifest `weight = ["a", "b"]` and
# `weight = { inverse_of = "p" }`): tests/ingest.rs `derived_weights_match_r`. Produced with
# R 4.2.2 Patched (2022-11-10 r83330), survey 4.1-1 (Debian r-cran-survey 4.1-1-1).
# Rerun: Rscript derived_weights_reference.R (in tests/reference/).
# apiclus1 (api_clus1.csv) with a second factor k = 1, 1.5, 2, 1, 1.5, 2, ... by row, and the
# inclusion probability p = 1 / (pw * k).
suppressMessages(library(survey))
f <- function(...) cat(sprintf("%.17g", c(...)), "\n")
d <- read.csv("api_clus1.csv")
d$k <- 1 + ((seq_len(nrow(d)) - 1) %% 3) / 2
d$p <- 1 / (d$pw * d$k)
cat("# svymean(~api00, svydesign(ids = ~dnum, weights = ~I(pw * k), data = d)): mean, SE\n")
m <- svymean(~api00, svydesign(ids = ~dnum, weights = ~I(pw * k), data = d)); f(coef(m), SE(m))
cat("# the same with weights = ~I(1 / p): mean, SE\n")
m <- svymean(~api00, svydesign(ids = ~dnum, weights = ~I(1 / p), data = d)); f(coef(m), SE(m))
cat("# pw alone, for contrast: mean, SE\n")
m <- svymean(~api00, svydesign(ids = ~dnum, weights = ~pw, data = d)); f(coef(m), SE(m))
