# Reference numbers for user-supplied replicate weights (manifest `replicate_weights`),
# tests/workbench.rs `user_replicate_weights_*`. Produced with R 4.2.2 Patched (2022-11-10
# r83330), survey 4.1-1 (Debian r-cran-survey 4.1-1-1). Rerun: Rscript
# user_replicates_reference.R (in tests/reference/); it rewrites user_rep_jk1.csv and
# user_rep_boot.csv, the two wave files the test ingests.
suppressMessages(library(survey))
f <- function(...) cat(sprintf("%.17g", c(...)), "\n")
data(api)
# Cronbach's alpha with frequency weights f, listwise (cohesion's stats::reliability::weighted_alpha):
# k/(k-1) (1 - sum of item variances / variance of the total), variances sum f (x - mean_f)^2 / sum f.
walpha <- function(X, f) {
  keep <- f > 0 & complete.cases(X); X <- X[keep, , drop = FALSE]; f <- f[keep]
  wv <- function(x) sum(f * (x - sum(f * x) / sum(f))^2) / sum(f)
  k <- ncol(X); k / (k - 1) * (1 - sum(apply(X, 2, wv)) / wv(rowSums(X)))
}
cat("# getOption('survey.replicates.mse'):", getOption("survey.replicates.mse"), "\n")

cat("## Wave 1: apiclus1 with JK1 weights made by R from the one-stage cluster design\n")
dclus1 <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus1)
rw <- weights(as.svrepdesign(dclus1, type = "JK1"), "analysis")    # 183 x 15, 0 for the deleted PSU
d1 <- data.frame(id = seq_len(nrow(apiclus1)), dnum = apiclus1$dnum, pw = sprintf("%.17g", apiclus1$pw),
                 stype = as.character(apiclus1$stype), api00 = apiclus1$api00,
                 api99 = apiclus1$api99, sch_wide = as.character(apiclus1$sch.wide),
                 matrix(sprintf("%.17g", rw), nrow = nrow(rw), dimnames = list(NULL, paste0("rw", 1:ncol(rw)))))
write.csv(d1, "user_rep_jk1.csv", row.names = FALSE, quote = FALSE)
apiclus1$sw <- as.numeric(apiclus1$sch.wide == "Yes")
u1 <- svrepdesign(data = apiclus1, repweights = rw, weights = ~pw, type = "JK1", combined.weights = TRUE, scale = 14/15)
cat("# svrepdesign(data = apiclus1, repweights = rw, weights = ~pw, type = 'JK1', combined.weights = TRUE, scale = 14/15)\n")
m <- svymean(~api00 + sw, u1); cat("# svymean(~api00 + sw, u1): means, SEs, vcov (api00,api00), (api00,sw), (sw,sw)\n")
f(coef(m)); f(SE(m)); v <- vcov(m); f(v[1, 1], v[1, 2], v[2, 2])
cat("# svyby(~api00, ~stype, u1, svymean): E, H, M means then SEs\n")
b <- svyby(~api00, ~stype, u1, svymean); f(coef(b)); f(SE(b))
cat("# svyby(~sw, ~stype, u1, svymean): E, H, M means then SEs\n")
b <- svyby(~sw, ~stype, u1, svymean); f(coef(b)); f(SE(b))
cat("# composite score = POMP(api00 on 0-1000)/2 + 100 sw/2: svycontrast(m, c(api00 = 0.05, sw = 50))\n")
k <- svycontrast(m, c(api00 = 0.05, sw = 50)); f(coef(k), SE(k))
cat("# alpha of (api00, api99), unweighted, and its replicate SE: withReplicates(u1, function(w, data) walpha(cbind(data$api00, data$api99), w / data$pw))\n")
a <- withReplicates(u1, function(w, data) walpha(cbind(data$api00, data$api99), w / data$pw)); f(coef(a), SE(a))
cat("# linearised, for comparison: svymean(~api00, dclus1)\n")
m <- svymean(~api00, dclus1); f(coef(m), SE(m))

cat("## Wave 2: apistrat with 40 Rao-Wu bootstrap weights, supplied as type = 'bootstrap', mse = TRUE\n")
set.seed(20261130)
dstrat <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = apistrat)
bw <- weights(as.svrepdesign(dstrat, type = "subbootstrap", replicates = 40), "analysis")
d2 <- data.frame(id = seq_len(nrow(apistrat)), pw = sprintf("%.17g", apistrat$pw),
                 stype = as.character(apistrat$stype), api00 = apistrat$api00,
                 api99 = apistrat$api99, sch_wide = as.character(apistrat$sch.wide),
                 matrix(sprintf("%.17g", bw), nrow = nrow(bw), dimnames = list(NULL, paste0("bw", 1:ncol(bw)))))
write.csv(d2, "user_rep_boot.csv", row.names = FALSE, quote = FALSE)
apistrat$sw <- as.numeric(apistrat$sch.wide == "Yes")
u2 <- svrepdesign(data = apistrat, repweights = bw, weights = ~pw, type = "bootstrap", combined.weights = TRUE, mse = TRUE)
cat("# svrepdesign(data = apistrat, repweights = bw, weights = ~pw, type = 'bootstrap', combined.weights = TRUE, mse = TRUE): scale\n")
f(u2$scale)
m <- svymean(~api00 + sw, u2); cat("# svymean(~api00 + sw, u2): means, SEs\n"); f(coef(m)); f(SE(m))
cat("# svyby(~api00, ~stype, u2, svymean): E, H, M means then SEs\n")
b <- svyby(~api00, ~stype, u2, svymean); f(coef(b)); f(SE(b))
cat("# alpha of (api00, api99) and its replicate SE (mse = TRUE): withReplicates(u2, ...)\n")
a <- withReplicates(u2, function(w, data) walpha(cbind(data$api00, data$api99), w / data$pw)); f(coef(a), SE(a))
