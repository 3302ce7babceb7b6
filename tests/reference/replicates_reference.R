# Reference numbers for pipeline/stats/replicates.rs (replicate-weight variances, Rao–Wu
# rescaled bootstrap). Produced with R 4.2.2 Patched (2022-11-10 r83330), survey 4.1-1
# (Debian r-cran-survey 4.1-1-1). Rerun: Rscript replicates_reference.R (in tests/reference/);
# it rewrites rep_jk1_clus1.csv, rep_jkn_hw.csv and rep_brr_scd.csv.
suppressMessages(library(survey))
options(survey.lonely.psu = "adjust")
f <- function(...) cat(sprintf("%.17g", c(...)), "\n")
data(api)
dclus1 <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus1)
dstrat <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = apistrat)
cat("# getOption('survey.replicates.mse'):", getOption("survey.replicates.mse"), "\n")

cat("## JK1 on dclus1: as.svrepdesign(dclus1, type = 'JK1'), 15 replicates\n")
jk1 <- as.svrepdesign(dclus1, type = "JK1")
rw <- weights(jk1, "analysis")   # pw x replicate factor, 183 x 15
write.csv(data.frame(api00 = apiclus1$api00, pw = sprintf("%.17g", apiclus1$pw),
                     matrix(sprintf("%.17g", rw), nrow = nrow(rw), dimnames = list(NULL, paste0("rw", 1:ncol(rw))))),
          "rep_jk1_clus1.csv", row.names = FALSE, quote = FALSE)
cat("# scale, rscales[1], ncol\n"); f(jk1$scale, jk1$rscales[1], ncol(rw))
m <- svymean(~api00, jk1); cat("# svymean(~api00, jk1): mean, SE\n"); f(coef(m), SE(m))
jk1m <- as.svrepdesign(dclus1, type = "JK1", mse = TRUE)
m <- svymean(~api00, jk1m); cat("# same with mse = TRUE: mean, SE\n"); f(coef(m), SE(m))
cat("# user-supplied: svrepdesign(data = apiclus1, repweights = rw, weights = ~pw, type = 'JK1', combined.weights = TRUE) (scale guessed (R-1)/R)\n")
u <- suppressWarnings(svrepdesign(data = apiclus1, repweights = rw, weights = ~pw, type = "JK1", combined.weights = TRUE))
m <- svymean(~api00, u); f(u$scale, coef(m), SE(m))
cat("# domain: svyby(~api00, ~stype, jk1, svymean): E, H, M means then SEs\n")
b <- svyby(~api00, ~stype, jk1, svymean); f(coef(b)); f(SE(b))

cat("## JKn on the hand-written stratified cluster design hw without its single-PSU stratum 3\n")
hw <- data.frame(
  strat = c(1,1,1,1,1,1,1, 2,2,2,2,2,2,2,2, 3,3,3, 4,4,4),
  psu   = c(1,1,2,2,3,3,3, 1,1,2,2,3,4,4,4, 1,1,1, 1,2,2),
  w     = c(1.2,0.8,1.5,1.1,0.9,2.0,1.3, 0.7,1.4,1.0,1.6,0.5,1.1,0.9,1.8, 2.2,1.7,0.6, 1.0,1.3,0.4),
  y     = c(3,4,NA,2,5,4,1, 2,NA,3,5,4,4,1,2, 5,NA,3, 1,2,5))
hw2 <- subset(hw, strat != 3)
hd2 <- svydesign(ids = ~psu, strata = ~strat, weights = ~w, data = hw2, nest = TRUE)
jkn <- as.svrepdesign(hd2, type = "JKn")
rw <- weights(jkn, "analysis")
write.csv(data.frame(y = hw2$y, w = hw2$w, matrix(sprintf("%.17g", rw), nrow = nrow(rw), dimnames = list(NULL, paste0("rw", 1:ncol(rw))))),
          "rep_jkn_hw.csv", row.names = FALSE, quote = FALSE, na = "NA")
cat("# scale, rscales\n"); f(jkn$scale); f(jkn$rscales)
m <- svymean(~y, jkn, na.rm = TRUE); cat("# svymean(~y, jkn, na.rm = TRUE): mean, SE\n"); f(coef(m), SE(m))
m <- svymean(~y, hd2, na.rm = TRUE); cat("# linearised svymean(~y, hd2, na.rm = TRUE): mean, SE\n"); f(coef(m), SE(m))

cat("## BRR on data(scd) (the svrepdesign help page example)\n")
data(scd)
repweights <- 2 * cbind(c(1,0,1,0,1,0), c(1,0,0,1,0,1), c(0,1,1,0,0,1), c(0,1,0,1,1,0))
scdrep <- suppressWarnings(svrepdesign(data = scd, type = "BRR", repweights = repweights, combined.weights = FALSE))
write.csv(data.frame(alive = scd$alive, arrests = scd$arrests, repweights), "rep_brr_scd.csv", row.names = FALSE, quote = FALSE)
cat("# scale, rscales\n"); f(scdrep$scale); f(scdrep$rscales)
m <- svymean(~alive, scdrep); cat("# svymean(~alive, scdrep): mean, SE\n"); f(coef(m), SE(m))
m <- svymean(~arrests, scdrep); cat("# svymean(~arrests, scdrep): mean, SE\n"); f(coef(m), SE(m))
cat("# as.svrepdesign(svydesign(ids = ~ambulance, strata = ~ESA, data = scd, nest = TRUE), type = 'BRR'): same weights? scale\n")
scdb <- as.svrepdesign(svydesign(ids = ~ambulance, strata = ~ESA, data = scd, nest = TRUE), type = "BRR")
print(weights(scdb, "analysis")); f(scdb$scale)

cat("## subbootstrap (Rao-Wu rescaled, n_h - 1 PSUs drawn per stratum)\n")
cat("# scale and rscales for 2000 replicates on dclus1\n")
set.seed(20240607)
sb1 <- as.svrepdesign(dclus1, type = "subbootstrap", replicates = 2000)
f(sb1$scale, unique(sb1$rscales), sb1$mse)
m <- svymean(~api00, sb1); cat("# set.seed(20240607); svymean(~api00, as.svrepdesign(dclus1, 'subbootstrap', replicates = 2000)): mean, SE\n"); f(coef(m), SE(m))
set.seed(20240608)
sbs <- as.svrepdesign(dstrat, type = "subbootstrap", replicates = 2000)
m <- svymean(~api00, sbs); cat("# set.seed(20240608); svymean(~api00, as.svrepdesign(dstrat, 'subbootstrap', replicates = 2000)): mean, SE\n"); f(coef(m), SE(m))
cat("# linearised SEs: svymean(~api00, dclus1), svymean(~api00, dstrat)\n"); f(SE(svymean(~api00, dclus1)), SE(svymean(~api00, dstrat)))
cat("# spread of R's own SE over 20 seeds (1..20), 2000 replicates: dclus1 mean SE, sd SE, sd/mean; then 1/sqrt(2*2000)\n")
ses <- sapply(1:20, function(s) { set.seed(s); SE(svymean(~api00, as.svrepdesign(dclus1, type = "subbootstrap", replicates = 2000))) })
f(mean(ses), sd(ses), sd(ses) / mean(ses), 1 / sqrt(2 * 2000))
ses <- sapply(1:20, function(s) { set.seed(s); SE(svymean(~api00, as.svrepdesign(dstrat, type = "subbootstrap", replicates = 2000))) })
cat("# same for dstrat\n"); f(mean(ses), sd(ses), sd(ses) / mean(ses))
cat("# the replicate factors of one stratum sum to n_h: colSums of sb1 factors (first 3 replicates)\n")
fac <- weights(sb1, "analysis") / apiclus1$pw
f(colSums(fac[!duplicated(apiclus1$dnum), 1:3]))
