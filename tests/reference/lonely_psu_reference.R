# Reference numbers for the Rao–Wu bootstrap with single-PSU strata (pipeline/stats/replicates.rs
# `lonely_psus_are_resampled_in_a_pseudo_stratum`). Produced with R 4.2.2 Patched (2022-11-10
# r83330), survey 4.1-1 (Debian r-cran-survey 4.1-1-1). Rerun: Rscript lonely_psu_reference.R
# (in tests/reference/).
# apiclus1's 15 districts (PSUs) in strata by sorted district number: the first three
# districts each alone in a stratum (lonely PSUs), the other twelve in three strata of four.
suppressMessages(library(survey))
f <- function(...) cat(sprintf("%.17g", c(...)), "\n")
d <- read.csv("api_clus1.csv")
u <- sort(unique(d$dnum))
st <- c(1, 2, 3, rep(4:6, each = 4))
d$stratum <- st[match(d$dnum, u)]
# cohesion's pseudo-stratum: the lonely PSUs together (strata 1, 2, 3 -> 0).
d$collapsed <- ifelse(d$stratum <= 3, 0, d$stratum)
options(survey.lonely.psu = "adjust")
ds <- svydesign(ids = ~dnum, strata = ~stratum, weights = ~pw, data = d)
cat("# linearised SE, lonely.psu = 'adjust': svymean(~api00, ds)\n")
f(coef(svymean(~api00, ds)), SE(svymean(~api00, ds)))
options(survey.lonely.psu = "certainty")
cat("# linearised SE, lonely.psu = 'certainty' (lonely strata add nothing, as the bootstrap did)\n")
f(SE(svymean(~api00, svydesign(ids = ~dnum, strata = ~stratum, weights = ~pw, data = d))))
options(survey.lonely.psu = "fail")
dc <- svydesign(ids = ~dnum, strata = ~collapsed, weights = ~pw, data = d)
cat("# linearised SE of the collapsed design: svymean(~api00, dc)\n")
f(SE(svymean(~api00, dc)))
cat("# subbootstrap SE of the collapsed design, 2000 replicates, over seeds 1..20: mean, sd\n")
ses <- sapply(1:20, function(s) { set.seed(s); SE(svymean(~api00, as.svrepdesign(dc, type = "subbootstrap", replicates = 2000))) })
f(mean(ses), sd(ses))
