# Reference numbers for a wave whose only design information is its own replicate weights
# (SPEC "Replicate weights", revised 2026-12: headline se from them, df = rank of the replicate
# weights - 1 as R `degf()` of the `svrepdesign`): pipeline/stats/replicates.rs
# `replicate_rank`/`replicate_difference_se` and tests/replicates.rs. Produced with R 4.2.2
# Patched (2022-11-10 r83330), survey 4.1-1 (Debian r-cran-survey 4.1-1-1).
# Rerun: Rscript replicate_df_reference.R (in tests/reference/); it reads user_rep_jk1.csv and
# user_rep_boot.csv, written by user_replicates_reference.R.
suppressMessages(library(survey))
f <- function(...) cat(sprintf("%.17g", c(...)), "\n")
d1 <- read.csv("user_rep_jk1.csv")
rw <- as.matrix(d1[, grep("^rw", names(d1))])
u1 <- svrepdesign(data = d1, repweights = rw, weights = ~pw, type = "JK1", combined.weights = TRUE, scale = 14/15)
cat("## JK1 (apiclus1, 15 replicates), no PSU column\n")
cat("# degf(u1); then degf of the domains E, H, M (R subsets the replicate design: svyby and svymean(na.rm = TRUE) do)\n")
f(degf(u1), degf(subset(u1, stype == "E")), degf(subset(u1, stype == "H")), degf(subset(u1, stype == "M")))
cat("# qr(rw[stype == 'H', ], tol = 1e-5)$rank, and the number of districts (PSUs) with an H school\n")
f(qr(rw[d1$stype == "H", ], tol = 1e-5)$rank, length(unique(d1$dnum[d1$stype == "H"])))
m <- svymean(~api00, u1)
cat("# svymean(~api00, u1): mean, SE; confint(m, df = degf(u1))\n")
f(coef(m), SE(m)); f(confint(m, df = degf(u1)))
b <- svyby(~api00, ~stype, u1, svymean, covmat = TRUE)
cat("# svyby(~api00, ~stype, u1, svymean, covmat = TRUE): E, H, M means, SEs\n")
f(coef(b)); f(SE(b))
cat("# gaps to E (the largest group): svycontrast(b, c(-1, 1, 0)) and c(-1, 0, 1): estimate, SE\n")
k <- svycontrast(b, c(-1, 1, 0)); f(coef(k), SE(k))
k <- svycontrast(b, c(-1, 0, 1)); f(coef(k), SE(k))
cat("# schoolwide share (sch_wide == 'Yes') by stype: E, H, M means, SEs; gap H - E, M - E\n")
d1$sw <- as.numeric(d1$sch_wide == "Yes")
u1 <- update(u1, sw = as.numeric(sch_wide == "Yes"))
b <- svyby(~sw, ~stype, u1, svymean, covmat = TRUE)
f(coef(b)); f(SE(b))
k <- svycontrast(b, c(-1, 1, 0)); f(coef(k), SE(k))
k <- svycontrast(b, c(-1, 0, 1)); f(coef(k), SE(k))

cat("## Bootstrap (apistrat, 40 replicates, mse = TRUE)\n")
d2 <- read.csv("user_rep_boot.csv")
bw <- as.matrix(d2[, grep("^bw", names(d2))])
u2 <- svrepdesign(data = d2, repweights = bw, weights = ~pw, type = "bootstrap", combined.weights = TRUE, mse = TRUE)
cat("# degf(u2); degf of the domains E, H, M\n")
f(degf(u2), degf(subset(u2, stype == "E")), degf(subset(u2, stype == "H")), degf(subset(u2, stype == "M")))

cat("## Rank-deficient replicate weights: columns 1, 2, 1 + 2, 2 * 1 and 3 of the JK1 weights\n")
x <- cbind(rw[, 1], rw[, 2], rw[, 1] + rw[, 2], 2 * rw[, 1], rw[, 3])
f(qr(x, tol = 1e-5)$rank)
cat("# ... with 1e-7 * column 4 added to column 5 (within tol) and 1e-3 (beyond it)\n")
f(qr(cbind(x[, 1:4], rw[, 1] + 1e-7 * rw[, 4]), tol = 1e-5)$rank, qr(cbind(x[, 1:4], rw[, 1] + 1e-3 * rw[, 4]), tol = 1e-5)$rank)
